#pragma once

#include "core/result.h"

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
    enum class Status { Pending, Running, Done, Failed, Skipped };

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

    bool isHistory() const { return kind == QLatin1StringView("history"); }
    bool settled() const { return status == Status::Done || status == Status::Skipped; }
};

QString runStepStatusName(RunStep::Status status);
RunStep::Status runStepStatusFromName(const QString &name);

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
    QList<RunStep> steps;

    // Can it still go on (resume, retry, skip)?
    bool open() const;
    // The first step that is neither done nor skipped; steps.size() when none is left.
    int nextStep() const;
    int settledCount() const;
};

QString runStatusName(RollbackRun::Status status);
RollbackRun::Status runStatusFromName(const QString &name);

// The rollback runs in Backstep's journal (schema revision 3). Every write is a
// transaction of its own, durable when it returns (the journal runs with synchronous=FULL).
class RollbackJournal
{
public:
    explicit RollbackJournal(Journal &journal)
        : m_journal(journal)
    {}

    // The run and all its steps, pending, in one transaction.
    Result<void> create(const RollbackRun &run);
    Result<void> stepStarted(const QString &runId, int index, const QString &fingerprint = {});
    Result<void> stepFinished(const QString &runId, int index, RunStep::Status status,
                              qint64 durationMs, const QString &error = {});
    // A step settled on resume from the target's own evidence, without running it.
    Result<void> settleStep(const QString &runId, int index, RunStep::Status status,
                            const QString &why);
    Result<void> setStatus(const QString &runId, RollbackRun::Status status,
                           const QString &error = {});
    Result<void> setExecutor(const QString &runId, qint64 pid, qint64 connectionId);
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

private:
    Result<void> exec(const QString &sql, const QVariantList &values);
    Journal &m_journal;
    bool m_synced = true;
};

} // namespace backstep
