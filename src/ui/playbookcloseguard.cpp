#include "ui/playbookcloseguard.h"

#include "ui/playbookcontroller.h"

#include <QCloseEvent>
#include <QPushButton>
#include <QTimer>

namespace backstep {

PlaybookCloseGuard::PlaybookCloseGuard(QWidget *window, PlaybookController *playbook)
    : QObject(window)
    , m_window(window)
    , m_playbook(playbook)
{
    window->installEventFilter(this);
    connect(m_playbook, &PlaybookController::finished, this, [this] {
        if (m_question)
            m_question->close();
        if (std::exchange(m_closeWhenDone, false))
            // After the dialog has shown the outcome: the close goes through as any other.
            QTimer::singleShot(0, m_window, &QWidget::close);
    });
}

bool PlaybookCloseGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close || !m_playbook->isRunning())
        return QObject::eventFilter(watched, event);
    event->ignore();
    if (!m_closeWhenDone)
        ask();
    return true;
}

void PlaybookCloseGuard::ask()
{
    if (m_question) {
        m_question->raise();
        return;
    }
    const PlaybookRun &run = m_playbook->run();
    const int current = m_playbook->currentStep();
    const QString step = current >= 0 && current < run.steps.size()
                             ? playbookStepTitle(run.steps[current].kind)
                             : tr("between two steps");
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The playbook is running"),
                                tr("The playbook for %1 is running (now: %2). Closing now "
                                   "would leave it unfinished.")
                                    .arg(m_playbook->databaseName(), step),
                                QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("playbookCloseQuestion"));
    box->setInformativeText(
        tr("Cancel it: the flow stops before its next step and the window closes then; it "
           "can be resumed later. Or let it finish, and the window closes then."));
    QPushButton *cancelRun =
        box->addButton(tr("Cancel the playbook and close"), QMessageBox::DestructiveRole);
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
            m_playbook->cancel();
        } else if (b == wait) {
            m_closeWhenDone = true;
        }
    });
    m_question = box;
    box->open();
}

} // namespace backstep
