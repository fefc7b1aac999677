-- Verify heartguard:patient_phone on mysql

BEGIN;

SELECT phone FROM patients WHERE 0;
SELECT sqitch.checkit(COUNT(*), 'index idx_patients_phone is missing')
  FROM information_schema.statistics
 WHERE table_schema = DATABASE() AND table_name = 'patients' AND index_name = 'idx_patients_phone' AND seq_in_index = 1;

ROLLBACK;
