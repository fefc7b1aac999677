-- 01203 alerts (a third branch, zero-padded)
-- UP
CREATE TABLE reading_alerts (id BIGINT PRIMARY KEY);
-- DOWN
DROP TABLE reading_alerts;
