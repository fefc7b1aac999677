DELIMITER $$
CREATE PROCEDURE tricky()
BEGIN
  -- a comment with a $$ inside is still a comment
  SELECT 'a $$ in a string', "and $$ here", `x$$y`.a FROM (SELECT 1 AS a) AS `x$$y`;
  /* block $$ comment */
  SELECT 1;
END$$
DELIMITER ;
CALL tricky();
