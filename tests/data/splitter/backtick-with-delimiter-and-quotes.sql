CREATE TABLE `t;1` (`it's` INT, `say "x"` INT);
SELECT `it's`, `say "x"` FROM `t;1`;
