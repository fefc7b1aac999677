#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

namespace backstep {

class PlaybookController;

// Keeps the window from closing under a running playbook without freezing it (as
// RollbackCloseGuard does for a rollback): a close while the flow goes on is refused and a
// window-modal question shown: cancel the playbook and close once it has stopped (it can
// be resumed later), close when it finishes, or keep working. Nothing here waits.
class PlaybookCloseGuard : public QObject
{
    Q_OBJECT
public:
    PlaybookCloseGuard(QWidget *window, PlaybookController *playbook);

    // The question, while it is shown (for tests).
    QMessageBox *question() const { return m_question; }
    bool closesWhenFinished() const { return m_closeWhenDone; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ask();

    QWidget *m_window;
    PlaybookController *m_playbook;
    QPointer<QMessageBox> m_question;
    bool m_closeWhenDone = false;
};

} // namespace backstep
