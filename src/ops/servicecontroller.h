#pragma once

#include "core/connectionprofile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace backstep {

class Journal;

// The states systemd reports in a unit's ActiveState, which the commands backend maps to.
enum class ServiceState { Unknown, Active, Inactive, Failed, Activating, Deactivating };

QString serviceStateName(ServiceState state); // "active", "inactive", ...
// The state in the reader's language, for the window; serviceStateName() for JSON.
QString serviceStateLabel(ServiceState state);
ServiceState serviceStateFromName(const QString &name);

struct ServiceStatus
{
    ServiceState state = ServiceState::Unknown;
    QString subState; // systemd's SubState ("running", "dead", ...) or empty
    QDateTime since;  // when the state last changed; invalid when nobody knows
    QString detail;   // the status command's output, or why the state is unknown
};

enum class ServiceAction { Status, Stop, Start, Restart };
QString serviceActionName(ServiceAction action); // "status", "stop", ...
// The action in the reader's language, for the window; serviceActionName() for JSON.
QString serviceActionLabel(ServiceAction action);

// Whether an observed state is what an action must leave: a stop leaves the service not
// running (inactive, or failed as it went down), a start and a restart leave it active.
// A command's exit code or a job's "done" is a claim; only the observed state settles it.
enum class ServiceObservation {
    Reached, // the state the action was meant to leave
    Waiting, // not yet: still changing, or not changed at all so far
    Missed,  // cannot be reached any more: a start that left the unit failed
};
ServiceObservation observeServiceState(ServiceAction action, ServiceState state);
QString expectedServiceStates(ServiceAction action); // "inactive or failed", "active"

// How an action ended. For Status, ok means the state could be read.
struct ServiceResult
{
    ServiceAction action = ServiceAction::Status;
    bool ok = false;
    QString message;
    qint64 durationMs = 0;
    ServiceStatus status; // the state after the action, when it is known
    QDateTime at;         // when it ended (UTC)
};

// Asks one service for its state and stops, starts and restarts it. Every call returns at
// once; progress() reports along the way and finished() once with the result, which is
// also recorded in the journal (kind "service"). One action at a time: a call while busy
// finishes at once with a failed result.
class ServiceController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString busAddress;  // systemd backend: empty means the system bus
        QString journalPath; // empty means Journal::defaultPath()
    };

    // The backend the configuration names; the configuration must have no problem().
    static std::unique_ptr<ServiceController>
    create(const ServiceConfig &config, const Options &options, QObject *parent = nullptr);
    ~ServiceController() override;

    const ServiceConfig &config() const { return m_config; }
    bool isBusy() const { return m_busy; }
    const ServiceStatus &lastStatus() const { return m_lastStatus; }

    void requestStatus() { begin(ServiceAction::Status); }
    void stop() { begin(ServiceAction::Stop); }
    void start() { begin(ServiceAction::Start); }
    void restart() { begin(ServiceAction::Restart); }
    void run(ServiceAction action) { begin(action); }

Q_SIGNALS:
    void started(backstep::ServiceAction action);
    void progress(backstep::ServiceAction action, const QString &message);
    void finished(const backstep::ServiceResult &result);
    // The state changed, whether by an action of ours or by someone else's.
    void statusChanged(const backstep::ServiceStatus &status);

protected:
    ServiceController(ServiceConfig config, Options options, QObject *parent);

    // Backends start the action and later call complete() exactly once.
    virtual void execute(ServiceAction action) = 0;
    void complete(bool ok, const QString &message, const ServiceStatus &status);
    void reportProgress(const QString &message);
    // Backends call this whenever they learn the state.
    void updateStatus(const ServiceStatus &status);
    const Options &options() const { return m_options; }
    ServiceAction currentAction() const { return m_action; }

private:
    void begin(ServiceAction action);
    QString record(const ServiceResult &result);

    ServiceConfig m_config;
    Options m_options;
    std::unique_ptr<Journal> m_journal;
    bool m_busy = false;
    ServiceAction m_action = ServiceAction::Status;
    QElapsedTimer m_elapsed;
    ServiceStatus m_lastStatus;
};

} // namespace backstep

Q_DECLARE_METATYPE(backstep::ServiceResult)
Q_DECLARE_METATYPE(backstep::ServiceStatus)
Q_DECLARE_METATYPE(backstep::ServiceState)
