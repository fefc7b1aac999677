// A stand-in for systemd on a private bus: the part of org.freedesktop.systemd1.Manager
// and .Unit that Backstep uses, with jobs that take a little while and announce every
// state change through PropertiesChanged, as systemd does. Units, by name:
//   heartguard-app.service  starts active; stops and starts normally
//   broken.service          starts inactive; a start fails (job result "failed")
//   locked.service          every job is refused with AccessDenied, as polkit would
//   needs-auth.service      refused unless the caller allows interactive authorization
//   idle.service            not loaded: GetUnit fails, LoadUnit finds it
//   liar.service            starts active; a stop job ends "done" but the unit goes on
//                           running (deactivating, then active again, as a unit whose
//                           process ignores SIGTERM and is restarted would)
//   lagging.service         starts active; a stop job ends "done" before the unit is
//                           inactive (its last transition comes after JobRemoved)
// A test may also change a unit's state behind Backstep's back through
// org.backstep.FakeSystemd.SetState(unit, active, sub).
//   usage: backstep_fake_systemd BUS_ADDRESS   (prints "ready" once it owns the name)
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDateTime>
#include <QTimer>

#include <cstdio>
#include <map>
#include <memory>
#include <optional>

namespace {

const QString service = QStringLiteral("org.freedesktop.systemd1");
const QString managerPath = QStringLiteral("/org/freedesktop/systemd1");

QString unitPath(const QString &name)
{
    // systemd's bus path escaping: anything but [A-Za-z0-9] becomes _XX.
    QString escaped;
    for (const QChar c : name) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            escaped += c;
        else
            escaped += QStringLiteral("_%1").arg(c.unicode(), 2, 16, QChar(u'0'));
    }
    return managerPath + QStringLiteral("/unit/") + escaped;
}

class FakeUnit : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.systemd1.Unit")
    Q_PROPERTY(QString Id READ id)
    Q_PROPERTY(QString ActiveState READ activeState)
    Q_PROPERTY(QString SubState READ subState)
    Q_PROPERTY(qulonglong StateChangeTimestamp READ stateChangeTimestamp)
public:
    FakeUnit(QDBusConnection bus, QString name, QString active, QString sub)
        : m_bus(std::move(bus))
        , m_name(std::move(name))
        , m_active(std::move(active))
        , m_sub(std::move(sub))
        , m_changed(qulonglong(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000) * 1000)
    {}

    QString id() const { return m_name; }
    QString activeState() const { return m_active; }
    QString subState() const { return m_sub; }
    qulonglong stateChangeTimestamp() const { return m_changed; }
    QString path() const { return unitPath(m_name); }
    bool loaded = true;

    void setState(const QString &active, const QString &sub)
    {
        m_active = active;
        m_sub = sub;
        m_changed = qulonglong(QDateTime::currentMSecsSinceEpoch()) * 1000;
        QDBusMessage signal =
            QDBusMessage::createSignal(path(), QStringLiteral("org.freedesktop.DBus.Properties"),
                                       QStringLiteral("PropertiesChanged"));
        signal << QStringLiteral("org.freedesktop.systemd1.Unit")
               << QVariantMap{{QStringLiteral("ActiveState"), m_active},
                              {QStringLiteral("SubState"), m_sub},
                              {QStringLiteral("StateChangeTimestamp"), m_changed}}
               << QStringList();
        m_bus.send(signal);
    }

private:
    QDBusConnection m_bus;
    QString m_name;
    QString m_active;
    QString m_sub;
    qulonglong m_changed;
};

class FakeManager : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.systemd1.Manager")
public:
    explicit FakeManager(QDBusConnection bus)
        : m_bus(std::move(bus))
    {
        add(QStringLiteral("heartguard-app.service"), QStringLiteral("active"),
            QStringLiteral("running"));
        add(QStringLiteral("broken.service"), QStringLiteral("inactive"), QStringLiteral("dead"));
        add(QStringLiteral("locked.service"), QStringLiteral("active"), QStringLiteral("running"));
        add(QStringLiteral("needs-auth.service"), QStringLiteral("active"),
            QStringLiteral("running"));
        add(QStringLiteral("idle.service"), QStringLiteral("inactive"), QStringLiteral("dead"))
            ->loaded = false;
        add(QStringLiteral("liar.service"), QStringLiteral("active"), QStringLiteral("running"));
        add(QStringLiteral("lagging.service"), QStringLiteral("active"), QStringLiteral("running"));
    }

    FakeUnit *unit(const QString &name) const
    {
        const auto found = m_units.find(name);
        return found == m_units.end() ? nullptr : found->second.get();
    }

public Q_SLOTS:
    void Subscribe() {}

    QDBusObjectPath GetUnit(const QString &name)
    {
        FakeUnit *found = unit(name);
        if (!found || !found->loaded)
            return noSuchUnit(name);
        return QDBusObjectPath(found->path());
    }

    QDBusObjectPath LoadUnit(const QString &name)
    {
        FakeUnit *found = unit(name);
        if (!found)
            return noSuchUnit(name);
        found->loaded = true;
        return QDBusObjectPath(found->path());
    }

    QDBusObjectPath StopUnit(const QString &name, const QString &mode)
    {
        return job(name, mode, QStringLiteral("stop"));
    }
    QDBusObjectPath StartUnit(const QString &name, const QString &mode)
    {
        return job(name, mode, QStringLiteral("start"));
    }
    QDBusObjectPath RestartUnit(const QString &name, const QString &mode)
    {
        return job(name, mode, QStringLiteral("restart"));
    }

