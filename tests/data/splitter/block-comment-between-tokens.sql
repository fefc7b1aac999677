SELECT/*x*/1;
SELECT 1/**/+/**/2;
SELECT/* a */ /* b */3;
