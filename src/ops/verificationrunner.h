#pragma once

#include "core/assertion.h"
#include "core/validationcommand.h"
#include "core/verificationreport.h"
#include "ops/workspaceloader.h"

#include <atomic>
#include <functional>

namespace backstep {

// What to verify: a database (its workspace as loaded now), the version it should be at,
// the rollback run it follows, and the DBA's own checks.
struct VerificationRequest
{
    Workspace workspace;
    // The version the database should be at; empty: the one its history says.
    QString expectVersion;
    // The rollback run to verify; empty: the newest finished run of this database, if any.
    QString runId;
    QList<Assertion> assertions;
    QList<ValidationCommand> commands;
    QString journalPath; // empty: Journal::defaultPath()
};

// Playbook steps 5 and 6 in one pass, off the GUI thread: the schema now (stored as the
// "after" snapshot), compared with the expected state at the version (a recorded snapshot,
// else a replay of the UP sections); the data checks (CHECK TABLE, orphaned rows, row
// counts of untouched tables against the "before" snapshot, the scenario checks of the
// run's plan); the assertions; the validation commands. The report is stored in the
// journal with the run.
class VerificationRunner
{
public:
    using OutputLine = std::function<void(const QString &command, const QString &line)>;
    static VerificationReport verify(const VerificationRequest &request,
                                     const OutputLine &onOutput = {},
                                     const std::atomic_bool *cancel = nullptr);
};

} // namespace backstep
