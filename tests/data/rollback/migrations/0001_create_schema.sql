-- The base every other migration builds on; the tests never roll it back.
-- UP
CREATE TABLE users (id INT PRIMARY KEY AUTO_INCREMENT, email VARCHAR(200) NOT NULL,
    UNIQUE KEY uq_users_email (email)) ENGINE=InnoDB;
CREATE TABLE food_logs (id INT PRIMARY KEY AUTO_INCREMENT, user_id INT NOT NULL, items JSON,
    logged_at DATETIME NOT NULL,
    CONSTRAINT fk_food_logs_user FOREIGN KEY (user_id) REFERENCES users (id)) ENGINE=InnoDB;
INSERT INTO users (email) VALUES ('ann@example.org'), ('bob@example.org'), ('cy@example.org');
INSERT INTO food_logs (user_id, items, logged_at) VALUES
    (1, '["apple"]', '2026-01-01 08:00:00'),
    (2, '["pear", "fig"]', '2026-01-02 09:00:00'),
    (3, '[]', '2026-01-03 10:00:00');

-- DOWN
DROP TABLE food_logs;
DROP TABLE users;
