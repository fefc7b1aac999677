CREATE TABLE orders (id INT PRIMARY KEY, total DECIMAL(10,2), status VARCHAR(20));
INSERT INTO orders VALUES (1, 10.00, 'new'), (2, 250.00, 'new');
DELIMITER //
CREATE PROCEDURE close_big_orders(IN threshold DECIMAL(10,2), OUT closed INT)
BEGIN
  DECLARE done INT DEFAULT 0;
  DECLARE v_id INT;
  DECLARE cur CURSOR FOR SELECT id FROM orders WHERE total > threshold;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  SET closed = 0;
  OPEN cur;
  read_loop: LOOP
    FETCH cur INTO v_id;
    IF done THEN
      LEAVE read_loop;
    END IF;
    UPDATE orders SET status = 'closed' WHERE id = v_id; -- close it
    SET closed = closed + 1;
  END LOOP;
  CLOSE cur;
END //
DELIMITER ;
CALL close_big_orders(100, @n);
SELECT @n;
