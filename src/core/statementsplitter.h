#pragma once

#include "core/clientfamily.h"
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
    // Whose command-line client to follow: the `mariadb` client drops comments, MySQL's
    // `mysql` (9.x, --comments on by default) sends them.
    ClientFamily client = ClientFamily::MariaDb;
};

struct SplitResult
{
    Statements statements;
    Diagnostics errors;   // what makes the text unusable (it blocks a plan)
    Diagnostics warnings; // what the DBA should know (it does not)
};

// Splits SQL text into statements exactly as the mariadb/mysql command-line client does
// in batch mode (`mariadb db < file`, default --skip-comments; or `mysql db < file`, below):
//  - `DELIMITER x` at the start of a line, when no statement is pending, changes the
//    delimiter (any string without a backslash) and is never sent;
//  - `-- ` comments need whitespace or the end of the line after the dashes (except at
//    the very start of a statement), so `SELECT 1--1` is arithmetic; `#` comments;
//  - `/* */` and `/*+ */` comments are dropped, `/*! */` and `/*M! */` are sent;
//  - a UTF-8 byte order mark at the start of the file is skipped;
//  - quotes ' " ` with backslash escapes (not in backticks) and doubled quotes;
//  - the delimiter is recognized anywhere outside strings and comments.
// Blank or comment-only pieces are not statements.
//
// With ClientFamily::MySql, as MySQL's `mysql` client sends a file (--comments, its default
// since 8.3): the same DELIMITER, quoting and delimiter rules, but every comment is sent
// with the statement it stands in (`/*+ */` hints too, and `/*M! */` is a plain comment);
// `--` needs whitespace after it even at a statement's start; a `#` or `-- ` comment right
// after a delimiter goes with the statement it ends; a `#` or `-- ` comment line before
// any statement text is sent on its own (the server accepts it and does nothing); spaces
// are kept, so a blank line with spaces on it joins the next statement.
class StatementSplitter
{
public:
    static SplitResult split(QStringView text, const SplitOptions &options = {});
};

} // namespace backstep
