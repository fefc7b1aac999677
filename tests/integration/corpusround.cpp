#include "corpusround.h"

#include "core/migrationfolderreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

namespace backstep::test {

namespace {

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        QFile::copy(source, target);
    }
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

void exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

// The history row each tool writes after an UP (docs/formats.md, each format's "History
// table" and "Up record" rows).
void recordApplied(QSqlDatabase &db, const MigrationSet &set, const Migration &migration,
                   qsizetype index)
{
    switch (set.format) {
    case MigrationFormat::Plain:
        exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS applied_migrations (version "
                                "VARCHAR(64) PRIMARY KEY, applied_at DATETIME(6) NOT NULL)"));
        exec(db, QStringLiteral("INSERT INTO applied_migrations VALUES (?, NOW(6))"),
             {migration.version});
        break;
    case MigrationFormat::Dbmate:
        exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version "
                                "varchar(128) primary key)"));
        exec(db, QStringLiteral("INSERT INTO schema_migrations (version) VALUES (?)"),
             {migration.version});
        break;
    case MigrationFormat::GolangMigrate:
        exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version bigint "
                                "not null primary key, dirty boolean not null)"));
        exec(db, QStringLiteral("DELETE FROM schema_migrations"));
        exec(db, QStringLiteral("INSERT INTO schema_migrations (version, dirty) VALUES (?, 0)"),
             {migration.version.toLongLong()});
        break;
    case MigrationFormat::Goose:
        if (index == 0) {
            exec(db, QStringLiteral("CREATE TABLE goose_db_version (id bigint(20) unsigned NOT "
                                    "NULL AUTO_INCREMENT, version_id bigint NOT NULL, is_applied "
                                    "boolean NOT NULL, tstamp timestamp NULL default now(), "
                                    "PRIMARY KEY(id))"));
            exec(db, QStringLiteral("INSERT INTO goose_db_version (version_id, is_applied) "
                                    "VALUES (0, 1)"));
        }
        exec(db,
             QStringLiteral("INSERT INTO goose_db_version (version_id, is_applied) VALUES "
                            "(?, 1)"),
             {migration.version.toLongLong()});
        break;
    case MigrationFormat::SqlMigrate:
        exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS gorp_migrations (id varchar(255) not "
                                "null primary key, applied_at datetime) engine=InnoDB "
                                "charset=UTF8"));
        exec(db, QStringLiteral("INSERT INTO gorp_migrations (id, applied_at) VALUES (?, NOW())"),
             {migration.version});
        break;
    case MigrationFormat::Flyway:
        exec(db, QStringLiteral(
                     "CREATE TABLE IF NOT EXISTS flyway_schema_history (installed_rank INT NOT "
                     "NULL, version VARCHAR(50), description VARCHAR(200) NOT NULL, type "
                     "VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, checksum INT, "
                     "installed_by VARCHAR(100) NOT NULL, installed_on TIMESTAMP NOT NULL "
                     "DEFAULT CURRENT_TIMESTAMP, execution_time INT NOT NULL, success BOOL NOT "
                     "NULL, CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank))"));
        exec(db,
             QStringLiteral("INSERT INTO flyway_schema_history (installed_rank, version, "
                            "description, type, script, checksum, installed_by, execution_time, "
                            "success) VALUES ((SELECT COALESCE(MAX(h.installed_rank), 0) + 1 FROM "
                            "flyway_schema_history h), ?, ?, 'SQL', ?, 0, 'tests', 1, 1)"),
             {migration.version, migration.name, QFileInfo(migration.files.value(0)).fileName()});
        break;
    case MigrationFormat::Liquibase:
        if (index == 0) {
            exec(db, QStringLiteral(
                         "CREATE TABLE DATABASECHANGELOG (ID VARCHAR(255) NOT NULL, AUTHOR "
                         "VARCHAR(255) NOT NULL, FILENAME VARCHAR(255) NOT NULL, DATEEXECUTED "
                         "DATETIME NOT NULL, ORDEREXECUTED INT NOT NULL, EXECTYPE VARCHAR(10) NOT "
                         "NULL, MD5SUM VARCHAR(35), DESCRIPTION VARCHAR(255), COMMENTS "
                         "VARCHAR(255), TAG VARCHAR(255), LIQUIBASE VARCHAR(20), CONTEXTS "
                         "VARCHAR(255), LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10))"));
            exec(db, QStringLiteral("CREATE TABLE DATABASECHANGELOGLOCK (ID INT NOT NULL, LOCKED "
                                    "TINYINT(1) NOT NULL, LOCKGRANTED DATETIME, LOCKEDBY "
                                    "VARCHAR(255), PRIMARY KEY (ID))"));
            exec(db, QStringLiteral("INSERT INTO DATABASECHANGELOGLOCK VALUES (1, 0, NULL, NULL)"));
        }
        exec(db,
             QStringLiteral("INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, "
                            "ORDEREXECUTED, EXECTYPE, LIQUIBASE) VALUES (?, ?, 'changelog.sql', "
                            "NOW(), ?, 'EXECUTED', '4.29.0')"),
             {migration.version, migration.author, int(index + 1)});
        break;
    case MigrationFormat::DbMigrate:
        exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY "
                                "AUTO_INCREMENT NOT NULL, name VARCHAR(255) NOT NULL, run_on "
                                "DATETIME NOT NULL)"));
        exec(db, QStringLiteral("INSERT INTO migrations (name, run_on) VALUES (?, NOW())"),
             {QString(u'/' + QFileInfo(migration.files.constLast()).completeBaseName())});
        break;
    default:
        qFatal("no tool model for %s", qPrintable(formatName(set.format)));
    }
}

} // namespace

