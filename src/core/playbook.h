#pragma once

#include "core/result.h"
#include "core/rollbackplan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace backstep {

// The steps of the rollback playbook (seed: rollback-playbook.md), in the order they run.
enum class PlaybookStepKind {
    Identify,     // the migrations applied since a time or version; the target chosen
    StopService,  // the profile's service stopped, its state observed
    BackUp,       // a verified backup (full or targeted)
    Rehearse,     // the plan run on a restored scratch copy first
    RollBack,     // the DOWN sections on production (the rollback runner and its journal)
    Verify,       // the verification, plus checksums of the tables the plan does not touch
    Validate,     // the profile's validation commands
    StartService, // the service started again, its state observed
    WatchLog,     // the log's error and warning rate, against the same window before
    Report,       // the incident report, stored with the run
};

// Every kind, in the playbook's order.
const QList<PlaybookStepKind> &playbookStepOrder();
// "identify", "stop-service", "back-up", "rehearse", "roll-back", "verify", "validate",
// "start-service", "watch-log", "report": the names the CLI and the journal use.
QString playbookStepKindName(PlaybookStepKind kind);
// The kind a name stands for; an error that lists the names otherwise.
Result<PlaybookStepKind> playbookStepKindFromName(const QString &name);
// What the step does, in words for the DBA (translated).
QString playbookStepTitle(PlaybookStepKind kind);
// Whether the DBA may skip it (with a reason): stopping and starting the service, the
// rehearsal, the validation commands and the log watch. Identifying, backing up, rolling
// back, verifying and reporting are the playbook itself.
bool playbookStepSkippable(PlaybookStepKind kind);

// Why a step was skipped: the report says which, and a step skipped by the DBA says why.
enum class PlaybookSkipReason {
    Operator,      // the DBA skipped it, with a reason in their words
    NotConfigured, // the profile has nothing for it (no service, no log, no commands)
    NotSupported,  // the engine cannot do it (no service or rehearsal for the SQLite demo)
    NotNeeded,     // nothing for it to do (e.g. nothing to roll back)
};
QString playbookSkipReasonName(PlaybookSkipReason reason); // "operator", "not-configured", ...
PlaybookSkipReason playbookSkipReasonFromName(const QString &name);

// One step of a playbook run as the journal keeps it.
struct PlaybookStep
{
    // Cancelled: stopped by the DBA; like Running after a kill, it is reconciled on resume.
    enum class Status { Pending, Running, Done, Skipped, Failed, Cancelled };

    PlaybookStepKind kind = PlaybookStepKind::Identify;
    Status status = Status::Pending;
    QDateTime startedAt; // UTC; invalid until it starts
    QDateTime finishedAt;
    int attempts = 0; // how many times it was started (a resume that redoes it counts)
    PlaybookSkipReason skipReason = PlaybookSkipReason::Operator;
    QString skipNote; // a skipped step: why, in words
    QString error;    // a failed or cancelled step: what went wrong
    QString summary;  // one line for the list and the timeline ("stopped heartguard-app")
    // What the step found and did, by kind (docs/architecture.md lists the keys): the
    // report is written from it, never from what the files or the server say later.
    QJsonObject evidence;

    bool settled() const { return status == Status::Done || status == Status::Skipped; }
    // Milliseconds between start and end; 0 when it has not both started and ended.
    qint64 durationMs() const;
};

QString playbookStepStatusName(PlaybookStep::Status status); // "pending", "running", ...
PlaybookStep::Status playbookStepStatusFromName(const QString &name);

// What a step found running (or cancelled) when its run is resumed needs before it can
// go on: the journal cannot say how far its effect got.
enum class PlaybookRecovery {
    Redo,               // read-only or idempotent: run it again (identify, verify, report, ...)
    Reobserve,          // a service action: observe the state, act again only if not reached
    FreshBackup,        // the half-written backup is never taken as good: a new one
    DropScratchAndRedo, // the rehearsal's scratch database is dropped, then it runs again
    ResumeRollbackRun,  // the rollback run it started resumes (its own reconcile decides)
};
PlaybookRecovery recoveryFor(const PlaybookStep &step);

// The roll-back step's evidence key for its rollback run's id: chosen and noted before the
// runner creates the run, so that a kill at any point leaves a run the step names (or no run
// at all), never one it does not know.
inline constexpr QLatin1StringView playbookRollbackRunKey{"rollbackRun"};
QString playbookRecoveryName(PlaybookRecovery recovery); // "redo", "reobserve", ...

// How the playbook backs up (step 3).
enum class PlaybookBackupKind { Full, Targeted };
QString playbookBackupKindName(PlaybookBackupKind kind); // "full", "targeted"
Result<PlaybookBackupKind> playbookBackupKindFromName(const QString &name);

// One run of the playbook for one incident: what was asked, by whom, against what, and
// every step with its state and evidence.
struct PlaybookRun
{
    enum class Status {
        Running,   // in progress, or its process died (a resume goes on)
        Done,      // every step done or skipped
        Failed,    // a step failed; the flow stopped there (a resume retries that step)
        Cancelled, // the DBA cancelled it; a resume goes on
        Aborted,   // the DBA gave up on it: nothing more runs
    };

    QString id;
    QString profile;     // the profile's name
    QString databaseUrl; // never a password
    QString databaseName;
    QString target;       // what was asked: "down to 1199", "the last 2 migrations"
    QString targetOption; // as the CLI spelt it: "--to 1199", "--steps 2"
    PlaybookBackupKind backupKind = PlaybookBackupKind::Full;
    Status status = Status::Running;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString operatorName; // the OS user
    QString host;
    qint64 pid = 0;
    QString server;     // "MariaDB 11.8.3"
    QString connection; // "TLS (TLS_AES_256_GCM_SHA384)" or "unencrypted"
    QString error;
    QList<PlaybookStep> steps; // one per kind, in playbookStepOrder()

    // A new run with every step pending.
    static PlaybookRun withAllSteps();
    // Running, failed or cancelled: a resume can go on.
    bool open() const
    {
        return status == Status::Running || status == Status::Failed || status == Status::Cancelled;
    }
    // The first step that is neither done nor skipped; steps.size() when none is left.
    int nextStep() const;
    int indexOf(PlaybookStepKind kind) const; // -1 when the run has no such step
    const PlaybookStep *step(PlaybookStepKind kind) const;
    PlaybookStep *step(PlaybookStepKind kind);
    // Whether step `index` may start now: the run is open, every earlier step is settled
    // and this one is not (a step is never done twice); the reason otherwise.
    Result<void> canStart(int index) const;
};

QString playbookRunStatusName(PlaybookRun::Status status); // "running", "done", ...
PlaybookRun::Status playbookRunStatusFromName(const QString &name);

// The run as JSON (the journal's copy of the evidence, `playbook show --json`, the
// report's JSON form) and back.
QJsonObject playbookStepToJson(const PlaybookStep &step);
PlaybookStep playbookStepFromJson(const QJsonObject &json);
QJsonObject playbookRunToJson(const PlaybookRun &run);
PlaybookRun playbookRunFromJson(const QJsonObject &json);

// The target a resumed run plans with: once identify is done, the version its plan leads to
// (or exactly its migrations when the plan rolls back the whole history), never `asked`
// counted again (`--steps N` against a history the rollback may already have changed);
// before that, `asked`.
RollbackTarget playbookPlannedTarget(const PlaybookRun &run, const RollbackTarget &asked);

} // namespace backstep
