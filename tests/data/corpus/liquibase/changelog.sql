--liquibase formatted sql

--changeset dana:1-create-patients-devices
--comment: Patients and their devices
CREATE TABLE patients (
  id INT NOT NULL AUTO_INCREMENT,
  full_name VARCHAR(100) NOT NULL,
  email VARCHAR(190) NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uq_patients_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE devices (
  id INT NOT NULL AUTO_INCREMENT,
  patient_id INT NOT NULL,
  serial_no VARCHAR(40) NOT NULL,
  model VARCHAR(60) NOT NULL DEFAULT 'HG-1',
  PRIMARY KEY (id),
  KEY idx_devices_patient (patient_id),
  CONSTRAINT fk_devices_patient FOREIGN KEY (patient_id) REFERENCES patients (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE UNIQUE INDEX uq_devices_serial ON devices (serial_no);
--rollback DROP TABLE devices;
--rollback DROP TABLE patients;

--changeset dana:2-readings-and-seed-data
--comment: Readings with a JSON payload, and seed data
CREATE TABLE readings (
  id BIGINT NOT NULL AUTO_INCREMENT,
  device_id INT NOT NULL,
  taken_at DATETIME NOT NULL,
  bpm SMALLINT NOT NULL,
  payload JSON NULL,
  PRIMARY KEY (id),
  KEY idx_readings_device_time (device_id, taken_at),
  CONSTRAINT fk_readings_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE,
  CONSTRAINT ck_readings_bpm CHECK (bpm BETWEEN 20 AND 300)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO patients (id, full_name, email, created_at) VALUES
  (1, 'Ada Byron', 'ada@example.org', '2024-01-02 08:00:00'),
  (2, 'Blaise Pascal', 'blaise@example.org', '2024-01-02 08:05:00');

INSERT INTO devices (id, patient_id, serial_no, model) VALUES
  (1, 1, 'HG1-0001', 'HG-1'),
  (2, 2, 'HG2-0002', 'HG-2');

INSERT INTO readings (id, device_id, taken_at, bpm, payload) VALUES
  (1, 1, '2024-01-02 09:00:00', 72, '{"rhythm": "sinus", "battery": 97}'),
  (2, 1, '2024-01-02 09:05:00', 131, '{"rhythm": "sinus; fast", "battery": 96}'),
  (3, 2, '2024-01-02 09:00:00', 48, '{"rhythm": "brady", "battery": 88, "tags": ["night"]}');
--rollback DROP TABLE readings;
--rollback DELETE FROM devices WHERE id IN (1, 2);
--rollback DELETE FROM patients WHERE id IN (1, 2);

--changeset dana:3-routines-and-view endDelimiter://
--comment: Triage function, recording procedures and a summary view
CREATE FUNCTION bpm_zone(p_bpm INT) RETURNS VARCHAR(10)
  DETERMINISTIC NO SQL
BEGIN
  -- zones follow the ward's triage sheet
  DECLARE v_zone VARCHAR(10);
  CASE
    WHEN p_bpm < 50 THEN SET v_zone = 'low';
    WHEN p_bpm > 120 THEN SET v_zone = 'high';
    ELSE SET v_zone = 'normal';
  END CASE;
  RETURN v_zone;
END
//
CREATE PROCEDURE record_reading(IN p_device INT, IN p_bpm INT, IN p_payload JSON)
  MODIFIES SQL DATA
BEGIN
  /* reject impossible values before they reach the CHECK constraint */
  IF p_bpm IS NULL OR p_bpm <= 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'bpm must be positive; nothing recorded';
  END IF;
  BEGIN
    DECLARE v_taken DATETIME DEFAULT NOW();
    INSERT INTO readings (device_id, taken_at, bpm, payload)
    VALUES (p_device, v_taken, p_bpm, p_payload);
  END;
END
//
CREATE PROCEDURE seed_readings(IN p_device INT, IN p_count INT)
  MODIFIES SQL DATA
BEGIN
  DECLARE i INT DEFAULT 0;
  fill: WHILE i < p_count DO
    SET i = i + 1;
    IF i > 1000 THEN
      LEAVE fill;
    END IF;
    -- one synthetic reading a minute
    INSERT INTO readings (device_id, taken_at, bpm, payload)
    VALUES (p_device, TIMESTAMPADD(MINUTE, i, '2024-02-01 00:00:00'), 60 + (i MOD 40),
            JSON_OBJECT('synthetic', TRUE, 'n', i));
  END WHILE fill;
  REPEAT
    SET i = i - 1;
  UNTIL i <= 0 END REPEAT;
END
//
CREATE VIEW v_patient_last_reading AS
  SELECT p.id AS patient_id, p.full_name, MAX(r.taken_at) AS last_taken_at,
         COUNT(r.id) AS reading_count
  FROM patients p
  LEFT JOIN devices d ON d.patient_id = p.id
  LEFT JOIN readings r ON r.device_id = d.id
  GROUP BY p.id, p.full_name
//
--rollback DROP VIEW v_patient_last_reading;
--rollback DROP PROCEDURE seed_readings;
--rollback DROP PROCEDURE record_reading;
--rollback DROP FUNCTION bpm_zone;

--changeset dana:4-reading-alerts-trigger endDelimiter://
--comment: Alerts raised by a trigger on readings, backfilled
CREATE TABLE reading_alerts (
  id BIGINT NOT NULL AUTO_INCREMENT,
  reading_id BIGINT NOT NULL,
  zone VARCHAR(10) NOT NULL,
  details JSON NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY idx_alerts_reading (reading_id),
  CONSTRAINT fk_alerts_reading FOREIGN KEY (reading_id) REFERENCES readings (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
//
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
END
//
INSERT INTO reading_alerts (id, reading_id, zone, details, created_at) VALUES
  (1, 2, 'high', '{"bpm": 131, "note": "backfill"}', '2024-01-04 00:00:00'),
  (2, 3, 'low', '{"bpm": 48, "note": "backfill"}', '2024-01-04 00:00:00')
//
--rollback DROP TRIGGER trg_readings_alert;
--rollback DROP TABLE reading_alerts;

--changeset dana:5-patient-phone
--comment: Patients' phone numbers
ALTER TABLE patients ADD COLUMN phone VARCHAR(30) NULL AFTER email;

CREATE INDEX idx_patients_phone ON patients (phone);

UPDATE patients SET phone = '+44 20 7946 0001' WHERE id = 1;

UPDATE patients SET phone = '+33 1 70 36 0002' WHERE id = 2;
--rollback DROP INDEX idx_patients_phone ON patients;
--rollback ALTER TABLE patients DROP COLUMN phone;

--changeset dana:6-record-reading-v2 endDelimiter:// rollbackEndDelimiter://
--comment: record_reading checks its payload and device (the DOWN restores v1)
DROP PROCEDURE record_reading
//
CREATE PROCEDURE record_reading(IN p_device INT, IN p_bpm INT, IN p_payload JSON)
  MODIFIES SQL DATA
BEGIN
  -- v2: the payload must be a JSON object and the device must exist
  DECLARE v_devices INT DEFAULT 0;
  IF p_bpm IS NULL OR p_bpm <= 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'bpm must be positive; nothing recorded';
  END IF;
  IF p_payload IS NOT NULL AND JSON_TYPE(p_payload) <> 'OBJECT' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'payload must be a JSON object';
  END IF;
  SELECT COUNT(*) INTO v_devices FROM devices WHERE id = p_device;
  IF v_devices = 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'unknown device';
  END IF;
  INSERT INTO readings (device_id, taken_at, bpm, payload)
  VALUES (p_device, NOW(), p_bpm, p_payload);
END
//
--rollback DROP PROCEDURE record_reading
--rollback //
--rollback CREATE PROCEDURE record_reading(IN p_device INT, IN p_bpm INT, IN p_payload JSON)
--rollback   MODIFIES SQL DATA
--rollback BEGIN
--rollback   /* reject impossible values before they reach the CHECK constraint */
--rollback   IF p_bpm IS NULL OR p_bpm <= 0 THEN
--rollback     SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'bpm must be positive; nothing recorded';
--rollback   END IF;
--rollback   BEGIN
--rollback     DECLARE v_taken DATETIME DEFAULT NOW();
--rollback     INSERT INTO readings (device_id, taken_at, bpm, payload)
--rollback     VALUES (p_device, v_taken, p_bpm, p_payload);
--rollback   END;
--rollback END
--rollback //
