-- 1203 devices (branch a)
-- UP
CREATE TABLE devices (id INT PRIMARY KEY, patient_id INT NOT NULL);
-- DOWN
DROP TABLE devices;
