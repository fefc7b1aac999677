-- +goose Up
ALTER TABLE patients ADD COLUMN phone VARCHAR(30) NULL AFTER email;

CREATE INDEX idx_patients_phone ON patients (phone);

UPDATE patients SET phone = '+44 20 7946 0001' WHERE id = 1;

UPDATE patients SET phone = '+33 1 70 36 0002' WHERE id = 2;

-- +goose Down
DROP INDEX idx_patients_phone ON patients;

ALTER TABLE patients DROP COLUMN phone;
