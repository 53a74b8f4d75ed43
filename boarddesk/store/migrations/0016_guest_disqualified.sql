-- BoardDesk schema, version 16: a guest standing in for an absent member (version 14) can be
-- disqualified (inhabil) on a case, and the record names the guest, not the member stood in for.
-- Until now decision_disqualified named a board member only, and a guest's disqualification was
-- recorded under the seat they stood in for: once the stand-in was removed, the record named the
-- member who was absent. SQLite cannot change a column's NOT NULL, so the table is made anew with
-- a guest column beside member, exactly one of them set. (No triggers or indexes went with the old
-- table; version 6 gave it no version of its own: it is part of its decision's.)

CREATE TABLE decision_disqualified_v16 (
    case_id TEXT NOT NULL REFERENCES decisions(case_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    member TEXT REFERENCES members(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    guest TEXT,  -- a guest's name as in the meeting's attendance, for one who is not a member
    PRIMARY KEY (case_id, position),
    UNIQUE (case_id, member),
    UNIQUE (case_id, guest),
    CHECK ((member IS NULL) != (guest IS NULL))
);

-- Rows keep their case and position. A member listed twice for a case (nothing refused it
-- before) is kept once, at the first place. A seat a guest stands in for becomes that guest, as
-- the screen and the minutes showed it, while the minutes can still change; approved minutes keep
-- their record as sealed (their SHA-256 covers it).
INSERT INTO decision_disqualified_v16 (case_id, position, member, guest)
SELECT q.case_id, q.position,
       CASE WHEN stand_in.guest IS NULL THEN q.member END,
       stand_in.guest
FROM decision_disqualified q
LEFT JOIN (
    SELECT c.id AS case_id, a.deputy_for AS seat, min(a.guest) AS guest
    FROM cases c
    JOIN attendance a ON a.meeting_id = c.meeting
    LEFT JOIN minutes n ON n.meeting_id = c.meeting
    WHERE a.guest IS NOT NULL AND a.deputy_for IS NOT NULL AND a.status = 'present'
      AND coalesce(n.status, 'draft') IN ('draft', 'adjustment')
    GROUP BY c.id, a.deputy_for
) stand_in ON stand_in.case_id = q.case_id AND stand_in.seat = q.member
WHERE q.position = (SELECT min(d.position) FROM decision_disqualified d
                    WHERE d.case_id = q.case_id AND d.member = q.member);

DROP TABLE decision_disqualified;
ALTER TABLE decision_disqualified_v16 RENAME TO decision_disqualified;
