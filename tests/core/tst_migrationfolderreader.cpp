#include "core/migrationfolderreader.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

Q_DECLARE_METATYPE(backstep::MigrationFormat)

namespace {

void writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    QFile file(dir.filePath(name));
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    QCOMPARE(file.write(text.toUtf8()), text.toUtf8().size());
}

QStringList versionsOf(const MigrationSet &set)
{
    QStringList versions;
    for (const Migration &migration : set.migrations)
        versions.append(migration.version);
    return versions;
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

const QString plainFile = QStringLiteral("1_create_a.sql");
const QString plainText = QStringLiteral("-- Author: someone\n"
                                         "This header is not SQL;\n"
                                         "-- up\n"
                                         "CREATE TABLE a (id INT);\n"
                                         "-- Down\n"
                                         "DROP TABLE a;\n");
const QString dbmateFile = QStringLiteral("20240101120000_create_users.sql");
const QString dbmateText = QStringLiteral("-- migrate:up transaction:false\n"
                                          "CREATE TABLE users (id INT);\n"
                                          "CREATE INDEX users_id ON users (id);\n"
                                          "\n"
                                          "-- migrate:down\n"
                                          "DROP TABLE users;\n");
const QString gooseFile = QStringLiteral("00003_procedure.sql");
const QString gooseText = QStringLiteral("-- +goose Up\n"             // 1
                                         "-- +goose NO TRANSACTION\n" // 2
                                         "-- +goose StatementBegin\n" // 3
                                         "CREATE PROCEDURE p()\n"     // 4
                                         "BEGIN\n"                    // 5
                                         "  SELECT 1;\n"              // 6
                                         "  SELECT 2;\n"              // 7
                                         "END;\n"                     // 8
                                         "-- +goose StatementEnd\n"   // 9
                                         "CREATE TABLE g (id INT);\n" // 10
                                         "\n"                         // 11
                                         "-- +goose Down\n"           // 12
                                         "DROP PROCEDURE p;\n"        // 13
                                         "DROP TABLE g;\n");          // 14

} // namespace

class TestMigrationFolderReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainFormat();
    void dbmateFormat();
    void gooseFormat();
    void detectsFormat_data();
    void detectsFormat();
    void formatOverride();
    void irreversibleMigrationsAreListed();
    void duplicateVersions();
    void fileNameWithoutVersion();
    void mixedFormats();
    void numericVersionOrder();
    void parseFileName_data();
    void parseFileName();
    void locationsAreFileAbsolute();
    void parseErrorInDown();
};

void TestMigrationFolderReader::plainFormat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir, plainFile, plainText);
    writeFile(dir, QStringLiteral("2_add_b.sql"),
              QStringLiteral("-- UP\nALTER TABLE a ADD b INT;\n-- DOWN\nALTER TABLE a DROP b;\n"));

    const MigrationSet set = MigrationFolderReader::read(dir.path());
    QVERIFY2(set.errors.isEmpty(), qPrintable(describe(set.errors)));
    QCOMPARE(set.format, MigrationFormat::Plain);
    QCOMPARE(set.folder, dir.path());
    QCOMPARE(versionsOf(set), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));

    const Migration &first = set.migrations[0];
    QCOMPARE(first.name, QStringLiteral("create_a"));
    QCOMPARE(first.files, QStringList{dir.filePath(plainFile)});
    QCOMPARE(test::statementTexts(first.up.statements),
             QStringList{QStringLiteral("CREATE TABLE a (id INT)")});
    QCOMPARE(test::statementTexts(first.down.statements),
             QStringList{QStringLiteral("DROP TABLE a")});
    QVERIFY(first.reversible());
    QVERIFY(first.options.isEmpty());

    const Migration &second = set.migrations[1];
    QCOMPARE(test::statementTexts(second.up.statements),
             QStringList{QStringLiteral("ALTER TABLE a ADD b INT")});
    QCOMPARE(test::statementTexts(second.down.statements),
             QStringList{QStringLiteral("ALTER TABLE a DROP b")});
}

void TestMigrationFolderReader::dbmateFormat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir, dbmateFile, dbmateText);

    const MigrationSet set = MigrationFolderReader::read(dir.path());
    QVERIFY2(set.errors.isEmpty(), qPrintable(describe(set.errors)));
    QCOMPARE(set.format, MigrationFormat::Dbmate);
    QCOMPARE(set.migrations.size(), 1);
    const Migration &migration = set.migrations[0];
    QCOMPARE(migration.version, QStringLiteral("20240101120000"));
    QCOMPARE(migration.name, QStringLiteral("create_users"));
    QCOMPARE(migration.options, QStringList{QStringLiteral("transaction:false")});
    QCOMPARE(test::statementTexts(migration.up.statements),
             (QStringList{QStringLiteral("CREATE TABLE users (id INT)"),
                          QStringLiteral("CREATE INDEX users_id ON users (id)")}));
    QCOMPARE(test::statementTexts(migration.down.statements),
             QStringList{QStringLiteral("DROP TABLE users")});
    QVERIFY(migration.reversible());
}

