SELECT 'é ü 中文' AS s;
SELECT "Ελληνικά; ελληνικά" AS g, 'emoji 😀;' AS e;
-- comment with ünïcödé; and 😀
SELECT 'ok';
