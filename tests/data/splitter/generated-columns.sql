CREATE TABLE people (
  first_name VARCHAR(50),
  last_name VARCHAR(50),
  full_name VARCHAR(101) AS (CONCAT(first_name, ' ', last_name)) STORED,
  initials CHAR(2) GENERATED ALWAYS AS (CONCAT(LEFT(first_name, 1), LEFT(last_name, 1))) VIRTUAL,
  INDEX (full_name)
);
INSERT INTO people (first_name, last_name) VALUES ('Ada', 'Lovelace');
