/*!50003 CREATE TABLE x1 (a INT) */; /*!50003 CREATE TABLE x2 (a INT) */;
SELECT /*! 'a;b' */ AS s;
