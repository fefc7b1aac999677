#include "ui/rollbackdialog.h"

#include "models/rollbackplanmodel.h"
#include "models/statuscolors.h"
#include "ui/backupscontroller.h"
#include "ui/rollbackcontroller.h"
#include "ui/rollbackpreviewtext.h"
#include "ui/runningstatementpanel.h"
#include "ui_rollbackdialog.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPalette>
#include <QTableWidget>

namespace backstep {

namespace {

using previewtext::bulletList;
using previewtext::coloured;

QColor red()
{
    return previewtext::bad();
}
QColor amber()
{
    return previewtext::warning();
}
QColor green()
{
    return previewtext::good();
}

QString location(const RunStep &step)
{
    const QString file = QFileInfo(step.file).fileName();
    return step.line > 0 ? QStringLiteral("%1:%2").arg(file).arg(step.line) : file;
}

} // namespace

RollbackDialog::RollbackDialog(RollbackController *rollback, BackupsController *backups,
                               const QStringList &selectedVersions, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RollbackDialog>())
    , m_rollback(rollback)
    , m_backups(backups)
    , m_planModel(new RollbackPlanModel(this))
    , m_selectedVersions(selectedVersions)
{
    m_ui->setupUi(this);
    m_running =
        new RunningStatementPanel({m_ui->activityLabel, m_ui->blockersGroup, m_ui->blockersView,
                                   m_ui->killHint, m_ui->killConfirmEdit, m_ui->killBlockerButton},
                                  m_rollback, this);
    const QString database = m_rollback->databaseName();
    setWindowTitle(tr("Roll back %1").arg(database));

    // Target.
    const QStringList applied = m_rollback->appliedVersions();
    m_ui->targetIntro->setText(
        tr("What should be rolled back on <b>%1</b>? %n migration(s) are applied; DOWN "
           "sections run most recent first.",
           nullptr, int(applied.size()))
            .arg(database.toHtmlEscaped()));
    if (!applied.isEmpty())
        m_ui->latestRadio->setText(tr("The most recent migration (%1)").arg(applied.first()));
    m_ui->stepsSpin->setMaximum(std::max<int>(1, int(applied.size())));
    m_ui->stepsSpin->setValue(std::min(2, m_ui->stepsSpin->maximum()));
    // "Down to" lists the versions that can stay applied: every applied one but the latest.
    for (const QString &version : applied.mid(1))
        m_ui->versionCombo->addItem(version, version);
    m_ui->toVersionRadio->setEnabled(m_ui->versionCombo->count() > 0);
    m_ui->versionCombo->setEnabled(m_ui->versionCombo->count() > 0);
    m_ui->selectedRadio->setEnabled(!m_selectedVersions.isEmpty());
    if (!m_selectedVersions.isEmpty())
        m_ui->selectedRadio->setText(tr("The migrations selected in the history: %1")
                                         .arg(m_selectedVersions.join(QStringLiteral(", "))));
    connect(m_ui->stepsSpin, &QSpinBox::valueChanged, m_ui->stepsRadio,
            [this] { m_ui->stepsRadio->setChecked(true); });
    connect(m_ui->versionCombo, &QComboBox::activated, m_ui->toVersionRadio,
            [this] { m_ui->toVersionRadio->setChecked(true); });

    // Preview.
    m_ui->planView->setModel(m_planModel);
    m_ui->planView->verticalHeader()->hide();
    QHeaderView *header = m_ui->planView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RollbackPlanModel::SqlColumn, QHeaderView::Stretch);

    // Safety.
    m_ui->overrideHint->setText(
        tr("Without a backup taken at the current version, nothing can bring the data back if "
           "a DOWN section destroys it. To run anyway, type the database's name, <b>%1</b>:")
            .arg(database.toHtmlEscaped()));
    m_ui->overrideConfirmEdit->setPlaceholderText(database);
    connect(m_ui->overrideConfirmEdit, &QLineEdit::textChanged, this,
            &RollbackDialog::updateOverride);
    connect(m_ui->overrideCheck, &QCheckBox::toggled, this, &RollbackDialog::updateNavigation);
    connect(m_ui->backUpButton, &QPushButton::clicked, this, [this] {
        m_ui->backUpButton->setEnabled(false);
        m_ui->backupProgress->setText(tr("Starting the backup…"));
        m_backups->backUp(BackupCompression::None);
    });
    connect(m_backups, &BackupsController::progress, this,
            [this](const QString &text) { m_ui->backupProgress->setText(text); });
    connect(m_backups, &BackupsController::backupFinished, this, [this](const BackupRecord &) {
        m_ui->backupProgress->clear();
        refreshVerdict();
    });
    connect(m_backups, &BackupsController::busyChanged, this,
            [this](bool busy) { m_ui->backUpButton->setEnabled(!busy); });

