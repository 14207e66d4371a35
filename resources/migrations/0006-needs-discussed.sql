-- When the couple last marked a need discussed as the week's need.
ALTER TABLE needs ADD COLUMN discussed_utc TEXT;

-- The need the couple picked to talk about in a week (week_start is that week's Monday).
CREATE TABLE weekly_needs (
    id          TEXT PRIMARY KEY NOT NULL,
    week_start  TEXT NOT NULL UNIQUE,
    need_id     TEXT NOT NULL REFERENCES needs (id),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
