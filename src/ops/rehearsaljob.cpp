#include "ops/rehearsaljob.h"

#include "core/sqltokens.h"
#include "db/databaseinspector.h"
#include "db/databasesession.h"
#include "ops/dumprestorer.h"
#include "ops/rollbackrunner.h"
#include "ops/verificationrunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

Q_LOGGING_CATEGORY(lcRehearsal, "backstep.rehearsal")

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RehearsalJob)
};

constexpr int maxIdentifier = 64; // MySQL's longest database name

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// Every UP and DOWN (the verification replays UP sections too).
Result<void> refuseProductionNames(const MigrationSet &set, const QString &database)
{
    for (const Migration &migration : set.migrations)
        for (const MigrationSection *section : {&migration.up, &migration.down})
            for (const Statement &statement : section->statements)
                if (namesDatabase(statement.sql, database))
                    return Error{Tr::tr("%1: %2 names the production database %3 itself; "
                                        "rehearsed on a scratch copy it would change the real "
                                        "one, so there is no rehearsal")
                                     .arg(statement.start.toString(), migration.version, database)};
    return {};
}

// Drops the scratch database (or removes the scratch file) however the rehearsal ends.
class Scratch
{
public:
    Scratch(const WorkspaceRequest &production, QString name, QString sqlitePath)
        : m_production(production)
        , m_name(std::move(name))
        , m_sqlitePath(std::move(sqlitePath))
    {}
    ~Scratch()
    {
        if (m_created)
            drop();
    }
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;

    bool sqlite() const { return !m_sqlitePath.isEmpty(); }

    Result<void> create()
    {
        if (sqlite()) {
            m_created = true;
            return {};
        }
        auto admin = DatabaseSession::open(m_production.connection, m_production.password);
        if (!admin)
            return admin.failure();
        const QString real = m_production.connection.database;
        // The production database's defaults, else every table's collation could differ.
        const auto collation = DatabaseInspector::defaultCollation(*admin.value(), real);
        auto created = collation ? DatabaseInspector::createDatabase(
                                       *admin.value(), m_name, collation->first, collation->second)
                                 : DatabaseInspector::createDatabase(*admin.value(), m_name);
        if (!created)
            return Error{
                Tr::tr("cannot create the scratch database %1: %2").arg(m_name, created.error())};
        m_created = true;
        return {};
    }

    // Drops it now (once); the outcome says whether it is gone.
    void drop()
    {
        if (!m_created || m_dropTried)
            return;
        m_dropTried = true;
        if (sqlite()) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                          QStringLiteral(".restoring")})
                QFile::remove(m_sqlitePath + suffix);
            m_dropped = !QFile::exists(m_sqlitePath);
            if (!m_dropped)
                m_problem = Tr::tr("cannot remove %1").arg(m_sqlitePath);
            return;
        }
        auto admin = DatabaseSession::open(m_production.connection, m_production.password);
        auto dropped = admin ? DatabaseInspector::dropDatabase(*admin.value(), m_name)
                             : Result<void>(admin.failure());
        m_dropped = dropped.ok();
        if (!m_dropped) {
            m_problem = dropped.error();
            qCWarning(lcRehearsal)
                << "cannot drop the scratch database" << m_name << ":" << m_problem;
        }
    }
    bool dropped() const { return m_dropped; }
    const QString &problem() const { return m_problem; }

private:
    const WorkspaceRequest &m_production;
    QString m_name;
    QString m_sqlitePath;
    bool m_created = false;
    bool m_dropTried = false;
    bool m_dropped = false;
    QString m_problem;
};

class Rehearsal
{
public:
    Rehearsal(const RehearsalRequest &request, const RehearsalJob::Progress &progress,
              const std::atomic_bool *cancel)
        : m_request(request)
        , m_progress(progress)
        , m_cancel(cancel)
    {}

    RehearsalOutcome run();

private:
    void report(RehearsalProgress::Phase phase, qint64 done, qint64 total, const QString &message)
    {
        if (m_progress)
            m_progress({phase, done, total, message});
    }
    bool stop(RehearsalOutcome &outcome)
    {
        if (!cancelled(m_cancel))
            return false;
        outcome.result = RehearsalOutcome::Result::Cancelled;
        outcome.detail = Tr::tr("cancelled");
        return true;
    }
    void rollBack(RehearsalOutcome &outcome, const Workspace &scratch);
    void verify(RehearsalOutcome &outcome, const WorkspaceRequest &scratchRequest);

    const RehearsalRequest &m_request;
    const RehearsalJob::Progress &m_progress;
    const std::atomic_bool *m_cancel;
    QString m_journal;
    QString m_resultingVersion;
};

