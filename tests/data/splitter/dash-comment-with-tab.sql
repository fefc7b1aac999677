SELECT 2 --	x;
;
