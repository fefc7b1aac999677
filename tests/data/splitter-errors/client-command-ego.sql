-- error at 2:9: \G
SELECT 1\G
