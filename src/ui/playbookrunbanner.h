#pragma once

#include "core/playbook.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace backstep {

// The bar above the history that says a playbook run of this database did not finish (a
// step failed, it was cancelled, the process died) and where it stopped, and offers to
// resume it or to open it in the playbook dialog (as UnfinishedRunBanner does for runs).
class PlaybookRunBanner : public QFrame
{
    Q_OBJECT
public:
    explicit PlaybookRunBanner(QWidget *parent = nullptr);

    // Shows the newest of `runs`; hides when there is none.
    void showRuns(const QList<PlaybookRun> &runs);
    QString runId() const { return m_runId; }
    QString text() const { return m_text; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *openButton() const { return m_open; }

    // "Playbook run X failed at step 3 of 10 (Back up)".
    static QString describe(const PlaybookRun &run);

Q_SIGNALS:
    void resumeRequested(const QString &runId);
    void openRequested(const QString &runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_label;
    QPushButton *m_resume;
    QPushButton *m_open;
    QString m_runId;
    QString m_text;
};

} // namespace backstep
