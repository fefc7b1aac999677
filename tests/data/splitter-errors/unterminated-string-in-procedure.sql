-- error at 5:10: unterminated string
DELIMITER //
CREATE PROCEDURE p()
BEGIN
  SELECT 'a, 1;
END//
DELIMITER ;
