SELECT
  1 AS a,

  2 AS b,
  -- a comment line
  3 AS c
FROM
  DUAL
;
