DROP INDEX idx_patients_phone ON patients;

ALTER TABLE patients DROP COLUMN phone;
