#pragma once

#include "core/assertion.h"
#include "core/result.h"
#include "core/validationcommand.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace backstep {

// How the application's service is stopped and started: through systemd's D-Bus API, or
// through command lines of the DBA's choosing (`sudo systemctl stop heartguard-app`, a
// script). Command lines are run by /bin/sh; they never carry a password.
struct ServiceConfig
{
    enum class Backend { Systemd, Commands };

    QString unit; // e.g. "heartguard-app.service"; empty: no service configured
    Backend backend = Backend::Systemd;
    QString stopCommand;
    QString startCommand;
    QString restartCommand; // empty: stop, then start
    QString statusCommand;  // exit codes as `systemctl is-active`: 0 active, 3 inactive
    int timeoutSeconds = 90;

    bool isConfigured() const { return !unit.isEmpty(); }
    // What is missing for the backend to work; empty when nothing is.
    QString problem() const;

    static QString backendName(Backend backend);
    static std::optional<Backend> backendFromName(const QString &name);
};

// Someone to tell when a rollback starts or ends.
struct Contact
{
    QString name;  // e.g. "Database Administrator"
    QString email; // e.g. "dba@heartguard.com"

    friend bool operator==(const Contact &, const Contact &) = default;
};

// Everything Backstep knows about one deployment, under a name the DBA picks: where the
// database is (a URL, never a password), its migrations, its service, its logs and who
// to tell.
struct ConnectionProfile
{
    QString name;
    QString url; // ConnectionSpec::url(): never carries a password
    QString migrationsFolder;
    QString migrationsFormat = QStringLiteral("auto");
    ServiceConfig service;
    QStringList logFiles;
    QList<Contact> contacts;

    // The contact list of the HeartGuard rollback playbook, offered as an example.
    static QList<Contact> playbookContacts();

    // Verification: the DBA's own assertions.
    QList<Assertion> assertions;
    // Verification: the application's validation commands (playbook step 6).
    QList<ValidationCommand> validationCommands;
};

// Profiles in QSettings, one group per profile under "profiles/". Nothing it writes is a
// secret: there is no password field to write.
class ProfileStore
{
public:
    // The application's settings, or `settings` (not owned) for tests and tools.
    explicit ProfileStore(QSettings *settings = nullptr);
    ~ProfileStore();

    QStringList names() const;
    Result<ConnectionProfile> load(const QString &name) const;
    Result<void> save(const ConnectionProfile &profile);
    void remove(const QString &name);

private:
    QSettings &settings() const;

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace backstep
