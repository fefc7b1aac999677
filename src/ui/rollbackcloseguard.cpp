#include "ui/rollbackcloseguard.h"

#include "ui/rollbackcontroller.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace backstep {

RollbackCloseGuard::RollbackCloseGuard(QWidget *window, RollbackController *rollback)
    : QObject(window)
    , m_window(window)
    , m_rollback(rollback)
{
    window->installEventFilter(this);
    connect(m_rollback, &RollbackController::finished, this, [this] {
        if (m_question)
            m_question->close();
        if (std::exchange(m_closeWhenDone, false))
            // After the dialogs have seen the outcome: the close goes through as any other.
            QTimer::singleShot(0, m_window, &QWidget::close);
    });
}

bool RollbackCloseGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close || !m_rollback->isRunning())
        return QObject::eventFilter(watched, event);
    event->ignore();
    if (!m_closeWhenDone)
        ask();
    return true;
}

void RollbackCloseGuard::ask()
{
    if (m_question) {
        m_question->raise();
        return;
    }
    const int total = m_rollback->totalSteps();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("A rollback is running"),
                                tr("A rollback of %1 is running (%2 of %3 steps settled). "
                                   "Closing now would leave it unfinished.")
                                    .arg(m_rollback->databaseName(),
                                         QString::number(m_rollback->settledSteps()),
                                         QString::number(total)),
                                QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("rollbackCloseQuestion"));
    box->setInformativeText(
        tr("Cancel it: the running statement is interrupted and the window closes when the run "
           "has stopped; it can be resumed later. Or let it finish, and the window closes "
           "then."));
    QPushButton *cancelRun =
        box->addButton(tr("Cancel the rollback and close"), QMessageBox::DestructiveRole);
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
            m_rollback->cancel();
        } else if (b == wait) {
            m_closeWhenDone = true;
        }
    });
    m_question = box;
    box->open();
}

} // namespace backstep
