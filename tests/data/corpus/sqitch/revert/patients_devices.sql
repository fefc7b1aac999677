-- Revert heartguard:patients_devices from mysql

BEGIN;

DROP TABLE devices;

DROP TABLE patients;

COMMIT;
