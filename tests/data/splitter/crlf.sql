SELECT 1
+ 1;
SELECT 'a
b';
-- comment
SELECT 2;
