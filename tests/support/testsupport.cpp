#include "support/testsupport.h"

#include "core/migrationfolderreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace backstep::test {

QString temporaryRoot()
{
    const QString fromRun = qEnvironmentVariable("BACKSTEP_TEST_TMPDIR");
    return fromRun.isEmpty() ? QStringLiteral(BACKSTEP_TEST_DEFAULT_TMPDIR) : fromRun;
}

QString temporaryTemplate(const QString &prefix)
{
    QDir().mkpath(temporaryRoot());
    return temporaryRoot() + u'/' + prefix + QStringLiteral("-XXXXXX");
}

MariaDbSandbox MariaDbSandbox::current()
{
    MariaDbSandbox sandbox;
    const QString state = temporaryRoot() + QStringLiteral("/mariadb");
    QFile port(state + QStringLiteral("/port"));
    if (!port.open(QIODevice::ReadOnly))
        qFatal("no MariaDB sandbox at %s: run the tests through ctest (fixture mariadb)",
               qPrintable(state));
    sandbox.port = port.readAll().trimmed().toInt();
    sandbox.passwordFile = state + QStringLiteral("/password");
    QFile password(sandbox.passwordFile);
    if (!password.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(sandbox.passwordFile));
    sandbox.password = QString::fromUtf8(password.readAll().trimmed());
    return sandbox;
}

QString MariaDbSandbox::url(const QString &database) const
{
    return QStringLiteral("mysql://backstep@127.0.0.1:%1/%2").arg(port).arg(database);
}

QSqlDatabase MariaDbSandbox::connect(const QString &connectionName, const QString &database) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), connectionName);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(port);
    db.setUserName(QStringLiteral("backstep"));
    db.setPassword(password);
    db.setDatabaseName(database);
    if (!db.open())
        qFatal("cannot connect to the sandbox: %s", qPrintable(db.lastError().text()));
    return db;
}

QString MariaDbSandbox::createDatabase(const QString &prefix) const
{
    const QString name =
        QStringLiteral("%1_%2").arg(prefix).arg(QRandomGenerator::global()->generate() % 1000000);
    const QString connection = QStringLiteral("create-") + name;
    {
        QSqlDatabase db = connect(connection, QString());
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE DATABASE `%1`").arg(name)))
            qFatal("cannot create %s: %s", qPrintable(name), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    return name;
}

void MariaDbSandbox::execute(const QString &database, const QStringList &statements) const
{
    const QString connection = QStringLiteral("execute-") + database;
    {
        QSqlDatabase db = connect(connection, database);
        QSqlQuery query(db);
        for (const QString &sql : statements)
            if (!query.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
}

QStringList applyMigrationsScript(const QString &folder)
{
    const MigrationSet set = MigrationFolderReader::read(folder);
    if (!set.errors.isEmpty())
        qFatal("%s", qPrintable(set.errors.first().toString()));
    QStringList script{
        QStringLiteral("CREATE TABLE schema_migrations (version VARCHAR(128) PRIMARY KEY)")};
    for (const Migration &migration : set.migrations) {
        for (const Statement &statement : migration.up.statements)
            script.append(statement.sql);
        script.append(
            QStringLiteral("INSERT INTO schema_migrations VALUES ('%1')").arg(migration.version));
    }
    return script;
}

ProcessResult run(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out: " + process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return run(QStringLiteral(BACKSTEP_CLI_PATH), arguments, environment);
}

bool processRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.size() > close + 2 && text.at(close + 2) != 'Z';
}

void writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.toUtf8());
}

QStringList statementTexts(const Statements &statements)
{
    QStringList texts;
    for (const Statement &statement : statements)
        texts.append(statement.sql);
    return texts;
}

void appendFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace backstep::test
