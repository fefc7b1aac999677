CREATE TABLE `we``ird` (`a``b` INT);
SELECT `a``b` FROM `we``ird`;
