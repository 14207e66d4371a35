-- The couple's shared list of needs to talk about.
CREATE TABLE needs (
    id              TEXT PRIMARY KEY NOT NULL,
    raised_by       TEXT NOT NULL REFERENCES partners (id),
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'talking', 'resolved')),
    priority        INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
    sort_order      INTEGER NOT NULL DEFAULT 0,
    resolved_utc    TEXT,
    resolution_note TEXT NOT NULL DEFAULT '',
    created_utc     TEXT NOT NULL,
    updated_utc     TEXT NOT NULL,
    deleted_utc     TEXT
);
CREATE INDEX needs_by_order ON needs (sort_order) WHERE deleted_utc IS NULL;
