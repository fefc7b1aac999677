-- 1202 patients
-- UP
CREATE TABLE patients (id INT PRIMARY KEY, full_name VARCHAR(100) NOT NULL);
-- DOWN
DROP TABLE patients;
