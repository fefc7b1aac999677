-- Verify heartguard:record_reading_v2 on mysql

BEGIN;

SELECT sqitch.checkit(COUNT(*), 'procedure record_reading is not v2')
  FROM information_schema.routines
 WHERE routine_schema = DATABASE() AND routine_name = 'record_reading' AND routine_definition LIKE '%JSON_TYPE%';

ROLLBACK;
