-- error at 2:16: unterminated string
SELECT `café`, 'ü
