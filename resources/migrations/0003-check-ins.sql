-- Check-ins: how one partner was doing at one moment. Deletes are soft so they can be undone.
CREATE TABLE check_ins (
    id             TEXT PRIMARY KEY NOT NULL,
    partner_id     TEXT NOT NULL REFERENCES partners (id),
    at_utc         TEXT NOT NULL,
    local_day      TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('daily', 'after_intimacy')),
    mood           INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    stress         INTEGER NOT NULL CHECK (stress BETWEEN 1 AND 5),
    closeness      INTEGER NOT NULL CHECK (closeness BETWEEN 1 AND 5),
    felt_cared_for INTEGER CHECK (felt_cared_for IS NULL OR felt_cared_for BETWEEN 1 AND 5),
    note           TEXT NOT NULL DEFAULT '',
    created_utc    TEXT NOT NULL,
    updated_utc    TEXT NOT NULL,
    deleted_utc    TEXT
);
CREATE INDEX check_ins_by_day ON check_ins (local_day, at_utc) WHERE deleted_utc IS NULL;
CREATE INDEX check_ins_by_partner ON check_ins (partner_id, at_utc) WHERE deleted_utc IS NULL;

-- Aftercare received and wished for, per check-in. A row is identified by the three ids it joins.
CREATE TABLE check_in_acts (
    check_in_id TEXT NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
    act_id      TEXT NOT NULL REFERENCES aftercare_acts (id),
    role        TEXT NOT NULL CHECK (role IN ('received', 'wished')),
    PRIMARY KEY (check_in_id, act_id, role)
) WITHOUT ROWID;
CREATE INDEX check_in_acts_by_act ON check_in_acts (act_id);
