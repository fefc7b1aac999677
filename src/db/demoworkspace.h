#pragma once

#include "core/connectionprofile.h"
#include "core/result.h"

#include <QString>

namespace backstep {

// The embedded SQLite demo: the heartguard migrations, a database on which some of
// them are applied (goose-style history), sample data, and a stand-in for the
// application's service (a script the command backend stops and starts, writing a log).
// Lets a new user try every step, the whole playbook included, without a server.
class DemoWorkspace
{
public:
    struct Paths
    {
        QString folder;
        QString migrations;
        QString database;
        QString serviceScript; // `service/heartguard-app start|stop|status`
        QString logFile;       // what the service writes: `logs/heartguard-app.log`
        QString url() const { return QStringLiteral("sqlite:") + database; }
    };

    static QString defaultFolder();
    // Returns the demo in `folder`, creating it when it is not there yet.
    static Result<Paths> ensure(const QString &folder);
    // Creates the demo in `folder` from scratch, replacing an earlier one.
    static Result<Paths> create(const QString &folder);

    static constexpr QLatin1StringView profileName{"demo"};
    // The profile named "demo": the demo's database and migrations, its service through
    // the command backend, its log, the playbook's contacts.
    static ConnectionProfile profile(const Paths &paths);
};

} // namespace backstep
