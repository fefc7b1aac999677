-- error at 3:1: DELIMITER must be followed
SELECT 1;
DELIMITER
SELECT 2;
