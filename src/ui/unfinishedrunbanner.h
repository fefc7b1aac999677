#pragma once

#include "db/rollbackjournal.h"
#include "ui/runbanner.h"

namespace backstep {

// The non-modal bar above the history that says a rollback of this database did not
// finish (the process died, a statement failed, the user cancelled), where it stopped,
// and offers to resume it, restore the backup, or mark it resolved.
class UnfinishedRunBanner : public RunBanner
{
    Q_OBJECT
public:
    explicit UnfinishedRunBanner(QWidget *parent = nullptr);

    // Shows the newest of `runs`; hides when there is none.
    void showRuns(const QList<RollbackRun> &runs);

    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *resolveButton() const { return m_resolve; }

    // The words for a run's stopping point: "Run X interrupted at step k of n (V, file:line)".
    static QString describe(const RollbackRun &run);

Q_SIGNALS:
    void resumeRequested(const QString &runId);
    void restoreRequested(const QString &runId);
    void resolveRequested(const QString &runId);

private:
    QPushButton *m_resume;
    QPushButton *m_restore;
    QPushButton *m_resolve;
};

} // namespace backstep