    // Result: the failed statement as it was sent.
    m_ui->failedStatement->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // Run.
    connect(m_ui->cancelRunButton, &QPushButton::clicked, this, [this] {
        m_rollback->cancel();
        m_ui->cancelRunButton->setEnabled(false);
        m_running->showCancelling();
    });
    connect(m_rollback, &RollbackController::blockerKillFinished, this,
            [this](qint64 id, const QString &problem) {
                appendLog(problem.isEmpty()
                              ? tr("connection %1 ended (Kill blocker)").arg(id)
                              : tr("connection %1 was not ended: %2").arg(id).arg(problem),
                          problem.isEmpty() ? amber() : red());
            });
    connect(m_rollback, &RollbackController::verdictReady, this, &RollbackDialog::showVerdict);
    connect(m_rollback, &RollbackController::runLoaded, this, &RollbackDialog::showLoadedRun);
    connect(m_rollback, &RollbackController::closeFinished, this, &RollbackDialog::showClosed);
    connect(m_rollback, &RollbackController::runStarted, this,
            [this](const QString &runId, int steps, const QString &safety) {
                m_runId = runId;
                m_ui->runHeader->setText(
                    tr("Run %1: %n step(s); %2", nullptr, steps).arg(runId, safety));
            });
    connect(m_rollback, &RollbackController::stepStarted, this, &RollbackDialog::showStepStarted);
    connect(m_rollback, &RollbackController::stepFinished, this, &RollbackDialog::showStepFinished);
    connect(m_rollback, &RollbackController::progressChanged, this, &RollbackDialog::showProgress);
    connect(m_rollback, &RollbackController::migrationDone, this,
            [this](const QString &, const QString &message) { appendLog(message, green()); });
    connect(m_rollback, &RollbackController::finished, this, &RollbackDialog::showOutcome);
    connect(m_rollback, &RollbackController::previewReady, this, &RollbackDialog::showImpact);

    // Result.
    connect(m_ui->recoveryConfirmEdit, &QLineEdit::textChanged, this,
            &RollbackDialog::updateRecovery);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &RollbackDialog::retry);
    connect(m_ui->skipButton, &QPushButton::clicked, this, &RollbackDialog::skip);
    connect(m_ui->abortButton, &QPushButton::clicked, this, &RollbackDialog::abortRun);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &RollbackDialog::restoreBackup);
    connect(m_ui->markDoneButton, &QPushButton::clicked, this,
            [this] { decide(RollbackRunner::ResumeAction::MarkDone); });
    connect(m_ui->runAgainButton, &QPushButton::clicked, this,
            [this] { decide(RollbackRunner::ResumeAction::RunAgain); });
    connect(m_backups, &BackupsController::restoreFinished, this, &RollbackDialog::finishRestore);

    connect(m_ui->nextButton, &QPushButton::clicked, this, &RollbackDialog::goNext);
    connect(m_ui->backButton, &QPushButton::clicked, this, &RollbackDialog::goBack);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &RollbackDialog::reject);
    // No button is pressed by Enter on its own: the one that starts a rollback (or skips,
    // restores, kills) must be clicked. Next is the default only where it changes nothing.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    goTo(TargetPage);
}

RollbackDialog::~RollbackDialog() = default;

RollbackDialog::Page RollbackDialog::page() const
{
    return Page(m_ui->pages->currentIndex());
}

void RollbackDialog::goTo(Page page)
{
    m_ui->pages->setCurrentIndex(page);
    const QStringList names{tr("Target"), tr("Preview"), tr("Safety"), tr("Run"), tr("Result")};
    QStringList shown;
    for (int i = 0; i < names.size(); ++i)
        shown.append(i == page ? QStringLiteral("<b>%1. %2</b>").arg(i + 1).arg(names[i])
                               : QStringLiteral("%1. %2").arg(i + 1).arg(names[i]));
    m_ui->stepsLabel->setText(shown.join(QStringLiteral(" &nbsp;›&nbsp; ")));
    if (page == SafetyPage)
        refreshVerdict();
    updateNavigation();
}

