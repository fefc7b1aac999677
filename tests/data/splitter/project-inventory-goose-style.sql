-- +goose Up
-- +goose StatementBegin
CREATE TABLE stock (
  sku VARCHAR(32) PRIMARY KEY,
  on_hand INT NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
  reserved INT NOT NULL DEFAULT 0,
  available INT AS (on_hand - reserved) VIRTUAL
);
-- +goose StatementEnd

CREATE TABLE stock_moves (
  id INT AUTO_INCREMENT PRIMARY KEY,
  sku VARCHAR(32) NOT NULL,
  delta INT NOT NULL,
  FOREIGN KEY (sku) REFERENCES stock (sku)
);

DELIMITER |
CREATE TRIGGER stock_moves_ai AFTER INSERT ON stock_moves FOR EACH ROW
BEGIN
  UPDATE stock SET on_hand = on_hand + NEW.delta WHERE sku = NEW.sku;
END|
DELIMITER ;

INSERT INTO stock (sku) VALUES ('A-1'), ('B;2');
