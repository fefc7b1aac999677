SELECT /*M!100100 5 + */ 1;
/*M!100400 CREATE TABLE IF NOT EXISTS mm (a INT) */;
/*M!999999 this is ignored by older and current servers */ SELECT 2;
