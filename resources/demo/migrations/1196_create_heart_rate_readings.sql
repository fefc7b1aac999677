-- Readings arrive from the wrist monitors every few seconds.
-- UP
CREATE TABLE heart_rate_readings (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    bpm SMALLINT NOT NULL CHECK (bpm BETWEEN 20 AND 250),
    source VARCHAR(32),
    measured_at DATETIME NOT NULL
);
CREATE INDEX idx_readings_user_time ON heart_rate_readings (user_id, measured_at);

-- DOWN
DROP INDEX idx_readings_user_time;
DROP TABLE heart_rate_readings;
