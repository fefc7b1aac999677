// Names are data (issue 12): a database, tables, a history table, columns and an index
// named with quotes, backticks, semicolons, `#`, `--`, `/*`, spaces and non-ASCII go
// through status, plan, backup, snapshot, rollback and verify of the real backstep-cli,
// and the server's general log shows that every statement Backstep's programs sent was
// one whole statement and that nothing touched another database. Backstep's own
// connections refuse several statements in one query.
#include "core/connectionspec.h"
#include "core/migrationfolderreader.h"
#include "core/statementsplitter.h"
#include "db/databasesession.h"
#include "db/sql.h"
#include "support/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace backstep;
using namespace backstep::test;

namespace {

const QString adminConnection = QStringLiteral("hostile-admin");

QString quoted(const QString &name)
{
    return sql::quoteIdentifier(sql::Dialect::MySql, name);
}

void exec(QSqlQuery &query, const QString &text)
{
    if (!query.exec(text))
        qFatal("%s: %s", qPrintable(text), qPrintable(query.lastError().text()));
}

} // namespace

class TestHostileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectionsRefuseSeveralStatementsPerQuery();
    void everyCommandTreatsNamesAsData();

private:
    ProcessResult cli(const QStringList &arguments);
    QStringList loggedStatements(qint64 since);

    MariaDbSandbox m_sandbox;
    QTemporaryDir m_work{temporaryRoot() + QStringLiteral("/hostile-XXXXXX")};
    QString m_database;
    QString m_victim;
    QString m_folder;
    QString m_table = QStringLiteral("t'a`b;--#/* \u00e9 \"q\"");
    QString m_column = QStringLiteral("c'o`l;# -- /* \u00fc");
    QString m_added = QStringLiteral("x;y` z");
    QString m_index = QStringLiteral("i'dx;#");
    QString m_history = QStringLiteral("h'i`st;-- #/* \u00e6");
    QString m_versionColumn = QStringLiteral("v'e`r;#");
};

void TestHostileNames::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_sandbox = MariaDbSandbox::current();
    const quint32 tag = QRandomGenerator::global()->generate() % 1000000;
    // A database's name cannot hold '/' (a URL's path would split it); "/*" is in the
    // table and column names.
    m_database = QStringLiteral("bs'q`b;\"x#-- *\u00e9 %1").arg(tag, 6, 10, QChar(u'0'));
    m_victim = QStringLiteral("victim_%1").arg(tag);
    QSqlDatabase db = m_sandbox.connect(adminConnection, QString());
    QSqlQuery query(db);
    exec(query, QStringLiteral("CREATE DATABASE %1").arg(quoted(m_victim)));
    exec(query,
         QStringLiteral("CREATE TABLE %1.canary (id INT PRIMARY KEY)").arg(quoted(m_victim)));
    exec(query, QStringLiteral("INSERT INTO %1.canary VALUES (1)").arg(quoted(m_victim)));
    exec(query, QStringLiteral("CREATE DATABASE %1").arg(quoted(m_database)));

    m_folder = m_work.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(m_folder));
    const QString table = quoted(m_table);
    writeFile(m_folder + QStringLiteral("/1_create it's;--.sql"),
              QStringLiteral("-- UP\nCREATE TABLE %1 (%2 INT PRIMARY KEY, `n\"m` VARCHAR(40));\n"
                             "INSERT INTO %1 VALUES (1, 'one;-- ''#'), (2, '\u00e9`');\n"
                             "-- DOWN\nDROP TABLE %1;\n")
                  .arg(table, quoted(m_column)));
    writeFile(m_folder + QStringLiteral("/2_add #column.sql"),
              QStringLiteral("-- UP\nALTER TABLE %1 ADD COLUMN %2 INT NULL;\n"
                             "CREATE INDEX %3 ON %1 (`n\"m`);\n"
                             "-- DOWN\nDROP INDEX %3 ON %1;\nALTER TABLE %1 DROP COLUMN %2;\n")
                  .arg(table, quoted(m_added), quoted(m_index)));
    QStringList apply{QStringLiteral("CREATE TABLE %1 (%2 VARCHAR(64) PRIMARY KEY)")
                          .arg(quoted(m_history), quoted(m_versionColumn))};
    const MigrationSet set = MigrationFolderReader::read(m_folder);
    QVERIFY(set.errors.isEmpty());
    QCOMPARE(set.migrations.size(), 2);
    for (const Migration &migration : set.migrations) {
        for (const Statement &statement : migration.up.statements)
            apply.append(statement.sql);
        apply.append(QStringLiteral("INSERT INTO %1 VALUES ('%2')")
                         .arg(quoted(m_history), migration.version));
    }
    m_sandbox.execute(m_database, apply);
}

