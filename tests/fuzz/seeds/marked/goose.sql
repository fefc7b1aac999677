-- +goose Up
-- +goose NO TRANSACTION
-- +goose StatementBegin
CREATE PROCEDURE p() BEGIN SELECT 1; END;
-- +goose StatementEnd
-- +goose Down
DROP PROCEDURE p;
