#include "ui/workspacecontroller.h"

namespace backstep {

WorkspaceController::WorkspaceController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Workspace>::finished, this,
            &WorkspaceController::finishLoading);
}

WorkspaceController::~WorkspaceController()
{
    // A load still running finishes on its own thread; its result is dropped.
    if (m_cancel)
        m_cancel->store(true);
}

void WorkspaceController::open(WorkspaceRequest request)
{
    if (m_cancel)
        m_cancel->store(true);
    m_request = std::move(request);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT loadingStarted(
        tr("Reading %1 and %2…").arg(m_request.migrationsFolder, m_request.connection.url()));
    m_watcher.setFuture(WorkspaceLoader::start(m_request, m_cancel));
}

void WorkspaceController::reload()
{
    if (m_hasWorkspace || !m_request.migrationsFolder.isEmpty())
        open(m_request);
}

const Migration *WorkspaceController::migration(const QString &version) const
{
    return m_workspace.migrations.find(version);
}

void WorkspaceController::finishLoading()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    m_workspace = m_watcher.result();
    m_hasWorkspace = true;
    m_model.setRows(m_workspace.rows, m_workspace.migrations.format);
    Q_EMIT loaded();
}

} // namespace backstep
