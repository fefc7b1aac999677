#include "core/connectionprofile.h"

#include "core/connectionspec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};

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

QString webhookUrlProblem(const QString &url)
{
    if (url.isEmpty())
        return {};
    const QUrl webhook(url, QUrl::StrictMode);
    const QString scheme = webhook.scheme();
    if (!webhook.isValid() || webhook.host().isEmpty() ||
        (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")))
        return Tr::tr("the webhook URL must be an http or https URL with a host, such as "
                      "https://hooks.slack.com/services/…");
    return {};
}

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return Tr::tr("a connection profile needs a name");
    if (!url.isEmpty()) {
        auto spec = ConnectionSpec::parse(url);
        if (!spec)
            return Tr::tr("profile \"%1\": %2").arg(name, spec.error());
    }
    if (!historyTable.versionColumn.isEmpty() && historyTable.table.isEmpty())
        return Tr::tr("profile \"%1\": a version column is named but no history table").arg(name);
    if (service.isConfigured())
        if (const QString trouble = service.problem(); !trouble.isEmpty())
            return Tr::tr("profile \"%1\": %2").arg(name, trouble);
    if (const QString trouble = webhookUrlProblem(webhookUrl); !trouble.isEmpty())
        return Tr::tr("profile \"%1\": %2").arg(name, trouble);
    if (!webhookCaFile.isEmpty() &&
        !webhookUrl.startsWith(QLatin1StringView("https://"), Qt::CaseInsensitive))
        return Tr::tr("profile \"%1\": a webhook CA file goes with an https webhook URL").arg(name);
    for (const ValidationCommand &command : validationCommands)
        if (const QString trouble = command.problem(); !trouble.isEmpty())
            return Tr::tr("profile \"%1\": %2").arg(name, trouble);
    for (const Assertion &assertion : assertions)
        if (const QString trouble = assertionSqlProblem(assertion.sql); !trouble.isEmpty())
            return Tr::tr("profile \"%1\": the assertion \"%2\": %3")
                .arg(name, assertion.name, trouble);
    return {};
}

namespace {

// Reads one JSON object's members by name and type; the first mistake is kept with the
// path of the member it is about ("service.timeoutSeconds"). Members it was not asked
// about are mistakes too: a misspelt key would otherwise be dropped without a word.
class JsonFields
{
public:
    JsonFields(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    QString text(const QString &key, const QString &fallback = {})
    {
        const QJsonValue value = take(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString())
            fail(key, Tr::tr("must be a string"));
        return value.toString();
    }
    int number(const QString &key, int fallback)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        const double n = value.toDouble(-1.5);
        if (!value.isDouble() || n != double(int(n)))
            fail(key, Tr::tr("must be a whole number"));
        return int(n);
    }
    bool flag(const QString &key)
    {
        const QJsonValue value = take(key);
        if (!value.isUndefined() && !value.isNull() && !value.isBool())
            fail(key, Tr::tr("must be true or false"));
        return value.toBool();
    }
    QJsonArray array(const QString &key)
    {
        const QJsonValue value = take(key);
        if (!value.isUndefined() && !value.isNull() && !value.isArray())
            fail(key, Tr::tr("must be a list"));
        return value.toArray();
    }
    QJsonObject object(const QString &key)
    {
        const QJsonValue value = take(key);
        if (!value.isUndefined() && !value.isNull() && !value.isObject())
            fail(key, Tr::tr("must be an object"));
        return value.toObject();
    }
    QStringList texts(const QString &key)
    {
        QStringList result;
        const QJsonArray items = array(key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                fail(QStringLiteral("%1[%2]").arg(key).arg(i), Tr::tr("must be a string"));
            result.append(items.at(i).toString());
        }
        return result;
    }
    QString path(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    // Call last: names the first member nobody asked for.
    void noOthers()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
            if (!m_taken.contains(it.key()))
                fail(it.key(), Tr::tr("is not a profile setting (misspelt?)"));
    }
    void fail(const QString &key, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = QStringLiteral("\"%1\" %2").arg(path(key), what);
    }

private:
    QJsonValue take(const QString &key)
    {
        m_taken.insert(key);
        return m_object.value(key);
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    QSet<QString> m_taken;
};

} // namespace

QJsonObject profileToJson(const ConnectionProfile &profile)
{
    QJsonObject migrations{{QStringLiteral("folder"), profile.migrationsFolder},
                           {QStringLiteral("format"), profile.migrationsFormat}};
    if (!profile.historyTable.table.isEmpty()) {
        QJsonObject history{{QStringLiteral("table"), profile.historyTable.table}};
        if (!profile.historyTable.versionColumn.isEmpty())
            history.insert(QStringLiteral("versionColumn"), profile.historyTable.versionColumn);
        if (!profile.historyTable.appliedAtColumn.isEmpty())
            history.insert(QStringLiteral("appliedAtColumn"), profile.historyTable.appliedAtColumn);
        migrations.insert(QStringLiteral("historyTable"), history);
    }
    const ServiceConfig &service = profile.service;
    QJsonObject serviceObject{
        {QStringLiteral("unit"), service.unit},
        {QStringLiteral("backend"), ServiceConfig::backendName(service.backend)},
        {QStringLiteral("timeoutSeconds"), service.timeoutSeconds}};
    for (const auto &[key, command] :
         {std::pair{QStringLiteral("stopCommand"), &service.stopCommand},
          std::pair{QStringLiteral("startCommand"), &service.startCommand},
          std::pair{QStringLiteral("restartCommand"), &service.restartCommand},
          std::pair{QStringLiteral("statusCommand"), &service.statusCommand}})
        if (!command->isEmpty())
            serviceObject.insert(key, *command);
    QJsonArray contacts;
    for (const Contact &contact : profile.contacts)
        contacts.append(QJsonObject{{QStringLiteral("name"), contact.name},
                                    {QStringLiteral("email"), contact.email}});
    QJsonArray assertions;
    for (const Assertion &assertion : profile.assertions)
        assertions.append(QJsonObject{{QStringLiteral("name"), assertion.name},
                                      {QStringLiteral("sql"), assertion.sql},
                                      {QStringLiteral("expected"), assertion.expected}});
    QJsonArray commands;
    for (const ValidationCommand &command : profile.validationCommands) {
        QJsonObject environment;
        for (auto it = command.environment.cbegin(); it != command.environment.cend(); ++it)
            environment.insert(it.key(), it.value());
        commands.append(QJsonObject{{QStringLiteral("name"), command.name},
                                    {QStringLiteral("command"), command.command},
                                    {QStringLiteral("workingDirectory"), command.workingDirectory},
                                    {QStringLiteral("environment"), environment},
                                    {QStringLiteral("timeoutSeconds"), command.timeoutSeconds}});
    }
    QJsonObject json{
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("url"), profile.url},
        {QStringLiteral("rememberPassword"), profile.rememberPassword},
        {QStringLiteral("migrations"), migrations},
        {QStringLiteral("service"), serviceObject},
        {QStringLiteral("logFiles"), QJsonArray::fromStringList(profile.logFiles)},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("assertions"), assertions},
        {QStringLiteral("validationCommands"), commands},
    };
    if (!profile.webhookUrl.isEmpty())
        json.insert(QStringLiteral("webhookUrl"), profile.webhookUrl);
    if (!profile.webhookCaFile.isEmpty())
        json.insert(QStringLiteral("webhookCaFile"), profile.webhookCaFile);
    return json;
}

