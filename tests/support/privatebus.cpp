#include "support/privatebus.h"

#include "support/testsupport.h"

namespace backstep::test {

PrivateBus::~PrivateBus()
{
    for (QProcess *process : {&m_fake, &m_daemon}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished(5000);
        }
    }
}

QString PrivateBus::start(const QString &folder)
{
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   {QStringLiteral("--session"), QStringLiteral("--print-address"),
                    QStringLiteral("--nofork"), QStringLiteral("--address=unix:dir=") + folder});
    if (!m_daemon.waitForStarted(10000))
        return QStringLiteral("cannot start dbus-daemon: ") + m_daemon.errorString();
    while (!m_daemon.canReadLine()) {
        if (!m_daemon.waitForReadyRead(10000))
            return QStringLiteral("dbus-daemon printed no address: ") +
                   QString::fromLocal8Bit(m_daemon.readAllStandardError());
    }
    m_address = QString::fromLocal8Bit(m_daemon.readLine()).trimmed();

    m_fake.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_fake.start(fakeSystemdPath(), {m_address});
    if (!m_fake.waitForStarted(10000))
        return QStringLiteral("cannot start the fake systemd: ") + m_fake.errorString();
    while (!m_fake.canReadLine()) {
        if (!m_fake.waitForReadyRead(10000))
            return QStringLiteral("the fake systemd did not get ready");
    }
    if (m_fake.readLine().trimmed() != "ready")
        return QStringLiteral("the fake systemd said something unexpected");
    return {};
}

} // namespace backstep::test
