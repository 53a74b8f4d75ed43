-- BoardDesk schema, version 6: a version on every record two people can edit at once (notes,
-- cases, decisions, attendance, project cards), so a write made on what someone read earlier is
-- refused when the record changed meanwhile, instead of overwriting it (issue 9, item 5).
-- Every write takes the next number of one store-wide clock, so a number is never given twice:
-- a record deleted and made again by BoardDesk never looks like the one a reader saw. A trigger
-- bumps it on any update that does not set it, so no write path can forget it.
-- Existing records start at 1, the clock with them.

CREATE TABLE version_clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last INTEGER NOT NULL
);
INSERT INTO version_clock (id, last) VALUES (1, 1);

ALTER TABLE annotations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE decisions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE attendance ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE projects ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Deleted text leaves the search index's file pages only when the index is rewritten; the
-- documents taken out since the last rewrite are listed here until BoardDesk rewrites it
-- (issue 9, item 6). An edit takes a document out and puts it back; a deletion only takes it out.
CREATE TABLE search_removed (
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    PRIMARY KEY (kind, ref)
);
CREATE TRIGGER search_docs_removed AFTER DELETE ON search_docs BEGIN
  INSERT OR IGNORE INTO search_removed (kind, ref) VALUES (OLD.kind, OLD.ref);
END;
