#pragma once

#include "core/connectionspec.h"
#include "core/migrationstatus.h"

#include <QFuture>

#include <atomic>
#include <memory>

namespace backstep {

// What to open: a database and its migrations folder.
struct WorkspaceRequest
{
    ConnectionSpec connection;
    QString password;
    QString migrationsFolder;
    MigrationFormat format = MigrationFormat::Auto;
    // Empty: find the history table among the known tools' tables.
    HistoryTableChoice historyTable;
};

// Everything the history view shows, read in one go off the GUI thread.
struct Workspace
{
    WorkspaceRequest request;
    MigrationSet migrations;
    History history;
    QList<MigrationStatus> rows;
    QString serverVersion;
    // "TLS (cipher)", "unencrypted" or "local file" (DatabaseSession::security()).
    QString connectionSecurity;
    // Set when the database could not be read; the migrations are still shown, each in
    // the unknown state.
    QString databaseError;
    // Whether the history was read: what needs the database (roll back, back up, verify)
    // is offered only then.
    bool connected() const { return databaseError.isEmpty(); }
};

// Reads the migrations folder and the database's history, and merges them. `load` runs
// on the calling thread with a connection of its own; `start` runs it on a worker thread.
class WorkspaceLoader
{
public:
    static Workspace load(const WorkspaceRequest &request,
                          const std::atomic_bool *cancel = nullptr);
    static QFuture<Workspace> start(WorkspaceRequest request,
                                    std::shared_ptr<std::atomic_bool> cancel);
};

} // namespace backstep
