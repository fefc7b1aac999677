-- migrate:up transaction:false
CREATE TABLE t (a INT);

-- migrate:down
DROP TABLE t;
-- migrate:up
SELECT 1;
-- migrate:down
SELECT 2;
