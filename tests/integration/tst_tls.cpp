// TLS like the clients (issue 12), against the servers the test scripts start: MariaDB
// and MySQL 9.7 with a certificate from the test's own CA (`mariadb_tls`, `mysql_tls`) and
// without TLS (`mariadb_plain`, like a Debian 12 server; `mysql_plain`). Backstep's own
// connections, the dump and the restore follow the same ssl-mode; "preferred" works without TLS and
// says so; "required" and the verifying modes refuse a connection they cannot have.
#include "core/connectionspec.h"
#include "db/databasesession.h"
#include "ops/clienttools.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace backstep;
using namespace backstep::test;

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionsFollowTheMode_data();
    void sessionsFollowTheMode();
    void optionFilesSpellTheModeForEachFamily();
    void commandsFollowTheMode();

private:
    QString url(const QString &query) const;
    ProcessResult cli(const QStringList &arguments, const QString &query,
                      bool withMigrations = true);
    bool hasTls() const { return m_sandbox.tls != QLatin1String("none"); }

    MariaDbSandbox m_sandbox;
    QTemporaryDir m_work{temporaryRoot() + QStringLiteral("/tls-XXXXXX")};
    QString m_database;
    QString m_folder;
};

void TestTls::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_sandbox = MariaDbSandbox::current();
    m_database = m_sandbox.createDatabase(QStringLiteral("tls"));
    m_folder = m_work.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(m_folder));
    writeFile(m_folder + QStringLiteral("/1_create.sql"),
              QStringLiteral("-- UP\nCREATE TABLE patients (id INT PRIMARY KEY);\n"
                             "INSERT INTO patients VALUES (1), (2);\n"
                             "-- DOWN\nDROP TABLE patients;\n"));
    writeFile(m_folder + QStringLiteral("/2_name.sql"),
              QStringLiteral("-- UP\nALTER TABLE patients ADD COLUMN name VARCHAR(20);\n"
                             "-- DOWN\nALTER TABLE patients DROP COLUMN name;\n"));
    m_sandbox.execute(m_database, applyMigrationsScript(m_folder));
}

QString TestTls::url(const QString &query) const
{
    QUrl url(m_sandbox.url(m_database));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

ProcessResult TestTls::cli(const QStringList &arguments, const QString &query, bool withMigrations)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BACKSTEP_JOURNAL"),
                       m_work.filePath(QStringLiteral("journal.sqlite")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_work.filePath(QStringLiteral("config")));
    QStringList all = arguments;
    all << QStringLiteral("--url") << url(query) << QStringLiteral("--password-file")
        << m_sandbox.passwordFile;
    if (withMigrations)
        all << QStringLiteral("--migrations") << m_folder;
    return runCli(all, environment);
}

void TestTls::sessionsFollowTheMode_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("connects"); // on this server
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<QString>("errorPart");
    const MariaDbSandbox sandbox = MariaDbSandbox::current();
    const bool tls = sandbox.tls != QLatin1String("none");
    QTest::newRow("disabled") << QStringLiteral("ssl-mode=disabled") << true << false << QString();
    QTest::newRow("preferred") << QString() << true << tls << QString();
    QTest::newRow("required") << QStringLiteral("ssl-mode=required") << tls << tls
                              << QStringLiteral("does not offer TLS");
    if (tls) {
        QTest::newRow("verify-ca, right CA")
            << QStringLiteral("ssl-mode=verify-ca&ssl-ca=") + sandbox.caFile << true << true
            << QString();
        QTest::newRow("verify-ca, wrong CA")
            << QStringLiteral("ssl-mode=verify-ca&ssl-ca=") + sandbox.wrongCaFile << false << false
            << QStringLiteral("certificate");
        QTest::newRow("client certificate")
            << QStringLiteral("ssl-mode=verify-ca&ssl-ca=%1&ssl-cert=%2&ssl-key=%3")
                   .arg(sandbox.caFile, sandbox.clientCertFile, sandbox.clientKeyFile)
            << true << true << QString();
    } else {
        // The driver alone would fall back to plain text: the check after connecting
        // refuses it.
        QTest::newRow("verify-ca without TLS")
            << QStringLiteral("ssl-mode=verify-ca&ssl-ca=") + m_sandbox.stateDir +
                   QStringLiteral("/password")
            << false << false << QStringLiteral("does not offer TLS");
    }
}