void RollbackDialog::updateNavigation()
{
    const Page current = page();
    const bool running = m_rollback->isRunning();
    m_ui->backButton->setVisible(current == PreviewPage || current == SafetyPage ||
                                 (current == ResultPage && m_refused && !running));
    m_ui->nextButton->setVisible(current <= SafetyPage);
    m_ui->nextButton->setText(current == SafetyPage ? tr("&Run rollback") : tr("&Next >"));
    m_ui->nextButton->setDefault(current < SafetyPage);
    bool canGoOn = !running;
    if (current == PreviewPage)
        canGoOn = canGoOn && m_plan.runnable();
    if (current == SafetyPage)
        canGoOn =
            canGoOn && m_verdictKnown && (m_verdict.fresh || m_ui->overrideCheck->isChecked());
    m_ui->nextButton->setEnabled(canGoOn);
    m_ui->closeButton->setEnabled(!running);
}

void RollbackDialog::goNext()
{
    switch (page()) {
    case TargetPage:
        if (buildPlan())
            goTo(PreviewPage);
        break;
    case PreviewPage:
        goTo(SafetyPage);
        break;
    case SafetyPage:
        startRun();
        break;
    default:
        break;
    }
}

void RollbackDialog::goBack()
{
    if (page() == PreviewPage || page() == SafetyPage)
        goTo(Page(page() - 1));
    else if (page() == ResultPage && m_refused)
        goTo(SafetyPage);
}

bool RollbackDialog::buildPlan()
{
    RollbackTarget target;
    if (m_ui->stepsRadio->isChecked()) {
        target.mode = RollbackTarget::Mode::Steps;
        target.steps = m_ui->stepsSpin->value();
    } else if (m_ui->toVersionRadio->isChecked()) {
        target.mode = RollbackTarget::Mode::ToVersion;
        target.version = m_ui->versionCombo->currentData().toString();
    } else if (m_ui->selectedRadio->isChecked()) {
        target.mode = RollbackTarget::Mode::Selected;
        target.versions = m_selectedVersions;
    }
    auto planned = m_rollback->plan(target);
    if (!planned) {
        m_ui->targetProblem->setText(coloured(red(), planned.error().toHtmlEscaped()));
        return false;
    }
    m_ui->targetProblem->clear();
    m_plan = planned.value();
    showPlan();
    return true;
}

void RollbackDialog::showPlan()
{
    m_planModel->setPlan(m_plan, !m_rollback->isSqlite());
    int implicitCommits = 0;
    for (int row = 0; row < m_planModel->rowCount(); ++row)
        if (m_planModel->index(row, 0).data(RollbackPlanModel::ImplicitCommitRole).toBool())
            ++implicitCommits;
    const QString summary =
        previewtext::planSummary(m_plan, implicitCommits, m_rollback->isSqlite());
    m_ui->planSummary->setText(summary);
    m_ui->blockersLabel->setText(
        m_plan.blockers.isEmpty()
            ? QString()
            : coloured(red(), tr("<b>This plan cannot run:</b>") + bulletList(m_plan.blockers)));
    m_ui->blockersLabel->setVisible(!m_plan.blockers.isEmpty());
    m_ui->warningsLabel->setText(
        m_plan.warnings.isEmpty()
            ? QString()
            : coloured(amber(), tr("<b>Before you run it:</b>") + bulletList(m_plan.warnings)));
    m_ui->warningsLabel->setVisible(!m_plan.warnings.isEmpty());
    m_ui->impactLabel->setText(tr("Asking the database what this plan destroys and who may "
                                  "block it…"));
    m_rollback->inspect(m_plan);
}

void RollbackDialog::showImpact(const RollbackPreview &preview)
{
    m_ui->impactLabel->setText(previewtext::impact(preview, m_rollback->isSqlite()));
}

void RollbackDialog::refreshVerdict()
{
    // The catalog is read on a worker: the page says so until the answer comes.
    m_verdictKnown = false;
    m_ui->verdictLabel->setText(tr("Looking for a fresh backup in the catalog…"));
    m_ui->backUpButton->setEnabled(m_backups->hasWorkspace() && !m_backups->isBusy());
    m_rollback->judgeBackup();
    updateOverride();
}

