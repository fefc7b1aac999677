DROP TABLE devices;

DROP TABLE patients;
