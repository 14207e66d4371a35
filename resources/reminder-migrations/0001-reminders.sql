-- Reminders live in a small file of their own, beside the couple's data, so that
-- `tend --remind` can read them without unlocking anything. Nothing intimate goes in here:
-- schedules, discreet texts, and when each reminder was last delivered.
CREATE TABLE reminders (
    id                TEXT PRIMARY KEY NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('check-in', 'weekly-need', 'mindfulness', 'support', 'custom')),
    frequency         TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly')),
    time_of_day       TEXT NOT NULL,
    weekdays          INTEGER NOT NULL DEFAULT 0,
    day_of_month      INTEGER NOT NULL DEFAULT 1 CHECK (day_of_month BETWEEN 1 AND 31),
    enabled           INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    text              TEXT NOT NULL CHECK (length(trim(text)) > 0),
    last_fired_utc    TEXT,
    snoozed_until_utc TEXT,
    sort_order        INTEGER NOT NULL DEFAULT 0,
    created_utc       TEXT NOT NULL,
    updated_utc       TEXT NOT NULL
);

-- How each reminder's latest occurrence reached the couple, or why it did not.
CREATE TABLE deliveries (
    reminder_id   TEXT PRIMARY KEY NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
    due_utc       TEXT NOT NULL,
    delivered_utc TEXT NOT NULL,
    way           TEXT NOT NULL CHECK (way IN ('desktop', 'tray', 'window', 'none')),
    problem       TEXT NOT NULL DEFAULT ''
);

-- Small facts the reminders need from the locked data, e.g. the last day both partners
-- checked in (a date, nothing more).
CREATE TABLE reminder_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
