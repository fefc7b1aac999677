-- Deploy 2026-11-23, part 1 of 4: normalization of food log items.
-- The JSON column becomes a table with a foreign key to food_logs.
-- UP
CREATE TABLE food_log_items (
    id INTEGER PRIMARY KEY,
    food_log_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT fk_food_log_items_log FOREIGN KEY (food_log_id) REFERENCES food_logs (id)
);
INSERT INTO food_log_items (food_log_id, position, name)
SELECT food_logs.id, items.key, items.value
FROM food_logs, json_each(food_logs.items) AS items;
ALTER TABLE food_logs DROP COLUMN items;

-- DOWN
-- Restore the JSON column with its data before the table goes.
ALTER TABLE food_logs ADD COLUMN items JSON NOT NULL DEFAULT '[]';
UPDATE food_logs
SET items = (SELECT json_group_array(name)
             FROM (SELECT name FROM food_log_items
                   WHERE food_log_items.food_log_id = food_logs.id
                   ORDER BY position));
DROP TABLE food_log_items;
