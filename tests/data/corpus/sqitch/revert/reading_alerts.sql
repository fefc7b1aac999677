-- Revert heartguard:reading_alerts from mysql

BEGIN;

DROP TRIGGER trg_readings_alert;

DROP TABLE reading_alerts;

COMMIT;