void TestHostileNames::cleanupTestCase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(adminConnection);
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SET GLOBAL general_log = 0"));
            query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoted(m_victim)));
        }
    }
    QSqlDatabase::removeDatabase(adminConnection);
}

// QMYSQL connects with CLIENT_MULTI_STATEMENTS; Backstep's sessions turn it off, so a
// second statement smuggled into a query is refused by the server, never run.
void TestHostileNames::connectionsRefuseSeveralStatementsPerQuery()
{
    auto spec = ConnectionSpec::parse(m_sandbox.url(m_victim));
    QVERIFY2(spec.ok(), spec.ok() ? "" : qPrintable(spec.error()));
    auto session = DatabaseSession::open(spec.value(), m_sandbox.password);
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error()));
    {
        QSqlQuery query(session.value()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT 1")));
        QVERIFY(!query.exec(QStringLiteral("SELECT 1; DROP TABLE canary")));
        QVERIFY(!query.exec(QStringLiteral("DO 1; CREATE TABLE smuggled (id INT)")));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE "
                                          "TABLE_SCHEMA = DATABASE()")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1); // canary alone: nothing smuggled ran
    }
}

ProcessResult TestHostileNames::cli(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BACKSTEP_JOURNAL"),
                       m_work.filePath(QStringLiteral("journal.sqlite")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_work.filePath(QStringLiteral("config")));
    QUrl url(m_sandbox.url(QStringLiteral("x")));
    url.setPath(u'/' + m_database);
    const QStringList connection{QStringLiteral("--url"),
                                 url.toString(QUrl::FullyEncoded),
                                 QStringLiteral("--password-file"),
                                 m_sandbox.passwordFile,
                                 QStringLiteral("--migrations"),
                                 m_folder,
                                 QStringLiteral("--history-table"),
                                 m_history,
                                 QStringLiteral("--version-column"),
                                 m_versionColumn};
    return runCli(arguments + connection, environment);
}

// What the connections that named this test's database sent since `since` (other tests
// use the same server at the same time): every row of a connection whose log mentions the
// database's unique tag.
QStringList TestHostileNames::loggedStatements(qint64 since)
{
    QSqlQuery query(QSqlDatabase::database(adminConnection));
    query.prepare(QStringLiteral("SELECT thread_id, command_type, CONVERT(argument USING utf8mb4) "
                                 "FROM mysql.general_log WHERE thread_id <> CONNECTION_ID() AND "
                                 "event_time >= FROM_UNIXTIME(?) ORDER BY event_time"));
    query.addBindValue(since);
    if (!query.exec())
        qFatal("%s", qPrintable(query.lastError().text()));
    const QString marker = m_database.right(8); // "\u00e9 NNNNNN"-like: quoted or not
    QSet<qint64> ours;
    QList<std::pair<qint64, QString>> sent;
    while (query.next()) {
        const qint64 thread = query.value(0).toLongLong();
        const QString type = query.value(1).toString();
        const QString text = query.value(2).toString();
        if (text.contains(marker))
            ours.insert(thread);
        if (type == u"Query" || type == u"Execute")
            sent.append({thread, text});
    }
    QStringList statements;
    for (const auto &[thread, text] : sent)
        if (ours.contains(thread))
            statements.append(text);
    return statements;
}

