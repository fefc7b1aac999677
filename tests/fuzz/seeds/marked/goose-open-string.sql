-- +goose Up
DELIMITER //
SELECT 1//
DELIMITER ;
-- +goose Down
SELECT 'a
-- +goose Up
