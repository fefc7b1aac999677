-- 1203 readings (branch b)
-- UP
CREATE TABLE readings (id BIGINT PRIMARY KEY, bpm SMALLINT NOT NULL);
-- DOWN
DROP TABLE readings;
