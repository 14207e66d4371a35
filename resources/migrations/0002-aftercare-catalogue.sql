-- The catalogue of aftercare acts, in the four forms of DESIGN.md. Built-in acts have the
-- same id in every Tend database so that two copies can be merged later.
CREATE TABLE aftercare_acts (
    id          TEXT PRIMARY KEY NOT NULL,
    form        TEXT NOT NULL CHECK (form IN ('talking', 'physical', 'shared', 'space')),
    label       TEXT NOT NULL CHECK (length(trim(label)) > 0),
    description TEXT NOT NULL DEFAULT '',
    built_in    INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

WITH seed (id, form, label, description, sort_order) AS (VALUES
    ('7647d2c6-f667-488c-8478-7f680f933b7b', 'talking', 'Talk about how it felt', 'A gentle chat about what the moment was like for each of you.', 1),
    ('5e060f02-fc86-4667-96be-8578f7f487bf', 'talking', 'Words of reassurance', 'Hearing that you are cared for, safe and appreciated.', 2),
    ('cc0e66d6-c8e3-4512-92b5-a0c00804a1aa', 'talking', 'Share what we enjoyed', 'Naming something you liked or felt close during.', 3),
    ('402079d0-a26b-44cc-8e97-a89d4c324ce3', 'talking', 'Check in on boundaries', 'A calm look at whether anything felt off or should change.', 4),
    ('347f3be8-57f8-4e6b-a20b-a557b38c97fe', 'talking', 'Check in the next day', 'A short, unhurried "how are you feeling about yesterday?"', 5),
    ('c94555d8-af46-4200-a446-23f7a8c283a5', 'physical', 'Cuddling', 'Being held, or holding each other, for as long as feels right.', 1),
    ('eb8c8bb5-3104-4f7c-ae0f-7b83e99cfab4', 'physical', 'Holding hands', 'Simple touch that says "I am here".', 2),
    ('141dc360-8f47-420f-a499-59065472e980', 'physical', 'Warmth and a blanket', 'Getting cosy and warm together.', 3),
    ('c6de8722-737f-4167-98fd-069a2c9f4595', 'physical', 'A gentle massage', 'Slow, soothing touch for shoulders, back, hands or feet.', 4),
    ('3906dff0-537a-44cc-8ac6-ea8351615fd5', 'physical', 'Water or a snack', 'Something to drink or nibble, brought without asking.', 5),
    ('97da108f-e568-4ed3-a503-fa2ad163af14', 'shared', 'A shower or bath together', 'Warm water and a slow moment side by side.', 1),
    ('8541b198-38e0-414e-b53c-1086974467c2', 'shared', 'Listening to music', 'Soft music you both like, in the background or together.', 2),
    ('7d14d162-e17b-4b9a-a9af-19229408b723', 'shared', 'Something light to watch', 'A favourite show or film that asks nothing of you.', 3),
    ('e899ea86-b9ec-42f9-9fc4-49912be0920c', 'shared', 'Falling asleep together', 'Drifting off close to each other.', 4),
    ('980187c6-d817-4b2d-b81e-0d098d899940', 'space', 'Quiet time alone', 'A little while to yourself before being together again.', 1),
    ('e8ea35f2-6278-4c8f-bb3a-02f6014bd0c1', 'space', 'Rest before talking', 'Lying still or resting first; words can come later.', 2),
    ('2086906f-5fed-4877-b8a2-4bed1e0093b0', 'space', 'Quiet company', 'Being near each other without needing to talk.', 3),
    ('d3415616-b3f8-4ed1-9037-3a7e080d2ada', 'space', 'A slow, calm evening', 'No plans and no pressure for the rest of the day.', 4))
INSERT INTO aftercare_acts (id, form, label, description, built_in, archived, sort_order, created_utc, updated_utc)
    SELECT id, form, label, description, 1, 0, sort_order,
           strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM seed;
