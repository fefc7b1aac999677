SELECT 'a
b;c';
SELECT "line one
-- not a comment
# nor this
line four";
