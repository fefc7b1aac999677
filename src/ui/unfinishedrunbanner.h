#pragma once

#include "db/rollbackjournal.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace backstep {

// The non-modal bar above the history that says a rollback of this database did not
// finish (the process died, a statement failed, the user cancelled), where it stopped,
// and offers to resume it, restore the backup, or mark it resolved.
class UnfinishedRunBanner : public QFrame
{
    Q_OBJECT
public:
    explicit UnfinishedRunBanner(QWidget *parent = nullptr);

    // Shows the newest of `runs`; hides when there is none.
    void showRuns(const QList<RollbackRun> &runs);
    QString runId() const { return m_runId; }
    QString text() const;

    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *resolveButton() const { return m_resolve; }

    // The words for a run's stopping point: "Run X interrupted at step k of n (V, file:line)".
    static QString describe(const RollbackRun &run);

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void resumeRequested(const QString &runId);
    void restoreRequested(const QString &runId);
    void resolveRequested(const QString &runId);

private:
    void applyPalette();

    QLabel *m_label;
    QPushButton *m_resume;
    QPushButton *m_restore;
    QPushButton *m_resolve;
    QString m_runId;
    QString m_text;
};

} // namespace backstep
