/* it's a "comment" with `ticks` */
SELECT 'it''s';
-- it's a line comment
SELECT 2;
