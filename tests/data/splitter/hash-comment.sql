# A hash comment; with a semicolon
SELECT 1; # trailing
SELECT 2 # inside the statement
  + 3;
