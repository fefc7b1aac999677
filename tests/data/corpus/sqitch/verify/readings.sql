-- Verify heartguard:readings on mysql

BEGIN;

SELECT * FROM readings WHERE 0;
SELECT sqitch.checkit(COUNT(*), 'index idx_readings_device_time is missing')
  FROM information_schema.statistics
 WHERE table_schema = DATABASE() AND table_name = 'readings' AND index_name = 'idx_readings_device_time' AND seq_in_index = 1;

ROLLBACK;