void RollbackDialog::showVerdict(const BackupVerdict &verdict)
{
    m_verdict = verdict;
    m_verdictKnown = true;
    m_ui->verdictLabel->setText(
        m_verdict.fresh
            ? coloured(green(),
                       tr("<b>Safety net:</b> fresh %1.").arg(m_verdict.reason.toHtmlEscaped()))
            : coloured(red(), tr("<b>No fresh backup:</b> %1. Back up now, or run without one "
                                 "below.")
                                  .arg(m_verdict.reason.toHtmlEscaped())));
    m_ui->overrideGroup->setVisible(!m_verdict.fresh);
    updateOverride();
}

void RollbackDialog::updateOverride()
{
    const bool confirmed =
        confirmsDatabase(m_ui->overrideConfirmEdit->text(), m_rollback->databaseName());
    m_ui->overrideCheck->setEnabled(confirmed);
    if (!confirmed)
        m_ui->overrideCheck->setChecked(false);
    updateNavigation();
}

void RollbackDialog::startRun()
{
    const bool withoutBackup = !m_verdict.fresh && m_ui->overrideCheck->isChecked();
    m_runId.clear();
    m_ui->runLog->clear();
    m_ui->runHeader->setText(tr("Starting: %1…").arg(m_plan.target.describe()));
    m_ui->currentStatement->clear();
    m_running->clear();
    m_ui->cancelRunButton->setEnabled(true);
    goTo(RunPage);
    m_rollback->start(m_plan, withoutBackup,
                      withoutBackup ? m_ui->overrideConfirmEdit->text() : QString());
    updateNavigation();
}

void RollbackDialog::appendLog(const QString &text, const QColor &colour)
{
    auto *item = new QListWidgetItem(text, m_ui->runLog);
    if (colour.isValid())
        item->setForeground(colour);
    m_ui->runLog->scrollToBottom();
}

void RollbackDialog::showStepStarted(int index, int steps, const RunStep &step)
{
    m_ui->currentStatement->setText(tr("Step %1 of %2 · %3 · %4\n%5")
                                        .arg(QString::number(index + 1), QString::number(steps),
                                             step.version, location(step),
                                             step.sql.simplified().left(400)));
    m_running->started(index);
}

void RollbackDialog::showStepFinished(int index, int steps, const RunStep &step,
                                      const QString &message)
{
    const QString what = QStringLiteral("%1 %2 %3")
                             .arg(step.version, location(step), step.sql.simplified().left(160));
    m_running->finished(index);
    switch (step.status) {
    case RunStep::Status::Cancelled:
        appendLog(tr("%1/%2 CANCELLED %3 — %4")
                      .arg(QString::number(index + 1), QString::number(steps), what,
                           message.isEmpty() ? step.error : message),
                  amber());
        break;
    case RunStep::Status::Failed:
        appendLog(tr("%1/%2 FAILED %3 — %4")
                      .arg(index + 1)
                      .arg(steps)
                      .arg(what, message.isEmpty() ? step.error : message),
                  red());
        break;
    case RunStep::Status::Skipped:
        appendLog(tr("%1/%2 skipped %3").arg(index + 1).arg(steps).arg(what), amber());
        break;
    default:
        appendLog(
            tr("%1/%2 ok %3 ms  %4").arg(index + 1).arg(steps).arg(step.durationMs).arg(what));
        break;
    }
}

void RollbackDialog::showProgress(int settled, int total)
{
    m_ui->runProgress->setMaximum(std::max(1, total));
    m_ui->runProgress->setValue(std::min(settled, std::max(1, total)));
}

namespace {

// How to go on, in the dialog's own words (its buttons), after what describeOutcome says.
QString dialogAdvice(const RollbackOutcome &outcome)
{
    using R = RollbackOutcome::Reason;
    switch (outcome.reason) {
    case R::StatementFailed:
        return RollbackDialog::tr("Fix the cause and retry the statement, skip it, abort the "
                                  "run, or restore the backup.");
    case R::UndecidedStep:
        return RollbackDialog::tr("Look at the data, then say what happened: it took effect "
                                  "(mark it done) or it did not (run it again). Backstep does "
                                  "not guess.");
    case R::AnotherRunOpen:
    case R::RunOwnedElsewhere:
        if (outcome.owner.known())
            return RollbackDialog::tr("It goes on to its end there: wait for it, or cancel it "
                                      "where it runs. Nothing was changed here.");
        return RollbackDialog::tr("Resume it, restore the backup, or abort it before a new "
                                  "run.");
    case R::NoFreshBackup:
    case R::NotConfirmed:
        return RollbackDialog::tr("Go back to the safety step.");
    case R::PlanOutdated:
        return RollbackDialog::tr("Close this dialog and plan again: the history view shows the "
                                  "database as it is now.");
    case R::ConnectionLost:
    case R::CommitUnanswered:
    case R::CancelledBeforeStep:
    case R::CancelledDuringStep:
    case R::JournalFailed:
    case R::PreviousConnectionBusy:
        return RollbackDialog::tr("Resume when you are ready: what took effect is decided from "
                                  "the database first.");
    default:
        return {};
    }
}

} // namespace

