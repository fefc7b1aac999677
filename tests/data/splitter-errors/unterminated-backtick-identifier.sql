-- error at 4:10: unterminated quoted identifier
SELECT 1;

SELECT a.`b;
SELECT 2;
