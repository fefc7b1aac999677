SELECT /*! 4 */ ,5 -- x
;
/*!SET @x = 1*/;
SELECT @x;
