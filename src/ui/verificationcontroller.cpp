#include "ui/verificationcontroller.h"

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
}

VerificationController::~VerificationController()
{
    cancel();
    m_watcher.waitForFinished();
}

void VerificationController::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
}

void VerificationController::setChecks(const QList<Assertion> &assertions,
                                       const QList<ValidationCommand> &commands)
{
    m_assertions = assertions;
    m_commands = commands;
}

void VerificationController::verify(const QString &runId)
{
    if (isBusy() || !hasWorkspace())
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
