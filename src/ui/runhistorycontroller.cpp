#include "ui/runhistorycontroller.h"

#include "ops/runhistoryloader.h"
#include "ui/backupscontroller.h"
#include "ui/mainwindow.h"
#include "ui/playbookcontroller.h"
#include "ui/rollbackcontroller.h"
#include "ui/runhistorypanel.h"
#include "ui/verificationcontroller.h"
#include "ui/workspacecontroller.h"

#include <QDockWidget>

namespace backstep {

RunHistoryController::RunHistoryController(MainWindow *window)
    : QObject(window)
{
    m_proxy.setSourceModel(&m_model);
    m_panel = new RunHistoryPanel(this, window);
    auto *dock = new QDockWidget(tr("Run history"), window);
    dock->setObjectName(QStringLiteral("runHistoryDock"));
    dock->setWidget(m_panel);
    window->addPanelDock(dock);

    connect(&m_listing, &QFutureWatcher<Result<QList<RunHistoryEntry>>>::finished, this, [this] {
        const auto listed = m_listing.result();
        if (!listed)
            Q_EMIT problem(listed.error());
        else
            m_model.setEntries(listed.value());
        Q_EMIT refreshed();
        if (std::exchange(m_refreshAgain, false))
            refresh();
    });
    connect(&m_opening, &QFutureWatcher<Result<RunHistoryDetail>>::finished, this, [this] {
        const auto opened = m_opening.result();
        if (!opened) {
            Q_EMIT problem(opened.error());
            return;
        }
        m_detail = opened.value();
        Q_EMIT detailsReady(m_detail);
    });
    // Whatever ends writes the journal: the history follows.
    connect(window->rollback(), &RollbackController::finished, this,
            &RunHistoryController::refresh);
    connect(window->playbook(), &PlaybookController::finished, this,
            &RunHistoryController::refresh);
    connect(window->backups(), &BackupsController::backupFinished, this,
            &RunHistoryController::refresh);
    connect(window->verification(), &VerificationController::finished, this,
            &RunHistoryController::refresh);
    connect(window->controller(), &WorkspaceController::loaded, this, [this, window] {
        m_panel->setDatabaseUrl(window->controller()->workspace().request.connection.url());
        refresh();
    });
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
}

void RunHistoryController::refresh()
{
    if (m_listing.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    m_listing.setFuture(RunHistoryLoader::start());
}

void RunHistoryController::openEntry(int sourceRow)
{
    const RunHistoryEntry *entry = m_model.entryAt(sourceRow);
    if (!entry)
        return;
    m_opening.setFuture(RunHistoryLoader::startDetails(*entry));
}

} // namespace backstep
