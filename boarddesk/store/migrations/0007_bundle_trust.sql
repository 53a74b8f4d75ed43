-- Signed meeting bundles (see docs/bundle-trust.md).

-- The secretary's side: the Ed25519 key this store signs its bundles with, made on first export.
CREATE TABLE signing_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    private_key BLOB NOT NULL,
    public_key BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- The member's side: a board received from bundles, with the secretary's public key pinned on
-- the first signed bundle (trust on first use). A board without a row here was recorded in this
-- store (or imported from JSON), and no bundle changes it.
CREATE TABLE received_boards (
    board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    public_key BLOB,
    pinned_at TEXT
);

-- Boards a member already received before bundles were signed: received, no key pinned yet.
INSERT OR IGNORE INTO received_boards (board_id)
    SELECT DISTINCT m.board_id FROM bundle_imports i JOIN meetings m ON m.id = i.meeting_id;
