-- A DOWN section with one statement of every kind the runner tells apart, each of which
-- would show if it took effect twice: session state, data statements batched by Backstep,
-- the migration's own transaction, a non-transactional (MyISAM) statement, a schema
-- statement; the history update follows.
-- UP
ALTER TABLE items ADD COLUMN note VARCHAR(40) NULL;
UPDATE items SET qty = qty + 10 WHERE id = 1;
UPDATE counters SET n = n + 10 WHERE name = 'a';

-- DOWN
SET @delta = 10;
UPDATE items SET qty = qty - @delta WHERE id = 1;
UPDATE items SET qty = qty * 3 WHERE id = 2;
START TRANSACTION;
UPDATE items SET qty = qty + 7 WHERE id = 3;
COMMIT;
UPDATE counters SET n = n - @delta WHERE name = 'a';
ALTER TABLE items DROP COLUMN note;
