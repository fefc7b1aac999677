-- Verify heartguard:patients_devices on mysql

BEGIN;

SELECT * FROM patients WHERE 0;
SELECT * FROM devices WHERE 0;
SELECT sqitch.checkit(COUNT(*), 'index uq_patients_email is missing')
  FROM information_schema.statistics
 WHERE table_schema = DATABASE() AND table_name = 'patients' AND index_name = 'uq_patients_email' AND seq_in_index = 1;
SELECT sqitch.checkit(COUNT(*), 'index idx_devices_patient is missing')
  FROM information_schema.statistics
 WHERE table_schema = DATABASE() AND table_name = 'devices' AND index_name = 'idx_devices_patient' AND seq_in_index = 1;
SELECT sqitch.checkit(COUNT(*), 'index uq_devices_serial is missing')
  FROM information_schema.statistics
 WHERE table_schema = DATABASE() AND table_name = 'devices' AND index_name = 'uq_devices_serial' AND seq_in_index = 1;

ROLLBACK;
