SELECT 'it''s; fine';
SELECT '''';
