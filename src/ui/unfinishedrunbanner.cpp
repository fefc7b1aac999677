#include "ui/unfinishedrunbanner.h"

#include <QFileInfo>
#include <QPushButton>

namespace backstep {

UnfinishedRunBanner::UnfinishedRunBanner(QWidget *parent)
    : RunBanner(QStringLiteral("unfinishedRunBanner"), parent)
    , m_resume(addButton(tr("&Resume")))
    , m_restore(addButton(tr("Restore &backup…")))
    , m_resolve(addButton(tr("&Mark resolved")))
{
    connect(m_resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(runId()); });
    connect(m_restore, &QPushButton::clicked, this, [this] { Q_EMIT restoreRequested(runId()); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { Q_EMIT resolveRequested(runId()); });
}

QString UnfinishedRunBanner::describe(const RollbackRun &run)
{
    QString state;
    switch (run.status) {
    case RollbackRun::Status::Failed:
        state = tr("failed");
        break;
    case RollbackRun::Status::Cancelled:
        state = tr("was cancelled");
        break;
    default: // running without a process, or the connection was lost
        state = tr("interrupted");
        break;
    }
    const int total = int(run.steps.size());
    const int next = run.nextStep();
    if (next >= total)
        return tr("Run %1 %2 after its last step (%3 of %3 settled)")
            .arg(run.id, state, QString::number(total));
    const RunStep &step = run.steps[next];
    const QString file = QFileInfo(step.file).fileName();
    const QString where =
        step.line > 0 ? QStringLiteral("%1:%2").arg(file, QString::number(step.line)) : file;
    return tr("Run %1 %2 at step %3 of %4 (%5, %6)")
        .arg(run.id, state, QString::number(next + 1), QString::number(total), step.version, where);
}

void UnfinishedRunBanner::showRuns(const QList<RollbackRun> &runs)
{
    if (runs.isEmpty()) {
        clearRun();
        return;
    }
    const RollbackRun &run = runs.first();
    const QString advice =
        tr("This rollback did not finish: resume it from the next statement, "
           "restore the backup, or mark it resolved if you finished it by hand.");
    const QString older =
        runs.size() > 1 ? tr("(%n older unfinished run(s) too.)", nullptr, int(runs.size() - 1))
                        : QString();
    showRun(run.id, describe(run), QStringLiteral("%1 %2").arg(advice, older).trimmed(),
            tr("Run %1 of %2, started %3 by %4 on %5")
                .arg(run.id, run.databaseUrl, run.startedAt.toLocalTime().toString(Qt::ISODate),
                     run.operatorName, run.host));
}

} // namespace backstep
