SET @sql = 'SELECT ? + ?; -- inside a string';
PREPARE stmt FROM 'SELECT ? + ?';
SET @a = 1, @b = 2;
EXECUTE stmt USING @a, @b;
DEALLOCATE PREPARE stmt;
