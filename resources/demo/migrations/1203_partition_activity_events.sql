-- Deploy 2026-11-23, part 4 of 4: activity events (1199's table) partitioned by year.
-- On MySQL/MariaDB the executable comment partitions the rebuilt table; other engines
-- read it as a comment.
-- UP
CREATE TABLE activity_events_partitioned (
    id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    kind VARCHAR(40) NOT NULL,
    occurred_at DATETIME NOT NULL,
    PRIMARY KEY (id, occurred_at)
) /*!50100 PARTITION BY RANGE (YEAR(occurred_at)) (
    PARTITION p2025 VALUES LESS THAN (2026),
    PARTITION p2026 VALUES LESS THAN (2027),
    PARTITION pmax VALUES LESS THAN MAXVALUE) */;
INSERT INTO activity_events_partitioned SELECT * FROM activity_events;
DROP TABLE activity_events;
ALTER TABLE activity_events_partitioned RENAME TO activity_events;
CREATE INDEX idx_activity_user ON activity_events (user_id, occurred_at);

-- DOWN
-- Merge the partitions back into one plain table exactly as 1199 created it, rows and
-- all; the index made for the partitioned table goes with it (1199's table had none).
CREATE TABLE activity_events_merged (
    id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    kind VARCHAR(40) NOT NULL,
    occurred_at DATETIME NOT NULL,
    PRIMARY KEY (id, occurred_at)
);
INSERT INTO activity_events_merged SELECT * FROM activity_events;
DROP TABLE activity_events;
ALTER TABLE activity_events_merged RENAME TO activity_events;
