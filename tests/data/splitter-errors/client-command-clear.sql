-- error at 3:10: \c
SELECT 1;
SELECT 2 \c
