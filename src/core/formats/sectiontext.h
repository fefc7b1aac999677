#pragma once

#include "core/migration.h"
#include "core/statementsplitter.h"

namespace backstep {

// A line of a file's text, with where it starts and ends.
struct TextLine
{
    QStringView text; // without the line feed
    qsizetype begin;  // offset of its first character
    qsizetype end;    // offset after its line feed
    int number;       // 1-based
};

QList<TextLine> linesOf(QStringView text);

// The part of a file between two lines: [from, to] inclusive, as a TextRange.
TextRange rangeOfLines(const TextLine &from, const TextLine &to);

// Splits a range of a file into statements as the client would, with the file's
// locations, using `delimiter` as the initial delimiter.
SplitResult splitRange(const QString &path, QStringView text, const TextRange &range,
                       const QString &delimiter = QStringLiteral(";"));

// A range sent as one statement (goose and sql-migrate StatementBegin/End blocks,
// Liquibase's splitStatements:false): trimmed, one trailing semicolon removed.
Statement wholeStatement(const QString &path, QStringView text, const TextRange &range);

// Adds a range to a section: split, or as one statement when `whole`.
void addRange(MigrationSection &section, const QString &path, QStringView text,
              const TextRange &range, bool whole = false,
              const QString &delimiter = QStringLiteral(";"));

// The whole file as a section (golang-migrate and Flyway: one file, one section).
void readWholeFile(MigrationSection &section, const QString &path, QStringView text);

} // namespace backstep
