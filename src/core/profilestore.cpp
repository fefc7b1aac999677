#include "core/profilestore.h"

#include "core/legacyprofilereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

Q_LOGGING_CATEGORY(lcProfiles, "backstep.profiles")

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};

// The documents' first member says what they are, so that a file given to `import` by
// mistake is refused for what it is.
const QString profileMark = QStringLiteral("backstepProfile");
const QString storeMark = QStringLiteral("backstepProfiles");
constexpr int formatVersion = 1;

// "file:LINE:COLUMN" of a byte offset, for JSON syntax errors.
QString locationOf(const QByteArray &json, qsizetype offset, const QString &where)
{
    const QByteArray before = json.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return QStringLiteral("%1:%2:%3")
        .arg(where)
        .arg(before.count('\n') + 1)
        .arg(QString::fromUtf8(before.mid(lineStart)).size() + 1);
}

} // namespace

ProfileStore::ProfileStore()
    : ProfileStore(defaultFile(), QSettings().fileName())
{}

ProfileStore::ProfileStore(QString file, QString legacySettings)
    : m_file(std::move(file))
    , m_legacySettings(std::move(legacySettings))
{}

QString ProfileStore::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/backstep/profiles.json");
}

Result<QList<ConnectionProfile>> ProfileStore::readDocument(const QByteArray &json,
                                                            const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            Tr::tr("%1: not JSON: %2")
                .arg(locationOf(json, parseError.offset, where), parseError.errorString())};
    QJsonObject top = document.object();
    if (top.contains(storeMark)) {
        if (top.value(storeMark).toInt() != formatVersion)
            return Error{Tr::tr("%1: written by a newer Backstep (profiles format %2; this one "
                                "reads %3)")
                             .arg(where)
                             .arg(top.value(storeMark).toInt())
                             .arg(formatVersion)};
        QList<ConnectionProfile> profiles;
        const QJsonArray entries = top.value(QStringLiteral("profiles")).toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            auto profile = profileFromJson(entries.at(i).toObject(),
                                           Tr::tr("%1, profile %2").arg(where).arg(i + 1));
            if (!profile)
                return profile.failure();
            profiles.append(profile.value());
        }
        return profiles;
    }
    if (!top.contains(profileMark))
        return Error{Tr::tr("%1: not a Backstep profile (no \"%2\" member; see "
                            "docs/profiles.md)")
                         .arg(where, profileMark)};
    if (top.value(profileMark).toInt() != formatVersion)
        return Error{Tr::tr("%1: written by a newer Backstep (profile format %2; this one reads "
                            "%3)")
                         .arg(where)
                         .arg(top.value(profileMark).toInt())
                         .arg(formatVersion)};
    top.remove(profileMark);
    auto profile = profileFromJson(top, where);
    if (!profile)
        return profile.failure();
    return QList<ConnectionProfile>{profile.value()};
}

QByteArray ProfileStore::exportDocument(const ConnectionProfile &profile)
{
    QJsonObject object = profileToJson(profile);
    object.insert(profileMark, formatVersion);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<QList<ConnectionProfile>> ProfileStore::read() const
{
    QFile file(m_file);
    if (!file.exists()) {
        // First read after an upgrade: the profiles an older Backstep kept in its INI
        // settings move to the JSON file (the INI file is left as it was).
        if (m_legacySettings.isEmpty())
            return QList<ConnectionProfile>{};
        auto legacy = LegacyProfileReader::read(m_legacySettings);
        if (!legacy)
            return legacy.failure();
        m_notes = legacy->notes;
        for (const QString &note : std::as_const(m_notes))
            qCInfo(lcProfiles).noquote() << note;
        if (!legacy->profiles.isEmpty()) {
            if (auto written = write(legacy->profiles); !written)
                return written.failure();
            qCInfo(lcProfiles).noquote() << Tr::tr("moved %n profile(s) from %1 to %2", nullptr,
                                                   int(legacy->profiles.size()))
                                                .arg(m_legacySettings, m_file);
        }
        return legacy->profiles;
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("cannot read %1: %2").arg(m_file, file.errorString())};
    return readDocument(file.readAll(), m_file);
}

Result<void> ProfileStore::write(const QList<ConnectionProfile> &profiles) const
{
    QJsonArray entries;
    for (const ConnectionProfile &profile : profiles)
        entries.append(profileToJson(profile));
    const QJsonObject top{{storeMark, formatVersion}, {QStringLiteral("profiles"), entries}};
    if (!QDir().mkpath(QFileInfo(m_file).absolutePath()))
        return Error{Tr::tr("cannot create the folder of %1").arg(m_file)};
    // Written whole to a temporary file and renamed: a crash leaves the old file or the
    // new one, never half of one.
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("cannot write %1: %2").arg(m_file, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(top).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{Tr::tr("cannot write %1: %2").arg(m_file, file.errorString())};
    return {};
}

Result<QList<ConnectionProfile>> ProfileStore::loadAll() const
{
    auto profiles = read();
    if (!profiles)
        return profiles.failure();
    std::stable_sort(profiles.value().begin(), profiles.value().end(),
                     [](const ConnectionProfile &a, const ConnectionProfile &b) {
                         return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                     });
    return profiles;
}

Result<QStringList> ProfileStore::names() const
{
    auto profiles = loadAll();
    if (!profiles)
        return profiles.failure();
    QStringList result;
    for (const ConnectionProfile &profile : profiles.value())
        result.append(profile.name);
    return result;
}

Result<ConnectionProfile> ProfileStore::load(const QString &name) const
{
    auto profiles = read();
    if (!profiles)
        return profiles.failure();
    for (const ConnectionProfile &profile : profiles.value())
        if (profile.name == name)
            return profile;
    return Error{Tr::tr("no connection profile named \"%1\" in %2").arg(name, m_file)};
}

Result<void> ProfileStore::save(const ConnectionProfile &profile)
{
    return replace(profile.name, profile);
}

Result<void> ProfileStore::replace(const QString &oldName, const ConnectionProfile &profile)
{
    if (const QString problem = profile.problem(); !problem.isEmpty())
        return Error{problem};
    auto profiles = read();
    if (!profiles)
        return profiles.failure();
    QList<ConnectionProfile> &list = profiles.value();
    if (oldName != profile.name &&
        std::any_of(list.cbegin(), list.cend(),
                    [&](const ConnectionProfile &p) { return p.name == profile.name; }))
        return Error{
            Tr::tr("there is already a connection profile named \"%1\"").arg(profile.name)};
    const auto existing = std::find_if(
        list.begin(), list.end(), [&](const ConnectionProfile &p) { return p.name == oldName; });
    if (existing != list.end())
        *existing = profile;
    else
        list.append(profile);
    return write(list);
}

Result<void> ProfileStore::remove(const QString &name)
{
    auto profiles = read();
    if (!profiles)
        return profiles.failure();
    if (profiles.value().removeIf([&](const ConnectionProfile &p) { return p.name == name; }) == 0)
        return {};
    return write(profiles.value());
}

} // namespace backstep
