#include "ui/playbookdialog.h"

#include "core/incidentnotice.h"
#include "models/statuscolors.h"
#include "ops/reportexporter.h"
#include "ui_playbookdialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPainter>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>

namespace backstep {

namespace {

QString stepStatusLabel(PlaybookStep::Status status)
{
    switch (status) {
    case PlaybookStep::Status::Pending:
        return PlaybookDialog::tr("pending");
    case PlaybookStep::Status::Running:
        return PlaybookDialog::tr("running");
    case PlaybookStep::Status::Done:
        return PlaybookDialog::tr("done");
    case PlaybookStep::Status::Skipped:
        return PlaybookDialog::tr("skipped");
    case PlaybookStep::Status::Failed:
        return PlaybookDialog::tr("failed");
    case PlaybookStep::Status::Cancelled:
        return PlaybookDialog::tr("cancelled");
    }
    return {};
}

QString playbookRunStatusLabel(PlaybookRun::Status status)
{
    switch (status) {
    case PlaybookRun::Status::Running:
        return PlaybookDialog::tr("running");
    case PlaybookRun::Status::Done:
        return PlaybookDialog::tr("done");
    case PlaybookRun::Status::Failed:
        return PlaybookDialog::tr("failed");
    case PlaybookRun::Status::Cancelled:
        return PlaybookDialog::tr("cancelled");
    case PlaybookRun::Status::Aborted:
        return PlaybookDialog::tr("aborted");
    }
    return {};
}

QString skipReasonLabel(PlaybookSkipReason reason)
{
    switch (reason) {
    case PlaybookSkipReason::Operator:
        return PlaybookDialog::tr("skipped by the DBA");
    case PlaybookSkipReason::NotConfigured:
        return PlaybookDialog::tr("not configured in the profile");
    case PlaybookSkipReason::NotSupported:
        return PlaybookDialog::tr("not supported for this database");
    case PlaybookSkipReason::NotNeeded:
        return PlaybookDialog::tr("nothing to do");
    }
    return {};
}

Tone toneOf(PlaybookStep::Status status)
{
    switch (status) {
    case PlaybookStep::Status::Done:
        return Tone::Good;
    case PlaybookStep::Status::Failed:
        return Tone::Bad;
    case PlaybookStep::Status::Cancelled:
        return Tone::Warning;
    case PlaybookStep::Status::Running:
        return Tone::Notice;
    case PlaybookStep::Status::Pending:
    case PlaybookStep::Status::Skipped:
        return Tone::Neutral;
    }
    return Tone::Neutral;
}

// A dot in the state's colour: the state reads at a glance, its word says it for sure.
QIcon stateIcon(Tone tone, const QPalette &palette)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(StatusColors::of(tone, palette));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return PlaybookDialog::tr("%1 ms").arg(ms);
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return PlaybookDialog::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return PlaybookDialog::tr("%1 min %2 s")
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// One evidence value on one line: text as it is, the rest as compact JSON.
QString evidenceText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? PlaybookDialog::tr("yes") : PlaybookDialog::tr("no");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

enum Column { StepColumn, StateColumn, DurationColumn, SummaryColumn };

} // namespace

PlaybookDialog::PlaybookDialog(PlaybookController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_ui(std::make_unique<Ui::PlaybookDialog>())
    , m_elapsed(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("playbookDialog"));
    m_ui->stepsTree->header()->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    m_ui->stepsTree->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_ui->stepsTree->header()->setSectionResizeMode(DurationColumn, QHeaderView::ResizeToContents);
    m_ui->stepsTree->header()->setStretchLastSection(true);
    m_ui->progressBar->setFormat(tr("%v of %m steps settled"));
    // Offered once a report is shown and its profile has a contact with an address.
    m_ui->emailButton->hide();
    fillSetup();

    connect(m_ui->runButton, &QPushButton::clicked, this, &PlaybookDialog::startRun);
    connect(m_ui->cancelRunButton, &QPushButton::clicked, this, [this] {
        m_controller->cancel();
        updateButtons();
    });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        m_problem.clear();
        if (auto resumed = m_controller->resume(m_runId); !resumed)
            setHeadline(resumed.error().toHtmlEscaped(), Tone::Bad);
        updateButtons();
    });
    connect(m_ui->reportButton, &QPushButton::clicked, this, [this] {
        showPage(ReportPage);
        m_controller->loadReport(m_runId);
    });
    connect(m_ui->stepsButton, &QPushButton::clicked, this, [this] { showPage(RunPage); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &PlaybookDialog::askExportFile);
    connect(m_ui->emailButton, &QPushButton::clicked, this, &PlaybookDialog::emailContacts);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(QString::fromUtf8(m_report.markdown));
        setHeadline(tr("The report's Markdown is on the clipboard."), Tone::Good);
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_elapsed, &QTimer::timeout, this, &PlaybookDialog::updateElapsed);

    connect(m_controller, &PlaybookController::started, this, [this](const QString &runId) {
        m_runId = runId;
        showPage(RunPage);
        updateButtons();
    });
    connect(m_controller, &PlaybookController::runChanged, this,
            [this](const PlaybookRun &run, int current) {
                if (run.id == m_runId)
                    showState(run, current);
            });
    connect(m_controller, &PlaybookController::finished, this,
            [this](const PlaybookRun &run, const QString &problem) {
                if (run.id == m_runId)
                    showFinished(run, problem);
            });
    connect(m_controller, &PlaybookController::runLoaded, this, [this](const PlaybookRun &run) {
        if (run.id == m_runId && !m_controller->isRunning())
            showState(run, run.nextStep());
    });
    connect(m_controller, &PlaybookController::reportLoaded, this,
            [this](const PlaybookReportBodies &report) {
                if (report.runId == m_runId)
                    showReport(report);
            });
    connect(m_controller, &PlaybookController::journalProblem, this,
            [this](const QString &message) {
                setHeadline(tr("The journal: %1").arg(message.toHtmlEscaped()), Tone::Bad);
            });

    // Opened while a flow runs (the dialog was closed and opened again): its run.
    if (m_controller->isRunning()) {
        m_runId = m_controller->run().id;
        showState(m_controller->run(), m_controller->currentStep());
        showPage(RunPage);
    } else {
        showPage(SetupPage);
    }
    updateButtons();
}