Q_SIGNALS:
    void JobRemoved(uint id, const QDBusObjectPath &job, const QString &unit,
                    const QString &result);

private:
    FakeUnit *add(const QString &name, const QString &active, const QString &sub)
    {
        auto unit = std::make_unique<FakeUnit>(m_bus, name, active, sub);
        m_bus.registerObject(unit->path(), unit.get(), QDBusConnection::ExportAllProperties);
        FakeUnit *raw = unit.get();
        m_units[name] = std::move(unit);
        return raw;
    }

    QDBusObjectPath noSuchUnit(const QString &name)
    {
        sendErrorReply(QStringLiteral("org.freedesktop.systemd1.NoSuchUnit"),
                       QStringLiteral("Unit %1 not loaded.").arg(name));
        return {};
    }

    QDBusObjectPath job(const QString &name, const QString &mode, const QString &kind)
    {
        FakeUnit *target = unit(name);
        if (!target)
            return noSuchUnit(name);
        if (mode != u"replace") {
            sendErrorReply(QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"),
                           QStringLiteral("Backstep is expected to use mode replace"));
            return {};
        }
        if (name == u"locked.service" ||
            (name == u"needs-auth.service" && !message().isInteractiveAuthorizationAllowed())) {
            sendErrorReply(
                name == u"locked.service"
                    ? QStringLiteral("org.freedesktop.DBus.Error.AccessDenied")
                    : QStringLiteral("org.freedesktop.DBus.Error.InteractiveAuthorizationRequired"),
                QStringLiteral("Access denied"));
            return {};
        }
        const uint id = ++m_lastJob;
        const QDBusObjectPath path(managerPath + QStringLiteral("/job/%1").arg(id));
        target->loaded = true;
        // Like systemd: the reply first, then the transitions, then JobRemoved.
        QList<std::pair<QString, QString>> steps;
        QString result = QStringLiteral("done");
        if (kind != u"start")
            steps = {{QStringLiteral("deactivating"), QStringLiteral("stop-sigterm")},
                     {QStringLiteral("inactive"), QStringLiteral("dead")}};
        if (name == u"liar.service" && kind == u"stop")
            steps = {{QStringLiteral("deactivating"), QStringLiteral("stop-sigterm")},
                     {QStringLiteral("active"), QStringLiteral("running")}};
        std::optional<std::pair<QString, QString>> afterJob;
        if (name == u"lagging.service" && kind == u"stop")
            afterJob = steps.takeLast();
        if (kind != u"stop") {
            steps.append({QStringLiteral("activating"), QStringLiteral("start")});
            if (name == u"broken.service") {
                steps.append({QStringLiteral("failed"), QStringLiteral("failed")});
                result = QStringLiteral("failed");
            } else {
                steps.append({QStringLiteral("active"), QStringLiteral("running")});
            }
        }
        int delay = 0;
        for (const auto &[active, sub] : steps) {
            delay += 30;
            QTimer::singleShot(delay, this,
                               [target, active, sub] { target->setState(active, sub); });
        }
        QTimer::singleShot(delay + 30, this, [this, id, path, name, result] {
            Q_EMIT JobRemoved(id, path, name, result);
        });
        if (afterJob)
            QTimer::singleShot(delay + 500, this, [target, state = *afterJob] {
                target->setState(state.first, state.second);
            });
        return path;
    }

    QDBusConnection m_bus;
    std::map<QString, std::unique_ptr<FakeUnit>> m_units;
    uint m_lastJob = 0;
};

// Lets a test play "someone else" changing a unit's state.
class FakeControl : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.backstep.FakeSystemd")
public:
    explicit FakeControl(FakeManager *manager)
        : m_manager(manager)
    {}

public Q_SLOTS:
    bool SetState(const QString &name, const QString &active, const QString &sub)
    {
        FakeUnit *unit = m_manager->unit(name);
        if (unit)
            unit->setState(active, sub);
        return unit != nullptr;
    }

private:
    FakeManager *m_manager;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: backstep_fake_systemd BUS_ADDRESS\n");
        return 2;
    }
    QDBusConnection bus = QDBusConnection::connectToBus(arguments.at(1), QStringLiteral("fake"));
    if (!bus.isConnected()) {
        std::fprintf(stderr, "cannot connect: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    FakeManager manager(bus);
    FakeControl control(&manager);
    bus.registerObject(managerPath, &manager,
                       QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals);
    bus.registerObject(QStringLiteral("/org/backstep/FakeSystemd"), &control,
                       QDBusConnection::ExportAllSlots);
    if (!bus.registerService(service)) {
        std::fprintf(stderr, "cannot own %s\n", qPrintable(service));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}

#include "fakesystemd.moc"