CorpusFormat prepareCorpus(const QString &format, const QString &dir, const QString &registry)
{
    const QString source = dataDir() + QStringLiteral("/corpus/") + format;
    copyTree(source, dir);
    CorpusFormat corpus;
    corpus.format = format;
    if (format == u"plain") {
        corpus.migrations = dir;
        corpus.cliExtras = {
            QStringLiteral("--history-table"),     QStringLiteral("applied_migrations"),
            QStringLiteral("--version-column"),    QStringLiteral("version"),
            QStringLiteral("--applied-at-column"), QStringLiteral("applied_at")};
        corpus.toolTables = {QStringLiteral("applied_migrations")};
    } else if (format == u"dbmate") {
        corpus.migrations = dir + QStringLiteral("/db/migrations");
        corpus.toolTables = {QStringLiteral("schema_migrations")};
    } else if (format == u"golang-migrate") {
        corpus.migrations = dir + QStringLiteral("/migrations");
        corpus.toolTables = {QStringLiteral("schema_migrations")};
    } else if (format == u"goose") {
        corpus.migrations = dir + QStringLiteral("/migrations");
        corpus.toolTables = {QStringLiteral("goose_db_version")};
    } else if (format == u"sql-migrate") {
        corpus.migrations = dir + QStringLiteral("/migrations");
        corpus.toolTables = {QStringLiteral("gorp_migrations")};
    } else if (format == u"flyway") {
        corpus.migrations = dir + QStringLiteral("/sql");
        corpus.toolTables = {QStringLiteral("flyway_schema_history")};
    } else if (format == u"liquibase") {
        corpus.migrations = dir;
        corpus.toolTables = {QStringLiteral("DATABASECHANGELOG"),
                             QStringLiteral("DATABASECHANGELOGLOCK")};
    } else if (format == u"db-migrate") {
        corpus.migrations = dir + QStringLiteral("/migrations");
        corpus.toolTables = {QStringLiteral("migrations")};
    } else if (format == u"sqitch") {
        corpus.migrations = dir;
        // The registry is this run's own; the verify scripts call its checkit().
        QFile conf(dir + QStringLiteral("/sqitch.conf"));
        QString text = readText(conf.fileName());
        text.replace(QRegularExpression(QStringLiteral(R"(registry = \S+)")),
                     QStringLiteral("registry = ") + registry);
        writeFile(conf.fileName(), text);
        for (const QFileInfo &script :
             QDir(dir + QStringLiteral("/verify")).entryInfoList(QDir::Files)) {
            QString body = readText(script.filePath());
            body.replace(QStringLiteral("sqitch.checkit("), registry + QStringLiteral(".checkit("));
            writeFile(script.filePath(), body);
        }
    }
    corpus.format = format;
    return corpus;
}

void applyAsTool(const MariaDbSandbox &server, const QString &database, const MigrationSet &set,
                 qsizetype index)
{
    const Migration &migration = set.migrations.at(index);
    const QString connection = QStringLiteral("apply-") + database;
    {
        QSqlDatabase db = server.connect(connection, database);
        QSqlQuery query(db);
        for (const Statement &statement : migration.up.statements)
            if (!query.exec(statement.sql))
                qFatal("%s: UP of %s: %s", qPrintable(statement.start.toString()),
                       qPrintable(migration.version), qPrintable(query.lastError().text()));
        recordApplied(db, set, migration, index);
    }
    QSqlDatabase::removeDatabase(connection);
}