PlaybookDialog::~PlaybookDialog() = default;

void PlaybookDialog::fillSetup()
{
    const QString database = m_controller->databaseName();
    m_ui->profileCombo->clear();
    for (const QString &name : m_controller->profilesForWorkspace())
        m_ui->profileCombo->addItem(name, name);
    m_ui->profileCombo->addItem(tr("(none: this connection only, no service or log)"), QString());
    const QStringList applied = m_controller->appliedVersions();
    m_ui->stepsSpin->setMaximum(std::max(1, int(applied.size())));
    // `--to V` keeps V applied: the newest applied version is no target.
    m_ui->versionCombo->clear();
    for (qsizetype i = 1; i < applied.size(); ++i)
        m_ui->versionCombo->addItem(applied[i], applied[i]);
    m_ui->toRadio->setEnabled(m_ui->versionCombo->count() > 0);
    m_ui->versionCombo->setEnabled(false);
    connect(m_ui->toRadio, &QRadioButton::toggled, m_ui->versionCombo, &QWidget::setEnabled);
    connect(m_ui->stepsRadio, &QRadioButton::toggled, m_ui->stepsSpin, &QWidget::setEnabled);
    applyDefaultTarget();
    for (PlaybookStepKind kind : playbookStepOrder())
        if (playbookStepSkippable(kind))
            addSkipRow(kind);
    setHeadline(
        applied.isEmpty()
            ? tr("<b>%1</b>: no migration is applied; there is nothing to roll back.")
                  .arg(database.toHtmlEscaped())
            : tr("<b>Playbook for %1</b> — %n migration(s) applied.", nullptr, int(applied.size()))
                  .arg(database.toHtmlEscaped()),
        Tone::Neutral);
}

void PlaybookDialog::applyDefaultTarget()
{
    m_defaultReason.clear();
    m_ui->targetNote->hide();
    const Result<DeployTarget> chosen = m_controller->defaultTarget();
    if (!chosen)
        return; // nothing applied: the headline says so
    const DeployTarget &deploy = chosen.value();
    if (deploy.target.mode == RollbackTarget::Mode::ToVersion) {
        const int index = m_ui->versionCombo->findData(deploy.target.version);
        if (index < 0)
            return;
        m_ui->versionCombo->setCurrentIndex(index);
        m_ui->toRadio->setChecked(true);
    } else {
        m_ui->stepsSpin->setValue(deploy.target.steps);
        m_ui->stepsRadio->setChecked(true);
    }
    m_defaultTarget = deploy.target;
    m_defaultReason = deploy.reason;
    m_ui->targetNote->setText(tr("Proposed: %1.").arg(deploy.reason));
    m_ui->targetNote->show();
}

