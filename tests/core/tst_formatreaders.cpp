// Every migration format, one data row per construct: the folder's files go in, the
// migrations (statements with their locations, DOWN or the reason there is none) and
// the errors (file:line) come out.
#include "core/formats/sectiontext.h"
#include "formattesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

Q_DECLARE_METATYPE(backstep::MigrationFormat)

using namespace backstep::formattesting;

class TestFormatReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void everyFormatHasItsReader();
    void joinedTextKeepsEveryLinesLocation();
    void joinedTextViewsTheFileWhileItReadsAsTheFile();
};

void TestFormatReaders::reads_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<MigrationFormat>("format"); // Auto: detected
    QTest::addColumn<MigrationFormat>("expectedFormat");
    QTest::addColumn<QStringList>("expected");
    // Each expected error: "file:line: " followed by a fragment of the message.
    QTest::addColumn<QStringList>("errors");

    const auto Auto = MigrationFormat::Auto;

    // ---- sql-migrate
    QTest::newRow("sql-migrate: Up/Down, block is one statement, notransaction")
        << Files{{s("1_proc.sql"), s("-- +migrate Up notransaction\n"                   // 1
                                     "CREATE TABLE t (id INT);\n"                       // 2
                                     "-- +migrate StatementBegin\n"                     // 3
                                     "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND;\n" // 4-7
                                     "-- +migrate StatementEnd\n"                       // 8
                                     "-- +migrate Down\n"                               // 9
                                     "DROP PROCEDURE p;\nDROP TABLE t;\n")}}            // 10-11
        << Auto << MigrationFormat::SqlMigrate
        << QStringList{s(
               "1_proc.sql \"proc\" {Up notransaction} [1_proc.sql] UP: CREATE TABLE t (id "
               "INT)@1_proc.sql:2:1 | CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND@1_"
               "proc.sql:4:1 DOWN(1_proc.sql): DROP PROCEDURE p@1_proc.sql:10:1 | DROP "
               "TABLE t@1_proc.sql:11:1")}
        << QStringList{};
    QTest::newRow("sql-migrate: no Down is irreversible")
        << Files{{s("2_x.sql"), s("-- +migrate Up\nCREATE TABLE x (id INT);\n")}} << Auto
        << MigrationFormat::SqlMigrate
        << QStringList{s("2_x.sql \"x\" [2_x.sql] UP: CREATE TABLE x (id INT)@2_x.sql:2:1 "
                         "IRREVERSIBLE: no DOWN section")}
        << QStringList{};
    // sql-migrate ignores a StatementEnd outside a block.
    QTest::newRow("sql-migrate.split.unterminated: StatementEnd without StatementBegin")
        << Files{{s("3_x.sql"), s("-- +migrate Up\nSELECT 1;\n-- +migrate StatementEnd\n"
                                  "-- +migrate Down\nSELECT 2;\n")}}
        << Auto << MigrationFormat::SqlMigrate
        << QStringList{s("3_x.sql \"x\" [3_x.sql] UP: SELECT 1@3_x.sql:2:1 DOWN(3_x.sql): SELECT "
                         "2@3_x.sql:5:1")}
        << QStringList{};
    QTest::newRow("sql-migrate.split.unterminated: StatementBegin without StatementEnd")
        << Files{{s("4_x.sql"), s("-- +migrate Up\nSELECT 1;\n-- +migrate Down\n"
                                  "-- +migrate StatementBegin\nDROP TABLE a;\n")}}
        << Auto << MigrationFormat::SqlMigrate
        << QStringList{s("4_x.sql \"x\" [4_x.sql] UP: SELECT 1@4_x.sql:2:1 IRREVERSIBLE: the "
                         "DOWN section is empty")}
        << QStringList{s("4_x.sql:4: '-- +migrate StatementBegin' with no")};
    // ---- dbmate and goose (the rest of their rows are in tst_migrationfolderreader)
    QTest::newRow("dbmate: several up/down pairs in one file")
        << Files{{s("20240101_x.sql"), s("-- migrate:up\nCREATE TABLE a (id INT);\n"
                                         "-- migrate:down\nDROP TABLE a;\n"
                                         "-- migrate:up transaction:false\nCREATE TABLE b (id "
                                         "INT);\n-- migrate:down\nDROP TABLE b;\n")}}
        << Auto << MigrationFormat::Dbmate
        << QStringList{s("20240101 \"x\" {transaction:false} [20240101_x.sql] UP: CREATE TABLE "
                         "a (id INT)@20240101_x.sql:2:1 | CREATE TABLE b (id INT)@20240101_x.sql"
                         ":6:1 DOWN(20240101_x.sql): DROP TABLE a@20240101_x.sql:4:1 | DROP TABLE "
                         "b@20240101_x.sql:8:1")}
        << QStringList{};
    QTest::newRow("goose: ENVSUB and NO TRANSACTION kept as options")
        << Files{{s("5_x.sql"), s("-- +goose Up\n-- +goose ENVSUB ON\nSELECT 1;\n"
                                  "-- +goose NO TRANSACTION\n-- +goose Down\nSELECT 2;\n")}}
        << Auto << MigrationFormat::Goose
        << QStringList{s("5 \"x\" {NO TRANSACTION} [5_x.sql] UP: SELECT 1@5_x.sql:3:1 "
                         "DOWN(5_x.sql): SELECT 2@5_x.sql:6:1")}
        << QStringList{};

    // ---- golang-migrate
    QTest::newRow("golang-migrate: a pair of files is one migration")
        << Files{{s("1_create_users.up.sql"), s("CREATE TABLE users (id INT);\n\nCREATE INDEX "
                                                "i ON users (id);\n")},
                 {s("1_create_users.down.sql"), s("DROP TABLE users;\n")}}
        << Auto << MigrationFormat::GolangMigrate
        << QStringList{s("1 \"create_users\" [1_create_users.up.sql,1_create_users.down.sql] UP: "
                         "CREATE TABLE users (id INT)@1_create_users.up.sql:1:1 | CREATE INDEX i "
                         "ON users (id)@1_create_users.up.sql:3:1 DOWN(1_create_users.down.sql): "
                         "DROP TABLE users@1_create_users.down.sql:1:1")}
        << QStringList{};
    QTest::newRow("golang-migrate: missing and empty down files")
        << Files{{s("2_a.up.sql"), s("SELECT 1;\n")},
                 {s("10_b.up.sql"), s("SELECT 2;\n")},
                 {s("10_b.down.sql"), s("-- nothing to undo\n")}}
        << Auto << MigrationFormat::GolangMigrate
        << QStringList{s("2 \"a\" [2_a.up.sql] UP: SELECT 1@2_a.up.sql:1:1 IRREVERSIBLE: no "
                         "2_a.down.sql file: golang-migrate would change the version and run "
                         "nothing"),
                       s("10 \"b\" [10_b.up.sql,10_b.down.sql] UP: SELECT 2@10_b.up.sql:1:1 "
                         "IRREVERSIBLE: 10_b.down.sql holds only comments: golang-migrate would "
                         "run nothing and change the version")}
        << QStringList{};
    QTest::newRow("golang-migrate: orphan down, bad name, duplicate version")
        << Files{{s("1_a.up.sql"), s("SELECT 1;\n")},
                 {s("01_b.up.sql"), s("SELECT 2;\n")},
                 {s("3_c.down.sql"), s("SELECT 3;\n")},
                 {s("notes.up.sql"), s("SELECT 4;\n")}}
        << Auto << MigrationFormat::GolangMigrate
        << QStringList{s("01 \"b\" [01_b.up.sql] UP: SELECT 2@01_b.up.sql:1:1 IRREVERSIBLE: no "
                         "01_b.down.sql file: golang-migrate would change the version and run "
                         "nothing")}
        << QStringList{s("1_a.up.sql:0: duplicate version 1: also in"),
                       s("3_c.down.sql:0: without its .up.sql"),
                       s("notes.up.sql:0: not a golang-migrate file name")};

    // ---- Flyway
    QTest::newRow("flyway: V with U undo, dotted versions in numeric order")
        << Files{{s("V1.2.10__add_index.sql"), s("CREATE INDEX i ON t (a);\n")},
                 {s("U1.2.10__add_index.sql"), s("DROP INDEX i ON t;\n")},
                 {s("V1.2.9__add_column.sql"), s("ALTER TABLE t ADD a INT;\n")},
                 {s("V1_3__rename_things.sql"), s("SELECT 1;\n")},
                 {s("V1__init.sql"), s("CREATE TABLE t (id INT);\n")},
                 {s("U1__init.sql"), s("DROP TABLE t;\n")},
                 {s("beforeMigrate.sql"), s("SELECT 'callback';\n")}}
        << Auto << MigrationFormat::Flyway
        << QStringList{s("1 \"init\" [V1__init.sql,U1__init.sql] UP: CREATE TABLE t (id "
                         "INT)@V1__init.sql:1:1 DOWN(U1__init.sql): DROP TABLE t@U1__init.sql:1:1"),
                       s("1.2.9 \"add column\" [V1.2.9__add_column.sql] UP: ALTER TABLE t ADD a "
                         "INT@V1.2.9__add_column.sql:1:1 IRREVERSIBLE: no undo file U1.2.9__*.sql"),
                       s("1.2.10 \"add index\" [V1.2.10__add_index.sql,U1.2.10__add_index.sql] UP: "
                         "CREATE INDEX i ON t (a)@V1.2.10__add_index.sql:1:1 DOWN(U1.2.10__add_"
                         "index.sql): DROP INDEX i ON t@U1.2.10__add_index.sql:1:1"),
                       s("1.3 \"rename things\" [V1_3__rename_things.sql] UP: SELECT "
                         "1@V1_3__rename_things.sql:1:1 IRREVERSIBLE: no undo file U1.3__*.sql")}
        << QStringList{};
    QTest::newRow("flyway: repeatable and baseline migrations")
        << Files{{s("B5__baseline.sql"), s("CREATE TABLE t (id INT);\n")},
                 {s("V6__more.sql"), s("SELECT 6;\n")},
                 {s("U6__more.sql"), s("SELECT -6;\n")},
                 {s("B6__baseline_six.sql"), s("SELECT 66;\n")},
                 {s("R__create_views.sql"), s("CREATE OR REPLACE VIEW v AS SELECT 1;\n")}}
        << Auto << MigrationFormat::Flyway
        << QStringList{s("5 \"baseline\" baseline [B5__baseline.sql] UP: CREATE TABLE t (id "
                         "INT)@B5__baseline.sql:1:1 IRREVERSIBLE: a baseline migration (B) has no "
                         "undo: it stands for every migration up to its version"),
                       s("6 \"more\" [V6__more.sql,U6__more.sql,B6__baseline_six.sql] UP: SELECT "
                         "6@V6__more.sql:1:1 DOWN(U6__more.sql): SELECT -6@U6__more.sql:1:1"),
                       s("R__create views \"create views\" repeatable [R__create_views.sql] UP: "
                         "CREATE OR REPLACE VIEW v AS SELECT 1@R__create_views.sql:1:1 "
                         "IRREVERSIBLE: a repeatable migration (R__) has no undo: Flyway runs it "
                         "again whenever it changes")}
        << QStringList{};
    QTest::newRow("flyway: unreadable names, orphan undo, duplicates, empty undo")
        << Files{{s("V__x.sql"), s("SELECT 1;\n")},
                 {s("V1_x.sql"), s("SELECT 1;\n")},
                 {s("V2__a.sql"), s("SELECT 2;\n")},
                 {s("U2__a.sql"), s("\n-- nothing\n")},
                 {s("V002__b.sql"), s("SELECT 22;\n")},
                 {s("U9__gone.sql"), s("SELECT 9;\n")},
                 {s("B07__base.sql"), s("SELECT 7;\n")},
                 {s("B7__base_again.sql"), s("SELECT 77;\n")},
                 {s("notes.sql"), s("SELECT 0;\n")}}
        << Auto
        << MigrationFormat::Flyway
        // The undo file pairs with the first V file of its version.
        << QStringList{s("002 \"b\" [V002__b.sql,U2__a.sql] UP: SELECT 22@V002__b.sql:1:1 "
                         "IRREVERSIBLE: the DOWN section is empty"),
                       s("07 \"base\" baseline [B07__base.sql] UP: SELECT 7@B07__base.sql:1:1 "
                         "IRREVERSIBLE: a baseline migration (B) has no undo: it stands for every "
                         "migration up to its version")}
        // flyway.names.ignored-files: V__x.sql, V1_x.sql and notes.sql are warnings.
        << QStringList{s("V2__a.sql:0: duplicate version 2: also in"),
                       s("U9__gone.sql:0: an undo file without its versioned migration V9__*.sql"),
                       s("B7__base_again.sql:0: duplicate baseline version 7: also in")};

    // ---- Liquibase formatted SQL
    QTest::newRow("liquibase: changesets, --rollback lines concatenated, --comment ignored")
        << Files{{s("001_users.sql"),
                  s("--liquibase formatted sql\n"                  // 1
                    "\n"                                           // 2
                    "--changeset alice:1 runInTransaction:false\n" // 3
                    "--comment: the users table\n"                 // 4
                    "CREATE TABLE users (\n  id INT\n);\n"         // 5-7
                    "--rollback DROP TABLE users;\n"               // 8
                    "\n"                                           // 9
                    "--changeset \"Bob Smith\":add-name\n"         // 10
                    "ALTER TABLE users ADD name VARCHAR(80);\n"    // 11
                    "UPDATE users SET name = 'x';\n"               // 12
                    "--rollback UPDATE users\n"                    // 13
                    "--rollback   SET name = NULL;\n"              // 14
                    "--rollback ALTER TABLE users DROP name;\n")}} // 15
        << Auto << MigrationFormat::Liquibase
        << QStringList{s("1 \"the users table\" by alice {runInTransaction:false} [001_users.sql] "
                         "UP: CREATE TABLE users (\n  id INT\n)@001_users.sql:5:1 "
                         "DOWN(001_users.sql): DROP TABLE users@001_users.sql:8:12"),
                       s("add-name \"001_users\" by Bob Smith [001_users.sql] UP: ALTER TABLE "
                         "users ADD name VARCHAR(80)@001_users.sql:11:1 | UPDATE users SET name = "
                         "'x'@001_users.sql:12:1 DOWN(001_users.sql): UPDATE users\n  SET name = "
                         "NULL@001_users.sql:13:12 | ALTER TABLE users DROP "
                         "name@001_users.sql:15:12")}
        << QStringList{};
    QTest::newRow("liquibase: rollback block, not required, empty, none")
        << Files{{s("002_more.sql"),
                  s("-- liquibase formatted sql\n"   // 1
                    "--changeset carol:10\n"         // 2
                    "CREATE TABLE a (id INT);\n"     // 3
                    "/* liquibase rollback\n"        // 4
                    "DROP TABLE a;\n"                // 5
                    "*/\n"                           // 6
                    "--changeset carol:11\n"         // 7
                    "DELETE FROM a;\n"               // 8
                    "--rollback not required\n"      // 9
                    "--changeset carol:12\n"         // 10
                    "SELECT 1;\n"                    // 11
                    "--rollback empty\n"             // 12
                    "--changeset carol:13\n"         // 13
                    "INSERT INTO a VALUES (1);\n")}} // 14
        << Auto << MigrationFormat::Liquibase
        << QStringList{s("10 \"002_more\" by carol [002_more.sql] UP: CREATE TABLE a (id "
                         "INT)@002_more.sql:3:1 DOWN(002_more.sql): DROP TABLE a@002_more.sql:5:1"),
                       // liquibase.rollback.declared-empty: a declared no-op.
                       s("11 \"002_more\" by carol [002_more.sql] UP: DELETE FROM a@002_more.sql:"
                         "8:1 DOWN(002_more.sql): "),
                       s("12 \"002_more\" by carol [002_more.sql] UP: SELECT 1@002_more.sql:11:1 "
                         "DOWN(002_more.sql): "),
                       s("13 \"002_more\" by carol [002_more.sql] UP: INSERT INTO a VALUES "
                         "(1)@002_more.sql:14:1 IRREVERSIBLE: the changeset has no --rollback: "
                         "Liquibase cannot undo raw SQL by itself")}
        << QStringList{};
    QTest::newRow("liquibase: endDelimiter, splitStatements:false, rollbackEndDelimiter")
        << Files{{s("003_proc.sql"),
                  s("--liquibase formatted sql\n"                                  // 1
                    "--changeset dba:p1 endDelimiter:// rollbackEndDelimiter://\n" // 2
                    "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//\n"       // 3
                    "CREATE TABLE q (id INT)//\n"                                  // 4
                    "--rollback DROP PROCEDURE p// DROP TABLE q//\n"               // 5
                    "--changeset dba:p2 splitStatements:false\n"                   // 6
                    "CREATE TRIGGER tr BEFORE INSERT ON q FOR EACH ROW\n"          // 7
                    "BEGIN SET NEW.id = 1; END;\n"                                 // 8
                    "--rollback DROP TRIGGER tr;\n")}}                             // 9
        << Auto << MigrationFormat::Liquibase
        << QStringList{s("p1 \"003_proc\" by dba {endDelimiter://,rollbackEndDelimiter://} "
                         "[003_proc.sql] UP: CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; "
                         "END@003_proc.sql:3:1 | CREATE TABLE q (id INT)@003_proc.sql:4:1 "
                         "DOWN(003_proc.sql): DROP PROCEDURE p@003_proc.sql:5:12 | DROP TABLE "
                         "q@003_proc.sql:5:31"),
                       s("p2 \"003_proc\" by dba {splitStatements:false} [003_proc.sql] UP: "
                         "CREATE TRIGGER tr BEFORE INSERT ON q FOR EACH ROW\nBEGIN SET NEW.id = "
                         "1; END@003_proc.sql:7:1 DOWN(003_proc.sql): DROP TRIGGER "
                         "tr@003_proc.sql:9:12")}
        << QStringList{};
    QTest::newRow("liquibase: files in name order, errors with lines")
        << Files{{s("b.sql"), s("--liquibase formatted sql\n--changeset x:2\nSELECT 2;\n"
                                "--rollback SELECT -2;\n--changeset nobody\nSELECT 0;\n")},
                 {s("a.sql"), s("--liquibase formatted sql\n--rollback SELECT 0;\n"
                                "--changeset x:1\nSELECT 1;\n--rollback SELECT 'open;\n")},
                 {s("c.sql"), s("--liquibase formatted sql\n--changeset x:2\nSELECT 22;\n")},
                 {s("d.sql"), s("SELECT 'not liquibase';\n")}}
        << Auto << MigrationFormat::Liquibase
        << QStringList{s("1 \"a\" by x [a.sql] UP: SELECT 1@a.sql:4:1 DOWN(a.sql): SELECT "
                         "'open@a.sql:5:12"),
                       s("2 \"b\" by x [b.sql] UP: SELECT 2@b.sql:3:1 DOWN(b.sql): SELECT "
                         "-2@b.sql:4:12")}
        << QStringList{s("a.sql:2: a rollback outside any changeset"), s("a.sql:5: unterminated"),
                       s("b.sql:5: cannot read the changeset"),
                       s("c.sql:0: duplicate version 2: also in"),
                       s("d.sql:1: not a Liquibase formatted SQL file")};

    // liquibase.split.unclosed: the check skips plain text between the tokens that can be
    // left open; a `-` of arithmetic, a closed name and a closed comment before them.
    QTest::newRow("liquibase: unclosed name and comment after plain text, comments kept")
        << Files{{s("e.sql"), s("--liquibase formatted sql\n"               // 1
                                "--changeset x:1 stripComments:false\n"     // 2
                                "SELECT `a-b`, 1-2 /* fine */ FROM t;\n"    // 3
                                "SELECT a FROM `open;\n"                    // 4
                                "--rollback SELECT 3-1 FROM t /*open;\n")}} // 5
        << Auto << MigrationFormat::Liquibase
        << QStringList{s("1 \"e\" by x {stripComments:false} [e.sql] UP: SELECT `a-b`, 1-2 /* "
                         "fine */ FROM t@e.sql:3:1 | SELECT a FROM `open@e.sql:4:1 DOWN(e.sql): "
                         "SELECT 3-1 FROM t /*open@e.sql:5:12")}
        << QStringList{s("e.sql:4: unterminated quoted identifier or comment"),
                       s("e.sql:5: unterminated quoted identifier or comment")};

    // ---- detection and mixed folders
    QTest::newRow("detect: a folder of golang-migrate files named like plain ones")
        << Files{{s("1_a.up.sql"), s("-- UP\nSELECT 1;\n")}} << Auto
        << MigrationFormat::GolangMigrate
        << QStringList{s("1 \"a\" [1_a.up.sql] UP: SELECT 1@1_a.up.sql:2:1 IRREVERSIBLE: no "
                         "1_a.down.sql file: golang-migrate would change the version and run "
                         "nothing")}
        << QStringList{};
    QTest::newRow("mixed: flyway and golang-migrate files")
        << Files{{s("V1__a.sql"), s("SELECT 1;\n")},
                 {s("V2__b.sql"), s("SELECT 2;\n")},
                 {s("3_c.up.sql"), s("SELECT 3;\n")}}
        << Auto << MigrationFormat::Flyway
        << QStringList{s("1 \"a\" [V1__a.sql] UP: SELECT 1@V1__a.sql:1:1 IRREVERSIBLE: no undo "
                         "file U1__*.sql"),
                       s("2 \"b\" [V2__b.sql] UP: SELECT 2@V2__b.sql:1:1 IRREVERSIBLE: no undo "
                         "file U2__*.sql")}
        << QStringList{s("<folder>:0: the folder mixes migration formats: flyway (")};
    QTest::newRow("mixed: liquibase and sql-migrate files")
        << Files{{s("1_a.sql"), s("-- +migrate Up\nSELECT 1;\n")},
                 {s("3_c.sql"), s("-- +migrate Up\nSELECT 3;\n-- +migrate Down\nSELECT 4;\n")},
                 {s("2_b.sql"), s("--liquibase formatted sql\n--changeset a:2\nSELECT 2;\n")}}
        << Auto << MigrationFormat::SqlMigrate
        << QStringList{s("1_a.sql \"a\" [1_a.sql] UP: SELECT 1@1_a.sql:2:1 IRREVERSIBLE: no DOWN "
                         "section"),
                       s("2_b.sql \"b\" [2_b.sql] UP:  IRREVERSIBLE: no DOWN section"),
                       s("3_c.sql \"c\" [3_c.sql] UP: SELECT 3@3_c.sql:2:1 DOWN(3_c.sql): SELECT "
                         "4@3_c.sql:4:1")}
        << QStringList{s("<folder>:0: the folder mixes migration formats: liquibase ("),
                       s("2_b.sql:0: no '-- +migrate Up'")};
    QTest::newRow("--format overrides detection: flyway names read as golang-migrate")
        << Files{{s("V1__a.sql"), s("SELECT 1;\n")}} << MigrationFormat::GolangMigrate
        << MigrationFormat::GolangMigrate << QStringList{}
        << QStringList{s("V1__a.sql:0: not a golang-migrate file name")};
}

