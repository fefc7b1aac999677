// backstep-cli parse: the documented JSON, exit codes and error locations.
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestCliParse)
#include "tst_cli_parse.moc"