void TestMigrationFolderReader::gooseFormat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir, gooseFile, gooseText);

    const MigrationSet set = MigrationFolderReader::read(dir.path());
    QVERIFY2(set.errors.isEmpty(), qPrintable(describe(set.errors)));
    QCOMPARE(set.format, MigrationFormat::Goose);
    QCOMPARE(set.migrations.size(), 1);
    const Migration &migration = set.migrations[0];
    QCOMPARE(migration.version, QStringLiteral("00003"));
    QCOMPARE(migration.name, QStringLiteral("procedure"));
    // The block is one statement, its inner semicolons included.
    QCOMPARE(
        test::statementTexts(migration.up.statements),
        (QStringList{QStringLiteral("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND"),
                     QStringLiteral("CREATE TABLE g (id INT)")}));
    QCOMPARE(migration.up.statements[0].start.line, 4);
    QCOMPARE(migration.up.statements[0].start.column, 1);
    QCOMPARE(migration.up.statements[1].start.line, 10);
    QCOMPARE(test::statementTexts(migration.down.statements),
             (QStringList{QStringLiteral("DROP PROCEDURE p"), QStringLiteral("DROP TABLE g")}));
    QCOMPARE(migration.down.statements[0].start.line, 13);
    QCOMPARE(migration.options.size(), 1);
    QVERIFY2(migration.options[0] == QStringLiteral("NO TRANSACTION"),
             qPrintable(migration.options[0]));
}

void TestMigrationFolderReader::detectsFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<MigrationFormat>("expected");

    QTest::newRow("plain") << plainFile << plainText << MigrationFormat::Plain;
    QTest::newRow("plain, decorated markers")
        << QStringLiteral("7_x.sql")
        << QStringLiteral("-- ==== UP ====\nSELECT 1;\n-- ==== DOWN ====\nSELECT 2;\n")
        << MigrationFormat::Plain;
    QTest::newRow("dbmate") << dbmateFile << dbmateText << MigrationFormat::Dbmate;
    QTest::newRow("goose") << gooseFile << gooseText << MigrationFormat::Goose;
}

void TestMigrationFolderReader::detectsFormat()
{
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    QFETCH(MigrationFormat, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir, fileName, text);
    const MigrationSet set = MigrationFolderReader::read(dir.path(), MigrationFormat::Auto);
    QVERIFY2(set.errors.isEmpty(), qPrintable(describe(set.errors)));
    QCOMPARE(set.format, expected);
    QCOMPARE(set.migrations.size(), 1);
    QVERIFY(set.migrations[0].reversible());
}

void TestMigrationFolderReader::formatOverride()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir, dbmateFile, dbmateText);

    // Read as goose, the dbmate markers are mere comments, and goose refuses a file
    // without its `-- +goose Up` (goose.annotations.*): bad input, nothing to run.
    const MigrationSet asGoose = MigrationFolderReader::read(dir.path(), MigrationFormat::Goose);
    QCOMPARE(asGoose.format, MigrationFormat::Goose);
    QCOMPARE(asGoose.migrations.size(), 1);
    QCOMPARE(asGoose.migrations[0].up.statements.size(), 0);
    QVERIFY(!asGoose.migrations[0].down.present);
    QVERIFY(!asGoose.migrations[0].reversible());
    QVERIFY2(describe(asGoose.errors).contains(QStringLiteral("no '-- +goose Up' annotation")),
             qPrintable(describe(asGoose.errors)));

    // A folder without markers cannot be detected, but can be read as plain when told.
    QTemporaryDir bare;
    QVERIFY(bare.isValid());
    writeFile(bare, QStringLiteral("1_bare.sql"), QStringLiteral("CREATE TABLE t (id INT);\n"));
    const MigrationSet detected = MigrationFolderReader::read(bare.path());
    QCOMPARE(detected.errors.size(), 1);
    QVERIFY2(detected.errors[0].message.contains(QStringLiteral("no migration markers")),
             qPrintable(detected.errors[0].message));
    const MigrationSet told = MigrationFolderReader::read(bare.path(), MigrationFormat::Plain);
    QVERIFY2(told.errors.isEmpty(), qPrintable(describe(told.errors)));
    QCOMPARE(told.format, MigrationFormat::Plain);
    QCOMPARE(test::statementTexts(told.migrations.value(0).up.statements),
             QStringList{QStringLiteral("CREATE TABLE t (id INT)")});
}

