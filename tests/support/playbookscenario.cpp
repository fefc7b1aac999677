#include "support/playbookscenario.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>

namespace backstep::test {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

PlaybookScenario::PlaybookScenario(MariaDbSandbox server, const QString &folder,
                                   const QString &prefix)
    : m_server(std::move(server))
    , m_folder(folder)
{
    // A unique name now, the database itself made by freshDatabase() (the profile names it).
    m_database = m_server.createDatabase(prefix);
    m_server.execute(m_database, {QStringLiteral("DROP DATABASE `%1`").arg(m_database)});
}

PlaybookScenario PlaybookScenario::existing(MariaDbSandbox server, const QString &folder,
                                            const QString &database)
{
    return PlaybookScenario(std::move(server), folder, database, Existing{});
}

PlaybookScenario::PlaybookScenario(MariaDbSandbox server, const QString &folder,
                                   const QString &database, Existing)
    : m_server(std::move(server))
    , m_folder(folder)
    , m_database(database)
{}

QString PlaybookScenario::migrations() const
{
    return m_folder + s("/db/migrations");
}

QString PlaybookScenario::backups() const
{
    return m_folder + s("/backups");
}

QString PlaybookScenario::serviceScript() const
{
    // Its own name: the script knows its daemon by it ("heartguard-app serve").
    return m_folder + s("/service/heartguard-app");
}

QString PlaybookScenario::logFile() const
{
    // Where the demo's script writes, beside its folder.
    return m_folder + s("/logs/heartguard-app.log");
}

bool PlaybookScenario::setUp()
{
    const QString folder = migrations();
    if (!QDir().mkpath(folder) || !QDir().mkpath(backups()) ||
        !QDir().mkpath(m_folder + s("/service")) || !QDir().mkpath(m_folder + s("/logs"))) {
        qWarning("cannot make the scenario's folders in %s", qPrintable(m_folder));
        return false;
    }
    writeFile(folder + s("/0001_customers.sql"),
              s("-- migrate:up\n"
                "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL);\n"
                "INSERT INTO customers SELECT seq, CONCAT('customer ', seq) FROM ") +
                  integersUpTo(2000) + s(";\n\n-- migrate:down\nDROP TABLE customers;\n"));
    writeFile(folder + s("/0002_orders.sql"),
              s("-- migrate:up\n"
                "CREATE TABLE counters (name VARCHAR(20) PRIMARY KEY, n INT NOT NULL);\n"
                "INSERT INTO counters VALUES ('orders', 100);\n"
                "CREATE TABLE orders (id INT PRIMARY KEY, total INT NOT NULL);\n\n"
                "-- migrate:down\nDROP TABLE orders;\nDROP TABLE counters;\n"));
    writeFile(folder + s("/0003_order_notes.sql"),
              s("-- migrate:up\n"
                "ALTER TABLE orders ADD COLUMN note VARCHAR(40);\n"
                "UPDATE counters SET n = n + 10 WHERE name = 'orders';\n\n"
                "-- migrate:down\n"
                "UPDATE counters SET n = n - 10 WHERE name = 'orders';\n"
                "ALTER TABLE orders DROP COLUMN note;\n"));

    const QString script = serviceScript();
    if (!QFile::copy(sourceDir() + s("/resources/demo/service/heartguard-app"), script) ||
        !QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        qWarning("cannot copy the demo's service script to %s", qPrintable(script));
        return false;
    }
    const ProcessResult started = run(script, {s("start")});
    if (started.exitCode != 0) {
        qWarning("the service did not start: %s", started.err.constData());
        return false;
    }
    return true;
}

void PlaybookScenario::tearDown()
{
    if (QFileInfo::exists(serviceScript()))
        run(serviceScript(), {s("stop")});
    if (!m_database.isEmpty())
        m_server.execute({}, {QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(m_database)});
}

void PlaybookScenario::freshDatabase()
{
    m_server.execute({}, {QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(m_database),
                          QStringLiteral("CREATE DATABASE `%1`").arg(m_database)});
    m_server.execute(m_database, applyMigrationsScript(migrations()));
}

int PlaybookScenario::counter()
{
    int value = -1;
    {
        QSqlDatabase db = m_server.connect(s("scenario-counter"), m_database);
        QSqlQuery query(db);
        if (query.exec(s("SELECT n FROM counters WHERE name = 'orders'")) && query.next())
            value = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(s("scenario-counter"));
    return value;
}

bool PlaybookScenario::ordersHaveNote()
{
    bool found = false;
    {
        QSqlDatabase db = m_server.connect(s("scenario-columns"), m_database);
        QSqlQuery query(db);
        query.prepare(s("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = ? "
                        "AND table_name = 'orders' AND column_name = 'note'"));
        query.addBindValue(m_database);
        found = query.exec() && query.next() && query.value(0).toInt() == 1;
    }
    QSqlDatabase::removeDatabase(s("scenario-columns"));
    return found;
}

int PlaybookScenario::serviceStatus() const
{
    return run(serviceScript(), {s("status")}).exitCode;
}

QJsonObject PlaybookScenario::profile(const QString &name) const
{
    const QString script = serviceScript();
    return QJsonObject{
        {s("backstepProfile"), 1},
        {s("name"), name},
        {s("url"), url()},
        {s("migrations"), QJsonObject{{s("folder"), migrations()}, {s("format"), s("dbmate")}}},
        {s("service"), QJsonObject{{s("unit"), s("app")},
                                   {s("backend"), s("commands")},
                                   {s("stopCommand"), QString(script + s(" stop"))},
                                   {s("startCommand"), QString(script + s(" start"))},
                                   {s("statusCommand"), QString(script + s(" status"))},
                                   {s("timeoutSeconds"), 30}}},
        {s("logFiles"), QJsonArray{logFile()}},
        {s("contacts"),
         QJsonArray{QJsonObject{{s("name"), s("DBA")}, {s("email"), s("dba@example.invalid")}}}},
    };
}

QString playbookReportSubstance(const QJsonObject &report)
{
    QStringList lines{report.value(s("verdict")).toString()};
    const QJsonObject run = report.value(s("run")).toObject();
    const QJsonArray steps = (run.isEmpty() ? report : run).value(s("steps")).toArray();
    for (const QJsonValue &value : steps) {
        const QJsonObject step = value.toObject();
        lines.append(step.value(s("step")).toString() + u'=' + step.value(s("status")).toString());
        if (step.value(s("step")).toString() != u"identify")
            continue;
        for (const QJsonValue &statement :
             step.value(s("evidence")).toObject().value(s("planStatements")).toArray())
            lines.append(QStringLiteral("%1 %2:%3 %4")
                             .arg(statement[s("version")].toString(),
                                  QFileInfo(statement[s("file")].toString()).fileName(),
                                  QString::number(statement[s("line")].toInt()),
                                  statement[s("sql")].toString()));
    }
    return lines.join(u'\n');
}

} // namespace backstep::test
