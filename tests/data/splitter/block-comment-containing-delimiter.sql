SELECT 1 /* ; DELIMITER // ; */ ;
/* a comment-only piece; */
SELECT 2;
