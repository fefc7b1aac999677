#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>

namespace backstep {

class PlaybookController;
class RollbackController;

// Keeps the window from closing under a running rollback or playbook without freezing it: a
// close while the run goes on is refused and a window-modal question shown: cancel the run
// and close once it has stopped (it can be resumed later), close when it finishes, or keep
// working. The run goes on or stops in its worker meanwhile; nothing here waits.
class RunCloseGuard : public QObject
{
    Q_OBJECT
public:
    // What the guard needs of the run it watches, and the words of its question.
    struct Run
    {
        std::function<bool()> isRunning;
        std::function<void()> cancel;
        QString title;
        std::function<QString()> situation; // read when the question is shown
        QString consequence;                // what cancelling or waiting does
        QString cancelButton;
        QString questionName; // the question's object name (for tests)
    };

    // The guards of the window's two long runs (object names rollbackCloseGuard and
    // playbookCloseGuard).
    static RunCloseGuard *forRollback(QWidget *window, RollbackController *rollback);
    static RunCloseGuard *forPlaybook(QWidget *window, PlaybookController *playbook);

    RunCloseGuard(QWidget *window, Run run);

    // The run has ended: the question goes, and a close asked for meanwhile goes through.
    void runFinished();

    // The question, while it is shown (for tests).
    QMessageBox *question() const { return m_question; }
    bool closesWhenFinished() const { return m_closeWhenDone; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ask();

    QWidget *m_window;
    const Run m_run;
    QPointer<QMessageBox> m_question;
    bool m_closeWhenDone = false;
};

} // namespace backstep
