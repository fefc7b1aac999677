--comment; not a statement
SELECT 1;
--another
SELECT 2;
