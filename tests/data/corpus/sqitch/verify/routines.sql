-- Verify heartguard:routines on mysql

BEGIN;

SELECT sqitch.checkit(COUNT(*), 'function bpm_zone is missing')
  FROM information_schema.routines
 WHERE routine_schema = DATABASE() AND routine_name = 'bpm_zone' AND routine_type = 'FUNCTION';
SELECT sqitch.checkit(COUNT(*), 'procedure record_reading is missing')
  FROM information_schema.routines
 WHERE routine_schema = DATABASE() AND routine_name = 'record_reading' AND routine_type = 'PROCEDURE';
SELECT sqitch.checkit(COUNT(*), 'procedure seed_readings is missing')
  FROM information_schema.routines
 WHERE routine_schema = DATABASE() AND routine_name = 'seed_readings' AND routine_type = 'PROCEDURE';
SELECT * FROM v_patient_last_reading WHERE 0;

ROLLBACK;
