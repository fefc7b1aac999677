#include "ui/rollbackdialog.h"

#include "models/rollbackplanmodel.h"
#include "models/statuscolors.h"
#include "ui/backupscontroller.h"
#include "ui/rollbackcontroller.h"
#include "ui_rollbackdialog.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPalette>

namespace backstep {

namespace {

QColor red()
{
    return StatusColors::of(Tone::Bad);
}
QColor amber()
{
    return StatusColors::of(Tone::Warning);
}
QColor green()
{
    return StatusColors::of(Tone::Good);
}

QString coloured(const QColor &colour, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), html);
}

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin:0\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
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
        m_ui->currentStatement->setText(
            tr("Cancelling: the statement running now finishes, nothing after it starts."));
    });
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
    connect(m_backups, &BackupsController::restoreFinished, this, &RollbackDialog::finishRestore);

    connect(m_ui->nextButton, &QPushButton::clicked, this, &RollbackDialog::goNext);
    connect(m_ui->backButton, &QPushButton::clicked, this, &RollbackDialog::goBack);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &RollbackDialog::reject);
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
    bool canGoOn = !running;
    if (current == PreviewPage)
        canGoOn = canGoOn && m_plan.runnable();
    if (current == SafetyPage)
        canGoOn = canGoOn && (m_verdict.fresh || m_ui->overrideCheck->isChecked());
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
    QString summary =
        tr("<b>%1</b>: %n migration(s), ", nullptr, int(m_plan.migrations.size()))
            .arg(m_plan.target.describe().toHtmlEscaped()) +
        tr("%n statement(s) and one history update per migration, ", nullptr,
           m_plan.statementCount()) +
        (m_plan.appliedOrder ? tr("in the order they were applied, newest first.")
                             : tr("by version, newest first (the history does not record the "
                                  "applied order).")) +
        QStringLiteral("<br>") +
        (m_plan.resultingVersion.isEmpty() ? tr("Afterwards <b>no migration</b> stays applied.")
                                           : tr("Afterwards the database is at version <b>%1</b>.")
                                                 .arg(m_plan.resultingVersion.toHtmlEscaped()));
    if (m_rollback->isSqlite())
        summary += QStringLiteral(" ") +
                   tr("SQLite runs each statement in a transaction with its progress record.");
    else if (implicitCommits > 0)
        summary += QStringLiteral(" ") +
                   coloured(amber(), tr("%n statement(s) commit implicitly and cannot be undone "
                                        "by a transaction.",
                                        nullptr, implicitCommits)
                                         .toHtmlEscaped());
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
    const QLocale locale;
    QStringList destroys;
    for (const ImpactItem &item : preview.impacts) {
        QString facts;
        if (!item.exists)
            facts = tr("not there now");
        else if (item.rows >= 0)
            facts = (item.rowsEstimated ? tr("about %1 rows") : tr("%1 rows"))
                        .arg(locale.toString(item.rows));
        if (item.exists && item.bytes > 0)
            facts += (facts.isEmpty() ? QString() : QStringLiteral(", ")) +
                     locale.formattedDataSize(item.bytes);
        destroys.append(tr("step %1 (%2): %3 %4%5")
                            .arg(item.step)
                            .arg(item.version, impactKindName(item.kind), item.object,
                                 facts.isEmpty() ? QString() : QStringLiteral(" — ") + facts));
    }
    QStringList risks;
    for (const LockRisk &risk : preview.lockRisks)
        risks.append(tr("%1 on %2: connection %3 (%4@%5), %6 s — %7")
                         .arg(risk.kind, risk.table.isEmpty() ? tr("the server") : risk.table)
                         .arg(risk.connectionId)
                         .arg(risk.user, risk.host)
                         .arg(risk.seconds)
                         .arg(risk.detail.left(160)));
    QString html;
    if (!destroys.isEmpty())
        html += coloured(red(), tr("<b>What it destroys:</b>") + bulletList(destroys));
    else
        html += tr("It drops, empties or rebuilds no table, column or index.");
    if (!risks.isEmpty())
        html += coloured(amber(), tr("<b>What may block it now:</b>") + bulletList(risks));
    else if (preview.error.isEmpty() && !m_rollback->isSqlite())
        html += QStringLiteral("<br>") +
                tr("No other connection holds a transaction or a lock on its tables.");
    if (!preview.error.isEmpty())
        html += QStringLiteral("<br>") +
                coloured(
                    amber(),
                    tr("Not everything could be inspected: %1").arg(preview.error.toHtmlEscaped()));
    m_ui->impactLabel->setText(html);
}

