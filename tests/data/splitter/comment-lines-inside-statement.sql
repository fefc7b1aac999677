CREATE TABLE c (
  -- the key
  id INT PRIMARY KEY, # hash too
  /* block */ name VARCHAR(20)
);
