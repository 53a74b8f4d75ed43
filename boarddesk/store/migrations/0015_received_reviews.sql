-- BoardDesk schema, version 15: what a member's copy of a meeting needs from the meetings before
-- it, as the secretary's bundle gave it: the previous meeting's number and date, which of the
-- approval case's documents is the previous minutes enclosed for approval (and how its pages are
-- marked), and the open action points from earlier meetings. A read-only snapshot kept apart from
-- the records: a bundle never writes another meeting's records (docs/bundle-trust.md).

CREATE TABLE received_reviews (
    meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    review TEXT NOT NULL  -- JSON, as the bundle's review.json part holds it
);
