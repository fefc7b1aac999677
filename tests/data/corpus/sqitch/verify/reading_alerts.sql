-- Verify heartguard:reading_alerts on mysql

BEGIN;

SELECT * FROM reading_alerts WHERE 0;
SELECT sqitch.checkit(COUNT(*), 'trigger trg_readings_alert is missing')
  FROM information_schema.triggers
 WHERE trigger_schema = DATABASE() AND trigger_name = 'trg_readings_alert';
SELECT sqitch.checkit(COUNT(*), 'index idx_alerts_reading is missing')
  FROM information_schema.statistics
 WHERE table_schema = DATABASE() AND table_name = 'reading_alerts' AND index_name = 'idx_alerts_reading' AND seq_in_index = 1;

ROLLBACK;
