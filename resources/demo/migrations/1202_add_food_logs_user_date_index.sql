-- Deploy 2026-11-23, part 3 of 4: the dashboard's "meals this week" query.
-- UP
CREATE INDEX idx_food_logs_user_logged ON food_logs (user_id, logged_at);

-- DOWN
DROP INDEX idx_food_logs_user_logged;
