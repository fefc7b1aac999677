#pragma once

#include "core/playbook.h"
#include "ui/runbanner.h"

namespace backstep {

// The bar above the history that says a playbook run of this database did not finish (a
// step failed, it was cancelled, the process died) and where it stopped, and offers to
// resume it or to open it in the playbook dialog.
class PlaybookRunBanner : public RunBanner
{
    Q_OBJECT
public:
    explicit PlaybookRunBanner(QWidget *parent = nullptr);

    // Shows the newest of `runs`; hides when there is none.
    void showRuns(const QList<PlaybookRun> &runs);
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *openButton() const { return m_open; }

    // "Playbook run X failed at step 3 of 10 (Back up)".
    static QString describe(const PlaybookRun &run);

Q_SIGNALS:
    void resumeRequested(const QString &runId);
    void openRequested(const QString &runId);

private:
    QPushButton *m_resume;
    QPushButton *m_open;
};

} // namespace backstep
