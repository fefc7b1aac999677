// backstep-cli parse: the documented JSON, exit codes and error locations.
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace backstep::test;

class TestCliParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesPlainFolderToJson()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("1203_partition_activity_events.sql")),
                  QStringLiteral(
                      "-- header\n-- UP\nCREATE TABLE t (id INT);\n-- DOWN\n"
                      "DROP TABLE t;\nDELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\n"));
        const ProcessResult result = runCli({QStringLiteral("parse"), QStringLiteral("--json"),
                                             QStringLiteral("--migrations"), dir.path()});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json[QStringLiteral("format")].toString(), QStringLiteral("plain"));
        const QJsonObject migration =
            json[QStringLiteral("migrations")].toArray().first().toObject();
        QCOMPARE(migration[QStringLiteral("version")].toString(), QStringLiteral("1203"));
        QCOMPARE(migration[QStringLiteral("name")].toString(),
                 QStringLiteral("partition_activity_events"));
        QCOMPARE(migration[QStringLiteral("reversible")].toBool(), true);
        const QJsonArray down = migration[QStringLiteral("down")].toArray();
        QCOMPARE(down.size(), 2);
        QCOMPARE(down[0][QStringLiteral("sql")].toString(), QStringLiteral("DROP TABLE t"));
        QCOMPARE(down[0][QStringLiteral("line")].toInt(), 5);
        QCOMPARE(down[1][QStringLiteral("sql")].toString(),
                 QStringLiteral("CREATE PROCEDURE p() BEGIN SELECT 1; END"));
        QCOMPARE(down[1][QStringLiteral("line")].toInt(), 7);
        QVERIFY(down[1][QStringLiteral("file")].toString().endsWith(
            QStringLiteral("1203_partition_activity_events.sql")));
        QCOMPARE(json[QStringLiteral("errors")].toArray().size(), 0);
    }

    void badInputExitsTwoWithLocation()
    {
        QTemporaryDir dir;
        writeFile(
            dir.filePath(QStringLiteral("7_broken.sql")),
            QStringLiteral("-- UP\nSELECT 1;\n-- DOWN\nDELETE FROM t\nWHERE name = 'open;\n"));
        const ProcessResult result = runCli({QStringLiteral("parse"), QStringLiteral("--json"),
                                             QStringLiteral("--migrations"), dir.path()});
        QCOMPARE(result.exitCode, 2);
        const QJsonArray errors =
            QJsonDocument::fromJson(result.out).object()[QStringLiteral("errors")].toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0][QStringLiteral("line")].toInt(), 5);
        QCOMPARE(errors[0][QStringLiteral("column")].toInt(), 14);
        QVERIFY(errors[0][QStringLiteral("message")].toString().contains(
            QStringLiteral("unterminated")));
        QVERIFY(result.err.contains("7_broken.sql:5:14"));
    }

    void reportsTheDetectedFormat_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("format");
        QTest::newRow("plain") << QStringLiteral("1_a.sql")
                               << QStringLiteral("-- UP\nSELECT 1;\n-- DOWN\nSELECT 2;\n")
                               << QStringLiteral("plain");
        QTest::newRow("dbmate") << QStringLiteral("1_a.sql")
                                << QStringLiteral("-- migrate:up\nSELECT 1;\n-- migrate:down\n")
                                << QStringLiteral("dbmate");
        QTest::newRow("goose") << QStringLiteral("1_a.sql")
                               << QStringLiteral("-- +goose Up\nSELECT 1;\n")
                               << QStringLiteral("goose");
        QTest::newRow("sql-migrate")
            << QStringLiteral("1_a.sql") << QStringLiteral("-- +migrate Up\nSELECT 1;\n")
            << QStringLiteral("sql-migrate");
        QTest::newRow("golang-migrate")
            << QStringLiteral("1_a.up.sql") << QStringLiteral("SELECT 1;\n")
            << QStringLiteral("golang-migrate");
        QTest::newRow("flyway") << QStringLiteral("V1__a.sql") << QStringLiteral("SELECT 1;\n")
                                << QStringLiteral("flyway");
        QTest::newRow("liquibase")
            << QStringLiteral("a.sql")
            << QStringLiteral("--liquibase formatted sql\n--changeset me:1\nSELECT 1;\n")
            << QStringLiteral("liquibase");
    }

    void reportsTheDetectedFormat()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, text);
        QFETCH(QString, format);
        QTemporaryDir dir;
        writeFile(dir.filePath(fileName), text);
        const ProcessResult result = runCli({QStringLiteral("parse"), QStringLiteral("--json"),
                                             QStringLiteral("--migrations"), dir.path()});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json[QStringLiteral("format")].toString(), format);
        QCOMPARE(json[QStringLiteral("migrations")].toArray().size(), 1);
        // Every migration is listed, reversible or not, and says why not.
        const QJsonObject migration = json[QStringLiteral("migrations")].toArray()[0].toObject();
        QCOMPARE(migration[QStringLiteral("reversible")].toBool(), format == u"plain");
        QCOMPARE(migration[QStringLiteral("irreversible_reason")].isNull(), format == u"plain");
        // --format takes the same name.
        QCOMPARE(runCli({QStringLiteral("parse"), QStringLiteral("--migrations"), dir.path(),
                         QStringLiteral("--format"), format})
                     .exitCode,
                 0);
    }

    // parse connects to no server: --client says whose client's rules split a plain file.
    // A comment inside a trigger body is dropped by the mariadb client (the default) and
    // sent by MySQL's mysql client, so the statement that would run differs.
    void clientChoosesTheSplittingRules()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("5_stamp.sql")),
                  QStringLiteral("-- UP\nDELIMITER $$\nCREATE TRIGGER stamp BEFORE INSERT ON t "
                                 "FOR EACH ROW\nBEGIN\n  -- when the row arrived\n  SET NEW.at = "
                                 "NOW();\nEND$$\nDELIMITER ;\n-- DOWN\nDROP TRIGGER stamp;\n"));
        const auto upOf = [&](const QStringList &extra) {
            const ProcessResult result =
                runCli(QStringList{QStringLiteral("parse"), QStringLiteral("--json"),
                                   QStringLiteral("--migrations"), dir.path()} +
                       extra);
            if (result.exitCode != 0)
                return QJsonArray{};
            return QJsonDocument::fromJson(result.out)
                .object()[QStringLiteral("migrations")]
                .toArray()
                .first()
                .toObject()[QStringLiteral("up")]
                .toArray();
        };
        const QJsonArray byDefault = upOf({});
        const QJsonArray mariadb = upOf({QStringLiteral("--client"), QStringLiteral("mariadb")});
        const QJsonArray mysql = upOf({QStringLiteral("--client"), QStringLiteral("mysql")});
        QCOMPARE(mariadb.size(), 1);
        QCOMPARE(mysql.size(), 1);
        const QString mariadbSql = mariadb[0][QStringLiteral("sql")].toString();
        const QString mysqlSql = mysql[0][QStringLiteral("sql")].toString();
        QVERIFY2(!mariadbSql.contains(u"when the row arrived"), qPrintable(mariadbSql));
        QVERIFY2(mysqlSql.contains(u"-- when the row arrived\n  SET NEW.at = NOW();"),
                 qPrintable(mysqlSql));
        QVERIFY(mariadbSql.contains(u"SET NEW.at = NOW();"));
        QCOMPARE(mariadb[0][QStringLiteral("line")].toInt(), 3);
        QCOMPARE(mysql[0][QStringLiteral("line")].toInt(), 3);
        QCOMPARE(byDefault, mariadb); // the default is unchanged: the mariadb client

        const ProcessResult unknown =
            runCli({QStringLiteral("parse"), QStringLiteral("--migrations"), dir.path(),
                    QStringLiteral("--client"), QStringLiteral("psql")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("unknown client \"psql\""), unknown.err.constData());
    }

    void usageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("parse")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("nonsense")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("parse"), QStringLiteral("--migrations"),
                         QStringLiteral("/x"), QStringLiteral("--format"), QStringLiteral("cobol")})
                     .exitCode,
                 2);
        QCOMPARE(runCli({QStringLiteral("--help")}).exitCode, 0);
    }

    // Connection faults say what and where, before or instead of a long wait.
    void connectionFaults()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString empty = dir.filePath(QStringLiteral("empty-password"));
        writeFile(empty, QString());
        const auto status = [&](const QString &url, const QString &passwordFile,
                                const QStringList &extra = {}) {
            return runCli(QStringList{QStringLiteral("status"), QStringLiteral("--url"), url,
                                      QStringLiteral("--password-file"), passwordFile,
                                      QStringLiteral("--migrations"), dir.path()} +
                          extra);
        };
        const QString password = dir.filePath(QStringLiteral("password"));
        writeFile(password, QStringLiteral("secret\n"));

        for (const auto &[url, expected] :
             {std::pair{"mysql://root@127.0.0.1/db", "no port"},
              std::pair{"mysql://root@127.0.0.1:/db", "no port"},
              std::pair{"mysql://root@127.0.0.1:0/db", "1 to 65535"},
              std::pair{"mysql://root@127.0.0.1:3306/db?x=1", "unknown parameter \"x\""},
              std::pair{"mysql://root@127.0.0.1:3306/db?ssl-mode=maybe", "unknown TLS mode"}}) {
            const ProcessResult result = status(QLatin1StringView(url), password);
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(expected), result.err.constData());
        }
        const ProcessResult emptyFile =
            status(QStringLiteral("mysql://root@127.0.0.1:3306/db"), empty);
        QCOMPARE(emptyFile.exitCode, 2);
        QVERIFY2(emptyFile.err.contains("is empty"), emptyFile.err.constData());
        const ProcessResult badOption =
            status(QStringLiteral("mysql://root@127.0.0.1:3306/db"), password,
                   {QStringLiteral("--ssl-mode"), QStringLiteral("verify-ca")});
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY2(badOption.err.contains("ssl-ca=FILE"), badOption.err.constData());

        // A server that accepts the connection and never answers: the kernel completes
        // the handshake for a listening socket nobody accepts from.
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(listener >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(listener, 8), 0);
        socklen_t length = sizeof address;
        QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
        const int port = ntohs(address.sin_port);
        const ProcessResult silent = status(
            QStringLiteral("mysql://root@127.0.0.1:%1/db?connect-timeout=1").arg(port), password);
        ::close(listener);
        QCOMPARE(silent.exitCode, 1);
        QVERIFY2(silent.err.contains(QStringLiteral("127.0.0.1:%1").arg(port).toUtf8()),
                 silent.err.constData());
        QVERIFY2(silent.err.contains("did not answer within 1 second"), silent.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliParse)
#include "tst_cli_parse.moc"
