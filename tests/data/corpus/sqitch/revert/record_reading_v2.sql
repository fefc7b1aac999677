-- Revert heartguard:record_reading_v2 from mysql

BEGIN;

DROP PROCEDURE record_reading;

DELIMITER $$
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
END$$
DELIMITER ;

COMMIT;
