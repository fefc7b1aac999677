-- 0007 replace report_readings by a view
-- UP
DROP PROCEDURE report_readings;
-- DOWN
DELIMITER $$
CREATE PROCEDURE report_readings()
BEGIN
  SELECT device_id, COUNT(*) FROM readings GROUP BY device_id;
END
DELIMITER ;
