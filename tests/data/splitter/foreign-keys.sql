CREATE TABLE customers (
  id INT PRIMARY KEY,
  email VARCHAR(190) NOT NULL UNIQUE
) ENGINE=InnoDB;
CREATE TABLE invoices (
  id INT PRIMARY KEY,
  customer_id INT NOT NULL,
  CONSTRAINT fk_invoices_customer FOREIGN KEY (customer_id)
    REFERENCES customers (id) ON DELETE CASCADE ON UPDATE RESTRICT
) ENGINE=InnoDB;
ALTER TABLE invoices DROP FOREIGN KEY fk_invoices_customer;
ALTER TABLE invoices ADD CONSTRAINT fk_inv_cust FOREIGN KEY (customer_id) REFERENCES customers (id);
SET FOREIGN_KEY_CHECKS = 0;
DROP TABLE customers;
SET FOREIGN_KEY_CHECKS = 1;
