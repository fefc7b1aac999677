CREATE TABLE `café` (`naïve` INT, `数量` INT, `ключ` VARCHAR(10));
INSERT INTO `café` VALUES (1, 2, 'три');
SELECT `naïve`, `数量` FROM `café`;
