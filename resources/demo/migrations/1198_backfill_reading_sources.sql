-- Data migration: readings from before firmware 2.3 carry no source.
-- There is no way back: the old NULLs are not recorded anywhere.
-- UP
UPDATE heart_rate_readings SET source = 'wrist-v1' WHERE source IS NULL;
