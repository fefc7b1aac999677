#pragma once

#include <QList>
#include <QString>

namespace backstep {

// Backstep's version and those of the libraries it runs with, for `backstep --version`,
// Help ▸ About and bug reports.
struct ComponentVersion
{
    QString name;
    QString version;
};

QList<ComponentVersion> componentVersions();
// "backstep 0.1.0" and a line per library: what `backstep --version` prints.
QString versionText();

} // namespace backstep
