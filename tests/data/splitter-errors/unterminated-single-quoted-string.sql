-- error at 3:26: unterminated string
CREATE TABLE t (a VARCHAR(10));
INSERT INTO t VALUES (1, 'abc;
SELECT 2;
