#include "support/secretservice.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QTest>

namespace backstep::test {

SecretServiceSandbox::~SecretServiceSandbox()
{
    for (QProcess *process : {&m_keyring, &m_bus}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished(5000);
        }
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("backstep-secret-probe"));
}

QString SecretServiceSandbox::start(const QString &folder)
{
    m_folder = folder;
    for (const char *sub : {"home", "data", "config", "runtime"})
        QDir().mkpath(folder + u'/' + QLatin1StringView(sub));
    QFile::setPermissions(folder + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--session"), QStringLiteral("--print-address"),
                 QStringLiteral("--nofork"), QStringLiteral("--address=unix:dir=") + folder});
    if (!m_bus.waitForStarted(10000))
        return QStringLiteral("cannot start dbus-daemon: ") + m_bus.errorString();
    while (!m_bus.canReadLine()) {
        if (!m_bus.waitForReadyRead(10000))
            return QStringLiteral("dbus-daemon printed no address: ") +
                   QString::fromLocal8Bit(m_bus.readAllStandardError());
    }
    m_address = QString::fromLocal8Bit(m_bus.readLine()).trimmed();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    environment.insert(QStringLiteral("HOME"), folder + QStringLiteral("/home"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataFolder());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder + QStringLiteral("/runtime"));
    m_keyring.setProcessEnvironment(environment);
    m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(10000))
        return QStringLiteral("cannot start gnome-keyring-daemon: ") + m_keyring.errorString();
    // The login keyring's own password, on standard input as --unlock reads it.
    m_keyring.write("keyring-of-the-test");
    m_keyring.closeWriteChannel();

    QDBusConnection probe =
        QDBusConnection::connectToBus(m_address, QStringLiteral("backstep-secret-probe"));
    if (!probe.isConnected())
        return QStringLiteral("cannot connect to the test's bus: ") + probe.lastError().message();
    const bool registered = QTest::qWaitFor(
        [&] {
            return m_keyring.state() != QProcess::Running ||
                   probe.interface()->isServiceRegistered(
                       QStringLiteral("org.freedesktop.secrets"));
        },
        30000);
    if (!registered || m_keyring.state() != QProcess::Running)
        return QStringLiteral("gnome-keyring-daemon did not offer org.freedesktop.secrets");
    return {};
}

void SecretServiceSandbox::useAsSessionBus() const
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toLocal8Bit());
}

} // namespace backstep::test
