#pragma once

#include "core/connectionprofile.h"
#include "core/playbook.h"
#include "core/rollbackplan.h"
#include "ops/playbookflow.h"
#include "ops/workspaceloader.h"

#include <QString>

#include <memory>
#include <vector>

namespace backstep {

class Journal;

// Where a run notes at its creation what a step needs besides the setup (a resume in
// another process reads it from there): `setup` in that step's evidence. The identify
// step's `setup` holds `targetReason` when the target was the default one.
inline constexpr QLatin1StringView playbookSetupKey{"setup"};
inline constexpr QLatin1StringView playbookTargetReasonKey{"targetReason"};

// What every step action of one playbook run is given, fixed when the run starts or is
// resumed (a resume builds it again from the same profile and the run's target).
struct PlaybookSetup
{
    // The profile the run is for: service, log files, contacts, assertions, validation
    // commands (an ad-hoc run has a profile with only a URL and a folder).
    ConnectionProfile profile;
    // Connection (with its password), migrations folder, format, history table.
    WorkspaceRequest workspace;
    RollbackTarget target;
    PlaybookBackupKind backupKind = PlaybookBackupKind::Full;
    QString backupFolder; // where step 3 writes its backup
    QString reportFile;   // step 10 also writes the report there when set
    int watchLogSeconds = 300;
    int lockWaitTimeoutSeconds = 60;
    int checksumBudgetSeconds = 120; // the time budget of the untouched tables' checksums
    QString serviceBusAddress;       // systemd backend: empty means the system bus
};

// The step actions of one run, one per kind, owned here; `actions()` is the map
// `PlaybookFlow` takes. Steps read what earlier steps found from the run's evidence
// (`context.run.step(kind)->evidence`), never from shared state, so a resumed run in a new
// process has everything it needs. The evidence keys, by step (docs/architecture.md):
// - identify: `migrations` (array of {version, name, appliedAt, file}), `fromVersion`,
//   `toVersion` (the version that stays applied; "" for none), `target` (describe()),
//   `plannedTables` (the tables the plan touches, "db.table"), `statements` (count),
//   `planStatements` (the plan's DOWN statements in the order they run: array of
//   {version, file, line, sql}; the incident report prints each with its file:line)
// - identify (also): `warnings`, `server`, `connection`, `blockers` (a plan that cannot run),
//   `targetReason` (no target named: why the default, the last deploy, was chosen; noted at
//   the run's creation under `setup`)
// - stop-service / start-service: `unit`, `backend`, `stateBefore`, `stateAfter` (also
//   `action`, `acted`: false when the state was already reached, `message`)
// - back-up: `kind` (full/targeted), `file`, `size`, `sha256`, `backupId`,
//   `notRestorable` (what a targeted backup cannot restore, words); besides: `durationMs`,
//   `dataTables`, `verified`, `estimatedMs` + `estimateBasis` + `proposeTargeted` +
//   `proposal` (a full backup estimated long), `kindNote`, `attemptStartedAt` (noted before
//   the backup starts), `discarded` (what a killed attempt left, removed)
// - rehearse: `scratchDatabase`, `result`, `restoreMs`, `rollbackMs`, `verifyMs`,
//   `dropped`, `failedStatement`, `failedLocation`; besides: `durationMs`, `detail`,
//   `verdict`, `dropProblem`, `droppedLeftover` (a killed attempt's copy)
// - roll-back: `rollbackRun` (the run's id, chosen and noted before the runner creates the
//   run: a resume goes on with that run, or starts it under that id when the kill came
//   before it existed), `outcome`, `statements`, `checksumsBefore` (the untouched tables'
//   chunks, noted with the id: checksumSnapshotToJson); besides: `steps` ([{version, file,
//   line, column, kind, status, durationMs, sql}]), `settled`, `durationMs`, `detail`
// - verify: `verdict` (pass/fail/inconclusive), `reportId`, `differences` (array of
//   {kind, object, expected, actual}: the definitions, shown side by side), `checksums`
//   ({compared, differing: [{table, range, rowsBefore, rowsAfter}], notCovered: [{table,
//   range, reason}], wholeTables}); besides: `failedChecks`, `inconclusiveReason`
// - validate: `commands` (array of {name, command, exitCode, outcome, outputTail})
// - watch-log: `seconds`, `before` / `after` ({errors, warnings} per minute; `before` is
//   "unknown" with `beforeUnknown` saying why), `lines`, `threshold` (error lines a minute
//   above which the step fails), `files`
// - report: `formats`, `file`, `webhook` ({url (redacted), outcome: sent/failed, error})
class PlaybookActions
{
public:
    PlaybookActions(Journal &journal, PlaybookSetup setup);
    ~PlaybookActions();
    PlaybookActions(const PlaybookActions &) = delete;
    PlaybookActions &operator=(const PlaybookActions &) = delete;

    const PlaybookSetup &setup() const { return m_setup; }
    PlaybookFlow::Actions actions() const;

private:
    void add(PlaybookStepKind kind, std::unique_ptr<PlaybookStepAction> action);

    PlaybookSetup m_setup;
    std::vector<std::unique_ptr<PlaybookStepAction>> m_owned;
    PlaybookFlow::Actions m_actions;
};

} // namespace backstep
