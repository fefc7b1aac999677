-- +goose Up
CREATE TABLE readings (
  id BIGINT NOT NULL AUTO_INCREMENT,
  device_id INT NOT NULL,
  taken_at DATETIME NOT NULL,
  bpm SMALLINT NOT NULL,
  payload JSON NULL,
  PRIMARY KEY (id),
  KEY idx_readings_device_time (device_id, taken_at),
  CONSTRAINT fk_readings_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE,
  CONSTRAINT ck_readings_bpm CHECK (bpm BETWEEN 20 AND 300)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO patients (id, full_name, email, created_at) VALUES
  (1, 'Ada Byron', 'ada@example.org', '2024-01-02 08:00:00'),
  (2, 'Blaise Pascal', 'blaise@example.org', '2024-01-02 08:05:00');

INSERT INTO devices (id, patient_id, serial_no, model) VALUES
  (1, 1, 'HG1-0001', 'HG-1'),
  (2, 2, 'HG2-0002', 'HG-2');

INSERT INTO readings (id, device_id, taken_at, bpm, payload) VALUES
  (1, 1, '2024-01-02 09:00:00', 72, '{"rhythm": "sinus", "battery": 97}'),
  (2, 1, '2024-01-02 09:05:00', 131, '{"rhythm": "sinus; fast", "battery": 96}'),
  (3, 2, '2024-01-02 09:00:00', 48, '{"rhythm": "brady", "battery": 88, "tags": ["night"]}');

-- +goose Down
DROP TABLE readings;

DELETE FROM devices WHERE id IN (1, 2);

DELETE FROM patients WHERE id IN (1, 2);
