#include "ops/verificationrunner.h"

#include "core/rollbackplan.h"
#include "core/schemadiff.h"
#include "core/statementkind.h"
#include "core/version.h"
#include "db/backupcatalog.h"
#include "db/databasesession.h"
#include "db/datachecks.h"
#include "db/journal.h"
#include "db/reportstore.h"
#include "db/rollbackjournal.h"
#include "db/schemareader.h"
#include "db/snapshotstore.h"
#include "ops/expectedschema.h"
#include "ops/validationrunner.h"

#include <QCoreApplication>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VerificationRunner)
};

// The run's DOWN statements as a plan again (from the journal's copy of their texts), for
// the scenario checks.
RollbackPlan planFromRun(const RollbackRun &run)
{
    RollbackPlan plan;
    for (const RunStep &step : run.steps) {
        if (step.isHistory())
            continue;
        if (plan.migrations.isEmpty() || plan.migrations.last().version != step.version) {
            PlannedMigration migration;
            migration.version = step.version;
            migration.name = step.name;
            migration.author = step.author;
            migration.file = step.file;
            plan.migrations.append(migration);
        }
        PlannedMigration &migration = plan.migrations.last();
        Statement statement;
        statement.sql = step.sql;
        statement.start = {step.file, step.line, step.column};
        migration.statements.append(statement);
        migration.kinds.append(classifyStatement(step.sql));
        plan.steps.append({int(plan.migrations.size() - 1), int(migration.statements.size() - 1)});
    }
    return plan;
}

// The run named, or the database's latest finished one; nullopt when there is none.
Result<std::optional<RollbackRun>> runToVerify(RollbackJournal &runs, const QString &url,
                                               const QString &runId)
{
    if (!runId.isEmpty())
        return runs.load(runId);
    auto listed = runs.list(url, 20);
    if (!listed)
        return listed.failure();
    for (const RollbackRun &run : listed.value())
        if (run.status == RollbackRun::Status::Done)
            return runs.load(run.id);
    return std::optional<RollbackRun>();
}

} // namespace

VerificationReport VerificationRunner::verify(const VerificationRequest &request,
                                              const OutputLine &onOutput,
                                              const std::atomic_bool *cancel)
{
    const Workspace &workspace = request.workspace;
    const ConnectionSpec &spec = workspace.request.connection;
    VerificationReport report;
    report.databaseUrl = spec.url();
    report.databaseName = spec.databaseName();
    if (!workspace.serverVersion.isEmpty())
        report.connection =
            Tr::tr("%1, %2").arg(workspace.serverVersion, workspace.connectionSecurity);
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.actualVersion = latestAppliedVersion(workspace.history);
    report.targetVersion =
        request.expectVersion.isEmpty() ? report.actualVersion : request.expectVersion;
    if (compareVersions(report.targetVersion, report.actualVersion) != 0 ||
        report.targetVersion.isEmpty() != report.actualVersion.isEmpty())
        report.errors.append(
            Tr::tr("the history table says the database is at %1, not at %2")
                .arg(report.actualVersion.isEmpty() ? Tr::tr("no migration") : report.actualVersion,
                     report.targetVersion));

    const QString &journalPath = request.journalPath;
    auto journal = Journal::open(journalPath);
    if (!journal) {
        report.errors.append(journal.error());
        return report;
    }
    auto session = DatabaseSession::open(spec, workspace.request.password);
    if (!session) {
        report.errors.append(session.error());
        return report;
    }

    RollbackJournal runs(*journal.value());
    auto found = runToVerify(runs, spec.url(), request.runId);
    if (!found) {
        report.errors.append(found.error());
        return report;
    }
    const std::optional<RollbackRun> run = std::move(found).value();
    if (!request.runId.isEmpty() && !run)
        report.errors.append(
            Tr::tr("there is no rollback run %1 in the journal").arg(request.runId));
    RollbackPlan plan;
    QMap<QString, qint64> rowCountsBefore;
    SnapshotStore snapshots(*journal.value());
    ReportStore reports(*journal.value());
    if (run) {
        report.runId = run->id;
        plan = planFromRun(*run);
        if (run->backupId) {
            const auto backup = BackupCatalog(*journal.value()).find(run->backupId);
            if (!backup)
                report.errors.append(backup.error());
            else if (backup->has_value())
                report.backup = Tr::tr("%1 (SHA-256 %2, taken %3)")
                                    .arg(backup.value()->path, backup.value()->sha256.left(16),
                                         backup.value()->startedAt.toUTC().toString(Qt::ISODate));
        } else if (run->backupOverride) {
            report.backup = Tr::tr("none: the run went ahead without a backup, confirmed by typing "
                                   "the database's name");
        }
        const auto stored = snapshots.list(spec.url());
        if (!stored)
            report.errors.append(stored.error());
        for (const StoredSnapshot &snapshot : stored ? stored.value() : QList<StoredSnapshot>())
            if (snapshot.runId == run->id && snapshot.purpose == SnapshotPurpose::BeforeRollback) {
                auto counts = reports.rowCounts(snapshot.id);
                if (counts)
                    rowCountsBefore = counts.value();
                else
                    report.errors.append(counts.error());
            }
    }

    // The schema: now against the expected state at the target version.
    auto actual = SchemaReader::read(*session.value());
    if (!actual) {
        report.errors.append(actual.error());
    } else {
        auto expected = ExpectedSchema::at(workspace, report.targetVersion, journalPath);
        if (!expected) {
            report.errors.append(Tr::tr("the expected schema at %1 is not known: %2")
                                     .arg(report.targetVersion, expected.error()));
        } else {
            report.expectedSource = expected->description;
            DiffOptions options;
            options.ignoredTables = expected->ignoredTables;
            if (!workspace.history.table.isEmpty() &&
                !options.ignoredTables.contains(workspace.history.table))
                options.ignoredTables.append(workspace.history.table);
            const SchemaDiff diff = diffSchemas(expected->snapshot, actual.value(), options);
            report.schemaDifferences = diff.entries();
            report.ignored = diff.ignored;
            for (const QString &note : expected->notes)
                report.ignored.append(note);
        }
        // Stored after the expected state was found, and under a purpose of its own, so
        // that what is being verified never serves as its own reference.
        if (auto saved = snapshots.save(spec.url(), actual.value(), SnapshotPurpose::Verification,
                                        report.runId);
            !saved)
            report.errors.append(saved.error());
    }

    // The data, the scenarios of the run's plan, the DBA's assertions.
    QStringList changingByDesign;
    if (!workspace.history.table.isEmpty())
        changingByDesign.append(workspace.history.table);
    report.checks += DataChecks::run(*session.value(),
                                     DataChecks::request(plan, rowCountsBefore, changingByDesign));
    report.checks += DataChecks::runAssertions(*session.value(), request.assertions);

    // The application's own validation commands (playbook step 6).
    if (!request.commands.isEmpty() && !(cancel && cancel->load()))
        report.checks += ValidationRunner::runAll(
            request.commands,
            [&](int index, const QString &line) {
                if (onOutput)
                    onOutput(request.commands.value(index).displayName(), line);
            },
            cancel);

    if (auto stored = reports.save(report); !stored)
        report.errors.append(stored.error());
    return report;
}

} // namespace backstep
