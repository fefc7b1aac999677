-- Two tables: items (InnoDB, transactional) and counters (MyISAM: no transaction can undo
-- a statement on it).
-- UP
CREATE TABLE items (id INT PRIMARY KEY, qty INT NOT NULL) ENGINE=InnoDB;
INSERT INTO items VALUES (1, 100), (2, 200), (3, 300);
CREATE TABLE counters (name VARCHAR(20) PRIMARY KEY, n INT NOT NULL) ENGINE=MyISAM;
INSERT INTO counters VALUES ('a', 10), ('b', 20);

-- DOWN
DROP TABLE counters;
DROP TABLE items;
