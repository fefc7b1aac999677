#pragma once

#include "db/impactinspector.h"
#include "ops/rollbackoutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace backstep {

class RollbackController;

// The run page's live view of the statement running now: its elapsed time (ticking on its
// own, so that a statement that waits is seen waiting, and for how long), the server's
// state of it ("Waiting for table metadata lock", ...) and who blocks it (connection, user,
// host, time, statement), with Kill blocker once the DBA typed the connection's id.
class RunningStatementPanel : public QObject
{
    Q_OBJECT
public:
    // The run page's widgets (from the dialog's Designer form).
    struct Widgets
    {
        QLabel *activity = nullptr;
        QGroupBox *blockersGroup = nullptr;
        QTableWidget *blockers = nullptr;
        QLabel *killHint = nullptr;
        QLineEdit *killConfirm = nullptr;
        QPushButton *killButton = nullptr;
    };
    RunningStatementPanel(const Widgets &widgets, RollbackController *rollback, QObject *parent);

    // Step `index` was sent / has returned.
    void started(int index);
    void finished(int index);
    // Nothing runs (the run ended, or a new one begins).
    void clear();
    // The cancel was asked for: says what happens now.
    void showCancelling();

private:
    void showElapsed();
    void showActivity(int index, const StatementActivity &activity);
    void updateKill();
    void killBlocker();

    Widgets m_widgets;
    RollbackController *m_rollback;
    int m_step = -1;
    QElapsedTimer m_since;
    QTimer m_ticker;
    QString m_state;
    QString m_problem;
    QList<LockRisk> m_blockers;
};

} // namespace backstep
