#pragma once

#include "core/rollbackguard.h"
#include "core/rollbackplan.h"
#include "ops/rollbackpreview.h"
#include "ops/rollbackrunner.h"

#include <QDialog>

#include <memory>
#include <optional>

class QAbstractButton;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QComboBox;
class QTableWidget;

namespace Ui {
class RollbackDialog;
}

namespace backstep {

class BackupsController;
class RollbackController;
class RollbackPlanModel;
class RunningStatementPanel;
struct LoadedRun;

// The guided rollback: target → preview → safety → run → result. Every decision and every
// piece of work goes through RollbackController (and BackupsController for "Back up now"
// and the restore); this class only shows their state and passes the user's choices on.
class RollbackDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { TargetPage, PreviewPage, SafetyPage, RunPage, ResultPage };

    // `selectedVersions`: the rows selected in the history view, for "selected migrations".
    RollbackDialog(RollbackController *rollback, BackupsController *backups,
                   const QStringList &selectedVersions, QWidget *parent = nullptr);
    ~RollbackDialog() override;

    Page page() const;
    // Opens on a run of the journal that can still go on: its state and the recovery actions.
    void showRun(const QString &runId);
    // Resumes that run at once, showing its progress.
    void resumeRun(const QString &runId);

    // For tests and the screenshot: the controls a user works with.
    QAbstractButton *latestButton() const;
    QAbstractButton *stepsButton() const;
    QSpinBox *stepsSpin() const;
    QAbstractButton *toVersionButton() const;
    QComboBox *versionCombo() const;
    QAbstractButton *selectedButton() const;
    QAbstractButton *nextButton() const;
    QAbstractButton *backButton() const;
    QAbstractButton *backUpButton() const;
    QLineEdit *overrideConfirmEdit() const;
    QCheckBox *overrideCheck() const;
    QAbstractButton *cancelRunButton() const;
    QAbstractButton *retryButton() const;
    QAbstractButton *skipButton() const;
    QAbstractButton *abortButton() const;
    QAbstractButton *restoreButton() const;
    QAbstractButton *markDoneButton() const;
    QAbstractButton *runAgainButton() const;
    QLineEdit *recoveryConfirmEdit() const;
    QTableWidget *blockersView() const;
    QLineEdit *killConfirmEdit() const;
    QAbstractButton *killBlockerButton() const;
    QString activityText() const;
    QString currentStatementText() const;
    RollbackPlanModel *planModel() const { return m_planModel; }
    QListWidget *runLog() const;
    QString verdictText() const;
    QString resultText() const;
    QString blockersText() const;
    QString warningsText() const;
    QString impactText() const;
    QString failedStatementText() const;

public Q_SLOTS:
    void reject() override;

private:
    void goTo(Page page);
    void goNext();
    void goBack();
    void updateNavigation();
    bool buildPlan();
    void showPlan();
    void showImpact(const RollbackPreview &preview);
    void refreshVerdict();
    void updateOverride();
    void startRun();
    void appendLog(const QString &text, const QColor &colour = {});
    void showStepStarted(int index, int steps, const RunStep &step);
    void showStepFinished(int index, int steps, const RunStep &step, const QString &message);
    void showProgress(int settled, int total);
    void showOutcome(const RollbackOutcome &outcome);
    void showLoadedRun(const LoadedRun &loaded);
    void showOpenRun(const RollbackRun &run, const QString &headline);
    void showVerdict(const BackupVerdict &verdict);
    void showClosed(const RollbackOutcome &outcome);
    void decide(RollbackRunner::ResumeAction action);
    void resumeWith(RollbackRunner::ResumeAction action, const QString &header,
                    const QString &typed = {});
    void updateRecovery();
    void retry();
    void skip();
    void abortRun();
    void restoreBackup();
    void finishRestore(const QString &path, const QString &problem);

    const std::unique_ptr<Ui::RollbackDialog> m_ui;
    RollbackController *m_rollback;
    BackupsController *m_backups;
    RollbackPlanModel *m_planModel;
    QStringList m_selectedVersions;
    RollbackPlan m_plan;
    BackupVerdict m_verdict;
    bool m_verdictKnown = false;
    QString m_runId;          // the run the result page is about
    bool m_runOpen = false;   // it can still go on
    bool m_undecided = false; // its next step's effect must be decided by the DBA
    std::optional<BackupRecord> m_restoreBackup; // what Restore would restore
    QString m_showRunId;                         // the run showRun() asked for
    bool m_restoring = false;
    bool m_closing = false;
    QString m_restoredPath;
    // The running statement: elapsed time, the server's state of it, its blockers.
    RunningStatementPanel *m_running = nullptr;
    bool m_refused = false; // the last start was refused: back to the safety page to fix it
};

} // namespace backstep
