SELECT '/* not a comment */';
SELECT "*/ -- # ;";
