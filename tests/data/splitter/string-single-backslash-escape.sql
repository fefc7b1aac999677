SELECT 'a\'b;c';
SELECT 'tab\there', 'nl\nthere', 'back\\slash';
