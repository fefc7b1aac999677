-- 0001 patients
-- UP
CREATE TABLE patients (id INT PRIMARY KEY);
-- DOWN
DROP TABLE patients;