void TestFormatReaders::reads()
{
    QFETCH(Files, files);
    QFETCH(MigrationFormat, format);
    QFETCH(MigrationFormat, expectedFormat);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, errors);

    const MigrationSet set = readFolder(files, format);
    QCOMPARE(formatName(set.format), formatName(expectedFormat));
    if (render(set) != expected) // QCOMPARE cuts long strings: show them whole
        qWarning().noquote() << render(set).join(u'\n');
    QCOMPARE(render(set), expected);
    QString why;
    QVERIFY2(diagnosticsMatch(renderErrors(set), errors, why), qPrintable(why));
}

void TestFormatReaders::everyFormatHasItsReader()
{
    for (const QString &name : formatNames()) {
        const MigrationFormat format = formatFromName(name).value();
        if (format == MigrationFormat::Auto)
            continue;
        QCOMPARE(formatName(FormatRegistry::reader(format).format()), name);
    }
    QCOMPARE(formatNames(), (QStringList{s("auto"), s("plain"), s("dbmate"), s("goose"),
                                         s("sql-migrate"), s("golang-migrate"), s("flyway"),
                                         s("liquibase"), s("sqitch"), s("db-migrate")}));
}

// JoinedText makes one piece of adjacent whole lines that read as in the file; every
// offset still maps to its file line, column and offset, asked for in any order: across
// a CRLF line (which cannot join), a line taken from a column on, a gap in the file, and a
// last line without a line feed.
void TestFormatReaders::joinedTextKeepsEveryLinesLocation()
{
    const QString file = s("-- changeset a:1\n"                        // 1
                           "CREATE TABLE t (\n"                        // 2
                           "  id INT);\r\n"                            // 3
                           "INSERT INTO t VALUES (1); INSERT INTO t\n" // 4
                           "VALUES (2);\n"                             // 5
                           "--rollback DROP TABLE t;\n"                // 6
                           "SELECT 3;");                               // 7
    const QList<TextLine> lines = linesOf(file);
    QCOMPARE(lines.size(), 7);
    JoinedText text;
    for (int i : {1, 2, 3, 4, 6})
        text.add(lines[i]);
    const QString joined = text.text().toString();
    QCOMPARE(joined, s("CREATE TABLE t (\n  id INT);\nINSERT INTO t VALUES (1); INSERT INTO t\n"
                       "VALUES (2);\nSELECT 3;\n"));
    const QString path = s("x.sql");
    const auto at = [&](const QString &what, int nth = 0) {
        qsizetype offset = -1;
        for (int i = 0; i <= nth; ++i)
            offset = joined.indexOf(what, offset + 1);
        const SourceLocation location = text.locationAt(path, offset);
        return QStringLiteral("%1:%2").arg(location.line).arg(location.column);
    };
    // In the file's order, then back to earlier ones.
    QCOMPARE(at(s("CREATE")), s("2:1"));
    QCOMPARE(at(s("id")), s("3:3"));
    QCOMPARE(at(s("INSERT")), s("4:1"));
    QCOMPARE(at(s("INSERT"), 1), s("4:27"));
    QCOMPARE(at(s("VALUES (2)")), s("5:1"));
    QCOMPARE(at(s("SELECT")), s("7:1"));
    QCOMPARE(at(s("(1)")), s("4:22"));
    QCOMPARE(at(s("TABLE")), s("2:8"));

    // A statement found in the text moves to the file: its lines, its file offsets.
    Statement second;
    second.beginOffset = joined.indexOf(s("INSERT"), joined.indexOf(s("INSERT")) + 1);
    second.endOffset = joined.indexOf(s("(2);")) + 4;
    text.locate(second, path);
    QCOMPARE(second.start.line, 4);
    QCOMPARE(second.start.column, 27);
    QCOMPARE(second.endLine, 5);
    QCOMPARE(file.sliced(second.beginOffset, second.endOffset - second.beginOffset),
             s("INSERT INTO t\nVALUES (2);"));
    Statement last;
    last.beginOffset = joined.indexOf(s("SELECT"));
    last.endOffset = joined.size();
    text.locate(last, path);
    QCOMPARE(last.start.line, 7);
    QCOMPARE(last.endLine, 7);
    QCOMPARE(file.sliced(last.beginOffset, last.endOffset - last.beginOffset), s("SELECT 3;"));

    const TextRange range = text.range();
    QCOMPARE(range.firstLine, 2);
    QCOMPARE(range.lastLine, 7);
    QCOMPARE(range.beginOffset, lines[1].begin);
    QCOMPARE(range.endOffset, file.size());

    // A line taken from a column on (Liquibase's rollback text) keeps its columns.
    JoinedText rollback;
    rollback.add(lines[5], 11);
    rollback.add(lines[6]); // the file's next line: joins, from column 1
    QCOMPARE(rollback.text().toString(), s("DROP TABLE t;\nSELECT 3;\n"));
    const SourceLocation drop = rollback.locationAt(path, 5);
    QCOMPARE(drop.line, 6);
    QCOMPARE(drop.column, 17);
    const SourceLocation select = rollback.locationAt(path, rollback.text().indexOf(s("3;")));
    QCOMPARE(select.line, 7);
    QCOMPARE(select.column, 8);
}

