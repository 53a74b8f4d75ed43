-- Who uses this store, and board membership over time.

-- The person this store belongs to: one row. Notes are written under this name.
CREATE TABLE identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    set_at TEXT NOT NULL
);

-- The user's role on each board: a secretary edits that board's meetings (in an explicit editing
-- mode); members, deputies and observers read and annotate.
CREATE TABLE identity_roles (
    board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    role TEXT NOT NULL CHECK (role IN ('member', 'deputy', 'secretary', 'observer'))
);

-- A member's period on the board (appointed from, retired at); NULL where the papers do not say.
ALTER TABLE members ADD COLUMN period_from TEXT;
ALTER TABLE members ADD COLUMN period_to TEXT;
