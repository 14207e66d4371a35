-- Each partner's answers about the aftercare catalogue, whether they have finished the form,
-- and the couple's settings (such as "reveal together").
CREATE TABLE preferences (
    id          TEXT PRIMARY KEY NOT NULL,
    partner_id  TEXT NOT NULL REFERENCES partners (id),
    act_id      TEXT NOT NULL REFERENCES aftercare_acts (id),
    rating      TEXT CHECK (rating IS NULL OR rating IN ('need', 'like', 'neutral', 'not_for_me')),
    ask_first   INTEGER NOT NULL DEFAULT 0 CHECK (ask_first IN (0, 1)),
    timing      TEXT CHECK (timing IS NULL OR timing IN ('right_away', 'later_that_day', 'next_day')),
    note        TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    UNIQUE (partner_id, act_id)
);

CREATE TABLE preference_forms (
    id          TEXT PRIMARY KEY NOT NULL,
    partner_id  TEXT NOT NULL UNIQUE REFERENCES partners (id),
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

CREATE TABLE settings (
    id          TEXT PRIMARY KEY NOT NULL,
    key         TEXT NOT NULL UNIQUE CHECK (length(key) > 0),
    value       TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
