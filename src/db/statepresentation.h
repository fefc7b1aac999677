#pragma once

#include "core/migrationstatus.h"

#include <QColor>
#include <QIcon>

namespace backstep {

// How a migration state looks wherever it is shown: words, colour and icon.
struct StatePresentation
{
    static QString label(MigrationState state);
    static QColor color(MigrationState state);
    static QIcon icon(MigrationState state);
};

} // namespace backstep
