#include "ops/playbookverify.h"

#include "core/tablechecksum.h"
#include "db/databasesession.h"
#include "db/journal.h"
#include "db/reportstore.h"
#include "db/tablechecksummer.h"
#include "ops/playbookactions.h"
#include "ops/verificationrunner.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookVerifyAction)
};

// The untouched tables' checksums again over the ranges taken before the rollback.
ChecksumComparison compareWithBefore(const PlaybookSetup &setup, const QJsonObject &rollBack)
{
    const QJsonValue recorded = rollBack.value(QStringLiteral("checksumsBefore"));
    ChecksumSnapshot before;
    if (!recorded.isObject()) {
        // Nothing to compare with (a run resumed from before the checksums were noted):
        // every untouched table is not covered, and says why.
        ChecksumComparison none;
        none.notChecked.append({Tr::tr("the untouched tables"), Tr::tr("every row"),
                                Tr::tr("no checksums were taken before the rollback")});
        return none;
    }
    before = checksumSnapshotFromJson(recorded.toObject());
    ChecksumSnapshot after;
    auto session = DatabaseSession::open(setup.workspace.connection, setup.workspace.password);
    if (!session) {
        after.unsupportedReason = session.error();
        return compareChecksums(before, after);
    }
    TableChecksummer::Options options;
    options.budgetMs = qint64(setup.checksumBudgetSeconds) * 1000;
    auto taken =
        TableChecksummer::after(*session.value(), setup.workspace.password, before, options);
    if (!taken) {
        after.unsupportedReason = taken.error();
        return compareChecksums(before, after);
    }
    return compareChecksums(before, taken.value());
}

} // namespace

PlaybookVerifyAction::PlaybookVerifyAction(Journal &journal, const PlaybookSetup &setup)
    : m_journal(journal)
    , m_setup(setup)
{}

PlaybookStepResult PlaybookVerifyAction::run(PlaybookStepContext &context)
{
    QJsonObject evidence;
    const PlaybookStep *rollBack = context.run.step(PlaybookStepKind::RollBack);
    const QString runId =
        rollBack ? rollBack->evidence.value(playbookRollbackRunKey).toString() : QString();
    if (runId.isEmpty())
        return stepFailed(evidence,
                          Tr::tr("the roll-back step recorded no run: there is nothing to "
                                 "verify"));

    const Workspace workspace = WorkspaceLoader::load(m_setup.workspace, context.cancel);
    if (!workspace.connected())
        return stepFailed(evidence, workspace.databaseError);
    VerificationRequest request;
    request.workspace = workspace;
    request.runId = runId;
    request.assertions = m_setup.profile.assertions;
    request.journalPath = m_journal.path();
    // The version identify planned to stay at; without it, the one the history says.
    const PlaybookStep *identify = context.run.step(PlaybookStepKind::Identify);
    if (identify)
        request.expectVersion = identify->evidence.value(QStringLiteral("toVersion")).toString();
    const VerificationReport report = VerificationRunner::verify(request, {}, context.cancel);
    if (context.cancelled()) {
        PlaybookStepResult cancelled = stepFailed(evidence, Tr::tr("cancelled"));
        cancelled.status = PlaybookStep::Status::Cancelled;
        return cancelled;
    }
    if (auto stored = ReportStore(m_journal).list(m_setup.workspace.connection.url(), 10); stored)
        for (const StoredReport &candidate : stored.value())
            if (candidate.runId == runId) {
                evidence.insert(QStringLiteral("reportId"), candidate.id);
                break;
            }
    QJsonArray differences;
    for (const SchemaDifference &difference : report.schemaDifferences)
        differences.append(
            QJsonObject{{QStringLiteral("kind"), differenceKindName(difference.kind)},
                        {QStringLiteral("object"), difference.key},
                        {QStringLiteral("expected"), difference.expected},
                        {QStringLiteral("actual"), difference.actual}});
    evidence.insert(QStringLiteral("differences"), differences);
    QStringList problems;
    QJsonArray failedChecks;
    for (const VerificationCheck &check : report.checks)
        if (check.failed()) {
            failedChecks.append(QJsonObject{{QStringLiteral("name"), check.name},
                                            {QStringLiteral("detail"), check.detail}});
            problems.append(check.name + QStringLiteral(": ") + check.detail);
        }
    for (const SchemaDifference &difference : report.schemaDifferences)
        problems.append(difference.line);
    problems.append(report.errors);
    evidence.insert(QStringLiteral("failedChecks"), failedChecks);

    const ChecksumComparison checksums = compareWithBefore(m_setup, rollBack->evidence);
    evidence.insert(QStringLiteral("checksums"), checksumComparisonToJson(checksums));
    for (const ChunkDifference &difference : checksums.differences)
        problems.append(
            Tr::tr("%1 changed where %2 (rows %3 before, %4 after), though the plan does "
                   "not touch it")
                .arg(difference.table,
                     describeKeyRange(difference.keyColumns, difference.lower, difference.upper),
                     QString::number(difference.rowsBefore),
                     QString::number(difference.rowsAfter)));

    VerificationVerdict verdict = report.verdict();
    if (!checksums.noDifference())
        verdict = VerificationVerdict::Fail;
    evidence.insert(QStringLiteral("verdict"), verdictName(verdict));
    const QString notCovered = checksums.notChecked.isEmpty()
                                   ? QString()
                                   : Tr::tr("%n range(s) of untouched tables not checked", nullptr,
                                            int(checksums.notChecked.size()));

    PlaybookStepResult result;
    result.evidence = evidence;
    switch (verdict) {
    case VerificationVerdict::Fail:
        result.status = PlaybookStep::Status::Failed;
        result.error = Tr::tr("verification failed: %1").arg(problems.join(QStringLiteral("; ")));
        return result;
    case VerificationVerdict::Inconclusive: {
        const QString reason = report.inconclusiveReason.isEmpty()
                                   ? report.errors.join(QStringLiteral("; "))
                                   : report.inconclusiveReason;
        evidence.insert(QStringLiteral("inconclusiveReason"), reason);
        result.evidence = evidence;
        result.summary = Tr::tr("inconclusive: %1").arg(reason);
        break;
    }
    case VerificationVerdict::Pass:
        result.summary = Tr::tr("verified: %n check(s) passed", nullptr,
                                report.checkCount(VerificationCheck::Outcome::Passed));
        result.summary += u' ' + Tr::tr("and %n chunk(s) of untouched tables unchanged", nullptr,
                                        checksums.chunksCompared);
        break;
    }
    if (!notCovered.isEmpty())
        result.summary += QStringLiteral("; ") + notCovered;
    return result;
}

} // namespace backstep
