#pragma once

#include "core/playbook.h"
#include "core/result.h"
#include "core/rollbackplan.h"

#include <QString>

namespace backstep {

struct PlaybookSetup;

// What a playbook run records when it starts and what a resume reads back from it, in one
// place for the window and backstep-cli: a run started in one resumes in the other.

// The target as the command line spells it ("--to 1199", "--steps 2", "--only 1203,1202"),
// what a run keeps so that a resume plans the same target; and back.
QString targetOption(const RollbackTarget &target);
Result<RollbackTarget> targetFromOption(const QString &option);

struct PlaybookRunStart
{
    QString profile; // empty for an ad-hoc run (the open workspace, no profile)
    QString databaseUrl;
    QString databaseName;
    RollbackTarget target;
    QString targetReason; // why, when the target is the default one (the last deploy)
    PlaybookBackupKind backupKind = PlaybookBackupKind::Full;
    QString backupFolder;
    QString reportFile; // empty: the report is stored in the journal only
    int watchLogSeconds = 300;
};

// A new run with every step pending, a fresh id, who runs it (OS user, host), and in its
// steps' `setup` evidence what a resume in another process needs besides the profile and
// the target: the watch's length, the backup folder, the report file, the target's reason.
PlaybookRun newPlaybookRun(const PlaybookRunStart &start);

// What `run` noted at its start, over `setup`: the watch's length (or, for a watch that
// already ran, its own), the backup folder, and the report file where `setup` names none.
// What the run did not note keeps `setup`'s value.
void applyNotedSetup(const PlaybookRun &run, PlaybookSetup &setup);

} // namespace backstep
