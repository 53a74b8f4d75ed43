-- BoardDesk schema, version 2: what running a meeting needs beyond the record of version 1.
-- The minutes' life (draft → adjustment → approved → locked) with the hash taken on approval,
-- co-signers and their remarks, amendments to approved minutes, the log of edits to a published
-- agenda, and the live meeting's place and clock, so a crash returns the secretary to the same case.

CREATE TABLE minutes (
    meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'adjustment', 'approved', 'locked')),
    current_case TEXT REFERENCES cases(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    closed_at TEXT,
    closed_confirmed TEXT,
    sent_for_adjustment_at TEXT,
    approved_at TEXT,
    approved_by_meeting TEXT REFERENCES meetings(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    approved_in_case TEXT REFERENCES cases(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    locked_at TEXT,
    sha256 TEXT,
    CHECK (status IN ('draft', 'adjustment') OR sha256 IS NOT NULL)
);

CREATE TABLE minutes_cosigners (
    meeting_id TEXT NOT NULL REFERENCES minutes(meeting_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    member TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    is_chair INTEGER NOT NULL DEFAULT 0,
    remark TEXT,
    remark_at TEXT,
    accepted_at TEXT,
    PRIMARY KEY (meeting_id, member)
);

CREATE TABLE minutes_amendments (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES minutes(meeting_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    date TEXT NOT NULL,
    reason TEXT NOT NULL,
    text TEXT NOT NULL,
    case_id TEXT REFERENCES cases(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    recorded_at TEXT
);
CREATE INDEX minutes_amendments_meeting ON minutes_amendments(meeting_id, position);

-- Edits to an agenda after it was published: when, which case, what. Never edited or deleted.
CREATE TABLE agenda_changes (
    id INTEGER PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    at TEXT NOT NULL,
    case_id TEXT REFERENCES cases(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    change TEXT NOT NULL
);
CREATE INDEX agenda_changes_meeting ON agenda_changes(meeting_id, id);

-- The clock of a case in the live meeting: seconds spent before the latest start, and that start.
CREATE TABLE case_clock (
    case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    seconds_spent INTEGER NOT NULL DEFAULT 0,
    running_since TEXT
);
