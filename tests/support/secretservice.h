#pragma once

#include <QProcess>
#include <QString>

namespace backstep::test {

// A real Secret Service for tests: a `dbus-daemon --session` of the test's own with
// `gnome-keyring-daemon --unlock --components=secrets` on it, its keyrings in `folder`
// (never the user's). Both processes end with this object.
//
// QtKeychain reaches it through DBUS_SESSION_BUS_ADDRESS, which useAsSessionBus() sets:
// call it before anything in the process touches the session bus.
class SecretServiceSandbox
{
public:
    SecretServiceSandbox() = default;
    ~SecretServiceSandbox();
    SecretServiceSandbox(const SecretServiceSandbox &) = delete;
    SecretServiceSandbox &operator=(const SecretServiceSandbox &) = delete;

    // Empty on success, else what went wrong.
    QString start(const QString &folder);
    QString address() const { return m_address; }
    // Where the keyring daemon keeps its files (XDG_DATA_HOME/keyrings).
    QString dataFolder() const { return m_folder + QStringLiteral("/data"); }
    void useAsSessionBus() const;

private:
    QProcess m_bus;
    QProcess m_keyring;
    QString m_folder;
    QString m_address;
};

} // namespace backstep::test
