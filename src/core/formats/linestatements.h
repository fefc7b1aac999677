#pragma once

#include "core/formats/sectiontext.h"

namespace backstep {

// What goose and sql-migrate share: they read a file line by line and end a statement at a
// line whose last word (before a word starting with "--") ends with ';'.
bool endsWithSemicolon(QStringView line);

// Adds the statement gathered in `chunk` to `section`, as a tool that sends each chunk as
// one query without multi-statements (goose, sql-migrate) would: one statement, one
// trailing ';' dropped. A chunk that holds several server statements ("SELECT 1; SELECT 2;"
// on one line) could only have run with multiStatements=true in the application's DSN:
// it is split by the server's grammar, with a warning at its place.
void addChunk(MigrationSection &section, const QString &path, const JoinedText &chunk,
              const QString &tool, const sqllex::LexRules &rules);

} // namespace backstep
