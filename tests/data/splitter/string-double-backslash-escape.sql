SELECT "x\";y";
SELECT "a\\";
