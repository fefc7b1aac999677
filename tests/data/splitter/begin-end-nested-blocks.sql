DELIMITER //
CREATE PROCEDURE nested()
BEGIN
  DECLARE i INT DEFAULT 0;
  outer_block: BEGIN
    WHILE i < 3 DO
      SET i = i + 1;
      BEGIN
        DECLARE j INT DEFAULT i;
        SELECT j;
      END;
    END WHILE;
  END outer_block;
  CASE i WHEN 3 THEN SELECT 'three'; ELSE SELECT 'other'; END CASE;
END//
DELIMITER ;
CALL nested();
