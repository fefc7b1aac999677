#include "ui/verifyafterrollback.h"

#include "ops/rollbackoutcome.h"
#include "ui/rollbackcontroller.h"
#include "ui/verificationcontroller.h"
#include "ui/workspacecontroller.h"

#include <utility>

namespace backstep {

VerifyAfterRollback::VerifyAfterRollback(RollbackController *rollback,
                                         WorkspaceController *workspaces,
                                         VerificationController *verification, QObject *parent)
    : QObject(parent)
    , m_rollback(rollback)
    , m_verification(verification)
{
    connect(rollback, &RollbackController::finished, this, &VerifyAfterRollback::rollbackFinished);
    connect(workspaces, &WorkspaceController::loaded, this, &VerifyAfterRollback::workspaceLoaded);
}

void VerifyAfterRollback::rollbackFinished(const RollbackOutcome &outcome)
{
    // A failed, cancelled or refused run is not verified: its page says what happened,
    // and the DBA decides what comes next.
    if (outcome.result == RollbackOutcome::Result::Done)
        m_pendingRun = outcome.runId;
}

void VerifyAfterRollback::workspaceLoaded()
{
    if (m_pendingRun.isEmpty() || m_rollback->isRunning())
        return;
    const QString runId = std::exchange(m_pendingRun, QString());
    m_verification->verify(runId);
    Q_EMIT verifying(runId);
}

} // namespace backstep
