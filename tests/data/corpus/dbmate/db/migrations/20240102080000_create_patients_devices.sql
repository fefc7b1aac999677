-- migrate:up
CREATE TABLE patients (
  id INT NOT NULL AUTO_INCREMENT,
  full_name VARCHAR(100) NOT NULL,
  email VARCHAR(190) NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uq_patients_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE devices (
  id INT NOT NULL AUTO_INCREMENT,
  patient_id INT NOT NULL,
  serial_no VARCHAR(40) NOT NULL,
  model VARCHAR(60) NOT NULL DEFAULT 'HG-1',
  PRIMARY KEY (id),
  KEY idx_devices_patient (patient_id),
  CONSTRAINT fk_devices_patient FOREIGN KEY (patient_id) REFERENCES patients (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE UNIQUE INDEX uq_devices_serial ON devices (serial_no);

-- migrate:down
DROP TABLE devices;

DROP TABLE patients;
