CREATE TABLE accounts (
  id INT PRIMARY KEY,
  balance DECIMAL(12,2) NOT NULL CHECK (balance >= 0),
  kind VARCHAR(10) NOT NULL,
  CONSTRAINT kind_ok CHECK (kind IN ('cash', 'credit', 'it''s'))
);
ALTER TABLE accounts DROP CONSTRAINT kind_ok;
ALTER TABLE accounts ADD CONSTRAINT kind_ok2 CHECK (kind <> '');
