-- Deploy 2026-11-23, part 2 of 4: keep users.last_activity_at current.
-- UP
DELIMITER //
CREATE TRIGGER food_logs_touch_user AFTER INSERT ON food_logs
FOR EACH ROW
BEGIN
    UPDATE users SET last_activity_at = NEW.logged_at WHERE id = NEW.user_id;
END//
DELIMITER ;

-- DOWN
DROP TRIGGER IF EXISTS food_logs_touch_user;