void RollbackDialog::refreshVerdict()
{
    m_verdict = m_rollback->backupVerdict();
    m_ui->verdictLabel->setText(
        m_verdict.fresh
            ? coloured(green(),
                       tr("<b>Safety net:</b> fresh %1.").arg(m_verdict.reason.toHtmlEscaped()))
            : coloured(red(), tr("<b>No fresh backup:</b> %1. Back up now, or run without one "
                                 "below.")
                                  .arg(m_verdict.reason.toHtmlEscaped())));
    m_ui->backUpButton->setEnabled(m_backups->hasWorkspace() && !m_backups->isBusy());
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
    m_ui->currentStatement->setText(
        tr("Step %1 of %2 · %3 · %4\n%5")
            .arg(index + 1)
            .arg(steps)
            .arg(step.version, location(step), step.sql.simplified().left(400)));
}

void RollbackDialog::showStepFinished(int index, int steps, const RunStep &step,
                                      const QString &message)
{
    const QString what = QStringLiteral("%1 %2 %3")
                             .arg(step.version, location(step), step.sql.simplified().left(160));
    switch (step.status) {
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

void RollbackDialog::showOutcome(const RollbackOutcome &outcome)
{
    using R = RollbackOutcome::Result;
    m_runId = outcome.runId;
    m_ui->resultLog->clear();
    for (int i = 0; i < m_ui->runLog->count(); ++i)
        m_ui->resultLog->addItem(m_ui->runLog->item(i)->clone());
    m_ui->resultLog->scrollToBottom();
    m_ui->failedStatement->clear();
    m_ui->recoveryConfirmEdit->clear();
    m_runOpen = outcome.run.open() && !outcome.runId.isEmpty();
    m_refused =
        outcome.runId.isEmpty() && (outcome.result == R::Refused || outcome.result == R::BadInput);
    QString headline;
    switch (outcome.result) {
    case R::Done:
        headline =
            coloured(green(), tr("<b>Rolled back.</b> %1").arg(outcome.message.toHtmlEscaped()));
        // The plan's resulting version holds when this dialog planned the run it reports.
        if (!m_plan.resultingVersion.isEmpty() && outcome.run.target == m_plan.target.describe())
            headline += QStringLiteral("<br>") + tr("The database is at version <b>%1</b>.")
                                                     .arg(m_plan.resultingVersion.toHtmlEscaped());
        break;
    case R::Failed:
        headline = coloured(
            red(),
            tr("<b>The rollback stopped at an error.</b> %1").arg(outcome.message.toHtmlEscaped()));
        break;
    case R::Cancelled:
        headline =
            coloured(amber(), tr("<b>Cancelled.</b> %1").arg(outcome.message.toHtmlEscaped()));
        break;
    case R::Interrupted:
        headline =
            coloured(amber(), tr("<b>Interrupted.</b> %1").arg(outcome.message.toHtmlEscaped()));
        break;
    case R::Refused:
    case R::BadInput:
        headline =
            coloured(red(), tr("<b>Nothing ran.</b> %1").arg(outcome.message.toHtmlEscaped()));
        break;
    }
    if (outcome.failedStep >= 0 && outcome.failedStep < outcome.run.steps.size()) {
        const RunStep &step = outcome.run.steps[outcome.failedStep];
        m_ui->failedStatement->setPlainText(
            tr("Step %1 of %2 · %3 %4 · %5\n\n%6\n\n%7")
                .arg(outcome.failedStep + 1)
                .arg(outcome.run.steps.size())
                .arg(step.version, step.name, QStringLiteral("%1:%2").arg(step.file).arg(step.line),
                     step.sql, step.error.isEmpty() ? outcome.message : step.error));
    }
    m_ui->failedStatement->setVisible(!m_ui->failedStatement->toPlainText().isEmpty());
    m_ui->resultHeadline->setText(headline);
    m_ui->retryButton->setText(outcome.result == R::Failed ? tr("&Retry the statement")
                                                           : tr("&Resume"));
    m_ui->skipButton->setVisible(outcome.result == R::Failed || outcome.result == R::Interrupted);
    goTo(ResultPage);
    updateRecovery();
}

void RollbackDialog::showOpenRun(const RollbackRun &run, const QString &headline)
{
    RollbackOutcome outcome;
    outcome.result = run.status == RollbackRun::Status::Failed ? RollbackOutcome::Result::Failed
                     : run.status == RollbackRun::Status::Cancelled
                         ? RollbackOutcome::Result::Cancelled
                         : RollbackOutcome::Result::Interrupted;
    outcome.runId = run.id;
    outcome.message = headline;
    outcome.run = run;
    const int next = run.nextStep();
    if (next < run.steps.size() && run.status != RollbackRun::Status::Cancelled)
        outcome.failedStep = next;
    m_ui->runLog->clear();
    for (const RunStep &step : run.steps)
        if (step.status != RunStep::Status::Pending)
            showStepFinished(step.index, int(run.steps.size()), step, step.error);
    showProgress(run.settledCount(), int(run.steps.size()));
    showOutcome(outcome);
}

void RollbackDialog::showRun(const QString &runId)
{
    const auto run = m_rollback->loadRun(runId);
    if (!run) {
        m_ui->resultHeadline->setText(coloured(red(), run.error().toHtmlEscaped()));
        goTo(ResultPage);
        return;
    }
    showOpenRun(run.value(), tr("Run %1 (%2) is %3 with %4 of %5 steps settled.")
                                 .arg(run->id, run->target, runStatusName(run->status))
                                 .arg(run->settledCount())
                                 .arg(run->steps.size()));
}

void RollbackDialog::resumeRun(const QString &runId)
{
    m_runId = runId;
    m_ui->runLog->clear();
    m_ui->runHeader->setText(tr("Resuming run %1…").arg(runId));
    m_ui->cancelRunButton->setEnabled(true);
    goTo(RunPage);
    m_rollback->resume(runId, RollbackRunner::ResumeAction::Resume);
    updateNavigation();
}

void RollbackDialog::updateRecovery()
{
    const bool confirmed =
        confirmsDatabase(m_ui->recoveryConfirmEdit->text(), m_rollback->databaseName());
    const bool idle = !m_rollback->isRunning() && !m_restoring;
    m_ui->recoveryGroup->setVisible(m_runOpen);
    m_ui->retryButton->setEnabled(idle && m_runOpen);
    m_ui->abortButton->setEnabled(idle && m_runOpen);
    m_ui->skipButton->setEnabled(idle && m_runOpen && confirmed);
    const auto backup = m_runOpen ? m_rollback->backupFor(m_runId)
                                  : Result<std::optional<BackupRecord>>(std::nullopt);
    const bool haveBackup = backup && backup->has_value();
    m_ui->restoreButton->setEnabled(idle && haveBackup && confirmed && !m_backups->isBusy());
    m_ui->restoreButton->setToolTip(haveBackup ? QString()
                                    : !backup  ? backup.error()
                                               : tr("There is no complete backup to restore."));
    m_ui->recoveryHint->setText(
        tr("Skip and Restore change the database with no way back: type <b>%1</b> to enable "
           "them. Skipping is recorded in the journal.")
            .arg(m_rollback->databaseName().toHtmlEscaped()));
    m_ui->recoveryConfirmEdit->setPlaceholderText(m_rollback->databaseName());
    updateNavigation();
}

void RollbackDialog::retry()
{
    m_ui->runLog->clear();
    m_ui->runHeader->setText(tr("Run %1: going on from the first unsettled step").arg(m_runId));
    m_ui->cancelRunButton->setEnabled(true);
    goTo(RunPage);
    m_rollback->resume(m_runId, RollbackRunner::ResumeAction::Resume);
    updateNavigation();
}

void RollbackDialog::skip()
{
    const QString typed = m_ui->recoveryConfirmEdit->text();
    if (!confirmsDatabase(typed, m_rollback->databaseName()))
        return;
    m_ui->runLog->clear();
    m_ui->runHeader->setText(
        tr("Run %1: skipping the failed statement, then going on").arg(m_runId));
    m_ui->cancelRunButton->setEnabled(true);
    goTo(RunPage);
    m_rollback->resume(m_runId, RollbackRunner::ResumeAction::Skip, typed);
    updateNavigation();
}

void RollbackDialog::abortRun()
{
    auto closed = m_rollback->close(m_runId, RollbackRun::Status::Aborted,
                                    tr("aborted in the rollback dialog"));
    if (!closed) {
        m_ui->resultHeadline->setText(coloured(red(), closed.error().toHtmlEscaped()));
        return;
    }
    m_runOpen = false;
    m_ui->resultHeadline->setText(
        coloured(amber(), tr("<b>Run %1 aborted.</b> Nothing more of it will run; the database "
                             "stays as it is now.")
                              .arg(m_runId.toHtmlEscaped())));
    updateRecovery();
}

void RollbackDialog::restoreBackup()
{
    const auto found = m_rollback->backupFor(m_runId);
    if (!found || !found->has_value() ||
        !confirmsDatabase(m_ui->recoveryConfirmEdit->text(), m_rollback->databaseName()))
        return;
    const std::optional<BackupRecord> &record = found.value();
    m_restoring = true;
    m_ui->resultHeadline->setText(
        tr("Restoring %1 (taken %2)…")
            .arg(record->path.toHtmlEscaped(),
                 QLocale().toString(record->startedAt.toLocalTime(), QLocale::ShortFormat)));
    updateRecovery();
    m_backups->restore(*record);
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
    auto closed = m_rollback->close(m_runId, RollbackRun::Status::Resolved,
                                    tr("resolved by restoring the backup %1").arg(path));
    m_runOpen = !closed.ok();
    m_ui->resultHeadline->setText(
        closed ? coloured(green(), tr("<b>Backup restored</b> (%1); run %2 marked resolved.")
                                       .arg(path.toHtmlEscaped(), m_runId.toHtmlEscaped()))
               : coloured(red(), closed.error().toHtmlEscaped()));
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
