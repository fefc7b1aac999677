#pragma once

#include <QProcess>
#include <QString>

namespace backstep::test {

// A D-Bus daemon of the test's own (`dbus-daemon --session`, listening in `folder`) with
// the fake systemd (tests/support/fakesystemd.cpp) on it. Never the system bus. Both
// processes end with this object.
class PrivateBus
{
public:
    PrivateBus() = default;
    ~PrivateBus();
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    // Empty on success, else what went wrong.
    QString start(const QString &folder);
    QString address() const { return m_address; }

private:
    QProcess m_daemon;
    QProcess m_fake;
    QString m_address;
};

} // namespace backstep::test
