SELECT 2 --
;
