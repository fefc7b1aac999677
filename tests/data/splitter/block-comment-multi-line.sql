/*
 * A licence header; with semicolons;
 * and 'quotes' and "double" and `ticks`
 */
SELECT 1
/* multi;
line */ + 2;
