#pragma once

#include <QList>
#include <QString>

namespace backstep {

// The connections opened lately, newest first, kept in the settings without passwords.
class RecentConnections
{
public:
    struct Entry
    {
        QString url; // ConnectionSpec::url(): never carries a password
        QString migrations;
        QString format;
    };

    static QList<Entry> load();
    static void remember(const Entry &entry);

    static constexpr int maximum = 10;
};

} // namespace backstep
