#pragma once

#include "ops/playbookflow.h"

namespace backstep {

class Journal;
struct PlaybookSetup;

// Step 5: production rolled back by RollbackRunner, in the playbook's journal, guarded by
// the step-3 backup (the newest complete one of the database must be it). Before the run:
// chunked checksums (TableChecksummer) of the tables the plan does not touch, within the
// setup's budget, noted as `checksumsBefore` for step 6. The run's id is noted as soon as
// the run exists, before its first statement; a step found running resumes that run (its
// own reconcile decides what ran: never a statement twice), and a run the killed attempt
// finished is taken as it ended.
class PlaybookRollbackAction : public PlaybookStepAction
{
public:
    PlaybookRollbackAction(Journal &journal, const PlaybookSetup &setup);
    PlaybookStepResult run(PlaybookStepContext &context) override;

private:
    Journal &m_journal;
    const PlaybookSetup &m_setup;
};

} // namespace backstep
