-- The couple: exactly two partners, seat 1 and seat 2.
CREATE TABLE partners (
    id          TEXT PRIMARY KEY NOT NULL,
    seat        INTEGER NOT NULL UNIQUE CHECK (seat IN (1, 2)),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    pronouns    TEXT NOT NULL DEFAULT '',
    colour      TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
