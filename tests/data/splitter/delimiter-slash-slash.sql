-- A procedure under DELIMITER //, the most common form.
CREATE TABLE audit_log (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(100));

DELIMITER //
CREATE PROCEDURE add_note(IN p_note VARCHAR(100))
BEGIN
  INSERT INTO audit_log (note) VALUES (p_note);
  SELECT COUNT(*) FROM audit_log;
END //
DELIMITER ;

CALL add_note('first; with a semicolon');
DROP PROCEDURE add_note;
