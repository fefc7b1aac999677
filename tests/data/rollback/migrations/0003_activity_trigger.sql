-- A trigger, a procedure and an index for the activity dashboard.
-- UP
ALTER TABLE users ADD COLUMN last_activity DATETIME NULL;
CREATE INDEX idx_food_logs_date_user ON food_logs (logged_at, user_id);
DELIMITER //
CREATE TRIGGER trg_food_logs_activity AFTER INSERT ON food_logs FOR EACH ROW
BEGIN
    UPDATE users SET last_activity = NEW.logged_at WHERE id = NEW.user_id;
END//
CREATE PROCEDURE refresh_last_activity()
BEGIN
    UPDATE users u SET last_activity = (SELECT MAX(logged_at) FROM food_logs f WHERE f.user_id = u.id);
END//
DELIMITER ;

-- DOWN
DROP PROCEDURE IF EXISTS refresh_last_activity;
DROP TRIGGER IF EXISTS trg_food_logs_activity;
DROP INDEX idx_food_logs_date_user ON food_logs;
ALTER TABLE users DROP COLUMN last_activity;
