#pragma once

#include "models/migrationhistorymodel.h"
#include "ops/workspaceloader.h"

#include <QFutureWatcher>
#include <QObject>

namespace backstep {

// Owns the open workspace on the GUI thread: starts loads on a worker, and fills the
// history model from their result. Widgets only observe it.
class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceController(QObject *parent = nullptr);
    ~WorkspaceController() override;

    void open(WorkspaceRequest request);
    void reload();
    bool isLoading() const { return m_watcher.isRunning(); }
    bool hasWorkspace() const { return m_hasWorkspace; }

    const Workspace &workspace() const { return m_workspace; }
    MigrationHistoryModel *model() { return &m_model; }
    const Migration *migration(const QString &version) const;

Q_SIGNALS:
    void loadingStarted(const QString &description);
    void loaded();

private:
    void finishLoading();

    QFutureWatcher<Workspace> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    WorkspaceRequest m_request;
    Workspace m_workspace;
    bool m_hasWorkspace = false;
    MigrationHistoryModel m_model;
};

} // namespace backstep
