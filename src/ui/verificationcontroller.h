#pragma once

#include "core/verificationreport.h"
#include "ops/verificationrunner.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace backstep {

// Runs a verification of the open workspace on a worker thread (playbook steps 5 and 6)
// and hands the report, and the validation commands' output as it comes, to the GUI thread.
class VerificationController : public QObject
{
    Q_OBJECT
public:
    explicit VerificationController(QObject *parent = nullptr);
    ~VerificationController() override;

    void setWorkspace(const Workspace &workspace);
    bool hasWorkspace() const { return !m_workspace.request.connection.url().isEmpty(); }
    // A verification reads the database: only with a workspace whose database answered.
    bool canVerify() const { return hasWorkspace() && m_workspace.connected() && !isBusy(); }
    // The DBA's own checks for this connection (from its profile).
    void setChecks(const QList<Assertion> &assertions, const QList<ValidationCommand> &commands);

    bool isBusy() const { return m_watcher.isRunning(); }
    // `runId` empty: the newest finished run of the database.
    void verify(const QString &runId = {});
    void cancel();
    const VerificationReport &report() const { return m_report; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void workspaceChanged();
    void outputLine(const QString &command, const QString &line);
    void finished(const backstep::VerificationReport &report);
    // The newest report the journal keeps for the database, shown again when it is opened
    // (before any verification of this session).
    void reportRestored(const backstep::VerificationReport &report);

private:
    Workspace m_workspace;
    QList<Assertion> m_assertions;
    QList<ValidationCommand> m_commands;
    QFutureWatcher<VerificationReport> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    VerificationReport m_report;
    QFutureWatcher<Result<std::optional<VerificationReport>>> m_restoring;
};

} // namespace backstep
