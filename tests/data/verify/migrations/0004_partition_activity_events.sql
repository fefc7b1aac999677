-- Partitioning of the activity events by year; the DOWN merges them back.
-- UP
ALTER TABLE activity_events PARTITION BY RANGE COLUMNS (occurred_at) (
    PARTITION p2025 VALUES LESS THAN ('2026-01-01'),
    PARTITION p2026 VALUES LESS THAN ('2027-01-01'),
    PARTITION pmax VALUES LESS THAN (MAXVALUE));

-- DOWN
ALTER TABLE activity_events REMOVE PARTITIONING;
