-- error at 3:11: backslash
SELECT 1;
DELIMITER a\b
SELECT 2;
