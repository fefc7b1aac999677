#pragma once

#include <QString>

namespace backstep {

// Failpoints: the transitions of the rollback runner (and of the playbook flow) where a test can
// end the process, drop its connection or kill the server, to prove that a resume finds every
// statement's effect exactly once. They exist only in test builds (CMake option
// BACKSTEP_FAILPOINTS: on in the dev, ci and asan presets, off in release, where reach() is an
// empty inline function) and are chosen at run time by one environment variable:
//
//   BACKSTEP_FAILPOINT=NAME[@STEP][:ACTION][,NAME[@STEP][:ACTION]...]
//
// NAME is one of the names below; STEP (an index into the run's steps, 0 for the first)
// picks the visit about that step, else the first visit counts. Several points may be
// chosen at once, separated by commas; a visit acts by the first one that matches it.
// ACTION is `kill` (default:
// SIGKILL of the process itself), `drop` (the server ends the runner's connection, as a
// network failure would), `server` (SIGKILL of the server whose process id is in
// BACKSTEP_FAILPOINT_SERVER_PID; the run then meets a dead connection) or `hold` (the
// visiting thread waits while the file BACKSTEP_FAILPOINT_HOLD names exists: a test holds
// work on a worker as long as it likes, and lets it go by removing the file). Only the first
// matching visit of each chosen point acts, except a hold: every visit waits while the file
// exists. child-exec
// is held another way: a program whose file name the hold file lists on a line of its own
// stops itself before its exec (stopBeforeExec()), whatever else happens in Backstep, until
// the test continues it. With BACKSTEP_FAILPOINT_TRACE=FILE every visit is appended to FILE
// as "NAME STEP[ SUBJECT]": a test sees which points a run passed.
enum class Failpoint {
    // "before-statement": the journal says the step is running; the statement is not sent.
    BeforeStatement,
    // "after-statement": the server answered the statement; the journal does not know yet.
    AfterStatement,
    // "inside-batch": a data statement is done in Backstep's open batch transaction and in
    // the journal; the batch is not committed.
    InsideBatch,
    // "before-progress-commit": the progress rows are written; their commit is not sent (a
    // batch's COMMIT, the migration's own COMMIT, or a non-transactional step's row).
    BeforeProgressCommit,
    // "after-progress-commit": the progress rows are committed; the journal does not know.
    AfterProgressCommit,
    // "before-history": the journal says the history step is running; nothing written.
    BeforeHistory,
    // "after-history": the history table is updated; the journal does not know yet.
    AfterHistory,
    // "run-created": the rollback run is in the journal; its observer (the playbook, which
    // notes the run's id) has not heard of it, and no statement is sent.
    RunCreated,
    // "playbook-before-step": the journal says the playbook's step (STEP: its index) is
    // running; its effect has not begun.
    PlaybookBeforeStep,
    // "playbook-after-step": the playbook step's effect is complete; the journal does not
    // know yet.
    PlaybookAfterStep,
    // "playbook-load": the window's worker is about to read a playbook run or its report
    // from the journal (the GUI thread must not wait for it).
    PlaybookLoad,
    // "child-exec": Backstep is about to start a program (the dump, a restore's client or
    // decompressor, a service or validation command). Its subject is the program's file name.
    // The no-trace tests hold it (action hold): the forked child stops before its exec, and
    // the test's watch continues it under ptrace and reads its command line and environment
    // at the exec, before the program's first instruction. A program that is short, or whose
    // output another thread drains, cannot begin and end unseen.
    ChildExec,
    // "checksum-range": a connection of the chunked checksums is about to sum a range (or a
    // batch of ranges, or to nibble a table). STEP is the connection's index: 0 for the
    // session the snapshot was asked on, 1 for the one it opened beside it. `drop` ends that
    // connection, as a lost network would; `hold` keeps it from going on.
    ChecksumRange,
};

enum class FailAction {
    None,
    DropConnection, // the caller ends its own connection to the target server
    StopBeforeExec, // the caller's child calls stopBeforeExec() between its fork and exec
};

// The name (/proc/PID/comm) of a child that stopBeforeExec() stopped: how a test's watch
// tells it from the other copies of Backstep. Its exec gives it the program's name.
inline constexpr char heldChildName[] = "backstep-held";

#ifdef BACKSTEP_FAILPOINTS
// Counts a visit to `point` (about the run's step `step`); when it is the chosen one, ends
// the process with SIGKILL here (and never returns), or kills the server and returns, or
// returns the action the caller must take (DropConnection). `subject` names what the visit
// is about where a step does not (child-exec: the program).
FailAction reach(Failpoint point, int step = -1, const QString &subject = {});
// In a child between fork and exec (async-signal-safe: two system calls): names the child
// heldChildName and stops it (SIGSTOP) until someone continues it.
void stopBeforeExec();
// The process id in BACKSTEP_FAILPOINT_SERVER_PID, 0 when unset.
qint64 failpointServerPid();
constexpr bool failpointsCompiled = true;
#else
inline FailAction reach(Failpoint, int = -1, const QString & = {})
{
    return FailAction::None;
}
inline void stopBeforeExec()
{}
inline qint64 failpointServerPid()
{
    return 0;
}
constexpr bool failpointsCompiled = false;
#endif

// "before-statement", ...
QString failpointName(Failpoint point);

} // namespace backstep
