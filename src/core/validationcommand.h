#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace backstep {

// One of the application's own validation commands, run after a rollback (playbook step
// 6: `npm run validate:data`, `npm run test`). The command line is run by `/bin/sh -c` in
// `workingDirectory` (empty: Backstep's current folder) with `environment` added to
// Backstep's own.
//
// Nothing here is a secret: a profile is a settings file. A variable whose name looks
// like a secret's (see looksSecret) or whose value is a URL with a password in it is
// refused by problem(), so ProfileStore never writes one. A command that needs a secret
// reads it where the application keeps it (its own .env or config file), or from a
// variable already in the environment Backstep was started with.
struct ValidationCommand
{
    QString name;    // e.g. "data validation"; empty: the command line names it
    QString command; // e.g. "npm run validate:data"
    QString workingDirectory;
    QMap<QString, QString> environment;
    int timeoutSeconds = 300; // 1 to maximumTimeoutSeconds

    static constexpr int maximumTimeoutSeconds = 24 * 60 * 60;

    // The name the report shows: `name`, else the command line.
    QString displayName() const;
    // What is wrong with it, in words; empty when nothing is.
    QString problem() const;

    // True for a variable name that suggests a secret: it contains PASSWORD, PASSWD,
    // SECRET, TOKEN or CREDENTIAL, or ends in KEY (API_KEY, AWS_ACCESS_KEY), any case.
    static bool looksSecret(const QString &variableName);

    friend bool operator==(const ValidationCommand &, const ValidationCommand &) = default;
};

} // namespace backstep
