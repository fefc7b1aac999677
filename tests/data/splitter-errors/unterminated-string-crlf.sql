-- error at 3:8: unterminated string
SELECT 1;
SELECT 'x
