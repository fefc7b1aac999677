#pragma once

#include "core/statement.h"

#include <QStringView>

namespace backstep {

struct SplitOptions
{
    QString fileName;
    // Where the text starts in its file, so that locations are the file's.
    int firstLine = 1;
    qsizetype baseOffset = 0;
    QString delimiter = QStringLiteral(";");
    // What the text is, for messages: "the DOWN section", "the UP section", ...
    QString sectionName;
};

struct SplitResult
{
    Statements statements;
    Diagnostics errors;   // what makes the text unusable (it blocks a plan)
    Diagnostics warnings; // what the DBA should know (it does not)
};

// Splits SQL text into statements exactly as the mariadb/mysql command-line client does
// in batch mode (`mariadb db < file`, default --skip-comments):
//  - `DELIMITER x` at the start of a line, when no statement is pending, changes the
//    delimiter (any string without a backslash) and is never sent;
//  - `-- ` comments need whitespace or the end of the line after the dashes (except at
//    the very start of a statement), so `SELECT 1--1` is arithmetic; `#` comments;
//  - `/* */` and `/*+ */` comments are dropped, `/*! */` and `/*M! */` are sent;
//  - a UTF-8 byte order mark at the start of the file is skipped;
//  - quotes ' " ` with backslash escapes (not in backticks) and doubled quotes;
//  - the delimiter is recognized anywhere outside strings and comments.
// Blank or comment-only pieces are not statements.
class StatementSplitter
{
public:
    static SplitResult split(QStringView text, const SplitOptions &options = {});
};

} // namespace backstep