void TestTls::sessionsFollowTheMode()
{
    QFETCH(QString, query);
    QFETCH(bool, connects);
    QFETCH(bool, encrypted);
    QFETCH(QString, errorPart);
    auto spec = ConnectionSpec::parse(url(query));
    QVERIFY2(spec.ok(), spec.ok() ? "" : qPrintable(spec.error()));
    auto session = DatabaseSession::open(spec.value(), m_sandbox.password);
    QCOMPARE(session.ok(), connects);
    if (!connects) {
        QVERIFY2(session.error().contains(errorPart), qPrintable(session.error()));
        QVERIFY2(session.error().contains(QStringLiteral("127.0.0.1:%1").arg(m_sandbox.port)),
                 qPrintable(session.error()));
        return;
    }
    QCOMPARE(!session.value()->tlsCipher().isEmpty(), encrypted);
    QCOMPARE(session.value()->security() == QStringLiteral("unencrypted"), !encrypted);
    // What the server itself says of this connection.
    QSqlQuery status(session.value()->database());
    QVERIFY(status.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_version'")));
    QVERIFY(status.next());
    QCOMPARE(!status.value(1).toString().isEmpty(), encrypted);
}

void TestTls::optionFilesSpellTheModeForEachFamily()
{
    auto spec =
        ConnectionSpec::parse(url(QStringLiteral("ssl-mode=verify-ca&ssl-ca=/etc/ca.pem"))).value();
    QCOMPARE(
        ClientOptionFile::tlsLines(spec, ClientFamily::MySql),
        (QStringList{QStringLiteral("ssl-mode=VERIFY_CA"), QStringLiteral("get-server-public-key"),
                     QStringLiteral("ssl-ca=\"/etc/ca.pem\"")}));
    QCOMPARE(ClientOptionFile::tlsLines(spec, ClientFamily::MariaDb),
             QStringList{QStringLiteral("ssl-ca=\"/etc/ca.pem\"")});
    spec.tlsMode = ConnectionSpec::TlsMode::Disabled;
    spec.sslCa.clear();
    QCOMPARE(ClientOptionFile::tlsLines(spec, ClientFamily::MariaDb),
             QStringList{QStringLiteral("skip-ssl")});
    QVERIFY(!ClientOptionFile::tlsLines(spec, ClientFamily::MySql).contains(u"skip-ssl"));
    spec.tlsMode = ConnectionSpec::TlsMode::Preferred;
    QCOMPARE(ClientOptionFile::tlsLines(spec, ClientFamily::MariaDb),
             QStringList{QStringLiteral("disable-ssl-verify-server-cert")});

    // The option file is private and carries the password, never an argument.
    auto file = ClientOptionFile::create(spec, m_sandbox.password, ClientFamily::MariaDb);
    QVERIFY(file.ok());
    QCOMPARE(QFileInfo(file.value()->path()).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QVERIFY(!file.value()->argument().contains(m_sandbox.password));
}

// status, backup (dump, test-restore), restore and rollback through the real CLI: with
// the default mode they work on either server and say whether they were encrypted; with
// "required" they refuse a server without TLS before anything runs.
void TestTls::commandsFollowTheMode()
{
    const QString mode =
        hasTls() ? QStringLiteral("ssl-mode=verify-ca&ssl-ca=") + m_sandbox.caFile : QString();
    const ProcessResult status = cli({QStringLiteral("status"), QStringLiteral("--json")}, mode);
    QVERIFY2(status.exitCode == 0, status.err.constData());
    const QString security =
        QJsonDocument::fromJson(status.out)[QStringLiteral("connection_security")].toString();
    if (hasTls())
        QVERIFY2(security.startsWith(QStringLiteral("TLS (")), qPrintable(security));
    else
        QCOMPARE(security, QStringLiteral("unencrypted"));

    const QString folder = m_work.filePath(QStringLiteral("backups"));
    const ProcessResult backup =
        cli({QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("--dir"), folder},
            mode);
    QVERIFY2(backup.exitCode == 0, QByteArray(backup.out + backup.err).constData());
    const QJsonObject record = QJsonDocument::fromJson(backup.out).object();
    QCOMPARE(record[QStringLiteral("complete")].toBool(), true);

    const QString target = m_sandbox.createDatabase(QStringLiteral("tls_restored"));
    const ProcessResult restore =
        cli({QStringLiteral("restore"), record[QStringLiteral("path")].toString(),
             QStringLiteral("--into"), target, QStringLiteral("--yes")},
            mode, false);
    QVERIFY2(restore.exitCode == 0, QByteArray(restore.out + restore.err).constData());

    if (!hasTls()) {
        const QString required = QStringLiteral("ssl-mode=required");
        for (const QStringList &command :
             {QStringList{QStringLiteral("status")},
              QStringList{QStringLiteral("backup"), QStringLiteral("--dir"), folder},
              QStringList{QStringLiteral("rollback"), QStringLiteral("--to"), QStringLiteral("1"),
                          QStringLiteral("--yes")}}) {
            const ProcessResult refused = cli(command, required);
            QVERIFY2(refused.exitCode != 0, qPrintable(command.join(u' ')));
            QVERIFY2(refused.err.contains("does not offer TLS"),
                     QByteArray(command.join(u' ').toUtf8() + ": " + refused.out + refused.err)
                         .constData());
        }
    }

    if (!hasTls()) {
        // A read-only server (a replica) is refused before anything runs, naming the
        // setting, even for an account that could write anyway.
        QSqlDatabase admin = m_sandbox.connect(QStringLiteral("tls-read-only"), QString());
        QSqlQuery query(admin);
        QVERIFY(query.exec(QStringLiteral("SET GLOBAL read_only = 1")));
        auto writable =
            qScopeGuard([&query] { query.exec(QStringLiteral("SET GLOBAL read_only = 0")); });
        const ProcessResult refused = cli({QStringLiteral("rollback"), QStringLiteral("--to"),
                                           QStringLiteral("1"), QStringLiteral("--yes")},
                                          mode);
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains("read_only=ON"),
                 QByteArray(refused.out + refused.err).constData());
        QVERIFY(query.exec(
            QStringLiteral("SELECT COUNT(*) FROM `%1`.schema_migrations").arg(m_database)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }

    const ProcessResult rollback = cli({QStringLiteral("rollback"), QStringLiteral("--to"),
                                        QStringLiteral("1"), QStringLiteral("--yes")},
                                       mode);
    QVERIFY2(rollback.exitCode == 0, QByteArray(rollback.out + rollback.err).constData());
    const ProcessResult after = cli({QStringLiteral("status"), QStringLiteral("--json")}, mode);
    QVERIFY2(after.exitCode == 0, after.err.constData());
    QSqlDatabase db = m_sandbox.connect(QStringLiteral("tls-check"), m_database);
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
