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

namespace {

// The path a variable of the test's environment names, which must exist; the test binary
// stops otherwise, saying which variable and what sets it.
QString requiredPath(const char *variable, const char *declaredBy)
{
    const QString path = qEnvironmentVariable(variable);
    if (path.isEmpty())
        qFatal("%s is not set: ctest sets it for tests declared with %s in tests/CMakeLists.txt "
               "(run the test through ctest, or set it by hand)",
               variable, declaredBy);
    if (!QFileInfo::exists(path))
        qFatal("%s names %s, which does not exist", variable, qPrintable(path));
    return path;
}

} // namespace

QString sourceDir()
{
    return requiredPath("BACKSTEP_TEST_SOURCE_DIR", "backstep_add_test");
}

QString dataDir()
{
    return sourceDir() + QStringLiteral("/tests/data");
}

QString supportDir()
{
    return sourceDir() + QStringLiteral("/tests/support");
}

QString cliPath()
{
    return requiredPath("BACKSTEP_CLI_PATH", "PROGRAMS backstep-cli");
}

QString appPath()
{
    return requiredPath("BACKSTEP_APP_PATH", "PROGRAMS backstep");
}

QString fakeSystemdPath()
{
    return requiredPath("BACKSTEP_FAKE_SYSTEMD_PATH", "PROGRAMS backstep_fake_systemd");
}

QString checksumSnapshotPath()
{
    return requiredPath("BACKSTEP_CHECKSUM_SNAPSHOT_PATH", "PROGRAMS backstep_checksum_snapshot");
}

QString temporaryRoot()
{
    // Without ctest's (tests/CMakeLists.txt) or scripts/test's folder: the system's.
    for (const char *variable : {"BACKSTEP_TEST_TMPDIR", "BACKSTEP_TEST_DEFAULT_TMPDIR"}) {
        const QString folder = qEnvironmentVariable(variable);
        if (!folder.isEmpty())
            return folder;
    }
    return QDir::tempPath() + QStringLiteral("/backstep-tests");
}

QString temporaryTemplate(const QString &prefix)
{
    QDir().mkpath(temporaryRoot());
    return temporaryRoot() + u'/' + prefix + QStringLiteral("-XXXXXX");
}

namespace {

QString readStateFile(const QString &state, const QString &name, bool required = true)
{
    QFile file(state + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        if (required)
            qFatal("cannot read %s", qPrintable(file.fileName()));
        return {};
    }
    return QString::fromUtf8(file.readAll().trimmed());
}

} // namespace

MariaDbSandbox MariaDbSandbox::current()
{
    const QString fixture = qEnvironmentVariable("BACKSTEP_TEST_SERVER", QStringLiteral("mariadb"));
    return ofFixture(fixture);
}

MariaDbSandbox MariaDbSandbox::ofFixture(const QString &fixture)
{
    MariaDbSandbox sandbox;
    sandbox.fixture = fixture;
    sandbox.stateDir = temporaryRoot() + u'/' + fixture;
    if (!QFileInfo::exists(sandbox.stateDir + QStringLiteral("/port")))
        qFatal("no %s server at %s: run the tests through ctest (fixture %s)", qPrintable(fixture),
               qPrintable(sandbox.stateDir), qPrintable(fixture));
    sandbox.port = readStateFile(sandbox.stateDir, QStringLiteral("port")).toInt();
    sandbox.socket = readStateFile(sandbox.stateDir, QStringLiteral("socket"));
    sandbox.passwordFile = sandbox.stateDir + QStringLiteral("/password");
    sandbox.password = readStateFile(sandbox.stateDir, QStringLiteral("password"));
    sandbox.flavour = readStateFile(sandbox.stateDir, QStringLiteral("flavour"));
    sandbox.clientDir = readStateFile(sandbox.stateDir, QStringLiteral("client-dir"));
    sandbox.tls = readStateFile(sandbox.stateDir, QStringLiteral("tls"));
    if (sandbox.tls == QLatin1String("own-ca")) {
        sandbox.caFile = sandbox.stateDir + QStringLiteral("/ca.pem");
        sandbox.wrongCaFile = sandbox.stateDir + QStringLiteral("/wrong-ca.pem");
        sandbox.clientCertFile = sandbox.stateDir + QStringLiteral("/client-cert.pem");
        sandbox.clientKeyFile = sandbox.stateDir + QStringLiteral("/client-key.pem");
    }
    return sandbox;
}

QString MariaDbSandbox::dumpProgram() const
{
    return clientDir + (isMySql() ? QStringLiteral("/mysqldump") : QStringLiteral("/mariadb-dump"));
}

QString MariaDbSandbox::clientProgram() const
{
    return clientDir + (isMySql() ? QStringLiteral("/mysql") : QStringLiteral("/mariadb"));
}

QString MariaDbSandbox::connectOptions() const
{
    return caFile.isEmpty() ? QString() : QStringLiteral("SSL_CA=") + caFile;
}

