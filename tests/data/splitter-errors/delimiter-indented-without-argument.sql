-- error at 2:3: DELIMITER must be followed
  delimiter   
SELECT 1;
