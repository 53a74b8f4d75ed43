-- BoardDesk schema, version 5: a note moved to lightly edited words. When a revised document is
-- read and a note's words are found only approximately («…etter 2025» is now «…etter 2026»), the
-- note moves to the new place and keeps its original `quote`; the words found there are recorded
-- beside it, so the reader sees that they changed. NULL when the words are found exactly (or the
-- note is on an earlier version).

ALTER TABLE annotations ADD COLUMN quote_current TEXT;