Result<ConnectionProfile> profileFromJson(const QJsonObject &object, const QString &where)
{
    QString error;
    ConnectionProfile profile;
    JsonFields top(object, {}, &error);
    profile.name = top.text(QStringLiteral("name"));
    profile.url = top.text(QStringLiteral("url"));
    profile.rememberPassword = top.flag(QStringLiteral("rememberPassword"));
    profile.logFiles = top.texts(QStringLiteral("logFiles"));

    JsonFields migrations(top.object(QStringLiteral("migrations")), QStringLiteral("migrations"),
                          &error);
    profile.migrationsFolder = migrations.text(QStringLiteral("folder"));
    profile.migrationsFormat = migrations.text(QStringLiteral("format"), QStringLiteral("auto"));
    JsonFields history(migrations.object(QStringLiteral("historyTable")),
                       migrations.path(QStringLiteral("historyTable")), &error);
    profile.historyTable.table = history.text(QStringLiteral("table"));
    profile.historyTable.versionColumn = history.text(QStringLiteral("versionColumn"));
    profile.historyTable.appliedAtColumn = history.text(QStringLiteral("appliedAtColumn"));
    history.noOthers();
    migrations.noOthers();

    JsonFields service(top.object(QStringLiteral("service")), QStringLiteral("service"), &error);
    profile.service.unit = service.text(QStringLiteral("unit"));
    const QString backend = service.text(QStringLiteral("backend"), QStringLiteral("systemd"));
    if (const auto parsed = ServiceConfig::backendFromName(backend))
        profile.service.backend = *parsed;
    else
        service.fail(QStringLiteral("backend"),
                     Tr::tr("is \"%1\": known backends are systemd and commands").arg(backend));
    profile.service.stopCommand = service.text(QStringLiteral("stopCommand"));
    profile.service.startCommand = service.text(QStringLiteral("startCommand"));
    profile.service.restartCommand = service.text(QStringLiteral("restartCommand"));
    profile.service.statusCommand = service.text(QStringLiteral("statusCommand"));
    profile.service.timeoutSeconds = service.number(QStringLiteral("timeoutSeconds"), 90);
    service.noOthers();

    const QJsonArray contacts = top.array(QStringLiteral("contacts"));
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        JsonFields contact(contacts.at(i).toObject(), QStringLiteral("contacts[%1]").arg(i),
                           &error);
        if (!contacts.at(i).isObject())
            top.fail(QStringLiteral("contacts[%1]").arg(i), Tr::tr("must be an object"));
        profile.contacts.append(
            {contact.text(QStringLiteral("name")), contact.text(QStringLiteral("email"))});
        contact.noOthers();
    }
    profile.webhookUrl = top.text(QStringLiteral("webhookUrl"));
    profile.webhookCaFile = top.text(QStringLiteral("webhookCaFile"));
    const QJsonArray assertions = top.array(QStringLiteral("assertions"));
    for (qsizetype i = 0; i < assertions.size(); ++i) {
        JsonFields assertion(assertions.at(i).toObject(), QStringLiteral("assertions[%1]").arg(i),
                             &error);
        if (!assertions.at(i).isObject())
            top.fail(QStringLiteral("assertions[%1]").arg(i), Tr::tr("must be an object"));
        profile.assertions.append({assertion.text(QStringLiteral("name")),
                                   assertion.text(QStringLiteral("sql")),
                                   assertion.text(QStringLiteral("expected"))});
        assertion.noOthers();
    }
    const QJsonArray commands = top.array(QStringLiteral("validationCommands"));
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QString path = QStringLiteral("validationCommands[%1]").arg(i);
        JsonFields fields(commands.at(i).toObject(), path, &error);
        if (!commands.at(i).isObject())
            top.fail(path, Tr::tr("must be an object"));
        ValidationCommand command;
        command.name = fields.text(QStringLiteral("name"));
        command.command = fields.text(QStringLiteral("command"));
        command.workingDirectory = fields.text(QStringLiteral("workingDirectory"));
        command.timeoutSeconds = fields.number(QStringLiteral("timeoutSeconds"), 300);
        const QJsonObject environment = fields.object(QStringLiteral("environment"));
        for (auto it = environment.constBegin(); it != environment.constEnd(); ++it) {
            if (!it.value().isString())
                fields.fail(QStringLiteral("environment.") + it.key(), Tr::tr("must be a string"));
            command.environment.insert(it.key(), it.value().toString());
        }
        fields.noOthers();
        profile.validationCommands.append(command);
    }
    top.noOthers();
    if (!error.isEmpty())
        return Error{Tr::tr("%1: %2").arg(where, error)};
    if (const QString trouble = profile.problem(); !trouble.isEmpty())
        return Error{Tr::tr("%1: %2").arg(where, trouble)};
    return profile;
}

} // namespace backstep
