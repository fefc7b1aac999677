-- 20260101120000_create_shop.sql: a shop schema as a Rails or Laravel project writes it.
CREATE TABLE users (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  email VARCHAR(190) NOT NULL,
  profile JSON DEFAULT NULL,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY users_email_unique (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE orders (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT UNSIGNED NOT NULL,
  total_cents INT NOT NULL CHECK (total_cents >= 0),
  status ENUM('pending', 'paid', 'shipped', 'cancelled') NOT NULL DEFAULT 'pending',
  PRIMARY KEY (id),
  KEY orders_user_id_index (user_id),
  CONSTRAINT orders_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE order_audit (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id BIGINT UNSIGNED NOT NULL,
  old_status VARCHAR(20),
  new_status VARCHAR(20),
  changed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
);

DELIMITER $$
CREATE TRIGGER orders_status_audit AFTER UPDATE ON orders
FOR EACH ROW
BEGIN
  IF NOT (OLD.status <=> NEW.status) THEN
    INSERT INTO order_audit (order_id, old_status, new_status)
    VALUES (NEW.id, OLD.status, NEW.status);
  END IF;
END$$

CREATE PROCEDURE cancel_stale_orders(IN p_days INT)
  MODIFIES SQL DATA
  COMMENT 'Cancels pending orders older than p_days; called nightly'
BEGIN
  UPDATE orders o
     JOIN users u ON u.id = o.user_id
     SET o.status = 'cancelled'
   WHERE o.status = 'pending'
     AND u.created_at < NOW() - INTERVAL p_days DAY;
END$$
DELIMITER ;

INSERT INTO users (email, profile) VALUES ('ada@example.com', '{"name": "Ada", "langs": ["en", "fr"]}');
INSERT INTO orders (user_id, total_cents) VALUES (LAST_INSERT_ID(), 1299);
CALL cancel_stale_orders(30);
