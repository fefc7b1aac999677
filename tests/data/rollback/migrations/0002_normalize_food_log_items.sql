-- A normalization: the JSON items move to a table of their own.
-- UP
CREATE TABLE food_log_items (id INT PRIMARY KEY AUTO_INCREMENT, food_log_id INT NOT NULL,
    item VARCHAR(100) NOT NULL,
    CONSTRAINT fk_food_log_items_log FOREIGN KEY (food_log_id) REFERENCES food_logs (id))
    ENGINE=InnoDB;
INSERT INTO food_log_items (food_log_id, item)
    SELECT f.id, j.item FROM food_logs f,
        JSON_TABLE(f.items, '$[*]' COLUMNS (item VARCHAR(100) PATH '$')) j;
ALTER TABLE food_logs DROP COLUMN items;

-- DOWN
ALTER TABLE food_logs ADD COLUMN items JSON NULL AFTER user_id;
-- In the items' order on MariaDB and MySQL alike (MySQL's JSON_ARRAYAGG takes no ORDER BY).
UPDATE food_logs f SET items = (SELECT CONCAT('[', GROUP_CONCAT(JSON_QUOTE(i.item)
    ORDER BY i.id SEPARATOR ', '), ']') FROM food_log_items i WHERE i.food_log_id = f.id);
UPDATE food_logs SET items = '[]' WHERE items IS NULL;
DROP TABLE food_log_items;
