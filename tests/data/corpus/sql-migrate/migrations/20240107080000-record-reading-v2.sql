-- +migrate Up
DROP PROCEDURE record_reading;

-- +migrate StatementBegin
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
END;
-- +migrate StatementEnd

-- +migrate Down
DROP PROCEDURE record_reading;

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