QString stateOf(const MariaDbSandbox &server, const QString &database, const QStringList &ignored)
{
    const QString connection = QStringLiteral("state-") + database;
    QStringList lines;
    {
        QSqlDatabase db = server.connect(connection, database);
        auto rows = [&](const QString &sql, const QVariantList &values = {}) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec())
                qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            QList<QStringList> result;
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row.append(query.value(i).isNull() ? QStringLiteral("NULL")
                                                       : query.value(i).toString());
                result.append(row);
            }
            return result;
        };
        const auto tables = rows(QStringLiteral("SELECT table_name, table_type FROM "
                                                "information_schema.tables WHERE table_schema = ? "
                                                "ORDER BY table_name"),
                                 {database});
        for (const QStringList &table : tables) {
            const QString name = table.at(0);
            // Backstep's own progress table is no part of the application's state (the
            // runner owns when it goes).
            if (ignored.contains(name, Qt::CaseInsensitive) ||
                name == u"backstep_rollback_progress")
                continue;
            const bool view = table.at(1) == u"VIEW";
            QString create =
                rows(QStringLiteral("SHOW CREATE %1 `%2`")
                         .arg(view ? QStringLiteral("VIEW") : QStringLiteral("TABLE"), name))
                    .value(0)
                    .value(1);
            create.remove(QRegularExpression(QStringLiteral(R"( AUTO_INCREMENT=\d+)")));
            lines.append(create);
            if (view)
                continue;
            const int columns =
                rows(QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE "
                                    "table_schema = ? AND table_name = ?"),
                     {database, name})
                    .value(0)
                    .value(0)
                    .toInt();
            QStringList order;
            for (int c = 1; c <= columns; ++c)
                order.append(QString::number(c));
            for (const QStringList &row :
                 rows(QStringLiteral("SELECT * FROM `%1` ORDER BY %2").arg(name, order.join(u','))))
                lines.append(name + QStringLiteral(": ") + row.join(QStringLiteral(" | ")));
        }
        for (const QStringList &routine :
             rows(QStringLiteral(
                      "SELECT routine_type, routine_name FROM information_schema.routines "
                      "WHERE routine_schema = ? ORDER BY 1, 2"),
                  {database}))
            lines.append(
                rows(QStringLiteral("SHOW CREATE %1 `%2`").arg(routine.at(0), routine.at(1)))
                    .value(0)
                    .value(2));
        for (const QStringList &trigger :
             rows(QStringLiteral("SELECT trigger_name FROM information_schema.triggers WHERE "
                                 "trigger_schema = ? ORDER BY 1"),
                  {database}))
            lines.append(rows(QStringLiteral("SHOW CREATE TRIGGER `%1`").arg(trigger.at(0)))
                             .value(0)
                             .value(2));
    }
    QSqlDatabase::removeDatabase(connection);
    return lines.join(u'\n');
}

ProcessResult runCliOn(const MariaDbSandbox &server, const QString &journal,
                       const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BACKSTEP_JOURNAL"), journal);
    environment.insert(QStringLiteral("BACKSTEP_PASSWORD"), server.password);
    return runCli(arguments, environment);
}

QString sqitchClient(const MariaDbSandbox &server, const QString &dir)
{
    if (!server.isMySql())
        return server.clientProgram();
    // MySQL 9.7's mysql ignores client commands such as `source` unless --commands is given
    // (its default is off), and Sqitch runs every script as --execute "source FILE".
    const QString wrapper = dir + QStringLiteral("/mysql-with-commands");
    writeFile(
        wrapper,
        QStringLiteral("#!/bin/sh\nexec '%1' --commands \"$@\"\n").arg(server.clientProgram()));
    QFile::setPermissions(wrapper,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return wrapper;
}

bool sqitchDeploy(const MariaDbSandbox &server, const QString &project, const QString &database,
                  QByteArray &output)
{
    const QString sqitch = QStandardPaths::findExecutable(QStringLiteral("sqitch"));
    const QString client = sqitchClient(server, project);
    if (sqitch.isEmpty() || !QFileInfo(client).isExecutable()) {
        output = "sqitch or the server's client is not installed (scripts/test installs them)";
        return false;
    }
    QFile conf(project + QStringLiteral("/sqitch.conf"));
    conf.open(QIODevice::Append);
    conf.write(QStringLiteral("[engine \"mysql\"]\n\tclient = %1\n").arg(client).toUtf8());
    conf.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SQITCH_PASSWORD"), server.password);
    environment.insert(QStringLiteral("SQITCH_FULLNAME"), QStringLiteral("Backstep Tests"));
    environment.insert(QStringLiteral("SQITCH_EMAIL"), QStringLiteral("tests@backstep.invalid"));
    environment.insert(QStringLiteral("HOME"), project);
    QProcess process;
    process.setWorkingDirectory(project);
    process.setProcessEnvironment(environment);
    process.start(
        sqitch,
        {QStringLiteral("deploy"),
         QStringLiteral("db:mysql://backstep@127.0.0.1:%1/%2").arg(server.port).arg(database)});
    const bool finished = process.waitForFinished(300000);
    output = process.readAllStandardOutput() + process.readAllStandardError();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace backstep::test
