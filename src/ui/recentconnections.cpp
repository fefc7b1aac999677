#include "ui/recentconnections.h"

#include <QSettings>

namespace backstep {

QList<RecentConnections::Entry> RecentConnections::load()
{
    QSettings settings;
    QList<Entry> entries;
    const int count = settings.beginReadArray(QStringLiteral("recentConnections"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        entries.append({settings.value(QStringLiteral("url")).toString(),
                        settings.value(QStringLiteral("migrations")).toString(),
                        settings.value(QStringLiteral("format")).toString()});
    }
    settings.endArray();
    return entries;
}

void RecentConnections::remember(const Entry &entry)
{
    QList<Entry> entries = load();
    entries.removeIf(
        [&](const Entry &e) { return e.url == entry.url && e.migrations == entry.migrations; });
    entries.prepend(entry);
    while (entries.size() > maximum)
        entries.removeLast();
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("recentConnections"), int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("url"), entries[i].url);
        settings.setValue(QStringLiteral("migrations"), entries[i].migrations);
        settings.setValue(QStringLiteral("format"), entries[i].format);
    }
    settings.endArray();
}

} // namespace backstep
