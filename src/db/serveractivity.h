#pragma once

#include "core/result.h"
#include "db/impactinspector.h"

#include <QString>

namespace backstep {

class DatabaseSession;

// One connection as the server's process list shows it.
struct ServerProcess
{
    qint64 id = 0;
    bool exists = false;
    QString user;
    QString host;
    QString command; // "Query", "Sleep", ...
    QString state;   // "Waiting for table metadata lock", "copy to tmp table", ...
    qint64 seconds = 0;
    QString statement;
};

// What a second connection can see and do about the runner's connection while a statement
// runs: its state in the process list, who blocks it, and KILL. Read-only but for KILL.
class ServerActivity
{
public:
    static Result<ServerProcess> process(DatabaseSession &session, qint64 connectionId);
    // The connections that hold up `connectionId`: the transactions its InnoDB row lock waits
    // for, and every other connection with an open transaction, a metadata lock or a running
    // statement on `tables` (ImpactInspector::lockRisks). Never `connectionId` itself.
    static Result<QList<LockRisk>> blockersOf(DatabaseSession &session, qint64 connectionId,
                                              const QStringList &tables);
    // Stops the connection's running statement (KILL QUERY); the connection lives on.
    static Result<void> killQuery(DatabaseSession &session, qint64 connectionId);
    // Ends the connection (KILL CONNECTION): its open transaction is rolled back.
    static Result<void> killConnection(DatabaseSession &session, qint64 connectionId);
};

} // namespace backstep
