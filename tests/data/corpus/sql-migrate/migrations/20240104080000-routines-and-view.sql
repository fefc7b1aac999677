-- +migrate Up
-- +migrate StatementBegin
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
END;
-- +migrate StatementEnd

-- +migrate StatementBegin
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
END;
-- +migrate StatementEnd

-- +migrate StatementBegin
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
END;
-- +migrate StatementEnd

CREATE VIEW v_patient_last_reading AS
  SELECT p.id AS patient_id, p.full_name, MAX(r.taken_at) AS last_taken_at,
         COUNT(r.id) AS reading_count
  FROM patients p
  LEFT JOIN devices d ON d.patient_id = p.id
  LEFT JOIN readings r ON r.device_id = d.id
  GROUP BY p.id, p.full_name;

-- +migrate Down
DROP VIEW v_patient_last_reading;

DROP PROCEDURE seed_readings;

DROP PROCEDURE record_reading;

DROP FUNCTION bpm_zone;
