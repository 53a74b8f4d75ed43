-- BoardDesk schema, version 14: anyone present can stand in for an absent board member (issue
-- 11, item 3): a guest as well as a member or deputy. Version 4 refused a guest's deputy_for;
-- SQLite cannot drop a CHECK, so the table is made anew without it, its rows (versions
-- included) copied as they are. No one stands in for themself; that a deputy_for is a member of
-- the meeting's board needs a look at other tables, which a CHECK cannot take: a trigger does it.
-- (The version triggers of version 6 went with the old table; the migration step in Python puts
-- them back, from the same description as the others.)

CREATE TABLE attendance_v14 (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    member TEXT REFERENCES members(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    guest TEXT,
    status TEXT NOT NULL,
    deputy_for TEXT REFERENCES members(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    arrived_at_case TEXT REFERENCES cases(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    left_at_case TEXT REFERENCES cases(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (meeting_id, position),
    UNIQUE (meeting_id, member),
    UNIQUE (meeting_id, guest),
    CHECK ((member IS NULL) != (guest IS NULL)),
    CHECK (deputy_for IS NULL OR member IS NULL OR deputy_for != member)
);

-- A member once recorded as their own deputy (nothing refused it before) stands in for no one.
INSERT INTO attendance_v14
    (meeting_id, position, member, guest, status, deputy_for, arrived_at_case, left_at_case, version)
SELECT meeting_id, position, member, guest, status,
       CASE WHEN deputy_for = member THEN NULL ELSE deputy_for END,
       arrived_at_case, left_at_case, version
FROM attendance;

DROP TABLE attendance;
ALTER TABLE attendance_v14 RENAME TO attendance;

CREATE TRIGGER attendance_deputy_on_board_insert BEFORE INSERT ON attendance
WHEN NEW.deputy_for IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM members m JOIN meetings g ON g.board_id = m.board_id
    WHERE m.id = NEW.deputy_for AND g.id = NEW.meeting_id)
BEGIN
  SELECT RAISE(ABORT, 'attendance: deputy_for is not a member of the meeting''s board');
END;

CREATE TRIGGER attendance_deputy_on_board_update BEFORE UPDATE OF deputy_for, meeting_id ON attendance
WHEN NEW.deputy_for IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM members m JOIN meetings g ON g.board_id = m.board_id
    WHERE m.id = NEW.deputy_for AND g.id = NEW.meeting_id)
BEGIN
  SELECT RAISE(ABORT, 'attendance: deputy_for is not a member of the meeting''s board');
END;
