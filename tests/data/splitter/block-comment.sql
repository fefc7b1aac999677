/* leading */ SELECT 3;
SELECT 1 /* c */ + 2;
