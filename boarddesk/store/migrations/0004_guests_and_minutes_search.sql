-- BoardDesk schema, version 4: guests' attendance. A meeting's guests (invitees who are not board
-- members) have their attendance recorded like the members': present, absent with notice or
-- absent, and the case they arrived or left at. A row names either a member or a guest (by the
-- name on the invitation), never both; rows are numbered per meeting as the invitees are.
-- (The search sources added in this version, amendments and co-signers' remarks, are installed
-- by the migration step in Python, from the same description as the others.)

CREATE TABLE attendance_v4 (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    member TEXT REFERENCES members(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    guest TEXT,
    status TEXT NOT NULL,
    deputy_for TEXT REFERENCES members(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    arrived_at_case TEXT REFERENCES cases(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    left_at_case TEXT REFERENCES cases(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (meeting_id, position),
    UNIQUE (meeting_id, member),
    UNIQUE (meeting_id, guest),
    CHECK ((member IS NULL) != (guest IS NULL)),
    CHECK (guest IS NULL OR deputy_for IS NULL)
);

-- Positions renumbered per meeting in their old order, so they are unique whatever an import left.
INSERT INTO attendance_v4 (meeting_id, position, member, status, deputy_for, arrived_at_case, left_at_case)
SELECT meeting_id, row_number() OVER (PARTITION BY meeting_id ORDER BY position, member),
       member, status, deputy_for, arrived_at_case, left_at_case
FROM attendance;

DROP TABLE attendance;
ALTER TABLE attendance_v4 RENAME TO attendance;
