// Each test server fixture works (registered once per server: tst_servers,
// tst_servers@mariadb_tls, tst_servers@mariadb_plain, tst_servers@mysql, @mysql_tls,
// @mysql_plain): QMYSQL connects
// and finds the server it expects, TLS is what the fixture says, and the server's own
// dump tool writes a complete dump with the option file that server needs (docs/tls.md).
#include "support/testsupport.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep::test;

class TestServers : public QObject
{
    Q_OBJECT

private:
    static QString scalar(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.value(query.record().count() - 1).toString();
    }

private Q_SLOTS:
    void connectsToTheExpectedServer()
    {
        const MariaDbSandbox server = MariaDbSandbox::current();
        QCOMPARE(server.fixture,
                 qEnvironmentVariable("BACKSTEP_TEST_SERVER", QStringLiteral("mariadb")));
        {
            QSqlDatabase db = server.connect(QStringLiteral("servers"), QString());
            const QString version = scalar(db, QStringLiteral("SELECT VERSION()"));
            if (server.isMySql()) {
                QVERIFY2(version.startsWith(QLatin1String("9.7.")), qPrintable(version));
                QVERIFY2(!version.contains(QLatin1String("MariaDB")), qPrintable(version));
            } else {
                QVERIFY2(version.startsWith(QLatin1String("11.8.")) &&
                             version.contains(QLatin1String("MariaDB")),
                         qPrintable(version));
            }
            const QString cipher =
                scalar(db, QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"));
            if (server.tls == QLatin1String("own-ca"))
                QVERIFY2(!cipher.isEmpty(), "the own-CA server's connection is not encrypted");
            else
                QVERIFY2(cipher.isEmpty(), qPrintable(cipher)); // QMYSQL asks for no TLS by default
            // MySQL 9.7 has no have_ssl: its server without TLS has no TLS version.
            if (server.tls == QLatin1String("none") && server.isMySql())
                QCOMPARE(scalar(db, QStringLiteral("SELECT @@GLOBAL.tls_version")), QString());
            else if (server.tls == QLatin1String("none"))
                QCOMPARE(scalar(db, QStringLiteral("SHOW GLOBAL VARIABLES LIKE 'have_ssl'")),
                         QStringLiteral("DISABLED"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("servers"));
    }

    void ownCaServerRefusesAnotherCa()
    {
        const MariaDbSandbox server = MariaDbSandbox::current();
        if (server.tls != QLatin1String("own-ca"))
            QSKIP("only the mariadb_tls and mysql_tls fixtures have a CA of their own");
        for (const QString &file :
             {server.caFile, server.wrongCaFile, server.clientCertFile, server.clientKeyFile})
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("wrong"));
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(server.port);
            db.setUserName(QStringLiteral("backstep"));
            db.setPassword(server.password);
            db.setConnectOptions(QStringLiteral("SSL_CA=") + server.wrongCaFile);
            QVERIFY(!db.open());
            QVERIFY2(db.lastError().text().contains(QLatin1String("TLS/SSL error")),
                     qPrintable(db.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
    }

    void ownDumpToolWritesACompleteDump()
    {
        const MariaDbSandbox server = MariaDbSandbox::current();
        const QString database = server.createDatabase(QStringLiteral("servers"));
        server.execute(database, {QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, note TEXT)"),
                                  QStringLiteral("INSERT INTO t VALUES (1, 'one'), (2, 'two')")});
        QTemporaryDir dir(temporaryTemplate(QStringLiteral("servers")));
        QVERIFY(dir.isValid());
        const QString options = dir.filePath(QStringLiteral("client.cnf"));
        server.writeClientOptionFile(options);
        const ProcessResult dump =
            run(server.dumpProgram(),
                {QStringLiteral("--defaults-extra-file=") + options,
                 QStringLiteral("--single-transaction"), QStringLiteral("--routines"),
                 QStringLiteral("--triggers"), QStringLiteral("--events"), database});
        QVERIFY2(dump.exitCode == 0, dump.err.constData());
        QVERIFY2(dump.out.contains("INSERT INTO `t` VALUES"), dump.out.left(2000).constData());
        const QByteArray last = dump.out.trimmed().split('\n').last();
        QVERIFY2(last.startsWith("-- Dump completed"), last.constData());
        // The dump program is the flavour's own (mysqldump 9.7 names itself in the header).
        if (server.isMySql())
            QVERIFY2(dump.out.contains("MySQL dump"), dump.out.left(300).constData());
        server.execute(database, {QStringLiteral("DROP DATABASE `%1`").arg(database)});
    }
};

QTEST_GUILESS_MAIN(TestServers)
#include "tst_servers.moc"
