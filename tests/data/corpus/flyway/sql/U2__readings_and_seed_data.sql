DROP TABLE readings;

DELETE FROM devices WHERE id IN (1, 2);

DELETE FROM patients WHERE id IN (1, 2);