void PlaybookDialog::addSkipRow(PlaybookStepKind kind)
{
    auto *grid = qobject_cast<QGridLayout *>(m_ui->skipGroup->layout());
    const int row = grid->rowCount();
    auto *check = new QCheckBox(tr("Skip \"%1\"").arg(playbookStepTitle(kind)), m_ui->skipGroup);
    check->setObjectName(QStringLiteral("skip-") + playbookStepKindName(kind));
    auto *reason = new QLineEdit(m_ui->skipGroup);
    reason->setObjectName(QStringLiteral("reason-") + playbookStepKindName(kind));
    reason->setPlaceholderText(tr("why (for the report)"));
    reason->setEnabled(false);
    connect(check, &QCheckBox::toggled, reason, [reason](bool on) {
        reason->setEnabled(on);
        if (on)
            reason->setFocus();
    });
    grid->addWidget(check, row, 0);
    grid->addWidget(reason, row, 1);
    grid->setColumnStretch(1, 1);
    m_skips[kind] = {check, reason};
}

void PlaybookDialog::startRun()
{
    PlaybookRequest request;
    request.profileName = m_ui->profileCombo->currentData().toString();
    if (m_ui->toRadio->isChecked()) {
        request.target.mode = RollbackTarget::Mode::ToVersion;
        request.target.version = m_ui->versionCombo->currentData().toString();
    } else {
        request.target.mode = RollbackTarget::Mode::Steps;
        request.target.steps = m_ui->stepsSpin->value();
    }
    // The proposed target kept: the run says why it was chosen.
    const RollbackTarget &proposed = m_defaultTarget;
    if (!m_defaultReason.isEmpty() && request.target.mode == proposed.mode &&
        (proposed.mode == RollbackTarget::Mode::ToVersion
             ? request.target.version == proposed.version
             : request.target.steps == proposed.steps))
        request.targetReason = m_defaultReason;
    request.backupKind =
        m_ui->targetedRadio->isChecked() ? PlaybookBackupKind::Targeted : PlaybookBackupKind::Full;
    request.watchLogSeconds = m_ui->watchSpin->value();
    for (const auto &[kind, widgets] : m_skips)
        if (widgets.first->isChecked())
            request.skips.append({kind, widgets.second->text().trimmed()});
    m_problem.clear();
    if (auto started = m_controller->start(request); !started) {
        m_ui->setupProblem->setStyleSheet(
            QStringLiteral("color: %1;").arg(StatusColors::of(Tone::Bad, palette()).name()));
        m_ui->setupProblem->setText(started.error());
    } else {
        m_ui->setupProblem->clear();
    }
}

PlaybookDialog::Page PlaybookDialog::page() const
{
    return Page(m_ui->pages->currentIndex());
}

void PlaybookDialog::showPage(Page page)
{
    m_ui->pages->setCurrentIndex(page);
    updateButtons();
}

void PlaybookDialog::showRun(const QString &runId)
{
    m_runId = runId;
    m_problem.clear();
    showPage(RunPage);
    setHeadline(tr("Reading playbook run %1…").arg(runId), Tone::Neutral);
    m_controller->loadRun(runId);
}

void PlaybookDialog::resumeRun(const QString &runId)
{
    m_runId = runId;
    m_problem.clear();
    showPage(RunPage);
    if (auto resumed = m_controller->resume(runId); !resumed)
        setHeadline(resumed.error().toHtmlEscaped(), Tone::Bad);
    updateButtons();
}

