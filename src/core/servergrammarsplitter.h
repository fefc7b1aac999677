#pragma once

#include "core/sqllexer.h"
#include "core/statementsplitter.h"

namespace backstep {

struct ServerSplitOptions
{
    QString fileName;
    // Where the text starts in its file, so that locations are the file's.
    int firstLine = 1;
    qsizetype baseOffset = 0;
    // The session's sql_mode as far as lexing goes (NO_BACKSLASH_ESCAPES, ANSI_QUOTES).
    sqllex::LexRules rules;
    // The tool that sends the text as one query ("dbmate", "golang-migrate", ...), for
    // messages.
    QString tool;
    QString sectionName; // "the DOWN section", ...
    // Only the statements that are stored programs or open a block (BEGIN, IF, CASE, ...)
    // are returned; no text is made for the others. For a reader that looks for compound
    // statements alone among a million (Liquibase's cut warning).
    bool compoundOnly = false;
    // Reads no further than the end of the statement that reaches this offset of the text
    // (0: the first statement); -1 reads to the end. For a reader that asks what the server
    // makes of a place it already knows (Liquibase's cut warning), without the rest.
    qsizetype stopAfterStatementAt = -1;
    // False: no errors or warnings are made (their messages cost more than the reading to
    // a reader that only asks where statements are).
    bool diagnostics = true;
};

// Splits text that a tool sends to the server as ONE multi-statement query
// (CLIENT_MULTI_STATEMENTS: dbmate, golang-migrate, db-migrate) exactly where the server
// ends each statement, so that Backstep can run and journal them one at a time
// (docs/formats.md, "Splitting by the server's grammar"):
//  - `;` ends a statement outside strings, quoted names, comments and executable
//    comments, and outside compound statements: a stored program's body (CREATE
//    PROCEDURE / FUNCTION / TRIGGER / EVENT) and MariaDB's top-level BEGIN NOT ATOMIC, IF,
//    CASE, LOOP, REPEAT, WHILE stay whole to their END;
//  - comments are kept in the statement (the server stores routine bodies with them);
//  - there is no DELIMITER: a DELIMITER line is an error (the server rejects it), and so
//    is an empty statement (`;;`);
//  - a `;` inside an executable comment is a warning (the server's reading depends on its
//    version).
// Each statement starts at its first character that is not blank or comment and runs to
// the character before its `;`, trailing blanks trimmed.
class ServerGrammarSplitter
{
public:
    static SplitResult split(QStringView text, const ServerSplitOptions &options = {});
    // Whether the statement that starts `text` (after blanks and comments) is compound to
    // the server: a stored program or an event, BEGIN NOT ATOMIC, IF, CASE, LOOP, REPEAT,
    // WHILE. Reads its first words only.
    static bool startsCompound(QStringView text, const sqllex::LexRules &rules = {});
};

} // namespace backstep