void RollbackDialog::showOutcome(const RollbackOutcome &outcome)
{
    using R = RollbackOutcome::Result;
    using Why = RollbackOutcome::Reason;
    m_running->clear();
    m_runId = outcome.runId;
    m_restoreBackup = outcome.backup;
    m_ui->resultLog->clear();
    for (int i = 0; i < m_ui->runLog->count(); ++i)
        m_ui->resultLog->addItem(m_ui->runLog->item(i)->clone());
    m_ui->resultLog->scrollToBottom();
    m_ui->failedStatement->clear();
    m_ui->recoveryConfirmEdit->clear();
    // A run that another process executes is not this dialog's to go on with.
    m_runOpen = outcome.run.open() && !outcome.runId.isEmpty() && !outcome.owner.known() &&
                outcome.reason != Why::RunNotOpen && outcome.reason != Why::NoSuchRun;
    m_undecided = outcome.reason == Why::UndecidedStep;
    m_refused =
        outcome.runId.isEmpty() && (outcome.result == R::Refused || outcome.result == R::BadInput);
    const QString message = describeOutcome(outcome).toHtmlEscaped();
    QString headline;
    switch (outcome.result) {
    case R::Done:
        headline = coloured(green(), tr("<b>Rolled back.</b> %1").arg(message));
        // The plan's resulting version holds when this dialog planned the run it reports.
        if (!m_plan.resultingVersion.isEmpty() && outcome.run.target == m_plan.target.describe())
            headline += QStringLiteral("<br>") + tr("The database is at version <b>%1</b>.")
                                                     .arg(m_plan.resultingVersion.toHtmlEscaped());
        break;
    case R::Failed:
        headline = coloured(red(), tr("<b>The rollback stopped at an error.</b> %1").arg(message));
        break;
    case R::Cancelled:
        headline = coloured(amber(), tr("<b>Cancelled.</b> %1").arg(message));
        break;
    case R::Interrupted:
        headline = coloured(amber(), tr("<b>Interrupted.</b> %1").arg(message));
        break;
    case R::Refused:
    case R::BadInput:
        headline = coloured(
            m_undecided ? amber() : red(),
            (m_undecided ? tr("<b>Your decision is needed.</b> %1") : tr("<b>Nothing ran.</b> %1"))
                .arg(message));
        break;
    }
    if (const QString next = dialogAdvice(outcome); !next.isEmpty())
        headline += QStringLiteral("<br>") + next.toHtmlEscaped();
    if (outcome.step >= 0 && outcome.step < outcome.run.steps.size()) {
        const RunStep &step = outcome.run.steps[outcome.step];
        const QString evidence =
            m_undecided ? tr("Tables: %1\nWhat is known: %2")
                              .arg(outcome.undecided.tables, outcome.undecided.lastKnown)
            : step.error.isEmpty() ? outcome.detail
                                   : step.error;
        m_ui->failedStatement->setPlainText(
            tr("Step %1 of %2 · %3 %4 · %5\n\n%6\n\n%7")
                .arg(QString::number(outcome.step + 1), QString::number(outcome.run.steps.size()),
                     step.version, step.name, QStringLiteral("%1:%2").arg(step.file).arg(step.line),
                     step.sql, evidence));
    }
    m_ui->failedStatement->setVisible(!m_ui->failedStatement->toPlainText().isEmpty());
    m_ui->resultHeadline->setText(headline);
    m_ui->retryButton->setText(outcome.reason == Why::StatementFailed ? tr("&Retry the statement")
                                                                      : tr("&Resume"));
    m_ui->retryButton->setVisible(!m_undecided);
    m_ui->skipButton->setVisible(outcome.reason == Why::StatementFailed);
    m_ui->markDoneButton->setVisible(m_undecided);
    m_ui->runAgainButton->setVisible(m_undecided);
    goTo(ResultPage);
    updateRecovery();
}