void PlaybookDialog::showState(const PlaybookRun &run, int current)
{
    m_run = run;
    m_current = current;
    const int total = int(run.steps.size());
    int settled = 0;
    for (const PlaybookStep &step : run.steps)
        if (step.settled())
            ++settled;
    m_ui->progressBar->setMaximum(std::max(1, total));
    m_ui->progressBar->setValue(settled);

    QTreeWidget *tree = m_ui->stepsTree;
    if (tree->topLevelItemCount() != total) {
        tree->clear();
        for (int i = 0; i < total; ++i)
            tree->addTopLevelItem(new QTreeWidgetItem(tree));
    }
    for (int i = 0; i < total; ++i)
        fillStep(tree->topLevelItem(i), run.steps[i], i, i == current);

    const QString status = playbookRunStatusLabel(run.status);
    if (m_controller->isRunning() && current >= 0 && current < total)
        setHeadline(tr("<b>Playbook run %1</b> for %2 (%3): step %4 of %5, %6")
                        .arg(run.id.toHtmlEscaped(), run.databaseName.toHtmlEscaped(),
                             run.target.toHtmlEscaped(), QString::number(current + 1),
                             QString::number(total),
                             playbookStepTitle(run.steps[current].kind).toHtmlEscaped()),
                    Tone::Neutral);
    else
        setHeadline(tr("<b>Playbook run %1</b> for %2 (%3): %4")
                        .arg(run.id.toHtmlEscaped(), run.databaseName.toHtmlEscaped(),
                             run.target.toHtmlEscaped(), status.toHtmlEscaped()),
                    run.status == PlaybookRun::Status::Done     ? Tone::Good
                    : run.status == PlaybookRun::Status::Failed ? Tone::Bad
                    : run.open()                                ? Tone::Warning
                                                                : Tone::Neutral);
    updateElapsed();
    updateButtons();
}

void PlaybookDialog::fillStep(QTreeWidgetItem *item, const PlaybookStep &step, int index,
                              bool current)
{
    const Tone tone = toneOf(step.status);
    item->setText(StepColumn,
                  QStringLiteral("%1. %2").arg(index + 1).arg(playbookStepTitle(step.kind)));
    item->setIcon(StepColumn, stateIcon(tone, palette()));
    item->setText(StateColumn, stepStatusLabel(step.status));
    item->setForeground(StateColumn, StatusColors::of(tone, palette()));
    const bool timed = step.startedAt.isValid() && step.finishedAt.isValid();
    item->setText(DurationColumn, timed ? formatDuration(step.durationMs()) : QString());
    QString summary = step.summary;
    if (step.status == PlaybookStep::Status::Failed ||
        step.status == PlaybookStep::Status::Cancelled)
        summary = step.error.isEmpty() ? summary : step.error;
    else if (step.status == PlaybookStep::Status::Skipped)
        summary =
            step.skipNote.isEmpty()
                ? skipReasonLabel(step.skipReason)
                : QStringLiteral("%1: %2").arg(skipReasonLabel(step.skipReason), step.skipNote);
    item->setText(SummaryColumn, summary);
    item->setToolTip(SummaryColumn, summary);
    item->setData(StepColumn, Qt::UserRole, playbookStepKindName(step.kind));

    // The details, one line each: the error, the skip reason, then the evidence.
    qDeleteAll(item->takeChildren());
    auto addLine = [item](const QString &label, const QString &text, const QColor &colour) {
        auto *child = new QTreeWidgetItem(item);
        child->setText(StepColumn, label);
        child->setText(SummaryColumn, text);
        child->setToolTip(SummaryColumn, text);
        if (colour.isValid())
            child->setForeground(SummaryColumn, colour);
    };
    if (!step.error.isEmpty())
        addLine(tr("Error"), step.error, StatusColors::of(Tone::Bad, palette()));
    if (step.status == PlaybookStep::Status::Skipped)
        addLine(tr("Skipped"), summary, {});
    if (!step.summary.isEmpty() && step.summary != summary)
        addLine(tr("Summary"), step.summary, {});
    if (step.startedAt.isValid())
        addLine(tr("Started"), step.startedAt.toLocalTime().toString(Qt::ISODate), {});
    if (step.attempts > 1)
        addLine(tr("Attempts"), QString::number(step.attempts), {});
    for (auto it = step.evidence.constBegin(); it != step.evidence.constEnd(); ++it)
        addLine(it.key(), evidenceText(it.value()), {});
    // The current step open with its live evidence; a failed one open with its error.
    item->setExpanded(current || step.status == PlaybookStep::Status::Failed);
}

void PlaybookDialog::showFinished(const PlaybookRun &run, const QString &problem)
{
    m_problem = problem;
    if (!run.steps.isEmpty())
        showState(run, run.nextStep());
    if (!problem.isEmpty()) {
        setHeadline(tr("<b>The playbook could not go on:</b> %1").arg(problem.toHtmlEscaped()),
                    Tone::Bad);
    } else if (run.status == PlaybookRun::Status::Done) {
        // Done: the report is what the DBA wants next.
        showPage(ReportPage);
        m_controller->loadReport(run.id);
    }
    updateButtons();
}

