#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

namespace backstep {

class RollbackController;

// Keeps the window from closing under a running rollback without freezing it: a close
// while a run goes on is refused and a question shown (window-modal, not blocking): cancel
// the rollback and close once it has stopped, or close when it finishes, or keep working.
// The run goes on or stops in its worker meanwhile; the window closes when it ends.
class RollbackCloseGuard : public QObject
{
    Q_OBJECT
public:
    RollbackCloseGuard(QWidget *window, RollbackController *rollback);

    // The question, while it is shown (for tests).
    QMessageBox *question() const { return m_question; }
    bool closesWhenFinished() const { return m_closeWhenDone; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ask();

    QWidget *m_window;
    RollbackController *m_rollback;
    QPointer<QMessageBox> m_question;
    bool m_closeWhenDone = false;
};

} // namespace backstep
