#pragma once

#include "db/rollbackjournal.h"
#include "ops/rollbackoutcome.h"
#include "ops/workspaceloader.h"

namespace backstep {

class DatabaseSession;
class TargetProgress;

// What a resume finds before it goes on: the steps the journal cannot vouch for (the one
// that ran when the process, the connection or the server died, or was cancelled; the data
// statements of a batch or a transaction the server rolled back) decided from the target's
// own evidence, by how each ran (RunStep::Mode):
//  - batched and the migration's own transactions: their progress rows;
//  - schema statements: the schema fingerprint against the one taken just before;
//  - statements that ran alone (non-transactional): done in the journal (synced), or their
//    progress row; else nobody knows, and the first such step is returned undecided;
//  - session statements: applied again; history steps: the history table.
class RunReconciler
{
public:
    static Result<UndecidedStep> reconcile(RollbackJournal &journal, DatabaseSession &session,
                                           TargetProgress &progress, RollbackRun &run,
                                           const Workspace &workspace);
    // The connection's own state (SET, USE, ...) is gone with the old connection: the
    // settled session statements before `upTo` are applied again, in order.
    static Result<void> restoreSessionState(DatabaseSession &session, const RollbackRun &run,
                                            int upTo);
};

} // namespace backstep
