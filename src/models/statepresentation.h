#pragma once

#include "core/migrationstatus.h"
#include "models/statuscolors.h"

#include <QColor>
#include <QIcon>

namespace backstep {

// How a migration state looks wherever it is shown: words, colour and icon.
struct StatePresentation
{
    static QString label(MigrationState state);
    // "3 applied", "1 pending": the count and the state in one translatable plural.
    static QString countLabel(MigrationState state, int count);
    static Tone tone(MigrationState state);
    static QColor color(MigrationState state);
    static QIcon icon(MigrationState state);
};

} // namespace backstep
