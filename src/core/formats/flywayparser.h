#pragma once

#include "core/statementsplitter.h"

namespace backstep {

// Splits a Flyway SQL migration as Flyway's MySQL parser does (docs/formats.md, "Flyway",
// after MySQLParser and Parser in flyway-core):
//  - `DELIMITER x` (the rest of the line) changes the delimiter from there on, across
//    statements, and is never sent; inside a statement it is an error;
//  - `#` starts a comment unless it is the delimiter; any `--` starts one;
//  - BEGIN, IF, CASE, LOOP, REPEAT and WHILE raise a block depth (not after END, and IF(
//    or IF [NOT] EXISTS only until the statement's end), END lowers it, and the delimiter
//    ends a statement only at block depth 0 outside parentheses: a routine without
//    DELIMITER is one statement, as Flyway sends it;
//  - `/*! ... */` is kept whole in the statement;
//  - the text ending inside a block is "Incomplete statement".
// Statements start at their first character that is not blank or comment and end before
// the delimiter.
class FlywayParser
{
public:
    static SplitResult split(QStringView text, const QString &fileName);
};

} // namespace backstep
