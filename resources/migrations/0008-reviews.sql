-- Reviews the couple held together over a period of their history (days as ISO dates, both
-- included). completed_utc stays NULL while a review is in progress. Deletes are soft so they
-- can be undone.
CREATE TABLE reviews (
    id            TEXT PRIMARY KEY NOT NULL,
    period_start  TEXT NOT NULL,
    period_end    TEXT NOT NULL CHECK (period_end >= period_start),
    notes         TEXT NOT NULL DEFAULT '',
    agreements    TEXT NOT NULL DEFAULT '',
    completed_utc TEXT,
    created_utc   TEXT NOT NULL,
    updated_utc   TEXT NOT NULL,
    deleted_utc   TEXT
);
CREATE INDEX reviews_by_period ON reviews (period_end DESC, period_start DESC) WHERE deleted_utc IS NULL;

-- What the couple said to the review's questions, in the order they were asked. A row is
-- identified by its review and its place; skipped questions have no row.
CREATE TABLE review_answers (
    review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 0),
    question  TEXT NOT NULL CHECK (length(trim(question)) > 0),
    answer    TEXT NOT NULL CHECK (length(trim(answer)) > 0),
    PRIMARY KEY (review_id, position)
) WITHOUT ROWID;
