#pragma once

#include "core/playbook.h"
#include "core/result.h"
#include "ui/playbookcontroller.h"

#include <QDialog>

#include <map>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class PlaybookDialog;
}

namespace backstep {

enum class Tone;

// Rollback ▸ Run the playbook…: one incident, three pages. The setup (profile, target,
// kind of backup, the steps skipped and why, how long the log is watched); the run (the
// ten steps with their state, duration and summary, the current one open with its
// evidence, a failed one with its error; Cancel, and Resume for a failed or cancelled
// run); the report (the incident report stored with the run; export, copy, e-mail). The
// work is PlaybookController's; this class only shows it. Enter never starts a run.
class PlaybookDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { SetupPage, RunPage, ReportPage };

    PlaybookDialog(PlaybookController *controller, QWidget *parent = nullptr);
    ~PlaybookDialog() override;

    Page page() const;
    // The run the dialog shows ("" before one starts).
    QString runId() const { return m_runId; }
    // Opens a journaled run on the run page (loaded on a worker).
    void showRun(const QString &runId);
    // Opens a journaled run on the run page and resumes it.
    void resumeRun(const QString &runId);
    // Writes the stored report to `file`, the format chosen by its extension (.html/.htm,
    // .md, .json).
    Result<void> exportReport(const QString &file);

    QComboBox *profileCombo() const;
    QRadioButton *stepsRadio() const;
    QSpinBox *stepsSpin() const;
    QRadioButton *toRadio() const;
    QComboBox *versionCombo() const;
    QRadioButton *fullRadio() const;
    QRadioButton *targetedRadio() const;
    QSpinBox *watchSpin() const;
    QCheckBox *skipCheck(PlaybookStepKind kind) const;
    QLineEdit *skipReason(PlaybookStepKind kind) const;
    QLabel *headline() const;
    QLabel *setupProblem() const;
    // Why the target preselected is the default one (hidden when there is none).
    QLabel *targetNote() const;
    QProgressBar *progressBar() const;
    QLabel *elapsedLabel() const;
    QTreeWidget *stepsTree() const;
    QTextBrowser *reportView() const;
    QPushButton *runButton() const;
    QPushButton *cancelRunButton() const;
    QPushButton *resumeButton() const;
    QPushButton *reportButton() const;
    QPushButton *stepsButton() const;
    QPushButton *exportButton() const;
    QPushButton *copyButton() const;
    QPushButton *emailButton() const;
    // The Markdown the report page copies (empty before the report is loaded).
    QString reportMarkdown() const { return QString::fromUtf8(m_report.markdown); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillSetup();
    // Preselects the default target (the last deploy) and says why under the choices.
    void applyDefaultTarget();
    void addSkipRow(PlaybookStepKind kind);
    void startRun();
    void showPage(Page page);
    void showState(const PlaybookRun &run, int current);
    void fillStep(QTreeWidgetItem *item, const PlaybookStep &step, int index, bool current);
    void showFinished(const PlaybookRun &run, const QString &problem);
    void showReport(const PlaybookReportBodies &report);
    void updateButtons();
    void updateElapsed();
    void askExportFile();
    void emailContacts();
    void updateEmailButton();
    void setHeadline(const QString &text, Tone tone);

    PlaybookController *m_controller;
    const std::unique_ptr<Ui::PlaybookDialog> m_ui;
    std::map<PlaybookStepKind, std::pair<QCheckBox *, QLineEdit *>> m_skips;
    QTimer *m_elapsed;
    QString m_runId;
    PlaybookRun m_run; // as last shown
    int m_current = -1;
    QString m_problem; // why the flow could not go on, when it could not
    PlaybookReportBodies m_report;
    RollbackTarget m_defaultTarget; // the proposed target, when m_defaultReason is set
    QString m_defaultReason;
};

} // namespace backstep
