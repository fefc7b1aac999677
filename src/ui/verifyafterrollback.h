#pragma once

#include <QObject>
#include <QString>

namespace backstep {

class RollbackController;
class VerificationController;
class WorkspaceController;
struct RollbackOutcome;

// Playbook step 5 follows step 4: a rollback that settled is verified as soon as the
// workspace has been read again after it (the verification needs the history as the
// rollback left it), and only when no other run has started meanwhile.
class VerifyAfterRollback : public QObject
{
    Q_OBJECT
public:
    // Connect after the window's own handler of WorkspaceController::loaded, so that the
    // verification sees the workspace the window has just shown.
    VerifyAfterRollback(RollbackController *rollback, WorkspaceController *workspaces,
                        VerificationController *verification, QObject *parent);

    // The run waiting for the next load to be verified (empty: none).
    QString pendingRun() const { return m_pendingRun; }

Q_SIGNALS:
    // The verification of `runId` has just been started.
    void verifying(const QString &runId);

private:
    void rollbackFinished(const RollbackOutcome &outcome);
    void workspaceLoaded();

    RollbackController *m_rollback;
    VerificationController *m_verification;
    QString m_pendingRun;
};

} // namespace backstep