void TestMigrationFolderReader::irreversibleMigrationsAreListed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir, QStringLiteral("1_ok.sql"),
              QStringLiteral("-- UP\nCREATE TABLE a (id INT);\n-- DOWN\nDROP TABLE a;\n"));
    writeFile(dir, QStringLiteral("2_no_down.sql"),
              QStringLiteral("-- UP\nCREATE TABLE b (id INT);\n"));
    writeFile(
        dir, QStringLiteral("3_empty_down.sql"),
        QStringLiteral("-- UP\nDELETE FROM a;\n-- DOWN\n-- nothing can bring the rows back\n\n"));

    const MigrationSet set = MigrationFolderReader::read(dir.path());
    QVERIFY2(set.errors.isEmpty(), qPrintable(describe(set.errors)));
    QCOMPARE(versionsOf(set),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));

    QVERIFY(set.migrations[0].reversible());
    QVERIFY(set.migrations[0].irreversibleReason().isEmpty());

    const Migration &noDown = set.migrations[1];
    QVERIFY(!noDown.reversible());
    QVERIFY(!noDown.down.present);
    QCOMPARE(noDown.up.statements.size(), 1);
    QCOMPARE(noDown.irreversibleReason(), QStringLiteral("no DOWN section"));

    const Migration &emptyDown = set.migrations[2];
    QVERIFY(!emptyDown.reversible());
    QVERIFY(emptyDown.down.present);
    QVERIFY(emptyDown.down.statements.isEmpty());
    QCOMPARE(emptyDown.irreversibleReason(), QStringLiteral("the DOWN section is empty"));
}

void TestMigrationFolderReader::duplicateVersions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString text = QStringLiteral("-- UP\nSELECT 1;\n-- DOWN\nSELECT 2;\n");
    writeFile(dir, QStringLiteral("5_first.sql"), text);
    writeFile(dir, QStringLiteral("0005_second.sql"), text);
    writeFile(dir, QStringLiteral("6_other.sql"), text);

    const MigrationSet set = MigrationFolderReader::read(dir.path());
    QCOMPARE(set.errors.size(), 1);
    const QString error = set.errors[0].toString();
    QVERIFY2(error.contains(QStringLiteral("duplicate version")), qPrintable(error));
    QVERIFY2(error.contains(dir.filePath(QStringLiteral("5_first.sql"))), qPrintable(error));
    QVERIFY2(error.contains(dir.filePath(QStringLiteral("0005_second.sql"))), qPrintable(error));
    QVERIFY(set.find(QStringLiteral("6")) != nullptr);
}

void TestMigrationFolderReader::fileNameWithoutVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir, QStringLiteral("create_users.sql"),
              QStringLiteral("-- UP\nCREATE TABLE u (id INT);\n-- DOWN\nDROP TABLE u;\n"));
    writeFile(dir, QStringLiteral("2_fine.sql"),
              QStringLiteral("-- UP\nSELECT 1;\n-- DOWN\nSELECT 2;\n"));

    const MigrationSet set = MigrationFolderReader::read(dir.path());
    QCOMPARE(set.errors.size(), 1);
    QCOMPARE(set.errors[0].location.file, dir.filePath(QStringLiteral("create_users.sql")));
    QVERIFY2(set.errors[0].message.contains(QStringLiteral("version")),
             qPrintable(set.errors[0].message));
    QCOMPARE(versionsOf(set), QStringList{QStringLiteral("2")});
}

void TestMigrationFolderReader::mixedFormats()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir, QStringLiteral("1_dbmate.sql"), dbmateText);
    writeFile(dir, QStringLiteral("2_goose.sql"), gooseText);

    const MigrationSet set = MigrationFolderReader::read(dir.path());
    QVERIFY(!set.errors.isEmpty());
    const QString errors = describe(set.errors);
    QVERIFY2(errors.contains(QStringLiteral("mixes migration formats")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("dbmate")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("goose")), qPrintable(errors));
    // Both files are still listed.
    QCOMPARE(versionsOf(set), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
}

void TestMigrationFolderReader::numericVersionOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString text = QStringLiteral("-- UP\nSELECT 1;\n-- DOWN\nSELECT 2;\n");
    for (const char *name : {"10_ten.sql", "9_nine.sql", "100_hundred.sql", "2_two.sql"})
        writeFile(dir, QString::fromLatin1(name), text);

    const MigrationSet set = MigrationFolderReader::read(dir.path());
    QVERIFY2(set.errors.isEmpty(), qPrintable(describe(set.errors)));
    QCOMPARE(versionsOf(set), (QStringList{QStringLiteral("2"), QStringLiteral("9"),
                                           QStringLiteral("10"), QStringLiteral("100")}));
    QCOMPARE(set.migrations[1].name, QStringLiteral("nine"));
}

