#include "ops/verificationrunner.h"

#include "core/rollbackplan.h"
#include "core/schemadiff.h"
#include "core/statementimpact.h"
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
#include "db/toolchecks.h"
#include "ops/expectedschema.h"
#include "ops/validationrunner.h"

#include <QCoreApplication>
#include <QSet>

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

// The tables that are the migration tool's, never the application's: its history table
// and its other bookkeeping (Liquibase's lock table, ...).
QStringList toolTablesOf(const History &history)
{
    QStringList tables = history.toolTables;
    if (!history.table.isEmpty())
        tables.prepend(history.table);
    return tables;
}

// A replay knows only what the migrations make. A table no migration of the folder names
// (an application's own baseline, made before its first migration) is not theirs to
// expect: set aside, and said so, rather than reported extra.
void setAsideUnmanagedTables(const MigrationSet &set, VerificationReport &report)
{
    QSet<QString> named;
    for (const Migration &migration : set.migrations)
        for (const MigrationSection *section : {&migration.up, &migration.down})
            for (const Statement &statement : section->statements)
                for (const QString &table : analyzeStatement(statement.sql).touchedTables)
                    named.insert(table.section(u'.', -1).toLower());
    QStringList setAside;
    QList<SchemaDifference> kept;
    for (const SchemaDifference &difference : std::as_const(report.schemaDifferences)) {
        const bool table = difference.key.startsWith(QLatin1StringView("table "));
        const QString name = difference.key.section(u' ', 1).toLower();
        if (difference.kind == SchemaDifference::Kind::Extra && table && !named.contains(name)) {
            setAside.append(difference.key.section(u' ', 1));
            continue;
        }
        kept.append(difference);
    }
    report.schemaDifferences = kept;
    if (!setAside.isEmpty())
        report.ignored.append(
            Tr::tr("tables no migration in the folder creates or names, so a replay cannot "
                   "expect them (the application's own, from before its first migration?): %1")
                .arg(setAside.join(QStringLiteral(", "))));
}

// Sqitch's own verify scripts, as Backstep's check after a revert: the change now last
// applied verifies; each change the run reverted does not any more.
VerificationChecks sqitchVerifyChecks(DatabaseSession &session, const Workspace &workspace,
                                      const RollbackPlan &plan, const QString &actualVersion)
{
    VerificationChecks checks;
    const MigrationSet &set = workspace.migrations;
    if (set.format != MigrationFormat::Sqitch)
        return checks;
    if (const Migration *last = set.find(actualVersion); last && !last->verify.statements.isEmpty())
        checks.append(ToolChecks::runScript(
            session, Tr::tr("Sqitch verify of %1 (applied: passes)").arg(last->version),
            last->verify.statements, true));
    for (const PlannedMigration &reverted : plan.migrations)
        if (const Migration *migration = set.find(reverted.version);
            migration && !migration->verify.statements.isEmpty())
            checks.append(ToolChecks::runScript(
                session, Tr::tr("Sqitch verify of %1 (reverted: fails)").arg(migration->version),
                migration->verify.statements, false));
    return checks;
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
    // One version, however it is written ("0011" in a file name, 11 in the table).
    const MigrationFormat format = workspace.migrations.format;
    if (!report.targetVersion.isEmpty() && !report.actualVersion.isEmpty() &&
        sameVersion(format, report.targetVersion, report.actualVersion))
        report.targetVersion = report.actualVersion;
    if (!sameVersion(format, report.targetVersion, report.actualVersion) ||
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
        report.positionBefore = run->positionBefore;
        report.positionAfter = run->positionAfter;
        plan = planFromRun(*run);
        if (run->backupId) {
            const auto backup = BackupCatalog(*journal.value()).find(run->backupId);
            if (!backup)
                report.errors.append(backup.error());
            else if (const std::optional<BackupRecord> &record = backup.value(); record)
                report.backup = Tr::tr("%1 (SHA-256 %2, taken %3)")
                                    .arg(record->path, record->sha256.left(16),
                                         record->startedAt.toUTC().toString(Qt::ISODate));
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
            // Nothing is known to be wrong: what it should be is not known.
            report.inconclusiveReason =
                Tr::tr("the expected schema at %1 cannot be established: %2")
                    .arg(report.targetVersion.isEmpty() ? Tr::tr("no migration")
                                                        : report.targetVersion,
                         expected.error());
        } else {
            report.expectedSource = expected->description;
            DiffOptions options;
            options.ignoredTables = expected->ignoredTables;
            for (const QString &table : toolTablesOf(workspace.history))
                if (!options.ignoredTables.contains(table))
                    options.ignoredTables.append(table);
            const SchemaDiff diff = diffSchemas(expected->snapshot, actual.value(), options);
            report.schemaDifferences = diff.entries();
            report.ignored = diff.ignored;
            if (expected->source == ExpectedSchema::Source::Replay)
                setAsideUnmanagedTables(workspace.migrations, report);
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
    const QStringList changingByDesign = toolTablesOf(workspace.history);
    report.checks += DataChecks::run(*session.value(),
                                     DataChecks::request(plan, rowCountsBefore, changingByDesign));
    report.checks += DataChecks::runAssertions(*session.value(), request.assertions);
    report.checks += sqitchVerifyChecks(*session.value(), workspace, plan, report.actualVersion);

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
