SELECT '-- z', '# y', '/* x */';
