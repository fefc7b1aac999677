-- error at 3:3: unterminated comment
SELECT 1;
  /* open
still; open
