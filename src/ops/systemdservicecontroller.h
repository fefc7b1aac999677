#pragma once

#include "ops/servicecontroller.h"

#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <optional>

class QDBusError;
class QDBusMessage;

namespace backstep {

// systemd's D-Bus API: Manager.StopUnit / StartUnit / RestartUnit in "replace" mode, the
// job's end from Manager.JobRemoved, and the unit's ActiveState / SubState /
// StateChangeTimestamp, kept current through Properties.PropertiesChanged. Calls allow
// interactive authorization, so polkit can ask the person at the desk; a refusal comes
// back as AccessDenied and is explained as such. A job's "done" is not the end: the action
// finishes when the unit is seen in the state it must leave (observeServiceState), from
// PropertiesChanged or a fresh read, or fails at the timeout naming the state it was in. The system
// bus unless Options::busAddress names another (the tests' private bus).
class SystemdServiceController : public ServiceController
{
    Q_OBJECT
public:
    SystemdServiceController(ServiceConfig config, Options options, QObject *parent = nullptr);
    ~SystemdServiceController() override;

protected:
    void execute(ServiceAction action) override;

private Q_SLOTS:
    void onJobRemoved(uint id, const QDBusObjectPath &job, const QString &unit,
                      const QString &result);
    void onPropertiesChanged(const QString &interfaceName, const QVariantMap &changed,
                             const QStringList &invalidated);

private:
    using ReplyHandler = std::function<void(const QDBusMessage &reply)>;
    using ErrorHandler = std::function<void(const QDBusError &error)>;

    QString connectToBus();
    void call(const QString &path, const QString &interfaceName, const QString &method,
              const QVariantList &arguments, ReplyHandler onReply, ErrorHandler onError);
    void resolveUnit(const std::function<void()> &then);
    void fetchStatus(const std::function<void(const ServiceStatus &)> &then);
    void queueJob(ServiceAction action);
    void jobEnded(const QString &result);
    // Completes the action when `status` settles it; false while it is still awaited.
    bool settle(const ServiceStatus &status);
    void fail(const QDBusError &error);
    QString explain(const QDBusError &error) const;
    ServiceStatus statusFrom(const QVariantMap &properties) const;

    std::optional<QDBusConnection> m_bus;
    QString m_connectionName;
    QString m_unitPath;
    QString m_watchedUnitPath;
    QString m_jobPath;
    QHash<QString, QString> m_endedJobs; // jobs that ended before their path came back
    QVariantMap m_properties;
    QTimer m_jobTimeout;
    bool m_awaitingState = false; // the job is done, the state it must leave not yet seen
    QElapsedTimer m_awaitingSince;
    QTimer m_stateTimeout;
};

} // namespace backstep
