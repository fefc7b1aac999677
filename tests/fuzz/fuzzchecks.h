#pragma once

// Invariants shared by the fuzz targets. A broken invariant aborts, which libFuzzer
// reports as a crash with the input that caused it.
#include "core/sqllexer.h"
#include "core/statement.h"

#include <QStringView>

#include <cstdio>
#include <cstdlib>

namespace backstep::fuzz {

[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "invariant broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

inline void check(bool condition, const char *what, const QString &detail = {})
{
    if (!condition)
        fail(what, detail);
}

// Line and column (1-based, UTF-16 code units) of `offset` in `text`, whose first line
// is `firstLine`.
inline SourceLocation locationOf(QStringView text, qsizetype offset, int firstLine)
{
    const QStringView before = text.first(offset);
    const qsizetype lastNewline = before.lastIndexOf(u'\n');
    return {QString(), firstLine + int(before.count(u'\n')), int(offset - lastNewline)};
}

inline int lineCount(QStringView text)
{
    return int(text.count(u'\n')) + 1;
}

// Statements of `text` (which starts at `baseOffset` of its file, on `firstLine`): each
// lies in the text, after the previous one, starts where its location says, and has
// trimmed, non-empty SQL.
inline void checkStatements(QStringView text, qsizetype baseOffset, int firstLine,
                            const Statements &statements)
{
    qsizetype previousEnd = baseOffset;
    for (const Statement &statement : statements) {
        const QString where = QStringLiteral("[%1, %2) after %3 in %4 units")
                                  .arg(statement.beginOffset)
                                  .arg(statement.endOffset)
                                  .arg(previousEnd)
                                  .arg(text.size());
        check(statement.beginOffset >= previousEnd, "statements overlap or go back", where);
        check(statement.beginOffset < statement.endOffset, "empty extent", where);
        check(statement.endOffset <= baseOffset + text.size(), "extent past the text", where);
        previousEnd = statement.endOffset;

        const SourceLocation expected =
            locationOf(text, statement.beginOffset - baseOffset, firstLine);
        check(statement.start.line == expected.line && statement.start.column == expected.column,
              "start location does not match beginOffset",
              where + QStringLiteral(" %1:%2 vs %3:%4")
                          .arg(statement.start.line)
                          .arg(statement.start.column)
                          .arg(expected.line)
                          .arg(expected.column));
        const SourceLocation last =
            locationOf(text, statement.endOffset - 1 - baseOffset, firstLine);
        check(statement.endLine == last.line, "endLine is not the line of the last character",
              where + QStringLiteral(" %1 vs %2").arg(statement.endLine).arg(last.line));
        check(!statement.sql.isEmpty(), "empty statement", where);
        // Blanks as the server's lexer knows them (sqllex::isSpace): U+0085 or U+00A0 at
        // either end is part of the statement the server receives, not a blank around it.
        check(!sqllex::isSpace(statement.sql.front().unicode()) &&
                  !sqllex::isSpace(statement.sql.back().unicode()),
              "untrimmed statement", where);
    }
}

// Errors point into the text: a real line, a column at most one past its end.
inline void checkErrors(QStringView text, int firstLine, const Diagnostics &errors)
{
    const QList<QStringView> lines = text.split(u'\n');
    for (const Diagnostic &error : errors) {
        const QString where = error.toString();
        check(!error.message.isEmpty(), "error without a message", where);
        check(error.location.line >= firstLine && error.location.line < firstLine + lineCount(text),
              "error line outside the text", where);
        const QStringView line = lines[error.location.line - firstLine];
        check(error.location.column >= 1 && error.location.column <= line.size() + 1,
              "error column outside its line", where);
    }
}

} // namespace backstep::fuzz
