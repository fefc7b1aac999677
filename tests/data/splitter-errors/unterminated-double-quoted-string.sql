-- error at 2:8: unterminated string
SELECT "x;
