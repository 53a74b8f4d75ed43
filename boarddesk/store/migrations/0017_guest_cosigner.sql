-- BoardDesk schema, version 17: a guest standing in for an absent member (version 14) can be
-- chosen to co-sign the minutes (justering), and the record names the guest. Until now
-- minutes_cosigners named a board member only (member NOT NULL, the primary key). SQLite cannot
-- change a column's NOT NULL, so the table is made anew with a guest column beside member,
-- exactly one of them set. The search index's triggers on the table go with it and are made
-- anew by the migration step (they index a guest's remark too); its documents stay as they are,
-- as a member's reference is unchanged.

CREATE TABLE minutes_cosigners_v17 (
    meeting_id TEXT NOT NULL REFERENCES minutes(meeting_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    member TEXT REFERENCES members(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    guest TEXT,  -- a guest's name as in the meeting's attendance, for one who is not a member
    is_chair INTEGER NOT NULL DEFAULT 0,
    remark TEXT,
    remark_at TEXT,
    accepted_at TEXT,
    UNIQUE (meeting_id, member),
    UNIQUE (meeting_id, guest),
    CHECK ((member IS NULL) != (guest IS NULL))
);

-- Every row is kept as it was, in its order (rowid follows the old table's order by position).
INSERT INTO minutes_cosigners_v17 (meeting_id, position, member, is_chair, remark, remark_at, accepted_at)
SELECT meeting_id, position, member, is_chair, remark, remark_at, accepted_at
FROM minutes_cosigners ORDER BY meeting_id, position;

DROP TABLE minutes_cosigners;
ALTER TABLE minutes_cosigners_v17 RENAME TO minutes_cosigners;