void TestMigrationFolderReader::parseFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("name");

    QTest::newRow("underscores") << QStringLiteral("1203_partition_activity_events.sql") << true
                                 << QStringLiteral("1203")
                                 << QStringLiteral("partition_activity_events");
    QTest::newRow("timestamp") << QStringLiteral("20240101120000_create_users.sql") << true
                               << QStringLiteral("20240101120000")
                               << QStringLiteral("create_users");
    QTest::newRow("leading zeros and dashes")
        << QStringLiteral("0012-add-index.sql") << true << QStringLiteral("0012")
        << QStringLiteral("add-index");
    QTest::newRow("version only") << QStringLiteral("7.sql") << true << QStringLiteral("7")
                                  << QString();
    QTest::newRow("upper-case extension") << QStringLiteral("00001_init.SQL") << true
                                          << QStringLiteral("00001") << QStringLiteral("init");
    QTest::newRow("no version") << QStringLiteral("create_users.sql") << false << QString()
                                << QString();
    QTest::newRow("prefix before version")
        << QStringLiteral("V1__init.sql") << false << QString() << QString();
    QTest::newRow("not sql") << QStringLiteral("1_init.txt") << false << QString() << QString();
}

void TestMigrationFolderReader::parseFileName()
{
    QFETCH(QString, fileName);
    QFETCH(bool, valid);
    QFETCH(QString, version);
    QFETCH(QString, name);

    const auto parsed = MigrationFolderReader::parseFileName(fileName);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed->version, version);
    QCOMPARE(parsed->name, name);
}

void TestMigrationFolderReader::locationsAreFileAbsolute()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString text = QStringLiteral("-- header\n"                  // 1
                                        "-- UP\n"                      // 2
                                        "CREATE TABLE a (id INT);\n"   // 3
                                        "\n"                           // 4
                                        "CREATE INDEX ia ON a (id);\n" // 5
                                        "-- DOWN\n"                    // 6
                                        "\n"                           // 7
                                        "  DROP INDEX ia ON a;\n"      // 8
                                        "DROP TABLE a;\n");            // 9
    writeFile(dir, QStringLiteral("4_a.sql"), text);
    const QString path = dir.filePath(QStringLiteral("4_a.sql"));

    const MigrationSet set = MigrationFolderReader::read(dir.path());
    QVERIFY2(set.errors.isEmpty(), qPrintable(describe(set.errors)));
    QCOMPARE(set.migrations.size(), 1);
    const Migration &migration = set.migrations[0];
    QCOMPARE(migration.up.statements.size(), 2);
    QCOMPARE(migration.down.statements.size(), 2);

    const Statement &up2 = migration.up.statements[1];
    QCOMPARE(up2.start, (SourceLocation{path, 5, 1}));
    QCOMPARE(up2.beginOffset, text.indexOf(QStringLiteral("CREATE INDEX")));

    const Statement &down1 = migration.down.statements[0];
    QCOMPARE(down1.start, (SourceLocation{path, 8, 3}));
    QCOMPARE(down1.beginOffset, text.indexOf(QStringLiteral("DROP INDEX")));
    QCOMPARE(down1.endOffset, text.indexOf(QStringLiteral("DROP INDEX")) + 19);
    QCOMPARE(down1.endLine, 8);
    const Statement &down2 = migration.down.statements[1];
    QCOMPARE(down2.start, (SourceLocation{path, 9, 1}));
    QCOMPARE(text.sliced(down2.beginOffset, down2.endOffset - down2.beginOffset),
             QStringLiteral("DROP TABLE a;"));
    QCOMPARE(migration.down.file, path);
}

void TestMigrationFolderReader::parseErrorInDown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir, QStringLiteral("8_broken.sql"),
              QStringLiteral("-- UP\n"
                             "CREATE TABLE a (id INT);\n"
                             "-- DOWN\n"
                             "DROP TABLE a;\n"
                             "SELECT 'oops;\n"));
    const QString path = dir.filePath(QStringLiteral("8_broken.sql"));

    const MigrationSet set = MigrationFolderReader::read(dir.path());
    QCOMPARE(set.migrations.size(), 1);
    QCOMPARE(set.migrations[0].down.errors.size(), 1);
    QCOMPARE(set.errors.size(), 1);
    QCOMPARE(set.errors[0].location, (SourceLocation{path, 5, 8}));
    QVERIFY2(set.errors[0].toString().startsWith(path + QStringLiteral(":5:8: ")),
             qPrintable(set.errors[0].toString()));
    QVERIFY(set.migrations[0].up.errors.isEmpty());
}

QTEST_GUILESS_MAIN(TestMigrationFolderReader)
#include "tst_migrationfolderreader.moc"