void TestHostileNames::everyCommandTreatsNamesAsData()
{
    QSqlQuery admin(QSqlDatabase::database(adminConnection));
    exec(admin, QStringLiteral("SET GLOBAL general_log = 0"));
    exec(admin, QStringLiteral("SET GLOBAL log_output = 'TABLE'"));
    exec(admin, QStringLiteral("SELECT UNIX_TIMESTAMP()"));
    QVERIFY(admin.next());
    const qint64 since = admin.value(0).toLongLong();
    exec(admin, QStringLiteral("SET GLOBAL general_log = 1"));

    const ProcessResult status = cli({QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QStringList applied;
    const QJsonObject statusJson = QJsonDocument::fromJson(status.out).object();
    for (const QJsonValue &row : statusJson[QStringLiteral("migrations")].toArray())
        if (row[QStringLiteral("state")].toString() == u"applied")
            applied.append(row[QStringLiteral("version")].toString());
    QCOMPARE(applied, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));

    const ProcessResult plan = cli({QStringLiteral("plan"), QStringLiteral("--to"),
                                    QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(plan.exitCode == 0, plan.err.constData());
    QVERIFY2(QString::fromUtf8(plan.out).contains(m_index), plan.out.constData());

    const ProcessResult backup =
        cli({QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("--dir"),
             m_work.filePath(QStringLiteral("backups"))});
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    QCOMPARE(QJsonDocument::fromJson(backup.out)[QStringLiteral("complete")].toBool(), true);

    const ProcessResult snapshot = cli({QStringLiteral("snapshot"), QStringLiteral("--json")});
    QVERIFY2(snapshot.exitCode == 0, snapshot.err.constData());
    QVERIFY2(QString::fromUtf8(snapshot.out).contains(m_column), snapshot.out.constData());

    const ProcessResult rollback =
        cli({QStringLiteral("rollback"), QStringLiteral("--to"), QStringLiteral("1"),
             QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(rollback.exitCode == 0, QByteArray(rollback.out + rollback.err).constData());

    const ProcessResult verify = cli({QStringLiteral("verify"), QStringLiteral("--json")});
    QVERIFY2(verify.exitCode == 0, QByteArray(verify.out + verify.err).constData());
    QCOMPARE(QJsonDocument::fromJson(verify.out)[QStringLiteral("verdict")].toString(),
             QStringLiteral("pass"));

    const ProcessResult after = cli({QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(after.exitCode == 0, after.err.constData());
    exec(admin, QStringLiteral("SET GLOBAL general_log = 0"));

    // What the commands did: migration 2 undone, its history row gone, nothing else.
    exec(admin, QStringLiteral("SELECT %1 FROM %2.%3")
                    .arg(quoted(m_versionColumn), quoted(m_database), quoted(m_history)));
    QStringList versions;
    while (admin.next())
        versions.append(admin.value(0).toString());
    QCOMPARE(versions, QStringList{QStringLiteral("1")});
    exec(admin,
         QStringLiteral("SELECT COUNT(*) FROM %1.%2").arg(quoted(m_database), quoted(m_table)));
    QVERIFY(admin.next());
    QCOMPARE(admin.value(0).toInt(), 2);
    exec(admin, QStringLiteral("SELECT COUNT(*) FROM %1.canary").arg(quoted(m_victim)));
    QVERIFY(admin.next());
    QCOMPARE(admin.value(0).toInt(), 1);

    // What they sent: one whole statement per query, none that names the other database,
    // and databases dropped only among Backstep's own scratch copies of this one.
    const QStringList logged = loggedStatements(since);
    QVERIFY(logged.size() > 20);
    const QString scratchPrefix = quoted(m_database).chopped(1);
    for (const QString &text : logged) {
        const SplitResult split = StatementSplitter::split(text);
        QVERIFY2(split.errors.isEmpty() && split.statements.size() <= 1, qPrintable(text));
        QVERIFY2(!text.contains(m_victim), qPrintable(text));
        const QString simplified = text.simplified();
        if (simplified.startsWith(QLatin1StringView("DROP DATABASE"), Qt::CaseInsensitive)) {
            QString target = simplified.mid(14);
            if (target.startsWith(QLatin1StringView("IF EXISTS "), Qt::CaseInsensitive))
                target = target.mid(10);
            QVERIFY2(target.startsWith(scratchPrefix) && target != quoted(m_database),
                     qPrintable(text));
        }
    }
}

QTEST_GUILESS_MAIN(TestHostileNames)
#include "tst_hostilenames.moc"
