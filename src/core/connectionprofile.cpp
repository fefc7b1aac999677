#include "core/connectionprofile.h"

#include "core/connectionspec.h"

#include <QCoreApplication>
#include <QSettings>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};

const QString profilesGroup = QStringLiteral("profiles");

// A profile's name becomes a settings group: keep it one level deep.
QString groupKey(const QString &name)
{
    QString key = name;
    key.replace(u'/', u'_').replace(u'\\', u'_');
    return profilesGroup + u'/' + key;
}

} // namespace

QString ServiceConfig::problem() const
{
    if (unit.isEmpty())
        return Tr::tr("no service unit is named");
    if (backend == Backend::Commands) {
        QStringList missing;
        if (stopCommand.isEmpty())
            missing.append(QStringLiteral("stop"));
        if (startCommand.isEmpty())
            missing.append(QStringLiteral("start"));
        if (statusCommand.isEmpty())
            missing.append(QStringLiteral("status"));
        if (!missing.isEmpty())
            return Tr::tr("the commands backend needs a %1 command").arg(missing.join(u", "));
    }
    if (timeoutSeconds <= 0)
        return Tr::tr("the timeout must be at least one second");
    return {};
}

QString ServiceConfig::backendName(Backend backend)
{
    return backend == Backend::Systemd ? QStringLiteral("systemd") : QStringLiteral("commands");
}

std::optional<ServiceConfig::Backend> ServiceConfig::backendFromName(const QString &name)
{
    if (name == u"systemd")
        return Backend::Systemd;
    if (name == u"commands")
        return Backend::Commands;
    return std::nullopt;
}

