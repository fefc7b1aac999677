#include "ui/verificationcontroller.h"

#include "ops/runhistoryloader.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace backstep {

VerificationController::VerificationController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<VerificationReport>::finished, this, [this] {
        m_report = m_watcher.result();
        Q_EMIT busyChanged(false);
        Q_EMIT finished(m_report);
    });
    connect(&m_restoring, &QFutureWatcher<Result<std::optional<VerificationReport>>>::finished,
            this, [this] {
                const auto stored = m_restoring.result();
                // A verification of this session wins over the stored one.
                if (!stored || !stored.value() || m_report.generatedAt.isValid() || isBusy())
                    return;
                if (stored.value()->databaseUrl != m_workspace.request.connection.url())
                    return;
                m_report = *stored.value();
                Q_EMIT reportRestored(m_report);
            });
}

VerificationController::~VerificationController()
{
    cancel();
    m_watcher.waitForFinished();
    m_restoring.waitForFinished();
}

void VerificationController::setWorkspace(const Workspace &workspace)
{
    const bool sameDatabase =
        m_workspace.request.connection.url() == workspace.request.connection.url();
    m_workspace = workspace;
    if (!sameDatabase)
        m_report = {};
    Q_EMIT workspaceChanged();
    // The journal is read on a worker; the report shows when it arrives.
    if (!m_report.generatedAt.isValid() && !m_restoring.isRunning())
        m_restoring.setFuture(
            RunHistoryLoader::startLatestReport(workspace.request.connection.url()));
}

void VerificationController::setChecks(const QList<Assertion> &assertions,
                                       const QList<ValidationCommand> &commands)
{
    m_assertions = assertions;
    m_commands = commands;
}

void VerificationController::verify(const QString &runId)
{
    if (!canVerify())
        return;
    VerificationRequest request;
    request.workspace = m_workspace;
    request.runId = runId;
    request.assertions = m_assertions;
    request.commands = m_commands;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // Output lines come from the worker: they reach the panel through queued calls.
    QPointer<VerificationController> self(this);
    auto onOutput = [self](const QString &command, const QString &line) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, command, line] {
                if (self)
                    Q_EMIT self->outputLine(command, line);
            },
            Qt::QueuedConnection);
    };
    Q_EMIT busyChanged(true);
    m_watcher.setFuture(QtConcurrent::run([request, onOutput, cancel = m_cancel] {
        return VerificationRunner::verify(request, onOutput, cancel.get());
    }));
}

void VerificationController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace backstep
