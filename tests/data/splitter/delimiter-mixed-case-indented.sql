  DeLiMiTeR $$
SELECT 1; SELECT 2$$
	delimiter ;
SELECT 3;
