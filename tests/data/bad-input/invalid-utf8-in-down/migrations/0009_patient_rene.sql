-- 0009 a patient with an accent
-- UP
INSERT INTO patients (id, full_name) VALUES (7, 'RenÃ© Laennec');
-- DOWN
DELETE FROM patients WHERE full_name = 'René Laennec';