// Adjacent lines as the file has them (also without their line feeds, when the next line
// added is not right after them) are a view of the file's characters, not a copy; the
// first line that the file does not have right after them (a gap, a CRLF line's line
// feed) makes the text its own, and the text reads the same either way.
void TestFormatReaders::joinedTextViewsTheFileWhileItReadsAsTheFile()
{
    const QString file = s("-- changeset a:1\n"          // 1
                           "CREATE TABLE t (\n"          // 2
                           "  id INT);\n"                // 3
                           "--comment: skipped\n"        // 4
                           "INSERT INTO t VALUES (1);\n" // 5
                           "SELECT 2;\r\n"               // 6
                           "SELECT 3;");                 // 7
    const QList<TextLine> lines = linesOf(file);
    JoinedText text;
    text.add(lines[1]);
    text.add(lines[2]);
    QCOMPARE(text.text().data(), file.constData() + lines[1].begin);
    QCOMPARE(text.text().toString(), s("CREATE TABLE t (\n  id INT);\n"));
    text.add(lines[4]); // after a gap in the file: copied from here on
    QVERIFY(text.text().data() != file.constData() + lines[1].begin);
    QCOMPARE(text.text().toString(),
             s("CREATE TABLE t (\n  id INT);\nINSERT INTO t VALUES (1);\n"));
    QCOMPARE(text.locationAt(s("x.sql"), text.text().indexOf(u"VALUES")).line, 5);

    // Taken from a column on, then without line feeds (a Liquibase rollback block).
    JoinedText rollback;
    rollback.add(lines[4], 12);
    QCOMPARE(rollback.text().data(), file.constData() + lines[4].begin + 12);
    rollback.add(lines[5], 0, false);
    QCOMPARE(rollback.text().data(), file.constData() + lines[4].begin + 12);
    QCOMPARE(rollback.text().toString(), s("t VALUES (1);\nSELECT 2;"));
    rollback.add(lines[6], 0, false); // the CR and line feed between are not in the text
    QCOMPARE(rollback.text().toString(), s("t VALUES (1);\nSELECT 2;SELECT 3;"));
    QCOMPARE(rollback.locationAt(s("x.sql"), rollback.text().indexOf(u"SELECT 3")).line, 7);

    // A CRLF line's line feed is the JoinedText's own: never a view.
    JoinedText crlf;
    crlf.add(lines[5]);
    QCOMPARE(crlf.text().toString(), s("SELECT 2;\n"));
    QVERIFY(crlf.text().data() != file.constData() + lines[5].begin);
    crlf.clear();
    crlf.add(lines[6]); // the last line: no line feed in the file, one in the text
    QCOMPARE(crlf.text().toString(), s("SELECT 3;\n"));
}

QTEST_GUILESS_MAIN(TestFormatReaders)
#include "tst_formatreaders.moc"