void PlaybookDialog::showReport(const PlaybookReportBodies &report)
{
    m_report = report;
    if (report.html.isEmpty())
        m_ui->reportView->setPlainText(report.problem);
    else
        m_ui->reportView->setHtml(QString::fromUtf8(report.html));
    updateEmailButton();
    updateButtons();
}

void PlaybookDialog::updateButtons()
{
    const bool running = m_controller->isRunning();
    const bool ours = running && m_controller->run().id == m_runId;
    const Page current = page();
    m_ui->runButton->setVisible(current == SetupPage);
    m_ui->runButton->setEnabled(!running && m_controller->hasWorkspace() &&
                                !m_controller->appliedVersions().isEmpty());
    m_ui->cancelRunButton->setVisible(current == RunPage && ours);
    m_ui->cancelRunButton->setEnabled(ours && !m_controller->isCancelling());
    m_ui->cancelRunButton->setText(m_controller->isCancelling() ? tr("Cancelling…")
                                                                : tr("&Cancel the playbook"));
    const bool resumable = !running && !m_run.id.isEmpty() && m_run.id == m_runId && m_run.open() &&
                           m_run.status != PlaybookRun::Status::Running;
    m_ui->resumeButton->setVisible(current == RunPage && resumable);
    m_ui->resumeButton->setEnabled(resumable);
    m_ui->reportButton->setVisible(current == RunPage && !m_runId.isEmpty());
    m_ui->reportButton->setEnabled(!ours);
    m_ui->stepsButton->setVisible(current == ReportPage);
    const bool hasReport =
        current == ReportPage && !m_report.html.isEmpty() && m_report.runId == m_runId;
    m_ui->exportButton->setVisible(current == ReportPage);
    m_ui->exportButton->setEnabled(hasReport);
    m_ui->copyButton->setVisible(current == ReportPage);
    m_ui->copyButton->setEnabled(hasReport && !m_report.markdown.isEmpty());
    if (ours)
        m_elapsed->start(1000);
    else
        m_elapsed->stop();
}

void PlaybookDialog::updateElapsed()
{
    // The current step's time moves every second: a long step never looks frozen.
    const bool running = m_controller->isRunning() && m_controller->run().id == m_runId;
    if (!running || m_current < 0 || m_current >= m_run.steps.size()) {
        m_ui->elapsedLabel->clear();
        return;
    }
    const PlaybookStep &step = m_run.steps[m_current];
    const qint64 ms =
        step.startedAt.isValid() ? step.startedAt.msecsTo(QDateTime::currentDateTimeUtc()) : 0;
    m_ui->elapsedLabel->setText(
        tr("%1: %2").arg(playbookStepTitle(step.kind), formatDuration(std::max<qint64>(0, ms))));
}

void PlaybookDialog::askExportFile()
{
    auto *chooser = new QFileDialog(this, tr("Export the incident report"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setNameFilters(
        {tr("HTML (*.html)"), tr("Markdown (*.md)"), tr("JSON (*.json)"), tr("PDF (*.pdf)")});
    chooser->selectFile(QStringLiteral("incident-%1.html").arg(m_runId));
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &file) {
        if (auto written = exportReport(file); !written)
            setHeadline(written.error().toHtmlEscaped(), Tone::Bad);
        else
            setHeadline(tr("The report is in %1.").arg(file.toHtmlEscaped()), Tone::Good);
    });
    chooser->open();
}

void PlaybookDialog::emailContacts()
{
    const IncidentMail mail = incidentMailto(
        m_run, m_controller->contactsOf(m_run.profile),
        tr("the journal, playbook run %1 (backstep-cli playbook show %1)").arg(m_run.id));
    if (mail.recipients == 0) {
        setHeadline(tr("The profile has no contact with an e-mail address."), Tone::Bad);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl(mail.url)))
        setHeadline(tr("No mail program took the message; Copy summary puts it on the "
                       "clipboard instead."),
                    Tone::Bad);
    else if (mail.cut)
        setHeadline(tr("The summary was cut to fit a mail link; the message says where the "
                       "whole report is."),
                    Tone::Neutral);
}

