-- BoardDesk schema, version 3: reading offline and annotating (issue 6).
-- A note on a PDF page is anchored three ways, so it survives a revised document: the quoted
-- words with some context, the page and region, and the SHA-256 of the version it was made on.
-- Regions are fractions of the page (x, y from the top-left, width, height), so zoom-independent.

ALTER TABLE annotations ADD COLUMN anchor_kind TEXT CHECK (anchor_kind IN ('highlight', 'sticky'));
ALTER TABLE annotations ADD COLUMN page INTEGER;
ALTER TABLE annotations ADD COLUMN region TEXT;
ALTER TABLE annotations ADD COLUMN quote TEXT;
ALTER TABLE annotations ADD COLUMN quote_prefix TEXT;
ALTER TABLE annotations ADD COLUMN quote_suffix TEXT;
ALTER TABLE annotations ADD COLUMN document_sha256 TEXT;
-- 'anchored' (on the current version) or 'earlier_version' (its words are gone from the current
-- version: shown with its quote, never deleted).
ALTER TABLE annotations ADD COLUMN anchor_state TEXT CHECK (anchor_state IN ('anchored', 'earlier_version'));

-- Where a reader is in each document, and what each page said when they last read it, so the
-- pages changed since then can be marked.
CREATE TABLE document_reads (
    attachment_id TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    reader TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    page_hashes TEXT NOT NULL,
    last_page INTEGER NOT NULL DEFAULT 0,
    zoom REAL,
    read_at TEXT NOT NULL,
    PRIMARY KEY (attachment_id, reader)
);

-- The secretary's side: each export of a meeting bundle gets the next revision number when the
-- content changed since the last one.
CREATE TABLE bundle_exports (
    meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    bundle_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL,
    exported_at TEXT NOT NULL
);

-- The member's side: the latest bundle imported for a meeting, with a fingerprint of each thing
-- it held, so the next revision can say what changed and what was taken out.
CREATE TABLE bundle_imports (
    meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    bundle_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    fingerprints TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

-- What each page of a document version says, hashed (per-page SHA-256 of its words, a JSON list),
-- kept by the version's SHA-256 so the changed-pages check never reads a large PDF twice.
CREATE TABLE document_versions (
    sha256 TEXT PRIMARY KEY,
    page_hashes TEXT NOT NULL
);