RehearsalOutcome Rehearsal::run()
{
    QElapsedTimer total;
    total.start();
    RehearsalOutcome outcome;
    const WorkspaceRequest &production = m_request.production;
    const bool sqlite = production.connection.engine == ConnectionSpec::Engine::Sqlite;

    std::optional<QTemporaryDir> temporary;
    QString folder = m_request.workFolder;
    if (folder.isEmpty()) {
        temporary.emplace(QDir::tempPath() + QStringLiteral("/backstep-rehearsal-XXXXXX"));
        if (!temporary->isValid()) {
            outcome.detail =
                Tr::tr("cannot create a temporary folder: %1").arg(temporary->errorString());
            return outcome;
        }
        folder = temporary->path();
    } else if (!QDir().mkpath(folder)) {
        outcome.detail = Tr::tr("cannot create the folder %1").arg(folder);
        return outcome;
    }
    // The rehearsal's own journal: its run is never one of production's.
    m_journal = folder + QStringLiteral("/rehearsal-journal.sqlite");

    const MigrationSet migrations = WorkspaceLoader::readFolder(production, m_cancel);
    if (!migrations.errors.isEmpty()) {
        outcome.detail = migrations.errors.first().toString();
        return outcome;
    }
    if (!sqlite) {
        if (auto refused = refuseProductionNames(migrations, production.connection.database);
            !refused) {
            outcome.detail = refused.error();
            return outcome;
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    outcome.scratchDatabase =
        m_request.scratchDatabase.isEmpty()
            ? RehearsalJob::scratchName(production.connection.databaseName(), now)
            : m_request.scratchDatabase;
    WorkspaceRequest scratchRequest = production;
    QString sqlitePath;
    if (sqlite) {
        sqlitePath = folder + u'/' + outcome.scratchDatabase + QStringLiteral(".sqlite");
        scratchRequest.connection.sqlitePath = sqlitePath;
        outcome.scratchDatabase = sqlitePath;
    } else {
        scratchRequest.connection.database = outcome.scratchDatabase;
    }
    Scratch scratch(production, outcome.scratchDatabase, sqlitePath);
    [&] {
        if (stop(outcome))
            return;
        if (auto created = scratch.create(); !created) {
            outcome.detail = created.error();
            return;
        }
        QElapsedTimer restore;
        restore.start();
        report(RehearsalProgress::Phase::Restoring, 0, QFile(m_request.backupFile).size(),
               Tr::tr("restoring %1 into %2").arg(m_request.backupFile, outcome.scratchDatabase));
        RestoreRequest restoreRequest{sqlite ? scratchRequest.connection : production.connection,
                                      production.password, m_request.backupFile,
                                      sqlite ? QString() : outcome.scratchDatabase};
        const auto restored = DumpRestorer::restore(
            restoreRequest,
            [this](qint64 fed, qint64 all) {
                report(RehearsalProgress::Phase::Restoring, fed, all, {});
            },
            m_cancel);
        outcome.restoreMs = restore.elapsed();
        if (stop(outcome))
            return;
        if (!restored) {
            outcome.detail =
                Tr::tr("restoring %1 failed: %2").arg(m_request.backupFile, restored.error());
            return;
        }
        const Workspace workspace = WorkspaceLoader::load(scratchRequest, migrations, m_cancel);
        if (stop(outcome))
            return;
        if (!workspace.connected()) {
            outcome.detail = workspace.databaseError;
            return;
        }
        if (workspace.history.style == HistoryStyle::Sqitch ||
            workspace.history.table.contains(u'.')) {
            outcome.detail = Tr::tr("the history lives in a database of its own (%1); a "
                                    "rehearsal would write it, so there is none")
                                 .arg(workspace.history.table);
            return;
        }
        rollBack(outcome, workspace);
        if (outcome.result != RehearsalOutcome::Result::Passed || stop(outcome))
            return;
        verify(outcome, scratchRequest);
    }();

    report(RehearsalProgress::Phase::Dropping, 0, 0,
           Tr::tr("dropping %1").arg(outcome.scratchDatabase));
    scratch.drop();
    outcome.dropped = scratch.dropped();
    outcome.dropProblem = scratch.problem();
    outcome.totalMs = total.elapsed();
    return outcome;
}

void Rehearsal::rollBack(RehearsalOutcome &outcome, const Workspace &scratch)
{
    const auto plan =
        planRollback(scratch.migrations, scratch.history, scratch.rows, m_request.target);
    if (!plan) {
        outcome.result = RehearsalOutcome::Result::Error;
        outcome.detail = plan.error();
        return;
    }
    if (!plan->runnable()) {
        outcome.result = RehearsalOutcome::Result::Failed;
        outcome.detail =
            plan->blockers.isEmpty() ? Tr::tr("nothing to roll back") : plan->blockers.join(u'\n');
        return;
    }
    RollbackOptions options;
    options.lockWaitTimeoutSeconds = m_request.lockWaitTimeoutSeconds;
    options.journalPath = m_journal;
    // A scratch copy needs no backup of its own: the override names it, never production.
    options.withoutBackup = true;
    options.confirmDatabase = scratch.request.connection.databaseName();
    QElapsedTimer timer;
    timer.start();
    outcome.rollback = RollbackRunner::start(
        scratch, plan.value(), options,
        [this](const RollbackProgress &progress) {
            report(RehearsalProgress::Phase::RollingBack, progress.settled, progress.steps,
                   progress.detail.sql);
        },
        m_cancel);
    outcome.rollbackMs = timer.elapsed();
    m_resultingVersion = plan->resultingVersion;
    const RollbackOutcome &rollback = outcome.rollback;
    switch (rollback.result) {
    case RollbackOutcome::Result::Done:
        outcome.result = RehearsalOutcome::Result::Passed;
        return;
    case RollbackOutcome::Result::Cancelled:
        outcome.result = RehearsalOutcome::Result::Cancelled;
        outcome.detail = describeOutcome(rollback);
        return;
    case RollbackOutcome::Result::Failed:
        if (rollback.reason == RollbackOutcome::Reason::StatementFailed) {
            outcome.result = RehearsalOutcome::Result::Failed;
            if (rollback.step >= 0 && rollback.step < rollback.run.steps.size()) {
                const RunStep &step = rollback.run.steps.at(rollback.step);
                outcome.failedStatement = step.sql;
                outcome.failedLocation =
                    QStringLiteral("%1:%2:%3").arg(step.file).arg(step.line).arg(step.column);
            }
            outcome.detail = describeOutcome(rollback);
            return;
        }
        break;
    default:
        break;
    }
    outcome.result = RehearsalOutcome::Result::Error;
    outcome.detail = describeOutcome(rollback);
}

void Rehearsal::verify(RehearsalOutcome &outcome, const WorkspaceRequest &scratchRequest)
{
    report(RehearsalProgress::Phase::Verifying, 0, 0, Tr::tr("verifying the rehearsal"));
    QElapsedTimer timer;
    timer.start();
    VerificationRequest request;
    request.workspace = WorkspaceLoader::load(scratchRequest, m_cancel);
    request.expectVersion = m_resultingVersion;
    request.runId = outcome.rollback.run.id;
    request.journalPath = m_journal;
    // The profile's assertions and validation commands belong to production's step 6: the
    // application's commands would run against production, not this copy.
    outcome.report = VerificationRunner::verify(request, {}, m_cancel);
    outcome.verifyMs = timer.elapsed();
    if (stop(outcome))
        return;
    switch (outcome.report.verdict()) {
    case VerificationVerdict::Pass:
        outcome.result = RehearsalOutcome::Result::Passed;
        return;
    case VerificationVerdict::Inconclusive:
        // Not a failure of the DOWN sections, but not a proof either: said as it is.
        outcome.result = RehearsalOutcome::Result::Failed;
        outcome.detail = Tr::tr("the rehearsal's verification is inconclusive: %1")
                             .arg(outcome.report.inconclusiveReason);
        return;
    case VerificationVerdict::Fail:
        break;
    }
    outcome.result = RehearsalOutcome::Result::Failed;
    QStringList problems;
    for (const SchemaDifference &difference : std::as_const(outcome.report.schemaDifferences))
        problems.append(differenceKindName(difference.kind) + u' ' + difference.key);
    for (const VerificationCheck &check : std::as_const(outcome.report.checks))
        if (check.failed())
            problems.append(check.name + QStringLiteral(": ") + check.detail);
    problems.append(outcome.report.errors);
    outcome.detail =
        Tr::tr("the rehearsal's verification failed: %1").arg(problems.join(QStringLiteral("; ")));
}

} // namespace

QString rehearsalResultName(RehearsalOutcome::Result result)
{
    switch (result) {
    case RehearsalOutcome::Result::Passed:
        return QStringLiteral("passed");
    case RehearsalOutcome::Result::Failed:
        return QStringLiteral("failed");
    case RehearsalOutcome::Result::Cancelled:
        return QStringLiteral("cancelled");
    case RehearsalOutcome::Result::Error:
        return QStringLiteral("error");
    }
    return {};
}

RehearsalOutcome RehearsalJob::run(const RehearsalRequest &request, const Progress &progress,
                                   const std::atomic_bool *cancel)
{
    return Rehearsal(request, progress, cancel).run();
}

QFuture<RehearsalOutcome> RehearsalJob::start(RehearsalRequest request, Progress progress,
                                              std::shared_ptr<std::atomic_bool> cancel)
{
    return QtConcurrent::run(
        [request = std::move(request), progress = std::move(progress), cancel = std::move(cancel)] {
            return RehearsalJob::run(request, progress, cancel.get());
        });
}

QString RehearsalJob::scratchName(const QString &database, const QDateTime &at)
{
    const QString suffix =
        QStringLiteral("_rehearsal_") + at.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    QString base = database.left(maxIdentifier - suffix.size());
    if (!base.isEmpty() && base.back().isHighSurrogate())
        base.chop(1);
    return base + suffix;
}

} // namespace backstep
