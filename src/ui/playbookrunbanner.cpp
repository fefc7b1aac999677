#include "ui/playbookrunbanner.h"

#include <QPushButton>

namespace backstep {

PlaybookRunBanner::PlaybookRunBanner(QWidget *parent)
    : RunBanner(QStringLiteral("playbookRunBanner"), parent)
    , m_resume(addButton(tr("Resume the &playbook")))
    , m_open(addButton(tr("&Show its steps")))
{
    connect(m_resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(runId()); });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(runId()); });
}

QString PlaybookRunBanner::describe(const PlaybookRun &run)
{
    QString state;
    switch (run.status) {
    case PlaybookRun::Status::Failed:
        state = tr("failed");
        break;
    case PlaybookRun::Status::Cancelled:
        state = tr("was cancelled");
        break;
    default: // running without a process
        state = tr("was interrupted");
        break;
    }
    const int total = int(run.steps.size());
    const int next = run.nextStep();
    if (next >= total)
        return tr("Playbook run %1 %2 after its last step").arg(run.id, state);
    return tr("Playbook run %1 %2 at step %3 of %4 (%5)")
        .arg(run.id, state, QString::number(next + 1), QString::number(total),
             playbookStepTitle(run.steps[next].kind));
}

void PlaybookRunBanner::showRuns(const QList<PlaybookRun> &runs)
{
    if (runs.isEmpty()) {
        clearRun();
        return;
    }
    const PlaybookRun &run = runs.first();
    showRun(run.id, describe(run),
            tr("Resume it from that step (a step already done is never done again), or open it "
               "to see each step's evidence."),
            tr("Playbook run %1 of %2 (%3), started %4 by %5 on %6")
                .arg(run.id, run.databaseUrl, run.target,
                     run.startedAt.toLocalTime().toString(Qt::ISODate), run.operatorName,
                     run.host));
}

} // namespace backstep
