#pragma once

#include "core/sourcelocation.h"

#include <QList>
#include <QString>

namespace backstep {

// One statement as the mariadb/mysql client would send it to the server.
struct Statement
{
    // The text sent: comments removed as the client removes them (executable
    // /*! ... */ comments kept), the delimiter stripped, surrounding whitespace trimmed.
    QString sql;
    // Where the statement's first character stands in its file.
    SourceLocation start;
    // Its extent in the file text, delimiter included: [beginOffset, endOffset) in
    // UTF-16 code units, and the line of its last character.
    qsizetype beginOffset = 0;
    qsizetype endOffset = 0;
    int endLine = 0;
};

using Statements = QList<Statement>;

} // namespace backstep

// QString and int members only: a list of statements grows by realloc(), not by moving
// each element (the splitter appends close to a million on a 100 MB file).
Q_DECLARE_TYPEINFO(backstep::Statement, Q_RELOCATABLE_TYPE);