void RollbackDialog::showOpenRun(const RollbackRun &run, const QString &headline)
{
    RollbackOutcome outcome;
    outcome.runId = run.id;
    outcome.run = run;
    outcome.backup = m_restoreBackup;
    const int next = run.nextStep();
    switch (run.status) {
    case RollbackRun::Status::Failed:
        outcome.result = RollbackOutcome::Result::Failed;
        outcome.reason = RollbackOutcome::Reason::StatementFailed;
        outcome.step = next < run.steps.size() ? next : -1;
        break;
    case RollbackRun::Status::Cancelled:
        outcome.result = RollbackOutcome::Result::Cancelled;
        outcome.reason = RollbackOutcome::Reason::CancelledBeforeStep;
        outcome.step = next;
        break;
    default:
        outcome.result = RollbackOutcome::Result::Interrupted;
        outcome.reason = RollbackOutcome::Reason::ConnectionLost;
        outcome.step = next < run.steps.size() ? next : -1;
        break;
    }
    if (outcome.step >= 0)
        outcome.detail = run.steps[outcome.step].error;
    m_ui->runLog->clear();
    appendLog(headline);
    for (const RunStep &step : run.steps)
        if (step.status != RunStep::Status::Pending)
            showStepFinished(step.index, int(run.steps.size()), step, step.error);
    showProgress(run.settledCount(), int(run.steps.size()));
    showOutcome(outcome);
}

void RollbackDialog::showRun(const QString &runId)
{
    // The journal is read on a worker; the result page fills in when it answers.
    m_showRunId = runId;
    m_runId = runId;
    m_runOpen = false;
    m_ui->failedStatement->clear();
    m_ui->failedStatement->hide();
    m_ui->resultHeadline->setText(tr("Reading run %1 from the journal…").arg(runId));
    goTo(ResultPage);
    updateRecovery();
    m_rollback->loadRun(runId);
}

void RollbackDialog::showLoadedRun(const LoadedRun &loaded)
{
    if (loaded.run.id != m_showRunId)
        return;
    m_showRunId.clear();
    if (!loaded.problem.isEmpty()) {
        m_ui->resultHeadline->setText(coloured(red(), loaded.problem.toHtmlEscaped()));
        return;
    }
    const RollbackRun &run = loaded.run;
    m_restoreBackup = loaded.backup;
    showOpenRun(run,
                tr("Run %1 (%2) is %3 with %4 of %5 steps settled.")
                    .arg(run.id, run.target, runStatusLabel(run.status),
                         QString::number(run.settledCount()), QString::number(run.steps.size())));
}

void RollbackDialog::resumeWith(RollbackRunner::ResumeAction action, const QString &header,
                                const QString &typed)
{
    m_ui->runLog->clear();
    m_ui->runHeader->setText(header);
    m_ui->currentStatement->clear();
    m_running->clear();
    m_ui->cancelRunButton->setEnabled(true);
    goTo(RunPage);
    m_rollback->resume(m_runId, action, typed);
    updateNavigation();
}

void RollbackDialog::resumeRun(const QString &runId)
{
    m_runId = runId;
    resumeWith(RollbackRunner::ResumeAction::Resume, tr("Resuming run %1…").arg(runId));
}

void RollbackDialog::updateRecovery()
{
    const bool confirmed =
        confirmsDatabase(m_ui->recoveryConfirmEdit->text(), m_rollback->databaseName());
    const bool idle = !m_rollback->isRunning() && !m_restoring && !m_closing;
    m_ui->recoveryGroup->setVisible(m_runOpen);
    m_ui->retryButton->setEnabled(idle && m_runOpen && !m_undecided);
    m_ui->abortButton->setEnabled(idle && m_runOpen);
    m_ui->skipButton->setEnabled(idle && m_runOpen && confirmed);
    m_ui->markDoneButton->setEnabled(idle && m_runOpen && m_undecided && confirmed);
    m_ui->runAgainButton->setEnabled(idle && m_runOpen && m_undecided && confirmed);
    const bool haveBackup = m_restoreBackup.has_value();
    m_ui->restoreButton->setEnabled(idle && m_runOpen && haveBackup && confirmed &&
                                    !m_backups->isBusy());
    m_ui->restoreButton->setToolTip(haveBackup ? QString()
                                               : tr("There is no complete backup to restore."));
    m_ui->recoveryHint->setText(
        m_undecided
            ? tr("Deciding, skipping and restoring change the database with no way back: type "
                 "<b>%1</b> to enable them. Your decision is recorded in the journal.")
                  .arg(m_rollback->databaseName().toHtmlEscaped())
            : tr("Skip and Restore change the database with no way back: type <b>%1</b> to "
                 "enable them. Skipping is recorded in the journal.")
                  .arg(m_rollback->databaseName().toHtmlEscaped()));
    m_ui->recoveryConfirmEdit->setPlaceholderText(m_rollback->databaseName());
    updateNavigation();
}

