#include "ops/workspaceloader.h"

#include "core/migrationfolderreader.h"
#include "core/rollbackplan.h"
#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "db/historyreader.h"
#include "ops/clienttools.h"

#include <QtConcurrent/QtConcurrentRun>

namespace backstep {

namespace {

FolderReadOptions readOptions(const WorkspaceRequest &request)
{
    FolderReadOptions options;
    options.format = request.format;
    options.encoding = request.encoding;
    options.client = request.client;
    return options;
}

} // namespace

QStringList Workspace::appliedVersions() const
{
    const QList<const MigrationStatus *> applied = appliedNewestFirst(rows);
    QStringList versions;
    for (const MigrationStatus *row : applied)
        versions.append(row->version);
    return versions;
}

MigrationSet WorkspaceLoader::readFolder(const WorkspaceRequest &request,
                                         const std::atomic_bool *cancel)
{
    return MigrationFolderReader::read(request.migrationsFolder, readOptions(request), cancel);
}

Workspace WorkspaceLoader::load(const WorkspaceRequest &request, const std::atomic_bool *cancel)
{
    MigrationSet set = readFolder(request, cancel);
    return load(request, std::move(set), cancel);
}

Workspace WorkspaceLoader::load(const WorkspaceRequest &request, MigrationSet migrations,
                                const std::atomic_bool *cancel)
{
    Workspace workspace;
    workspace.request = request;
    workspace.migrations = std::move(migrations);
    if (cancel && cancel->load())
        return workspace;

    auto session = DatabaseSession::open(request.connection, request.password);
    if (!session) {
        workspace.databaseError = session.error();
    } else {
        workspace.serverVersion = session.value()->serverVersion();
        workspace.connectionSecurity = session.value()->security();
        // Statements end where the server's sql_mode says, and keep the comments the
        // client of the server's family keeps (MySQL's `mysql` sends them): read again
        // when either differs from the first reading's defaults.
        FolderReadOptions options = readOptions(request);
        options.format = workspace.migrations.format;
        if (auto mode = DatabaseInspector::sqlMode(*session.value()); mode) {
            const QStringList modes = mode->split(u',');
            options.rules.backslashEscapes =
                !modes.contains(QStringLiteral("NO_BACKSLASH_ESCAPES"));
            options.rules.ansiQuotes = modes.contains(QStringLiteral("ANSI_QUOTES"));
        }
        options.client = familyOfServer(workspace.serverVersion); // SQLite: MariaDb
        if (!options.rules.backslashEscapes || options.rules.ansiQuotes ||
            options.client != request.client)
            workspace.migrations =
                MigrationFolderReader::read(request.migrationsFolder, options, cancel);
        // A tool whose history lives elsewhere: the folder says where (Sqitch's registry).
        auto history = HistoryReader::read(
            session.value()->database(), workspace.request.historyTable, workspace.migrations.tool);
        if (history)
            workspace.history = history.value();
        else
            workspace.databaseError = history.error();
    }
    workspace.rows = workspace.databaseError.isEmpty()
                         ? mergeHistory(workspace.migrations, workspace.history)
                         : unknownHistory(workspace.migrations);
    return workspace;
}

QFuture<Workspace> WorkspaceLoader::start(WorkspaceRequest request,
                                          std::shared_ptr<std::atomic_bool> cancel)
{
    return QtConcurrent::run([request = std::move(request), cancel = std::move(cancel)] {
        return load(request, cancel.get());
    });
}

} // namespace backstep
