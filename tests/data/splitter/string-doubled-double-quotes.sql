SELECT "say ""hi""; ok";
SELECT """";
