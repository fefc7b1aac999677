#include "ui/runcloseguard.h"

#include "ui/playbookcontroller.h"
#include "ui/rollbackcontroller.h"

#include <QCloseEvent>
#include <QPushButton>
#include <QTimer>

namespace backstep {

RunCloseGuard *RunCloseGuard::forRollback(QWidget *window, RollbackController *rollback)
{
    auto *guard = new RunCloseGuard(
        window,
        {.isRunning = [rollback] { return rollback->isRunning(); },
         .cancel = [rollback] { rollback->cancel(); },
         .title = tr("A rollback is running"),
         .situation =
             [rollback] {
                 return tr("A rollback of %1 is running (%2 of %3 steps settled). Closing now "
                           "would leave it unfinished.")
                     .arg(rollback->databaseName(), QString::number(rollback->settledSteps()),
                          QString::number(rollback->totalSteps()));
             },
         .consequence = tr("Cancel it: the running statement is interrupted and the window "
                           "closes when the run has stopped; it can be resumed later. Or let "
                           "it finish, and the window closes then."),
         .cancelButton = tr("Cancel the rollback and close"),
         .questionName = QStringLiteral("rollbackCloseQuestion")});
    guard->setObjectName(QStringLiteral("rollbackCloseGuard"));
    connect(rollback, &RollbackController::finished, guard, &RunCloseGuard::runFinished);
    return guard;
}

RunCloseGuard *RunCloseGuard::forPlaybook(QWidget *window, PlaybookController *playbook)
{
    auto *guard = new RunCloseGuard(
        window,
        {.isRunning = [playbook] { return playbook->isRunning(); },
         .cancel = [playbook] { playbook->cancel(); },
         .title = tr("The playbook is running"),
         .situation =
             [playbook] {
                 const PlaybookRun &run = playbook->run();
                 const int current = playbook->currentStep();
                 const QString step = current >= 0 && current < run.steps.size()
                                          ? playbookStepTitle(run.steps[current].kind)
                                          : tr("between two steps");
                 return tr("The playbook for %1 is running (now: %2). Closing now would leave "
                           "it unfinished.")
                     .arg(playbook->databaseName(), step);
             },
         .consequence = tr("Cancel it: the flow stops before its next step and the window "
                           "closes then; it can be resumed later. Or let it finish, and the "
                           "window closes then."),
         .cancelButton = tr("Cancel the playbook and close"),
         .questionName = QStringLiteral("playbookCloseQuestion")});
    guard->setObjectName(QStringLiteral("playbookCloseGuard"));
    connect(playbook, &PlaybookController::finished, guard, &RunCloseGuard::runFinished);
    return guard;
}

RunCloseGuard::RunCloseGuard(QWidget *window, Run run)
    : QObject(window)
    , m_window(window)
    , m_run(std::move(run))
{
    window->installEventFilter(this);
}

void RunCloseGuard::runFinished()
{
    if (m_question)
        m_question->close();
    if (std::exchange(m_closeWhenDone, false))
        // After the dialogs have seen the outcome: the close goes through as any other.
        QTimer::singleShot(0, m_window, &QWidget::close);
}

bool RunCloseGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close || !m_run.isRunning())
        return QObject::eventFilter(watched, event);
    event->ignore();
    if (!m_closeWhenDone)
        ask();
    return true;
}

void RunCloseGuard::ask()
{
    if (m_question) {
        m_question->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, m_run.title, m_run.situation(),
                                QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(m_run.questionName);
    box->setInformativeText(m_run.consequence);
    QPushButton *cancelRun = box->addButton(m_run.cancelButton, QMessageBox::DestructiveRole);
    cancelRun->setObjectName(QStringLiteral("cancelAndClose"));
    QPushButton *wait = box->addButton(tr("Close when it finishes"), QMessageBox::AcceptRole);
    wait->setObjectName(QStringLiteral("closeWhenFinished"));
    QPushButton *stay = box->addButton(tr("Keep the window open"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("keepOpen"));
    // Nothing destructive on Enter.
    box->setDefaultButton(stay);
    box->setEscapeButton(stay);
    connect(box, &QMessageBox::buttonClicked, this, [this, cancelRun, wait](QAbstractButton *b) {
        if (b == cancelRun) {
            m_closeWhenDone = true;
            m_run.cancel();
        } else if (b == wait) {
            m_closeWhenDone = true;
        }
    });
    m_question = box;
    box->open();
}

} // namespace backstep
