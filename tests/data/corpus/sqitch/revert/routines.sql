-- Revert heartguard:routines from mysql

BEGIN;

DROP VIEW v_patient_last_reading;

DROP PROCEDURE seed_readings;

DROP PROCEDURE record_reading;

DROP FUNCTION bpm_zone;

COMMIT;