void MariaDbSandbox::writeClientOptionFile(const QString &path) const
{
    QStringList lines{QStringLiteral("[client]"), QStringLiteral("user=backstep"),
                      QStringLiteral("password=") + password, QStringLiteral("host=127.0.0.1"),
                      QStringLiteral("port=%1").arg(port)};
    if (isMySql()) {
        if (!caFile.isEmpty())
            lines << QStringLiteral("ssl-mode=VERIFY_IDENTITY")
                  << QStringLiteral("ssl-ca=") + caFile;
    } else if (tls == QLatin1String("none")) {
        lines << QStringLiteral("skip-ssl");
    } else if (!caFile.isEmpty()) {
        lines << QStringLiteral("ssl-ca=") + caFile << QStringLiteral("ssl-verify-server-cert");
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        qFatal("cannot write %s", qPrintable(path));
    file.write((lines.join(u'\n') + u'\n').toUtf8());
}

QString integersUpTo(qint64 count)
{
    // Ten digits cross-joined once per decimal place: 10^k rows, filtered down to `count`.
    const QString digits =
        QStringLiteral("(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 "
                       "UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 "
                       "UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 "
                       "UNION ALL SELECT 9)");
    QStringList tables;
    QStringList terms;
    qint64 scale = 1;
    do {
        const QString name = QStringLiteral("d%1").arg(tables.size());
        tables.append(digits + QStringLiteral(" AS ") + name);
        terms.append(QStringLiteral("%1.d * %2").arg(name).arg(scale));
        scale *= 10;
    } while (scale < count);
    return QStringLiteral("(SELECT seq FROM (SELECT %1 + 1 AS seq FROM %2) AS every_integer "
                          "WHERE seq <= %3) AS integers")
        .arg(terms.join(QStringLiteral(" + ")), tables.join(QStringLiteral(", ")),
             QString::number(count));
}

QString MariaDbSandbox::url(const QString &database) const
{
    return QStringLiteral("mysql://backstep@127.0.0.1:%1/%2").arg(port).arg(database);
}

QStringList MariaDbSandbox::rehearsalScratchDatabases(const QString &database) const
{
    const QString connectionName = QStringLiteral("schemata");
    QStringList names;
    {
        QSqlDatabase db = connect(connectionName, QString());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE "
                                     "SCHEMA_NAME LIKE CONCAT(?, '\\_rehearsal\\_%')"));
        query.addBindValue(database);
        if (!query.exec())
            qFatal("cannot list the databases");
        while (query.next())
            names.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(connectionName);
    return names;
}

QSqlDatabase MariaDbSandbox::connect(const QString &connectionName, const QString &database) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), connectionName);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(port);
    db.setUserName(QStringLiteral("backstep"));
    db.setPassword(password);
    db.setDatabaseName(database);
    db.setConnectOptions(connectOptions());
    if (!db.open())
        qFatal("cannot connect to the sandbox: %s", qPrintable(db.lastError().text()));
    return db;
}

QString MariaDbSandbox::createDatabase(const QString &prefix) const
{
    // The server is shared by every test of a run and databases are left behind for a failed
    // test's post-mortem, so a random name can meet an earlier one: the server's "database
    // exists" (1007) asks for another name rather than failing the test that drew it.
    constexpr int kDatabaseExists = 1007;
    constexpr int kAttempts = 20;
    const QString connection = QStringLiteral("create-") + prefix;
    QString created;
    QString lastError;
    {
        QSqlDatabase db = connect(connection, QString());
        QSqlQuery query(db);
        for (int attempt = 0; attempt < kAttempts; ++attempt) {
            const QString name = QStringLiteral("%1_%2").arg(prefix).arg(
                QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
            if (query.exec(QStringLiteral("CREATE DATABASE `%1`").arg(name))) {
                created = name;
                break;
            }
            lastError = name + QStringLiteral(": ") + query.lastError().text();
            if (query.lastError().nativeErrorCode().toInt() != kDatabaseExists)
                break;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (created.isEmpty())
        qFatal("cannot create a database named %s_…: %s", qPrintable(prefix),
               qPrintable(lastError));
    return created;
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

void writeVisitsMigrations(const QString &folder)
{
    QDir().mkpath(folder);
    writeFile(folder + QStringLiteral("/1_create.sql"),
              QStringLiteral("-- UP\nCREATE TABLE visits (id INT PRIMARY KEY);\n"
                             "INSERT INTO visits VALUES (1), (2);\n"
                             "-- DOWN\nDROP TABLE visits;\n"));
    writeFile(folder + QStringLiteral("/2_note.sql"),
              QStringLiteral("-- UP\nALTER TABLE visits ADD COLUMN note VARCHAR(20);\n"
                             "-- DOWN\nALTER TABLE visits DROP COLUMN note;\n"));
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
        // Not always a timeout: waitForFinished() also gives up when the program could not
        // be started, at once and with nothing on stderr. Say which, with Qt's reason.
        const bool started = process.error() != QProcess::FailedToStart;
        const QString why = process.errorString();
        process.kill();
        process.waitForFinished();
        result.err = (started ? "timed out after " + QByteArray::number(timeoutMs) + " ms ("
                              : QByteArray("could not be started (")) +
                     why.toUtf8() + "): " + process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    // A crash says when it came: before the program printed its result, or after it (at
    // exit). Tests show `err` when they fail; this puts the rest beside it.
    if (process.exitStatus() == QProcess::CrashExit)
        result.err += "\n[" + QFileInfo(program).fileName().toUtf8() + " crashed (signal " +
                      QByteArray::number(process.exitCode()) + ") after writing " +
                      QByteArray::number(result.out.size()) + " bytes on stdout" +
                      (result.out.isEmpty() ? QByteArray() : ", ending: " + result.out.right(200)) +
                      "]";
    return result;
}

ProcessResult runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return run(cliPath(), arguments, environment);
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
