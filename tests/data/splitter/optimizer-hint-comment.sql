CREATE TABLE t (a INT, KEY (a));
SELECT /*+ NO_ICP(t) */ a FROM t;