void PlaybookDialog::updateEmailButton()
{
    int withAddress = 0;
    for (const Contact &contact : m_controller->contactsOf(m_run.profile))
        if (!contact.email.isEmpty())
            ++withAddress;
    m_ui->emailButton->setVisible(withAddress > 0);
}

Result<void> PlaybookDialog::exportReport(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    const QByteArray *body = nullptr;
    if (suffix == QStringLiteral("html") || suffix == QStringLiteral("htm"))
        body = &m_report.html;
    else if (suffix == QStringLiteral("md"))
        body = &m_report.markdown;
    else if (suffix == QStringLiteral("json"))
        body = &m_report.json;
    else if (suffix == QStringLiteral("pdf"))
        // Laid out for the page (columns fitted, words whole) from the run itself.
        return ReportExporter::write(m_run, file);
    else
        return Error{tr("%1: the report is exported as .html, .md, .json or .pdf").arg(file)};
    if (body->isEmpty())
        return Error{tr("no report of playbook run %1 is loaded").arg(m_runId)};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(*body) != body->size() || !out.commit())
        return Error{tr("cannot write %1: %2").arg(file, out.errorString())};
    return {};
}

void PlaybookDialog::setHeadline(const QString &text, Tone tone)
{
    m_ui->headline->setText(text);
    m_ui->headline->setStyleSheet(
        tone == Tone::Neutral
            ? QString()
            : QStringLiteral("color: %1;").arg(StatusColors::of(tone, palette()).name()));
}

void PlaybookDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // The states' colours follow the new palette.
    if (event->type() == QEvent::PaletteChange && !m_run.id.isEmpty())
        showState(m_run, m_current);
}

QComboBox *PlaybookDialog::profileCombo() const
{
    return m_ui->profileCombo;
}
QRadioButton *PlaybookDialog::stepsRadio() const
{
    return m_ui->stepsRadio;
}
QSpinBox *PlaybookDialog::stepsSpin() const
{
    return m_ui->stepsSpin;
}
QRadioButton *PlaybookDialog::toRadio() const
{
    return m_ui->toRadio;
}
QComboBox *PlaybookDialog::versionCombo() const
{
    return m_ui->versionCombo;
}
QRadioButton *PlaybookDialog::fullRadio() const
{
    return m_ui->fullRadio;
}
QRadioButton *PlaybookDialog::targetedRadio() const
{
    return m_ui->targetedRadio;
}
QSpinBox *PlaybookDialog::watchSpin() const
{
    return m_ui->watchSpin;
}
QLabel *PlaybookDialog::headline() const
{
    return m_ui->headline;
}
QLabel *PlaybookDialog::setupProblem() const
{
    return m_ui->setupProblem;
}
QLabel *PlaybookDialog::targetNote() const
{
    return m_ui->targetNote;
}
QProgressBar *PlaybookDialog::progressBar() const
{
    return m_ui->progressBar;
}
QLabel *PlaybookDialog::elapsedLabel() const
{
    return m_ui->elapsedLabel;
}
QTreeWidget *PlaybookDialog::stepsTree() const
{
    return m_ui->stepsTree;
}
QTextBrowser *PlaybookDialog::reportView() const
{
    return m_ui->reportView;
}
QPushButton *PlaybookDialog::runButton() const
{
    return m_ui->runButton;
}
QPushButton *PlaybookDialog::cancelRunButton() const
{
    return m_ui->cancelRunButton;
}
QPushButton *PlaybookDialog::resumeButton() const
{
    return m_ui->resumeButton;
}
QPushButton *PlaybookDialog::reportButton() const
{
    return m_ui->reportButton;
}
QPushButton *PlaybookDialog::stepsButton() const
{
    return m_ui->stepsButton;
}
QPushButton *PlaybookDialog::exportButton() const
{
    return m_ui->exportButton;
}
QPushButton *PlaybookDialog::copyButton() const
{
    return m_ui->copyButton;
}

QPushButton *PlaybookDialog::emailButton() const
{
    return m_ui->emailButton;
}
QCheckBox *PlaybookDialog::skipCheck(PlaybookStepKind kind) const
{
    const auto found = m_skips.find(kind);
    return found == m_skips.end() ? nullptr : found->second.first;
}

QLineEdit *PlaybookDialog::skipReason(PlaybookStepKind kind) const
{
    const auto found = m_skips.find(kind);
    return found == m_skips.end() ? nullptr : found->second.second;
}

} // namespace backstep