void RollbackDialog::retry()
{
    resumeWith(RollbackRunner::ResumeAction::Resume,
               tr("Run %1: going on from the first unsettled step").arg(m_runId));
}

void RollbackDialog::skip()
{
    const QString typed = m_ui->recoveryConfirmEdit->text();
    if (!confirmsDatabase(typed, m_rollback->databaseName()))
        return;
    resumeWith(RollbackRunner::ResumeAction::Skip,
               tr("Run %1: skipping the failed statement, then going on").arg(m_runId), typed);
}

void RollbackDialog::decide(RollbackRunner::ResumeAction action)
{
    const QString typed = m_ui->recoveryConfirmEdit->text();
    if (!m_undecided || !confirmsDatabase(typed, m_rollback->databaseName()))
        return;
    resumeWith(action,
               action == RollbackRunner::ResumeAction::MarkDone
                   ? tr("Run %1: the statement took effect; going on after it").arg(m_runId)
                   : tr("Run %1: the statement did not take effect; running it again").arg(m_runId),
               typed);
}

void RollbackDialog::abortRun()
{
    if (auto closing = m_rollback->close(m_runId, RollbackRun::Status::Aborted,
                                         tr("aborted in the rollback dialog"));
        !closing) {
        m_ui->resultHeadline->setText(coloured(red(), closing.error().toHtmlEscaped()));
        return;
    }
    m_closing = true;
    m_ui->resultHeadline->setText(tr("Aborting run %1…").arg(m_runId.toHtmlEscaped()));
    updateRecovery();
}

void RollbackDialog::showClosed(const RollbackOutcome &outcome)
{
    if (!m_closing || outcome.runId != m_runId)
        return;
    m_closing = false;
    const bool closed = outcome.result == RollbackOutcome::Result::Done;
    m_runOpen = !closed && outcome.run.open() && !outcome.owner.known();
    const QString cleanup =
        outcome.cleanupProblem.isEmpty()
            ? QString()
            : QStringLiteral("<br>") +
                  coloured(amber(), tr("The progress table could not be removed (%1); it goes "
                                       "when a later run of this database settles.")
                                        .arg(outcome.cleanupProblem.toHtmlEscaped()));
    if (!closed)
        m_ui->resultHeadline->setText(coloured(red(), describeOutcome(outcome).toHtmlEscaped()));
    else if (outcome.run.status == RollbackRun::Status::Resolved)
        m_ui->resultHeadline->setText(
            coloured(green(), tr("<b>Backup restored</b> (%1); run %2 marked resolved.")
                                  .arg(m_restoredPath.toHtmlEscaped(), m_runId.toHtmlEscaped())) +
            cleanup);
    else
        m_ui->resultHeadline->setText(
            coloured(amber(), tr("<b>Run %1 aborted.</b> Nothing more of it will run; the "
                                 "database stays as it is now.")
                                  .arg(m_runId.toHtmlEscaped())) +
            cleanup);
    updateRecovery();
}

void RollbackDialog::restoreBackup()
{
    if (!m_restoreBackup ||
        !confirmsDatabase(m_ui->recoveryConfirmEdit->text(), m_rollback->databaseName()))
        return;
    const BackupRecord record = *m_restoreBackup;
    m_restoring = true;
    m_ui->resultHeadline->setText(
        tr("Restoring %1 (taken %2)…")
            .arg(record.path.toHtmlEscaped(),
                 QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat)));
    updateRecovery();
    m_backups->restore(record);
}

