-- Partitioned activity events; the DOWN merges the partitions and archives the table,
-- with a run of data statements and session state in between.
-- UP
CREATE TABLE activity_events (id BIGINT NOT NULL, user_id INT NOT NULL, score INT NOT NULL,
    occurred_at DATE NOT NULL, PRIMARY KEY (id, occurred_at))
    PARTITION BY RANGE COLUMNS (occurred_at) (
        PARTITION p2025 VALUES LESS THAN ('2026-01-01'),
        PARTITION p2026 VALUES LESS THAN ('2027-01-01'),
        PARTITION pmax VALUES LESS THAN (MAXVALUE));
INSERT INTO activity_events VALUES (1, 1, 10, '2025-05-01'), (2, 2, 20, '2026-02-01'),
    (3, 3, 30, '2026-12-01'), (4, 1, 40, '2027-03-01');

-- DOWN
ALTER TABLE activity_events REMOVE PARTITIONING;
SET @score_bump = 7;
UPDATE activity_events SET score = score + @score_bump WHERE id = 1;
UPDATE activity_events SET score = score + @score_bump WHERE id = 2;
UPDATE activity_events SET score = score * 2 WHERE id = 3;
INSERT INTO activity_events VALUES (5, 2, 50, '2026-06-01');
INSERT INTO activity_events VALUES (6, 3, 60, '2026-07-01');
UPDATE activity_events SET score = score - 1 WHERE user_id = 3;
DELETE FROM activity_events WHERE id = 4;
INSERT INTO activity_events VALUES (7, 1, 70, '2026-08-01');
UPDATE activity_events SET score = score + @score_bump WHERE id = 7;
ALTER TABLE activity_events ADD COLUMN archived TINYINT NOT NULL DEFAULT 1;
CREATE INDEX idx_activity_events_user ON activity_events (user_id);
RENAME TABLE activity_events TO activity_events_archive;
