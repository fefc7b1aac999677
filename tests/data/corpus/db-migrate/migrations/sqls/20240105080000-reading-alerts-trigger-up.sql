CREATE TABLE reading_alerts (
  id BIGINT NOT NULL AUTO_INCREMENT,
  reading_id BIGINT NOT NULL,
  zone VARCHAR(10) NOT NULL,
  details JSON NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY idx_alerts_reading (reading_id),
  CONSTRAINT fk_alerts_reading FOREIGN KEY (reading_id) REFERENCES readings (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TRIGGER trg_readings_alert AFTER INSERT ON readings
FOR EACH ROW
BEGIN
  -- only out-of-range readings raise an alert
  DECLARE v_zone VARCHAR(10);
  SET v_zone = bpm_zone(NEW.bpm);
  IF v_zone <> 'normal' THEN
    INSERT INTO reading_alerts (reading_id, zone, details)
    VALUES (NEW.id, v_zone, JSON_OBJECT('bpm', NEW.bpm, 'note', 'auto; trigger'));
  END IF;
END;

INSERT INTO reading_alerts (id, reading_id, zone, details, created_at) VALUES
  (1, 2, 'high', '{"bpm": 131, "note": "backfill"}', '2024-01-04 00:00:00'),
  (2, 3, 'low', '{"bpm": 48, "note": "backfill"}', '2024-01-04 00:00:00');