QList<Contact> ConnectionProfile::playbookContacts()
{
    return {
        {Tr::tr("Database Administrator"), QStringLiteral("dba@heartguard.com")},
        {Tr::tr("Development Team Lead"), QStringLiteral("lead-dev@heartguard.com")},
        {Tr::tr("Infrastructure Team"), QStringLiteral("infra@heartguard.com")},
    };
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_owned(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_owned.get())
{}

ProfileStore::~ProfileStore() = default;

QSettings &ProfileStore::settings() const
{
    return *m_settings;
}

QStringList ProfileStore::names() const
{
    QStringList result;
    settings().beginGroup(profilesGroup);
    for (const QString &group : settings().childGroups()) {
        settings().beginGroup(group);
        result.append(settings().value(QStringLiteral("name"), group).toString());
        settings().endGroup();
    }
    settings().endGroup();
    result.sort(Qt::CaseInsensitive);
    return result;
}

Result<ConnectionProfile> ProfileStore::load(const QString &name) const
{
    QSettings &s = settings();
    if (!s.childGroups().contains(profilesGroup) || !names().contains(name))
        return Error{Tr::tr("no connection profile named \"%1\" in %2").arg(name, s.fileName())};
    ConnectionProfile profile;
    s.beginGroup(groupKey(name));
    profile.name = s.value(QStringLiteral("name"), name).toString();
    profile.url = s.value(QStringLiteral("url")).toString();
    profile.migrationsFolder = s.value(QStringLiteral("migrations")).toString();
    profile.migrationsFormat = s.value(QStringLiteral("format"), QStringLiteral("auto")).toString();
    profile.logFiles = s.value(QStringLiteral("logFiles")).toStringList();

    s.beginGroup(QStringLiteral("service"));
    ServiceConfig &service = profile.service;
    service.unit = s.value(QStringLiteral("unit")).toString();
    const QString backend =
        s.value(QStringLiteral("backend"), QStringLiteral("systemd")).toString();
    service.stopCommand = s.value(QStringLiteral("stopCommand")).toString();
    service.startCommand = s.value(QStringLiteral("startCommand")).toString();
    service.restartCommand = s.value(QStringLiteral("restartCommand")).toString();
    service.statusCommand = s.value(QStringLiteral("statusCommand")).toString();
    service.timeoutSeconds = s.value(QStringLiteral("timeoutSeconds"), 90).toInt();
    s.endGroup();

    const int contacts = s.beginReadArray(QStringLiteral("contacts"));
    for (int i = 0; i < contacts; ++i) {
        s.setArrayIndex(i);
        profile.contacts.append({s.value(QStringLiteral("name")).toString(),
                                 s.value(QStringLiteral("email")).toString()});
    }
    s.endArray();
    const int assertions = s.beginReadArray(QStringLiteral("assertions"));
    for (int i = 0; i < assertions; ++i) {
        s.setArrayIndex(i);
        profile.assertions.append({s.value(QStringLiteral("name")).toString(),
                                   s.value(QStringLiteral("sql")).toString(),
                                   s.value(QStringLiteral("expected")).toString()});
    }
    s.endArray();
    profile.validationCommands = readValidationCommands(s);
    s.endGroup();

    const auto parsedBackend = ServiceConfig::backendFromName(backend);
    if (!parsedBackend)
        return Error{Tr::tr("profile \"%1\" in %2: unknown service backend \"%3\" (known: systemd, "
                            "commands)")
                         .arg(name, s.fileName(), backend)};
    service.backend = *parsedBackend;
    return profile;
}

Result<void> ProfileStore::save(const ConnectionProfile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return Error{Tr::tr("a connection profile needs a name")};
    if (!profile.url.isEmpty()) {
        // Stored as ConnectionSpec::url() renders it, which cannot hold a password.
        auto spec = ConnectionSpec::parse(profile.url);
        if (!spec)
            return Error{Tr::tr("profile \"%1\": %2").arg(profile.name, spec.error())};
    }
    for (const ValidationCommand &command : profile.validationCommands)
        if (const QString problem = command.problem(); !problem.isEmpty())
            return Error{Tr::tr("profile \"%1\": %2").arg(profile.name, problem)};
    QSettings &s = settings();
    s.remove(groupKey(profile.name));
    s.beginGroup(groupKey(profile.name));
    s.setValue(QStringLiteral("name"), profile.name);
    s.setValue(QStringLiteral("url"),
               profile.url.isEmpty() ? QString() : ConnectionSpec::parse(profile.url)->url());
    s.setValue(QStringLiteral("migrations"), profile.migrationsFolder);
    s.setValue(QStringLiteral("format"), profile.migrationsFormat);
    s.setValue(QStringLiteral("logFiles"), profile.logFiles);

    s.beginGroup(QStringLiteral("service"));
    const ServiceConfig &service = profile.service;
    s.setValue(QStringLiteral("unit"), service.unit);
    s.setValue(QStringLiteral("backend"), ServiceConfig::backendName(service.backend));
    s.setValue(QStringLiteral("stopCommand"), service.stopCommand);
    s.setValue(QStringLiteral("startCommand"), service.startCommand);
    s.setValue(QStringLiteral("restartCommand"), service.restartCommand);
    s.setValue(QStringLiteral("statusCommand"), service.statusCommand);
    s.setValue(QStringLiteral("timeoutSeconds"), service.timeoutSeconds);
    s.endGroup();

    s.beginWriteArray(QStringLiteral("contacts"), int(profile.contacts.size()));
    for (int i = 0; i < profile.contacts.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), profile.contacts.at(i).name);
        s.setValue(QStringLiteral("email"), profile.contacts.at(i).email);
    }
    s.endArray();
    s.beginWriteArray(QStringLiteral("assertions"), int(profile.assertions.size()));
    for (int i = 0; i < profile.assertions.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), profile.assertions.at(i).name);
        s.setValue(QStringLiteral("sql"), profile.assertions.at(i).sql);
        s.setValue(QStringLiteral("expected"), profile.assertions.at(i).expected);
    }
    s.endArray();
    writeValidationCommands(s, profile.validationCommands);
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError)
        return Error{Tr::tr("cannot write the connection profile \"%1\" to %2")
                         .arg(profile.name, s.fileName())};
    return {};
}

void ProfileStore::remove(const QString &name)
{
    settings().remove(groupKey(name));
    settings().sync();
}

} // namespace backstep
