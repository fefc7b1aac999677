#pragma once

#include "core/rollbackplan.h"
#include "core/verificationreport.h"
#include "ops/rollbackoutcome.h"
#include "ops/workspaceloader.h"

#include <QFuture>

#include <atomic>
#include <functional>
#include <memory>

namespace backstep {

// What to rehearse: the production workspace's request (connection, password, folder,
// format, history table), the same target the production rollback will use, and the
// backup to restore.
struct RehearsalRequest
{
    WorkspaceRequest production;
    RollbackTarget target;
    QString backupFile; // a dump (.sql, .sql.gz, .sql.zst) or, for SQLite, a copy
    // Where the rehearsal's own journal (and a SQLite scratch copy) lives, removed
    // afterwards; empty: a temporary folder.
    QString workFolder;
    int lockWaitTimeoutSeconds = 60;
    // The scratch database's name (MySQL), chosen by a caller that must record it before
    // it exists (the playbook notes it, so that a killed rehearsal's copy can be dropped);
    // empty: scratchName() of now.
    QString scratchDatabase;
};

// Where a rehearsal is, for a progress bar: `done` of `total` in the phase's unit (bytes
// restored, steps settled); total 0 when unknown.
struct RehearsalProgress
{
    enum class Phase { Restoring, RollingBack, Verifying, Dropping };
    Phase phase = Phase::Restoring;
    qint64 done = 0;
    qint64 total = 0;
    QString message;
};

struct RehearsalOutcome
{
    enum class Result {
        Passed,    // restored, rolled back and verified: production may follow
        Failed,    // a DOWN or the verification failed: production must not be touched
        Cancelled, // stopped by the user
        Error,     // the rehearsal itself could not run (restore, scratch database, ...)
    };
    Result result = Result::Error;
    QString scratchDatabase; // `<db>_rehearsal_<yyyyMMddHHmmss>` (a file for SQLite)
    QString detail;          // why it failed, was cancelled or could not run, in words
    // A DOWN that failed: its statement and where it is written.
    QString failedStatement;
    QString failedLocation; // "file:line:column"
    RollbackOutcome rollback;
    VerificationReport report; // when verified
    qint64 restoreMs = 0;
    qint64 rollbackMs = 0; // predicts production's rollback
    qint64 verifyMs = 0;
    qint64 totalMs = 0;
    // The scratch database was dropped (it always is tried); else why not.
    bool dropped = false;
    QString dropProblem;
};

QString rehearsalResultName(RehearsalOutcome::Result result); // "passed", "failed", ...

// The playbook's rehearsal: the backup restored (DumpRestorer) into a scratch database
// `<db>_rehearsal_<yyyyMMddHHmmss>` on the same server, the same rollback planned and run
// there (RollbackRunner, in a journal of the rehearsal's own: production's journal and
// history table are never written), verified (VerificationRunner) and timed; the scratch
// database is dropped however it ends (failure, cancel). Refused before anything is
// created when a migration names the production database itself (it would change the
// real one), or when the history lives in a database of its own (Sqitch's registry).
class RehearsalJob
{
public:
    // Called on the rehearsal's thread.
    using Progress = std::function<void(const RehearsalProgress &)>;

    // Blocking: call it on a worker thread.
    static RehearsalOutcome run(const RehearsalRequest &request, const Progress &progress = {},
                                const std::atomic_bool *cancel = nullptr);
    // The same on a worker thread (QtConcurrent); set *cancel to stop it.
    static QFuture<RehearsalOutcome> start(RehearsalRequest request, Progress progress,
                                           std::shared_ptr<std::atomic_bool> cancel);

    // `<db>_rehearsal_<yyyyMMddHHmmss>`, the database's name shortened so that the whole
    // stays within MySQL's 64 characters.
    static QString scratchName(const QString &database, const QDateTime &at);
};

} // namespace backstep
