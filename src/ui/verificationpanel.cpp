#include "ui/verificationpanel.h"

#include "models/statuscolors.h"
#include "ops/reportexporter.h"
#include "ui/verificationcontroller.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace backstep {

VerificationPanel::VerificationPanel(VerificationController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_verdict(new QLabel(this))
    , m_verifyButton(new QPushButton(tr("Verify now"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_report(new QTextBrowser(this))
    , m_output(new QPlainTextEdit(this))
{
    m_verifyButton->setObjectName(QStringLiteral("verifyNowButton"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setText(tr("No verification yet. After a rollback, Verify now compares the "
                          "schema with the expected state, checks the data and runs the "
                          "validation commands."));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(5000);
    m_output->setPlaceholderText(tr("Validation commands' output appears here as they run."));
    m_report->setOpenExternalLinks(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_report);
    splitter->addWidget(m_output);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_verifyButton, &QPushButton::clicked, this, [this] {
        m_output->clear();
        m_controller->verify();
    });
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &VerificationController::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &VerificationPanel::chooseExport);
    connect(m_controller, &VerificationController::busyChanged, this, &VerificationPanel::setBusy);
    connect(m_controller, &VerificationController::workspaceChanged, this,
            &VerificationPanel::updateButtons);
    connect(m_controller, &VerificationController::finished, this, &VerificationPanel::showReport);
    connect(m_controller, &VerificationController::reportRestored, this,
            [this](const VerificationReport &report) {
                showReport(report);
                m_verdict->setText(tr("Last report, %1: %2")
                                       .arg(QLocale().toString(report.generatedAt.toLocalTime(),
                                                               QStringLiteral("yyyy-MM-dd HH:mm")),
                                            m_verdict->text()));
            });
    connect(m_controller, &VerificationController::outputLine, this,
            [this](const QString &command, const QString &line) {
                m_output->appendPlainText(QStringLiteral("[%1] %2").arg(command, line));
            });
    updateButtons();
}

QString VerificationPanel::verdictText() const
{
    return m_verdict->text();
}

void VerificationPanel::setBusy(bool busy)
{
    if (busy)
        m_verdict->setText(tr("Verifying… (schema, expected state, data checks, validation "
                              "commands)"));
    updateButtons();
}

void VerificationPanel::updateButtons()
{
    const bool busy = m_controller->isBusy();
    m_verifyButton->setEnabled(m_controller->canVerify());
    m_verifyButton->setToolTip(
        m_controller->hasWorkspace() && !busy && !m_controller->canVerify()
            ? tr("Not connected to the database: Retry in the banner above the history")
            : tr("Schema, constraints, indexes and data against the expected state at the "
                 "current version, then the validation commands"));
    m_cancelButton->setEnabled(busy);
    m_exportButton->setEnabled(!busy && m_hasReport);
}

void VerificationPanel::showReport(const VerificationReport &report)
{
    m_hasReport = true;
    const QString verdict =
        report.passed()
            ? tr("PASS — %1 checks passed, the schema matches the expected state at %2")
                  .arg(report.checkCount(VerificationCheck::Outcome::Passed))
                  .arg(report.targetVersion)
            : tr("FAIL — %1 problems: %2 schema differences, %3 failed checks, %4 errors")
                  .arg(report.failureCount())
                  .arg(report.schemaDifferences.size())
                  .arg(report.checkCount(VerificationCheck::Outcome::Failed))
                  .arg(report.checkCount(VerificationCheck::Outcome::Error) + report.errors.size());
    m_verdict->setText(verdict);
    m_verdict->setStyleSheet(
        StatusColors::bannerStyleSheet(report.passed() ? Tone::Good : Tone::Bad, palette()) +
        QStringLiteral(" QLabel { font-weight: bold; }"));
    m_report->setHtml(reportToHtml(report));
    updateButtons();
}

QString VerificationPanel::exportTo(const QString &path)
{
    auto written = ReportExporter::write(m_controller->report(), path);
    return written ? QString() : written.error();
}

void VerificationPanel::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the verification report"),
        QStringLiteral("%1-verification.html").arg(m_controller->report().databaseName),
        tr("HTML (*.html);;PDF (*.pdf);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QString problem = exportTo(path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), problem);
}

} // namespace backstep
