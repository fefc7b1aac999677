-- Revert heartguard:patient_phone from mysql

BEGIN;

DROP INDEX idx_patients_phone ON patients;

ALTER TABLE patients DROP COLUMN phone;

COMMIT;
