#pragma once

#include <QList>
#include <QString>

namespace backstep {

// A place in a source file, 1-based; line 0 means "the file as a whole".
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    QString toString() const;
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

// A problem found in the input, with where it is. Errors block running what they affect.
struct Diagnostic
{
    SourceLocation location;
    QString message;

    // "file:line:column: message", the form compilers and editors understand.
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

} // namespace backstep
