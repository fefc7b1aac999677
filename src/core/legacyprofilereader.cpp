#include "core/legacyprofilereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSettings>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};

// A key or section as the INI file spells it, as QSettings names it: `\` separates
// groups, %XX and %UXXXX stand for other characters.
QString unescapeIniKey(const QString &text)
{
    QString key;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            key += u'/';
        } else if (c == u'%' && i + 5 < text.size() && text.at(i + 1) == u'U') {
            bool ok = false;
            const uint code = text.mid(i + 2, 4).toUInt(&ok, 16);
            key += ok ? QChar(char16_t(code)) : c;
            i += ok ? 5 : 0;
        } else if (c == u'%' && i + 2 < text.size()) {
            bool ok = false;
            const uint code = text.mid(i + 1, 2).toUInt(&ok, 16);
            key += ok ? QChar(char16_t(code)) : c;
            i += ok ? 2 : 0;
        } else {
            key += c;
        }
    }
    return key;
}

// Whether a raw value looks written by hand with characters the INI reader interprets:
// a `;` outside quotes (a comment to it), or a double quote that is neither escaped nor
// around the whole value (QSettings writes `"..."` and `\"`).
bool mangledByIni(const QString &raw)
{
    if (raw.size() >= 2 && raw.startsWith(u'"') && raw.endsWith(u'"'))
        return false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == u'\\') {
            ++i;
            continue;
        }
        if (raw.at(i) == u';' || raw.at(i) == u'"')
            return true;
    }
    return false;
}

struct RawValue
{
    QString text;
    int line = 0;
};

// The hand-written values the INI reader would mangle, by their full key.
QHash<QString, RawValue> mangledValues(const QString &iniFile)
{
    QHash<QString, RawValue> values;
    QFile file(iniFile);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    QString section;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = unescapeIniKey(line.mid(1, line.size() - 2).trimmed());
            if (section.compare(QLatin1StringView("General"), Qt::CaseInsensitive) == 0)
                section.clear();
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0 || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        const QString raw = line.mid(equals + 1).trimmed();
        if (!mangledByIni(raw))
            continue;
        const QString key = unescapeIniKey(line.left(equals).trimmed());
        values.insert(section.isEmpty() ? key : section + u'/' + key, {raw, lineNumber});
    }
    return values;
}

class IniValues
{
public:
    IniValues(QSettings &settings, QHash<QString, RawValue> raw, QStringList *notes)
        : m_settings(settings)
        , m_raw(std::move(raw))
        , m_notes(notes)
    {}

    QString text(const QString &key, const QString &fallback = {})
    {
        const QString full = m_settings.group() + u'/' + key;
        if (auto it = m_raw.constFind(full); it != m_raw.cend()) {
            const QString read = m_settings.value(key).toString();
            m_notes->append(Tr::tr("%1:%2: %3 is kept as written (%4); the INI format read it "
                                   "as \"%5\"")
                                .arg(QFileInfo(m_settings.fileName()).fileName())
                                .arg(it->line)
                                .arg(full, it->text, read));
            return it->text;
        }
        return m_settings.value(key, fallback).toString();
    }
    int number(const QString &key, int fallback) { return m_settings.value(key, fallback).toInt(); }

private:
    QSettings &m_settings;
    QHash<QString, RawValue> m_raw;
    QStringList *m_notes;
};

} // namespace

Result<LegacyProfileReader::Outcome> LegacyProfileReader::read(const QString &iniFile)
{
    Outcome outcome;
    if (!QFileInfo::exists(iniFile))
        return outcome;
    QSettings s(iniFile, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return Error{Tr::tr("cannot read the settings file %1").arg(iniFile)};
    IniValues v(s, mangledValues(iniFile), &outcome.notes);
    s.beginGroup(QStringLiteral("profiles"));
    const QStringList groups = s.childGroups();
    for (const QString &group : groups) {
        s.beginGroup(group);
        ConnectionProfile profile;
        profile.name = v.text(QStringLiteral("name"), group);
        profile.url = v.text(QStringLiteral("url"));
        profile.migrationsFolder = v.text(QStringLiteral("migrations"));
        profile.migrationsFormat = v.text(QStringLiteral("format"), QStringLiteral("auto"));
        profile.logFiles = s.value(QStringLiteral("logFiles")).toStringList();

        s.beginGroup(QStringLiteral("service"));
        ServiceConfig &service = profile.service;
        service.unit = v.text(QStringLiteral("unit"));
        const QString backend = v.text(QStringLiteral("backend"), QStringLiteral("systemd"));
        service.stopCommand = v.text(QStringLiteral("stopCommand"));
        service.startCommand = v.text(QStringLiteral("startCommand"));
        service.restartCommand = v.text(QStringLiteral("restartCommand"));
        service.statusCommand = v.text(QStringLiteral("statusCommand"));
        service.timeoutSeconds = v.number(QStringLiteral("timeoutSeconds"), 90);
        s.endGroup();
        const auto parsedBackend = ServiceConfig::backendFromName(backend);
        if (!parsedBackend) {
            s.endGroup();
            return Error{Tr::tr("profile \"%1\" in %2: unknown service backend \"%3\" (known: "
                                "systemd, commands)")
                             .arg(profile.name, iniFile, backend)};
        }
        service.backend = *parsedBackend;

        const int contacts = s.beginReadArray(QStringLiteral("contacts"));
        for (int i = 0; i < contacts; ++i) {
            s.setArrayIndex(i);
            profile.contacts.append(
                {v.text(QStringLiteral("name")), v.text(QStringLiteral("email"))});
        }
        s.endArray();
        const int assertions = s.beginReadArray(QStringLiteral("assertions"));
        for (int i = 0; i < assertions; ++i) {
            s.setArrayIndex(i);
            profile.assertions.append({v.text(QStringLiteral("name")),
                                       v.text(QStringLiteral("sql")),
                                       v.text(QStringLiteral("expected"))});
        }
        s.endArray();
        const int commands = s.beginReadArray(QStringLiteral("validationCommands"));
        for (int i = 0; i < commands; ++i) {
            s.setArrayIndex(i);
            ValidationCommand command;
            command.name = v.text(QStringLiteral("name"));
            command.command = v.text(QStringLiteral("command"));
            command.workingDirectory = v.text(QStringLiteral("workingDirectory"));
            command.timeoutSeconds = v.number(QStringLiteral("timeoutSeconds"), 300);
            const int variables = s.beginReadArray(QStringLiteral("environment"));
            for (int j = 0; j < variables; ++j) {
                s.setArrayIndex(j);
                command.environment.insert(v.text(QStringLiteral("name")),
                                           v.text(QStringLiteral("value")));
            }
            s.endArray();
            profile.validationCommands.append(command);
        }
        s.endArray();
        s.endGroup();
        outcome.profiles.append(profile);
    }
    s.endGroup();
    return outcome;
}

} // namespace backstep
