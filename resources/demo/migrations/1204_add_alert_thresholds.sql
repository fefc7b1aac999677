-- Not deployed yet: per-user alert thresholds.
-- UP
CREATE TABLE alert_thresholds (
    user_id INTEGER PRIMARY KEY REFERENCES users (id),
    low_bpm SMALLINT NOT NULL DEFAULT 40,
    high_bpm SMALLINT NOT NULL DEFAULT 170
);

-- DOWN
DROP TABLE alert_thresholds;
