-- UP
ALTER TABLE users ADD COLUMN last_activity_at DATETIME;

-- DOWN
ALTER TABLE users DROP COLUMN last_activity_at;
