DROP TRIGGER trg_readings_alert;

DROP TABLE reading_alerts;
