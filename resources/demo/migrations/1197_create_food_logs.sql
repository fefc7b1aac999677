-- Meals as the app records them: the items travel as a JSON document.
-- UP
CREATE TABLE food_logs (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    logged_at DATETIME NOT NULL,
    calories INTEGER,
    items JSON NOT NULL DEFAULT '[]'
);

-- DOWN
DROP TABLE food_logs;
