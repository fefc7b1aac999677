#
# Legacy dump; every comment style at once.
#
/* Tables */
CREATE TABLE legacy (   -- columns follow
  id INT NOT NULL,      # the key
  txt TEXT,             /* free text; may hold ';' */
  PRIMARY KEY (id)
) /*!40101 DEFAULT CHARSET=utf8mb4 */;

INSERT INTO legacy VALUES (1, 'O\'Reilly -- not a comment'), (2, "say \"hi\"; # no"), (3, 'a--b');
SELECT id, txt FROM legacy WHERE txt LIKE '%--%' OR txt LIKE '%#%';
