CREATE TABLE sessions (id INT PRIMARY KEY, expires_at DATETIME);
DELIMITER $$
CREATE EVENT purge_sessions
  ON SCHEDULE EVERY 1 HOUR
  DISABLE
  DO
  BEGIN
    DELETE FROM sessions WHERE expires_at < NOW();
    DELETE FROM sessions WHERE expires_at IS NULL;
  END $$
DELIMITER ;
DROP EVENT purge_sessions;
