#include "ops/workspaceloader.h"

#include "core/migrationfolderreader.h"
#include "db/databasesession.h"
#include "db/historyreader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace backstep {

Workspace WorkspaceLoader::load(const WorkspaceRequest &request, const std::atomic_bool *cancel)
{
    Workspace workspace;
    workspace.request = request;
    workspace.migrations =
        MigrationFolderReader::read(request.migrationsFolder, request.format, cancel);
    if (cancel && cancel->load())
        return workspace;

    auto session = DatabaseSession::open(request.connection, request.password);
    if (!session) {
        workspace.databaseError = session.error();
    } else {
        workspace.serverVersion = session.value()->serverVersion();
        workspace.connectionSecurity = session.value()->security();
        auto history = HistoryReader::read(session.value()->database(), request.historyTable);
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
