#include "core/sourcelocation.h"

namespace backstep {

// "file:line:column"; "file:0:0" for the file as a whole, the form bad-input reports use.
QString SourceLocation::toString() const
{
    if (file.isEmpty() && line <= 0)
        return {};
    return QStringLiteral("%1:%2:%3").arg(file).arg(std::max(line, 0)).arg(std::max(column, 0));
}

QString Diagnostic::toString() const
{
    return location.toString() + QStringLiteral(": ") + message;
}

} // namespace backstep
