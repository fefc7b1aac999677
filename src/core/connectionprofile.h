#pragma once

#include "core/assertion.h"
#include "core/history.h"
#include "core/result.h"
#include "core/validationcommand.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
    // A connection URL (ConnectionSpec), TLS settings and connect timeout as its query
    // (`?ssl-mode=verify-ca&ssl-ca=/path`); never a password.
    QString url;
    // Whether the password is kept in the desktop's keyring (never in the profile).
    bool rememberPassword = false;
    QString migrationsFolder;
    QString migrationsFormat = QStringLiteral("auto");
    // Empty: the history table is found among the known tools' tables.
    HistoryTableChoice historyTable;
    ServiceConfig service;
    QStringList logFiles;
    QList<Contact> contacts;
    // Where the playbook's report step posts its summary (a Slack-compatible incoming
    // webhook, http or https); empty: none. Its path and query often hold a token: shown
    // only through redactedUrl() (core/incidentnotice.h), never in a log or a report.
    QString webhookUrl;
    // For an https webhook signed by a CA of the organization's own: its certificate (PEM),
    // trusted besides the system's. Empty: the system's CAs alone.
    QString webhookCaFile;

    // The contact list of the HeartGuard rollback playbook, offered as an example.
    static QList<Contact> playbookContacts();

    // Verification: the DBA's own assertions.
    QList<Assertion> assertions;
    // Verification: the application's validation commands (playbook step 6).
    QList<ValidationCommand> validationCommands;

    // What makes it unfit to store, in words (no name, a password in the URL, a secret in
    // a validation command's environment, a service backend that lacks a command); empty
    // when nothing does.
    QString problem() const;
};

// What is wrong with a webhook URL, in words (not http or https, no host); empty when
// nothing is, or when the URL is empty (no webhook).
QString webhookUrlProblem(const QString &url);

// The documented JSON shape of a profile (docs/profiles.md): what `backstep-cli profile
// export` writes and `import` reads, and one entry of the profile store.
QJsonObject profileToJson(const ConnectionProfile &profile);
// `where` names the document in errors ("heartguard.json", "profiles.json, profile 2").
Result<ConnectionProfile> profileFromJson(const QJsonObject &object, const QString &where);

} // namespace backstep
