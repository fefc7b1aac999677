-- +goose Up
-- Marks release 1.0: no schema change.

-- +goose Down
-- Nothing to undo.
