#pragma once

#include "core/playbook.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <optional>

namespace backstep {

class Journal;

// What a step action is given: its step as the journal holds it (a resumed step keeps the
// evidence its interrupted attempt noted), how to recover when it was found running, a
// way to make evidence durable before an effect, and the cancel flag.
struct PlaybookStepContext
{
    const PlaybookRun &run;
    int index = 0;
    // Set when the step was found running, failed or cancelled: what the interrupted attempt
    // needs first (recoveryFor()).
    std::optional<PlaybookRecovery> recovery;
    QJsonObject evidence; // the step's evidence so far
    // Writes `evidence` to the journal now (durable when it returns).
    std::function<Result<void>(const QJsonObject &evidence)> note;
    const std::atomic_bool *cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(); }
};

// How a step action ended.
struct PlaybookStepResult
{
    PlaybookStep::Status status = PlaybookStep::Status::Done; // done, failed, cancelled, skipped
    QString summary;
    QJsonObject evidence;
    QString error;
    PlaybookSkipReason skipReason = PlaybookSkipReason::NotConfigured; // for Skipped
    QString skipNote;
};

// A step that failed with `error`, keeping what it found so far.
PlaybookStepResult stepFailed(QJsonObject evidence, const QString &error);

// One step's work (stop the service, back up, roll back, ...). It runs on the flow's
// thread, never the GUI's; long work checks the cancel flag.
class PlaybookStepAction
{
public:
    virtual ~PlaybookStepAction() = default;
    virtual PlaybookStepResult run(PlaybookStepContext &context) = 0;
};

// The playbook as one journaled flow, on the calling (worker) thread: each step is
// marked running in the journal before its action begins and settled after it ends, so a
// killed flow reopens where it was; a step that is done or skipped never runs again; a
// step found running is handed its recovery (PlaybookRecovery). One process owns a run
// while it executes it (RunOwnerLock); cancel is honoured before every step and by the
// actions within one.
class PlaybookFlow
{
public:
    // Called after every transition with the whole run (a plain value: a controller passes
    // it to the GUI thread) and the index of the current step (steps.size() at the end):
    // enough for a list of the steps with the current one open.
    using Observer = std::function<void(const PlaybookRun &run, int current)>;
    using Actions = std::map<PlaybookStepKind, PlaybookStepAction *>;

    // `actions`: one per step kind the flow may meet (a missing one fails that step).
    PlaybookFlow(Journal &journal, Actions actions, Observer observer = {},
                 const std::atomic_bool *cancel = nullptr);

    // Journals the new run (operator skips recorded at once, so a resume honours them),
    // then runs it. A skip of a step that cannot be skipped is refused before anything
    // is written.
    struct Skip
    {
        PlaybookStepKind kind;
        QString reason;
    };
    Result<PlaybookRun> start(PlaybookRun run, const QList<Skip> &skips);
    // Goes on with a run from the journal from its first unsettled step. Refused while
    // another live process owns it, or when it is done or aborted.
    Result<PlaybookRun> resume(const QString &runId);

private:
    Result<PlaybookRun> execute(const QString &runId);
    Result<PlaybookRun> reload(const QString &runId, int current);

    Journal &m_journal;
    Actions m_actions;
    Observer m_observer;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace backstep
