#pragma once

#include "core/clientfamily.h"
#include "core/connectionspec.h"
#include "core/migrationstatus.h"
#include "core/sourcetext.h"

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
    // The migration files' encoding (--encoding).
    SourceEncoding encoding = SourceEncoding::Utf8;
    // Whose client's rules split the files before a server says which family it is
    // (`parse --client`, which connects to none); `load` reads them again with the
    // connected server's family when it differs.
    ClientFamily client = ClientFamily::MariaDb;
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
    // The versions the history says are applied, the most recently applied first.
    QStringList appliedVersions() const;
};

// Reads the migrations folder and the database's history, and merges them. `load` runs
// on the calling thread with a connection of its own; `start` runs it on a worker thread.
// The folder is read first; when the session's sql_mode changes how statements end
// (NO_BACKSLASH_ESCAPES, ANSI_QUOTES) it is read again with those rules.
class WorkspaceLoader
{
public:
    static Workspace load(const WorkspaceRequest &request,
                          const std::atomic_bool *cancel = nullptr);
    // The same with the folder already read (readFolder), so that a caller can refuse bad
    // input before anything connects.
    static Workspace load(const WorkspaceRequest &request, MigrationSet migrations,
                          const std::atomic_bool *cancel = nullptr);
    static MigrationSet readFolder(const WorkspaceRequest &request,
                                   const std::atomic_bool *cancel = nullptr);
    static QFuture<Workspace> start(WorkspaceRequest request,
                                    std::shared_ptr<std::atomic_bool> cancel);
};

} // namespace backstep
