#pragma once

#include "core/result.h"

#include <QString>

namespace backstep {

// The embedded SQLite demo: the heartguard migrations, a database on which some of
// them are applied (goose-style history), and sample data. Lets a new user try every
// step without a server.
class DemoWorkspace
{
public:
    struct Paths
    {
        QString folder;
        QString migrations;
        QString database;
        QString url() const { return QStringLiteral("sqlite:") + database; }
    };

    static QString defaultFolder();
    // Returns the demo in `folder`, creating it when it is not there yet.
    static Result<Paths> ensure(const QString &folder);
    // Creates the demo in `folder` from scratch, replacing an earlier one.
    static Result<Paths> create(const QString &folder);
};

} // namespace backstep
