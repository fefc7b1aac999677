#include "core/sourcelocation.h"

namespace backstep {

QString SourceLocation::toString() const
{
    if (line <= 0)
        return file;
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

QString Diagnostic::toString() const
{
    return location.toString() + QStringLiteral(": ") + message;
}

} // namespace backstep
