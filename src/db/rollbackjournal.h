#pragma once

#include "core/result.h"
#include "core/serverposition.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace backstep {

class Journal;

// One step of a rollback run as the journal keeps it: the statement text that was (or
// will be) sent, so that a resumed run sends exactly that, whatever the files say now.
struct RunStep
{
    // Cancelled: interrupted by KILL QUERY when the run was cancelled; like Running, its
    // effect is decided by the target's evidence when the run resumes.
    enum class Status { Pending, Running, Done, Failed, Skipped, Cancelled };
    // How the step was run, recorded when it starts: what a resume may believe.
    enum class Mode {
        Unknown,            // not started yet (or a journal from before modes were kept)
        Batched,            // in Backstep's batch transaction with its progress row
        OwnTransaction,     // inside the migration's own START TRANSACTION ... COMMIT
        TransactionControl, // BEGIN, COMMIT, ROLLBACK, SAVEPOINT of the migration
        Alone,              // non-transactional: autocommit, its progress row right after
        Schema,             // committed implicitly; decided by the schema fingerprint
        Session,            // the connection's own state: applied again on resume
        History,            // the history table update
    };

    int index = 0;
    QString version;
    QString name;
    QString author;
    QString file;
    int line = 0;
    int column = 0;
    QString kind; // a statementKindName(), or "history" for the history update
    QString sql;  // for "history": what the update does, in words
    Status status = Status::Pending;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 durationMs = 0;
    QString error;
    // Schema steps: the target's schema fingerprint just before the statement was sent.
    QString fingerprint;
    int attempts = 0;
    Mode mode = Mode::Unknown;

    bool isHistory() const { return kind == QLatin1StringView("history"); }
    bool settled() const { return status == Status::Done || status == Status::Skipped; }
};

QString runStepStatusName(RunStep::Status status);
QString runStepStatusLabel(RunStep::Status status); // translated, for the window
RunStep::Status runStepStatusFromName(const QString &name);
QString runStepModeName(RunStep::Mode mode); // "batched", "alone", ...
RunStep::Mode runStepModeFromName(const QString &name);

// A rollback run: what was asked, against which database, with which safety net, and
// how far it got.
struct RollbackRun
{
    enum class Status {
        Running,     // in progress, or its process died (then: interrupted)
        Done,        // every step settled
        Failed,      // stopped at a statement's error
        Cancelled,   // stopped by the user between two statements
        Interrupted, // the connection was lost in the middle of a statement
        Aborted,     // the user gave up on it (nothing more will run)
        Resolved,    // the user marked it resolved by hand (or restored the backup)
    };

    QString id;
    QString databaseUrl;
    QString databaseName;
    QString engine; // "mysql" or "sqlite"
    QString target; // RollbackTarget::describe()
    // The workspace it was planned from (URL, migrations folder, format, history table) as
    // JSON, never a password: a resume reopens it.
    QString request;
    Status status = Status::Running;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 backupId = 0; // the catalog's backup that guarded it; 0 with the override
    bool backupOverride = false;
    QString operatorName;
    QString host;
    qint64 pid = 0;
    qint64 connectionId = 0; // the server connection that ran it last (MySQL)
    QString error;
    // Where its progress rows are: empty for the target database, else a schema of
    // Backstep's own on the same server.
    QString progressSchema;
    // The server's binary log before the run and after it last settled: where its
    // transactions are in the binary log and on the replicas.
    ServerPosition positionBefore;
    ServerPosition positionAfter;
    QList<RunStep> steps;

    // Can it still go on (resume, retry, skip)?
    bool open() const;
    // Done, aborted or resolved: its status never changes again.
    bool finished() const { return !open(); }
    // The first step that is neither done nor skipped; steps.size() when none is left.
    int nextStep() const;
    int settledCount() const;
};

QString runStatusName(RollbackRun::Status status);
// The status in the reader's language, for the window; runStatusName() for the journal,
// JSON and filters.
QString runStatusLabel(RollbackRun::Status status);
RollbackRun::Status runStatusFromName(const QString &name);

// The rollback runs in Backstep's journal (schema revisions 3 and 6). Every write is a
// transaction of its own, durable when it returns (the journal runs with synchronous=FULL).
// A run's status only moves forward: once done, aborted or resolved it stays so.
class RollbackJournal
{
public:
    explicit RollbackJournal(Journal &journal)
        : m_journal(journal)
    {}

    // The run and all its steps, pending, in one transaction.
    Result<void> create(const RollbackRun &run);
    Result<void> stepStarted(const QString &runId, int index, RunStep::Mode mode,
                             const QString &fingerprint = {});
    Result<void> stepFinished(const QString &runId, int index, RunStep::Status status,
                              qint64 durationMs, const QString &error = {});
    // A step settled on resume from the target's own evidence, without running it.
    Result<void> settleStep(const QString &runId, int index, RunStep::Status status,
                            const QString &why);
    // Refused when the run is already done, aborted or resolved (a status never moves
    // backwards), with its status in the message.
    Result<void> setStatus(const QString &runId, RollbackRun::Status status,
                           const QString &error = {});
    // What is known about a step whose end was not seen (the connection broke), kept without
    // settling it: the evidence a resume shows.
    Result<void> noteStep(const QString &runId, int index, const QString &note);
    Result<void> setExecutor(const QString &runId, qint64 pid, qint64 connectionId);
    Result<void> setPositionAfter(const QString &runId, const ServerPosition &position);
    // Whether each write is synced to disk before it returns (synchronous=FULL), or only
    // handed to the operating system (NORMAL: it survives Backstep's crash, not a power
    // loss). Steps whose outcome the target itself records (a data statement commits with
    // its progress row) need no more than NORMAL; the rest need FULL, whose sync also
    // makes every earlier write durable.
    void setSyncedWrites(bool synced);

    // The run with its steps; nullopt when the journal has no run with that id.
    Result<std::optional<RollbackRun>> load(const QString &runId) const;
    // The run with its steps, or an error that says it is not in the journal.
    Result<RollbackRun> get(const QString &runId) const;
    // Newest first, without their steps.
    Result<QList<RollbackRun>> list(const QString &databaseUrl = {}, int limit = 100) const;
    // Runs of the database that can still go on (running, failed, cancelled,
    // interrupted), newest first, with their steps.
    Result<QList<RollbackRun>> unfinished(const QString &databaseUrl = {}) const;
    // The ids of the database's runs that are done, aborted or resolved: their progress rows
    // in the target are no longer needed.
    Result<QStringList> finishedRunIds(const QString &databaseUrl) const;

private:
    Result<void> exec(const QString &sql, const QVariantList &values);
    Journal &m_journal;
    bool m_synced = true;
};

} // namespace backstep
