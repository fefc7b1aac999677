// verify: the playbook's steps 5 and 6 from scripts.
#include "cli/commands/commands.h"
#include "cli/connectionoptions.h"
#include "core/profilestore.h"
#include "ops/reportexporter.h"
#include "ops/verificationrunner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <atomic>
#include <csignal>

namespace backstep::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(verify)
};

std::atomic_bool verifyInterrupted{false};

extern "C" void onVerifyInterrupt(int)
{
    verifyInterrupted.store(true);
}

void printReport(QTextStream &out, const VerificationReport &report)
{
    switch (report.verdict()) {
    case VerificationVerdict::Pass:
        out << Tr::tr("PASS");
        break;
    case VerificationVerdict::Fail:
        out << Tr::tr("FAIL");
        break;
    case VerificationVerdict::Inconclusive:
        out << Tr::tr("INCONCLUSIVE: %1").arg(report.inconclusiveReason) << Qt::endl << u' ';
        break;
    }
    out << Tr::tr(": %1 problems; %2 checks passed, %3 skipped; expected schema from %4")
               .arg(report.failureCount())
               .arg(report.checkCount(VerificationCheck::Outcome::Passed))
               .arg(report.checkCount(VerificationCheck::Outcome::Skipped))
               .arg(report.expectedSource.isEmpty() ? Tr::tr("nowhere") : report.expectedSource)
        << Qt::endl;
    for (const QString &error : report.errors)
        out << Tr::tr("  error: %1").arg(error) << Qt::endl;
    for (const SchemaDifference &difference : report.schemaDifferences)
        out << Tr::tr("  schema: %1").arg(difference.line) << Qt::endl;
    for (const VerificationCheck &check : report.checks)
        if (check.outcome != VerificationCheck::Outcome::Passed)
            out << QStringLiteral("  %1 %2: %3 — %4")
                       .arg(check.section, checkOutcomeName(check.outcome), check.name,
                            check.detail)
                << Qt::endl;
}

} // namespace

void declareVerify(QCommandLineParser &parser)
{
    ConnectionOptions::addTo(parser, true);
    parser.addOption({QStringLiteral("expect-version"),
                      Tr::tr("The version the database should be at (default: what its history "
                             "says)."),
                      Tr::tr("version")});
    parser.addOption({QStringLiteral("run"),
                      Tr::tr("The rollback run to verify (default: the newest finished one)."),
                      Tr::tr("run")});
    // --profile (ConnectionOptions) also gives the profile's assertions and validation
    // commands.
    parser.addOption({QStringLiteral("assertions"),
                      Tr::tr("A folder of assertion files (-- expect: lines and a query)."),
                      Tr::tr("dir")});
    parser.addOption({QStringLiteral("report"),
                      Tr::tr("Also write the report to FILE (.html, .pdf or .json)."),
                      Tr::tr("file")});
}

int runVerify(CliContext &context)
{
    const QCommandLineParser &parser = context.parser;
    VerificationRequest verification;
    verification.expectVersion = parser.value(QStringLiteral("expect-version"));
    verification.runId = parser.value(QStringLiteral("run"));
    if (parser.isSet(QStringLiteral("profile"))) {
        auto profile = ProfileStore().load(parser.value(QStringLiteral("profile")));
        if (!profile) {
            context.err << Tr::tr("error: %1").arg(profile.error()) << Qt::endl;
            return ExitBadInput;
        }
        verification.assertions = profile->assertions;
        verification.commands = profile->validationCommands;
    }
    if (parser.isSet(QStringLiteral("assertions"))) {
        auto assertions = readAssertionFolder(parser.value(QStringLiteral("assertions")));
        if (!assertions) {
            context.err << Tr::tr("error: %1").arg(assertions.error()) << Qt::endl;
            return ExitBadInput;
        }
        verification.assertions += assertions.value();
    }
    const QString reportPath = parser.value(QStringLiteral("report"));
    if (!reportPath.isEmpty() &&
        !ReportExporter::suffixes().contains(QFileInfo(reportPath).suffix().toLower())) {
        context.err << Tr::tr("error: --report writes .html, .pdf or .json, not %1").arg(reportPath)
                    << Qt::endl;
        return ExitBadInput;
    }
    auto loaded = ConnectionOptions::loadWorkspace(context);
    if (auto *code = std::get_if<ExitCode>(&loaded))
        return *code;
    verification.workspace = std::move(std::get<Workspace>(loaded));
    std::signal(SIGINT, onVerifyInterrupt);
    const bool json = parser.isSet(QStringLiteral("json"));
    const VerificationReport report = VerificationRunner::verify(
        verification,
        [&](const QString &command, const QString &line) {
            (json ? context.err : context.out)
                << QStringLiteral("[%1] %2").arg(command, line) << Qt::endl;
        },
        &verifyInterrupted);
    if (!reportPath.isEmpty()) {
        if (auto written = ReportExporter::write(report, reportPath); !written) {
            context.err << Tr::tr("error: %1").arg(written.error()) << Qt::endl;
            return ExitFailed;
        }
    }
    if (json)
        context.out << QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
    else
        printReport(context.out, report);
    switch (report.verdict()) {
    case VerificationVerdict::Pass:
        return ExitOk;
    case VerificationVerdict::Inconclusive:
        return ExitInconclusive;
    case VerificationVerdict::Fail:
        break;
    }
    return ExitChecksFailed;
}

} // namespace backstep::cli