void RollbackDialog::finishRestore(const QString &path, const QString &problem)
{
    if (!m_restoring)
        return;
    m_restoring = false;
    if (!problem.isEmpty()) {
        m_ui->resultHeadline->setText(
            coloured(red(), tr("<b>The restore failed:</b> %1").arg(problem.toHtmlEscaped())));
        updateRecovery();
        return;
    }
    m_restoredPath = path;
    if (auto closing = m_rollback->close(m_runId, RollbackRun::Status::Resolved,
                                         tr("resolved by restoring the backup %1").arg(path));
        !closing) {
        m_ui->resultHeadline->setText(coloured(red(), closing.error().toHtmlEscaped()));
        updateRecovery();
        return;
    }
    m_closing = true;
    m_ui->resultHeadline->setText(tr("Backup restored (%1); marking run %2 resolved…")
                                      .arg(path.toHtmlEscaped(), m_runId.toHtmlEscaped()));
    updateRecovery();
}

void RollbackDialog::reject()
{
    // A run goes on whatever the dialog does; leaving it unseen mid-run would hide it.
    if (m_rollback->isRunning() || m_restoring)
        return;
    QDialog::reject();
}

QAbstractButton *RollbackDialog::latestButton() const
{
    return m_ui->latestRadio;
}
QAbstractButton *RollbackDialog::stepsButton() const
{
    return m_ui->stepsRadio;
}
QSpinBox *RollbackDialog::stepsSpin() const
{
    return m_ui->stepsSpin;
}
QAbstractButton *RollbackDialog::toVersionButton() const
{
    return m_ui->toVersionRadio;
}
QComboBox *RollbackDialog::versionCombo() const
{
    return m_ui->versionCombo;
}
QAbstractButton *RollbackDialog::selectedButton() const
{
    return m_ui->selectedRadio;
}
QAbstractButton *RollbackDialog::nextButton() const
{
    return m_ui->nextButton;
}
QAbstractButton *RollbackDialog::backButton() const
{
    return m_ui->backButton;
}
QAbstractButton *RollbackDialog::backUpButton() const
{
    return m_ui->backUpButton;
}
QLineEdit *RollbackDialog::overrideConfirmEdit() const
{
    return m_ui->overrideConfirmEdit;
}
QCheckBox *RollbackDialog::overrideCheck() const
{
    return m_ui->overrideCheck;
}
QAbstractButton *RollbackDialog::cancelRunButton() const
{
    return m_ui->cancelRunButton;
}
QAbstractButton *RollbackDialog::retryButton() const
{
    return m_ui->retryButton;
}
QAbstractButton *RollbackDialog::skipButton() const
{
    return m_ui->skipButton;
}
QAbstractButton *RollbackDialog::abortButton() const
{
    return m_ui->abortButton;
}
QAbstractButton *RollbackDialog::restoreButton() const
{
    return m_ui->restoreButton;
}
QAbstractButton *RollbackDialog::markDoneButton() const
{
    return m_ui->markDoneButton;
}
QAbstractButton *RollbackDialog::runAgainButton() const
{
    return m_ui->runAgainButton;
}
QTableWidget *RollbackDialog::blockersView() const
{
    return m_ui->blockersView;
}
QLineEdit *RollbackDialog::killConfirmEdit() const
{
    return m_ui->killConfirmEdit;
}
QAbstractButton *RollbackDialog::killBlockerButton() const
{
    return m_ui->killBlockerButton;
}
QString RollbackDialog::activityText() const
{
    return m_ui->activityLabel->text();
}
QString RollbackDialog::currentStatementText() const
{
    return m_ui->currentStatement->text();
}
QLineEdit *RollbackDialog::recoveryConfirmEdit() const
{
    return m_ui->recoveryConfirmEdit;
}
QListWidget *RollbackDialog::runLog() const
{
    return m_ui->runLog;
}
QString RollbackDialog::verdictText() const
{
    return m_ui->verdictLabel->text();
}
QString RollbackDialog::resultText() const
{
    return m_ui->resultHeadline->text();
}
QString RollbackDialog::blockersText() const
{
    return m_ui->blockersLabel->text();
}
QString RollbackDialog::warningsText() const
{
    return m_ui->warningsLabel->text();
}
QString RollbackDialog::impactText() const
{
    return m_ui->impactLabel->text();
}
QString RollbackDialog::failedStatementText() const
{
    return m_ui->failedStatement->toPlainText();
}

} // namespace backstep
