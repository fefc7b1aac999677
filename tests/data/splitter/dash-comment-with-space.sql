-- A header comment.
SELECT 1 -- one; two
+ 1;
SELECT 2; -- after the delimiter
