#pragma once

#include "core/connectionprofile.h"

#include <QJsonDocument>

namespace backstep {

// The connection profiles, in one JSON file (`~/.config/backstep/profiles.json`, see
// docs/profiles.md) where every character of a command, a query or a path survives as
// typed. Nothing it writes is a secret: a profile has no password field, and save()
// refuses a URL or a variable that carries one.
//
// Profiles of older versions lived in the settings file (INI, where `;` starts a
// comment); they are read from there once, when the JSON file does not exist yet, and
// written to it.
class ProfileStore
{
public:
    // `~/.config/backstep/profiles.json`, migrating from the application's settings file.
    ProfileStore();
    // `file`, migrating from the INI file `legacySettings` when given (tests, tools).
    explicit ProfileStore(QString file, QString legacySettings = {});

    static QString defaultFile();
    QString file() const { return m_file; }

    // Sorted as people read them (case-insensitive).
    Result<QStringList> names() const;
    Result<QList<ConnectionProfile>> loadAll() const;
    Result<ConnectionProfile> load(const QString &name) const;
    // Adds the profile or replaces the one with its name.
    Result<void> save(const ConnectionProfile &profile);
    // Replaces `oldName` (renaming it) with `profile` in one write.
    Result<void> replace(const QString &oldName, const ConnectionProfile &profile);
    // No error when there is no such profile.
    Result<void> remove(const QString &name);

    // A document of one profile (what export writes) or of a store (all of its profiles).
    static Result<QList<ConnectionProfile>> readDocument(const QByteArray &json,
                                                         const QString &where);
    static QByteArray exportDocument(const ConnectionProfile &profile);

    // What the first read of an older settings file noticed (a value cut at a `;` that was
    // recovered from the file's text), for the person who reads the log; empty otherwise.
    QStringList migrationNotes() const { return m_notes; }

private:
    Result<QList<ConnectionProfile>> read() const;
    Result<void> write(const QList<ConnectionProfile> &profiles) const;

    QString m_file;
    QString m_legacySettings;
    mutable QStringList m_notes;
};

} // namespace backstep
