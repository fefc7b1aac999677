DELIMITER ;; -- the rest of a DELIMITER line is ignored
SELECT 5;;
DELIMITER ; # also ignored
SELECT 6;
