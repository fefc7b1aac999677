CREATE TABLE products (
  id INT AUTO_INCREMENT PRIMARY KEY,
  attrs JSON NOT NULL CHECK (JSON_VALID(attrs)),
  color VARCHAR(20) AS (JSON_UNQUOTE(JSON_EXTRACT(attrs, '$.color'))) VIRTUAL
);
INSERT INTO products (attrs) VALUES ('{"color": "red", "tags": ["a;b", "c\\"d"]}');
INSERT INTO products (attrs) VALUES (JSON_OBJECT('color', 'blue', 'note', 'it''s'));
SELECT JSON_EXTRACT(attrs, '$.tags[0]') FROM products WHERE color = 'red';
