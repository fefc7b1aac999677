SELECT 'a
delimiter //
b';
SELECT 'delimiter' AS word;
