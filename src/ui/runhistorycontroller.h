#pragma once

#include "models/runhistorymodel.h"

#include <QFutureWatcher>
#include <QObject>

namespace backstep {

class MainWindow;
class RunHistoryPanel;

// The Run history dock: what was rolled back, backed up and verified, read from the
// journal on a worker thread, filtered by kind, database and text; opening an entry shows
// a run's steps and its report. Read again whenever a rollback, a backup or a
// verification ends, and when the dock is shown.
class RunHistoryController : public QObject
{
    Q_OBJECT
public:
    explicit RunHistoryController(MainWindow *window);

    RunHistoryModel *model() { return &m_model; }
    RunHistoryFilterProxyModel *proxy() { return &m_proxy; }
    RunHistoryPanel *panel() const { return m_panel; }
    const RunHistoryDetail &detail() const { return m_detail; }

    void refresh();
    // Opens the entry at a row of the source model; detailsReady() follows.
    void openEntry(int sourceRow);

Q_SIGNALS:
    void refreshed();
    void detailsReady(const backstep::RunHistoryDetail &detail);
    void problem(const QString &text);

private:
    RunHistoryModel m_model;
    RunHistoryFilterProxyModel m_proxy;
    RunHistoryPanel *m_panel;
    QFutureWatcher<Result<QList<RunHistoryEntry>>> m_listing;
    QFutureWatcher<Result<RunHistoryDetail>> m_opening;
    RunHistoryDetail m_detail;
    bool m_refreshAgain = false;
};

} // namespace backstep
