SELECT 1;-- no space before the comment
SELECT 2;#hash right after
SELECT 3;/* block right after */
