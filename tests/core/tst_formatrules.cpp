// Each migration tool's own rules (docs/formats.md): one data row per rule, named by its
// test-row id. The folder's files go in; the migrations (statements with their locations,
// the DOWN or why there is none), the errors and the warnings come out. The rules that need
// a server (history tables, locks, the runner) are tested in tests/integration.
#include "formattesting.h"

#include <QTest>

using namespace backstep;
using namespace backstep::formattesting;

Q_DECLARE_METATYPE(backstep::MigrationFormat)

class TestFormatRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void executionIsShown_data();
    void executionIsShown();
    void mySqlClient_data();
    void mySqlClient();
    void sectionText_data();
    void sectionText();
};

void TestFormatRules::rules_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<MigrationFormat>("format");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("warnings");
    const auto Plain = MigrationFormat::Plain;
    const auto Dbmate = MigrationFormat::Dbmate;
    const auto Golang = MigrationFormat::GolangMigrate;
    const auto Goose = MigrationFormat::Goose;
    const auto SqlMigrate = MigrationFormat::SqlMigrate;
    const auto Flyway = MigrationFormat::Flyway;
    const auto Liquibase = MigrationFormat::Liquibase;
    const auto Sqitch = MigrationFormat::Sqitch;
    const auto DbMigrate = MigrationFormat::DbMigrate;
    const QStringList none;

    // ---- common
    QTest::newRow("common.noop.both-empty-is-reversible")
        << Files{{s("1_marker.sql"), s("-- UP\n-- a release marker\n-- DOWN\n/* nothing */\n")}}
        << Plain << QStringList{s("1 \"marker\" [1_marker.sql] UP:  DOWN(1_marker.sql): ")} << none
        << none;
    QTest::newRow("common.irreversible.empty-down")
        << Files{{s("1_a.sql"), s("-- UP\nCREATE TABLE a (id INT);\n-- DOWN\n-- nothing\n")}}
        << Plain
        << QStringList{s("1 \"a\" [1_a.sql] UP: CREATE TABLE a (id INT)@1_a.sql:2:1 "
                         "IRREVERSIBLE: the DOWN section is empty")}
        << none << none;

    // ---- plain
    QTest::newRow("plain.names.leading-zeros")
        << Files{{s("0012_a.sql"), s("-- UP\nSELECT 1;\n-- DOWN\nSELECT 2;\n")},
                 {s("12_b.sql"), s("-- UP\nSELECT 3;\n-- DOWN\nSELECT 4;\n")}}
        << Plain
        << QStringList{s("0012 \"a\" [0012_a.sql] UP: SELECT 1@0012_a.sql:2:1 DOWN(0012_a.sql): "
                         "SELECT 2@0012_a.sql:4:1")}
        << QStringList{s("12_b.sql:0: duplicate version 12: also in")} << none;
    QTest::newRow("plain.markers.decorated")
        << Files{{s("1_a.sql"), s("-- ==== UP ====\nSELECT 1;\n--   Down:\nSELECT 2;\n")}} << Plain
        << QStringList{s("1 \"a\" [1_a.sql] UP: SELECT 1@1_a.sql:2:1 DOWN(1_a.sql): SELECT "
                         "2@1_a.sql:4:1")}
        << none << none;
    QTest::newRow("plain.split.delimiter-procedure")
        << Files{{s("1_p.sql"), s("-- UP\nDELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\n  SELECT "
                                  "1;\nEND$$\nDELIMITER ;\n-- DOWN\nDROP PROCEDURE p;\n")}}
        << Plain
        << QStringList{s("1 \"p\" [1_p.sql] UP: CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND"
                         "@1_p.sql:3:1 DOWN(1_p.sql): DROP PROCEDURE p@1_p.sql:9:1")}
        << none << none;
    QTest::newRow("plain.comments.client-family")
        << Files{{s("1_p.sql"), s("-- UP\nDELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\n  -- "
                                  "dropped as the mariadb client drops it\n  SELECT 1;\nEND$$\n")}}
        << Plain
        << QStringList{s("1 \"p\" [1_p.sql] UP: CREATE PROCEDURE p()\nBEGIN\n  \n  SELECT "
                         "1;\nEND@1_p.sql:3:1 IRREVERSIBLE: no DOWN section")}
        << none << none;
    QTest::newRow("plain.split.begin-transaction")
        << Files{{s("1_a.sql"), s("-- UP\nBEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\n-- DOWN\n"
                                  "DELETE FROM t;\n")}}
        << Plain
        << QStringList{s("1 \"a\" [1_a.sql] UP: BEGIN@1_a.sql:2:1 | INSERT INTO t VALUES "
                         "(1)@1_a.sql:3:1 | COMMIT@1_a.sql:4:1 DOWN(1_a.sql): DELETE FROM "
                         "t@1_a.sql:6:1")}
        << none << none;
    QTest::newRow("plain.irreversible.no-markers")
        << Files{{s("1_a.sql"), s("CREATE TABLE a (id INT);\n")}} << Plain
        << QStringList{s("1 \"a\" [1_a.sql] UP: CREATE TABLE a (id INT)@1_a.sql:1:1 "
                         "IRREVERSIBLE: no DOWN section")}
        << none << none;

    // ---- dbmate
    QTest::newRow("dbmate.names.version-is-a-string")
        << Files{{s("01203_a.sql"), s("-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n")},
                 {s("1203_b.sql"), s("-- migrate:up\nSELECT 3;\n-- migrate:down\nSELECT 4;\n")}}
        << Dbmate
        << QStringList{s("01203 \"a\" [01203_a.sql] UP: SELECT 1@01203_a.sql:2:1 "
                         "DOWN(01203_a.sql): SELECT 2@01203_a.sql:4:1"),
                       s("1203 \"b\" [1203_b.sql] UP: SELECT 3@1203_b.sql:2:1 DOWN(1203_b.sql): "
                         "SELECT 4@1203_b.sql:4:1")}
        << none << none;
    QTest::newRow("dbmate.names.duplicate-version")
        << Files{{s("1203_a.sql"), s("-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n")},
                 {s("1203_b.sql"), s("-- migrate:up\nSELECT 3;\n-- migrate:down\nSELECT 4;\n")}}
        << Dbmate
        << QStringList{s("1203 \"a\" [1203_a.sql] UP: SELECT 1@1203_a.sql:2:1 DOWN(1203_a.sql): "
                         "SELECT 2@1203_a.sql:4:1")}
        << QStringList{s("1203_b.sql:0: duplicate version 1203: also in")} << none;
    QTest::newRow("dbmate.markers.case-sensitive")
        << Files{{s("1_a.sql"), s("-- MIGRATE:UP\nSELECT 1;\n-- migrate:Down\nSELECT 2;\n")}}
        << Dbmate << QStringList{s("1 \"a\" [1_a.sql] UP:  IRREVERSIBLE: no DOWN section")}
        << QStringList{s("1_a.sql:0: no '-- migrate:up' block")} << none;
    QTest::newRow("dbmate.markers.missing-down")
        << Files{{s("1_a.sql"), s("-- migrate:up\nSELECT 1;\n")}} << Dbmate
        << QStringList{s("1 \"a\" [1_a.sql] UP:  IRREVERSIBLE: no DOWN section")}
        << QStringList{s("1_a.sql:0: no '-- migrate:down' block")} << none;
    QTest::newRow("dbmate.markers.statements-before-up")
        << Files{{s("1_a.sql"), s("-- a comment is fine\n\nCREATE TABLE early (id INT);\n"
                                  "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n")}}
        << Dbmate << QStringList{s("1 \"a\" [1_a.sql] UP:  IRREVERSIBLE: no DOWN section")}
        << QStringList{s("1_a.sql:3: a statement before the '-- migrate:up' block")} << none;
    QTest::newRow("dbmate.sections.down-in-file-order")
        << Files{{s("1_a.sql"), s("-- migrate:up\nCREATE TABLE a (id INT);\n-- migrate:down\n"
                                  "DROP TABLE a;\n-- migrate:up\nCREATE TABLE b (id INT);\n"
                                  "-- migrate:down\nDROP TABLE b;\n")}}
        << Dbmate
        << QStringList{s("1 \"a\" [1_a.sql] UP: CREATE TABLE a (id INT)@1_a.sql:2:1 | CREATE "
                         "TABLE b (id INT)@1_a.sql:6:1 DOWN(1_a.sql): DROP TABLE a@1_a.sql:4:1 | "
                         "DROP TABLE b@1_a.sql:8:1")}
        << none << QStringList{s("1_a.sql:3: not reversed")};
    QTest::newRow("dbmate.multi-statement.procedure-without-delimiter")
        << Files{{s("1_p.sql"),
                  s("-- migrate:up\nCREATE PROCEDURE p(x INT)\nBEGIN\n  IF x > 0 THEN\n    SELECT "
                    "1;\n  END IF;\nEND;\nCREATE TABLE t (id INT);\n-- migrate:down\nDROP TABLE "
                    "t;\nDROP PROCEDURE p;\n")}}
        << Dbmate
        << QStringList{s("1 \"p\" [1_p.sql] UP: CREATE PROCEDURE p(x INT)\nBEGIN\n  IF x > 0 "
                         "THEN\n    SELECT 1;\n  END IF;\nEND@1_p.sql:2:1 | CREATE TABLE t (id "
                         "INT)@1_p.sql:8:1 DOWN(1_p.sql): DROP TABLE t@1_p.sql:10:1 | DROP "
                         "PROCEDURE p@1_p.sql:11:1")}
        << none << none;
    QTest::newRow("dbmate.multi-statement.trigger-without-delimiter")
        << Files{{s("1_t.sql"),
                  s("-- migrate:up\nCREATE TRIGGER tr AFTER INSERT ON r FOR EACH ROW\nBEGIN\n  "
                    "INSERT INTO a VALUES (NEW.id);\n  INSERT INTO b VALUES (NEW.id);\nEND;\n"
                    "-- migrate:down\nDROP TRIGGER tr;\n")}}
        << Dbmate
        << QStringList{s("1 \"t\" [1_t.sql] UP: CREATE TRIGGER tr AFTER INSERT ON r FOR EACH "
                         "ROW\nBEGIN\n  INSERT INTO a VALUES (NEW.id);\n  INSERT INTO b VALUES "
                         "(NEW.id);\nEND@1_t.sql:2:1 DOWN(1_t.sql): DROP TRIGGER tr@1_t.sql:8:1")}
        << none << none;
    QTest::newRow("dbmate.multi-statement.comments-kept")
        << Files{{s("1_c.sql"), s("-- migrate:up\nCREATE FUNCTION f() RETURNS INT DETERMINISTIC\n"
                                  "BEGIN\n  -- kept, as dbmate sends it\n  RETURN 1;\nEND;\n"
                                  "-- migrate:down\nDROP FUNCTION f;\n")}}
        << Dbmate
        << QStringList{s("1 \"c\" [1_c.sql] UP: CREATE FUNCTION f() RETURNS INT DETERMINISTIC\n"
                         "BEGIN\n  -- kept, as dbmate sends it\n  RETURN 1;\nEND@1_c.sql:2:1 "
                         "DOWN(1_c.sql): DROP FUNCTION f@1_c.sql:8:1")}
        << none << none;
    QTest::newRow("dbmate.multi-statement.delimiter-is-an-error")
        << Files{{s("1_d.sql"), s("-- migrate:up\nSELECT 1;\n-- migrate:down\nDELIMITER $$\n"
                                  "DROP PROCEDURE p$$\n")}}
        << Dbmate
        << QStringList{s("1 \"d\" [1_d.sql] UP: SELECT 1@1_d.sql:2:1 DOWN(1_d.sql): DELIMITER "
                         "$$\nDROP PROCEDURE p$$@1_d.sql:4:1")}
        << QStringList{s("1_d.sql:4: DELIMITER is a command of the mysql client; dbmate sends")}
        << none;
    QTest::newRow("dbmate.irreversible.empty-down")
        << Files{{s("1_e.sql"), s("-- migrate:up\nCREATE TABLE e (id INT);\n-- migrate:down\n")}}
        << Dbmate
        << QStringList{s("1 \"e\" [1_e.sql] UP: CREATE TABLE e (id INT)@1_e.sql:2:1 "
                         "IRREVERSIBLE: the DOWN section is empty")}
        << none << none;

    // ---- golang-migrate
    QTest::newRow("golang-migrate.names.numeric-version")
        << Files{{s("0012_a.up.sql"), s("SELECT 1;\n")}, {s("12_b.down.sql"), s("SELECT 2;\n")}}
        << Golang
        << QStringList{s("0012 \"a\" [0012_a.up.sql,12_b.down.sql] UP: SELECT 1@0012_a.up.sql:"
                         "1:1 DOWN(12_b.down.sql): SELECT 2@12_b.down.sql:1:1")}
        << none << none;
    QTest::newRow("golang-migrate.names.duplicate-version")
        << Files{{s("1_a.up.sql"), s("SELECT 1;\n")},
                 {s("1_a.down.sql"), s("SELECT 2;\n")},
                 {s("01_b.down.sql"), s("SELECT 3;\n")}}
        << Golang
        << QStringList{s("1 \"a\" [1_a.up.sql,01_b.down.sql] UP: SELECT 1@1_a.up.sql:1:1 "
                         "DOWN(01_b.down.sql): SELECT 3@01_b.down.sql:1:1")}
        << QStringList{s("1_a.down.sql:0: duplicate version 1: also in")} << none;
    QTest::newRow("golang-migrate.multi-statement.procedure-without-delimiter")
        << Files{{s("1_p.up.sql"), s("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\n"
                                     "END;\nSELECT 3;\n")},
                 {s("1_p.down.sql"), s("DROP PROCEDURE p;\n")}}
        << Golang
        << QStringList{s("1 \"p\" [1_p.up.sql,1_p.down.sql] UP: CREATE PROCEDURE p()\nBEGIN\n  "
                         "SELECT 1;\n  SELECT 2;\nEND@1_p.up.sql:1:1 | SELECT 3@1_p.up.sql:6:1 "
                         "DOWN(1_p.down.sql): DROP PROCEDURE p@1_p.down.sql:1:1")}
        << none << none;
    QTest::newRow("golang-migrate.multi-statement.delimiter-is-an-error")
        << Files{{s("1_d.up.sql"), s("SELECT 1;\n")},
                 {s("1_d.down.sql"), s("DELIMITER //\nDROP TABLE t//\n")}}
        << Golang
        << QStringList{s("1 \"d\" [1_d.up.sql,1_d.down.sql] UP: SELECT 1@1_d.up.sql:1:1 "
                         "DOWN(1_d.down.sql): DELIMITER //\nDROP TABLE t//@1_d.down.sql:1:1")}
        << QStringList{s("1_d.down.sql:1: DELIMITER is a command of the mysql client; "
                         "golang-migrate sends")}
        << none;
    QTest::newRow("golang-migrate.transaction.begin-in-file")
        << Files{{s("1_t.up.sql"), s("BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\n")},
                 {s("1_t.down.sql"), s("START TRANSACTION;\nDELETE FROM t;\nCOMMIT;\n")}}
        << Golang
        << QStringList{s("1 \"t\" [1_t.up.sql,1_t.down.sql] UP: BEGIN@1_t.up.sql:1:1 | INSERT "
                         "INTO t VALUES (1)@1_t.up.sql:2:1 | COMMIT@1_t.up.sql:3:1 "
                         "DOWN(1_t.down.sql): START TRANSACTION@1_t.down.sql:1:1 | DELETE FROM "
                         "t@1_t.down.sql:2:1 | COMMIT@1_t.down.sql:3:1")}
        << none << none;
    QTest::newRow("golang-migrate.irreversible.missing-down-file")
        << Files{{s("1_a.up.sql"), s("CREATE TABLE a (id INT);\n")}} << Golang
        << QStringList{s("1 \"a\" [1_a.up.sql] UP: CREATE TABLE a (id INT)@1_a.up.sql:1:1 "
                         "IRREVERSIBLE: no 1_a.down.sql file: golang-migrate would change the "
                         "version and run nothing")}
        << none << none;
    QTest::newRow("golang-migrate.irreversible.empty-down-file")
        << Files{{s("1_a.up.sql"), s("CREATE TABLE a (id INT);\n")}, {s("1_a.down.sql"), s("")}}
        << Golang
        << QStringList{s("1 \"a\" [1_a.up.sql,1_a.down.sql] UP: CREATE TABLE a (id "
                         "INT)@1_a.up.sql:1:1 IRREVERSIBLE: 1_a.down.sql is empty: golang-migrate "
                         "would send an empty query, which the server refuses (error 1065), and "
                         "leave the database dirty")}
        << none << none;
    QTest::newRow("golang-migrate.noop.comment-only-files")
        << Files{{s("1_marker.up.sql"), s("-- release 1.0\n")},
                 {s("1_marker.down.sql"), s("-- nothing to undo\n")}}
        << Golang
        << QStringList{s("1 \"marker\" [1_marker.up.sql,1_marker.down.sql] UP:  "
                         "DOWN(1_marker.down.sql): ")}
        << none << none;

    // ---- goose
    QTest::newRow("goose.noop.release-marker")
        << Files{{s("00007_release_marker.sql"), s("-- +goose Up\n-- Marks release 1.0.\n\n"
                                                   "-- +goose Down\n-- Nothing to undo.\n")}}
        << Goose
        << QStringList{s("00007 \"release_marker\" [00007_release_marker.sql] UP:  "
                         "DOWN(00007_release_marker.sql): ")}
        << none << none;
    QTest::newRow("goose.names.version-before-underscore")
        << Files{{s("42_a.sql"), s("-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n")},
                 {s("0_zero.sql"), s("-- +goose Up\nSELECT 0;\n")},
                 {s("notes.sql"), s("-- +goose Up\nSELECT 9;\n")}}
        << Goose
        << QStringList{s("42 \"a\" [42_a.sql] UP: SELECT 1@42_a.sql:2:1 DOWN(42_a.sql): SELECT "
                         "2@42_a.sql:4:1")}
        << none << QStringList{s("0_zero.sql:0: goose skips it"), s("notes.sql:0: goose skips it")};
    QTest::newRow("goose.names.duplicate-version")
        << Files{{s("001_foo.sql"), s("-- +goose Up\nSELECT 1;\n")},
                 {s("01_bar.sql"), s("-- +goose Up\nSELECT 2;\n")}}
        << Goose
        << QStringList{s("001 \"foo\" [001_foo.sql] UP: SELECT 1@001_foo.sql:2:1 IRREVERSIBLE: "
                         "no DOWN section")}
        << QStringList{s("01_bar.sql:0: duplicate version 01: also in")} << none;
    QTest::newRow("goose.annotations.case-insensitive")
        << Files{{s("1_a.sql"), s("-- +goose up\nSELECT 1;\n--+goose DOWN\nSELECT 2;\n")}} << Goose
        << QStringList{s("1 \"a\" [1_a.sql] UP: SELECT 1@1_a.sql:2:1 DOWN(1_a.sql): SELECT "
                         "2@1_a.sql:4:1")}
        << none << none;
    QTest::newRow("goose.annotations.leading-space-is-an-error")
        << Files{{s("1_a.sql"), s("-- +goose Up\nSELECT 1;\n  -- +goose Down\nSELECT 2;\n")}}
        << Goose
        << QStringList{s("1 \"a\" [1_a.sql] UP: SELECT 1@1_a.sql:2:1 | SELECT 2@1_a.sql:4:1 "
                         "IRREVERSIBLE: no DOWN section")}
        << QStringList{s("1_a.sql:3: a goose annotation must start at the beginning")} << none;
    QTest::newRow("goose.annotations.unknown-is-an-error")
        << Files{{s("1_a.sql"), s("-- +goose Up\n-- +goose StatementStart\nSELECT 1;\n")}} << Goose
        << QStringList{s("1 \"a\" [1_a.sql] UP: SELECT 1@1_a.sql:3:1 IRREVERSIBLE: no DOWN "
                         "section")}
        << QStringList{s("1_a.sql:2: an annotation goose does not know")} << none;
    QTest::newRow("goose.split.semicolon-at-end-of-line")
        << Files{{s("1_a.sql"), s("-- +goose Up\nINSERT INTO t VALUES ('a;b'); -- note;\n"
                                  "UPDATE t SET x = ';' WHERE\n  y = 1;\n")}}
        << Goose
        << QStringList{s("1 \"a\" [1_a.sql] UP: INSERT INTO t VALUES ('a;b')@1_a.sql:2:1 | "
                         "UPDATE t SET x = ';' WHERE\n  y = 1@1_a.sql:3:1 IRREVERSIBLE: no DOWN "
                         "section")}
        << none << none;
    QTest::newRow("goose.split.two-statements-on-one-line")
        << Files{{s("1_a.sql"), s("-- +goose Up\nSELECT 1; SELECT 2;\n")}} << Goose
        << QStringList{s("1 \"a\" [1_a.sql] UP: SELECT 1@1_a.sql:2:1 | SELECT 2@1_a.sql:2:11 "
                         "IRREVERSIBLE: no DOWN section")}
        << none << QStringList{s("1_a.sql:2: multiStatements=true")};
    QTest::newRow("goose.split.leading-comments-dropped")
        << Files{{s("1_a.sql"), s("-- +goose Up\n-- about the table\n\nCREATE TABLE a (\n  -- "
                                  "kept inside\n  id INT\n);\n")}}
        << Goose
        << QStringList{s("1 \"a\" [1_a.sql] UP: CREATE TABLE a (\n  -- kept inside\n  id "
                         "INT\n)@1_a.sql:4:1 IRREVERSIBLE: no DOWN section")}
        << none << none;
    QTest::newRow("goose.split.statement-block")
        << Files{{s("1_p.sql"), s("-- +goose Up\n-- +goose StatementBegin\nCREATE PROCEDURE "
                                  "p()\nBEGIN\n  SELECT 1;\nEND;\n-- +goose StatementEnd\n"
                                  "-- +goose Down\nDROP PROCEDURE p;\n")}}
        << Goose
        << QStringList{s("1 \"p\" [1_p.sql] UP: CREATE PROCEDURE p()\nBEGIN\n  SELECT "
                         "1;\nEND@1_p.sql:3:1 DOWN(1_p.sql): DROP PROCEDURE p@1_p.sql:9:1")}
        << none << none;
    QTest::newRow("goose.split.missing-semicolon")
        << Files{{s("1_a.sql"), s("-- +goose Up\nSELECT 1\n-- +goose Down\nSELECT 2;\n")}} << Goose
        << QStringList{s("1 \"a\" [1_a.sql] UP:  DOWN(1_a.sql): SELECT 2@1_a.sql:4:1")}
        << QStringList{s("1_a.sql:3: an unfinished statement (from line 2)")} << none;
    QTest::newRow("goose.envsub.needs-values")
        << Files{{s("1_a.sql"), s("-- +goose Up\n-- +goose ENVSUB ON\nGRANT SELECT ON t TO "
                                  "'${APP_USER}';\n")}}
        << Goose
        << QStringList{s("1 \"a\" [1_a.sql] UP: GRANT SELECT ON t TO '${APP_USER}'@1_a.sql:3:1 "
                         "IRREVERSIBLE: no DOWN section")}
        << QStringList{s("1_a.sql:3: goose replaces ${VAR} here")} << none;

    // ---- sql-migrate
    QTest::newRow("sql-migrate.names.id-is-file-name")
        << Files{{s("20240104080000-routines.sql"), s("-- +migrate Up\nSELECT 1;\n-- +migrate "
                                                      "Down\nSELECT 2;\n")}}
        << SqlMigrate
        << QStringList{s("20240104080000-routines.sql \"routines\" [20240104080000-routines.sql] "
                         "UP: SELECT 1@20240104080000-routines.sql:2:1 "
                         "DOWN(20240104080000-routines.sql): SELECT "
                         "2@20240104080000-routines.sql:4:1")}
        << none << none;
    QTest::newRow("sql-migrate.names.same-number-allowed")
        << Files{{s("1203_a.sql"), s("-- +migrate Up\nSELECT 1;\n")},
                 {s("1203_b.sql"), s("-- +migrate Up\nSELECT 2;\n")}}
        << SqlMigrate
        << QStringList{s("1203_a.sql \"a\" [1203_a.sql] UP: SELECT 1@1203_a.sql:2:1 "
                         "IRREVERSIBLE: no DOWN section"),
                       s("1203_b.sql \"b\" [1203_b.sql] UP: SELECT 2@1203_b.sql:2:1 "
                         "IRREVERSIBLE: no DOWN section")}
        << none << none;
    QTest::newRow("sql-migrate.markers.exact")
        << Files{{s("1_a.sql"), s("-- +migrate up\nSELECT 1;\n--  +migrate Down\nSELECT 2;\n")}}
        << SqlMigrate
        << QStringList{s("1_a.sql \"a\" [1_a.sql] UP:  IRREVERSIBLE: no DOWN section")}
        << QStringList{s("1_a.sql:0: no '-- +migrate Up' or '-- +migrate Down'")} << none;
    QTest::newRow("sql-migrate.split.dash-space-lines-dropped")
        << Files{{s("1_p.sql"), s("-- +migrate Up\n-- +migrate StatementBegin\nCREATE PROCEDURE "
                                  "p()\nBEGIN\n-- dropped by sql-migrate\n  -- kept: indented\n"
                                  "  SELECT 1;\nEND;\n-- +migrate StatementEnd\n")}}
        << SqlMigrate
        << QStringList{s("1_p.sql \"p\" [1_p.sql] UP: CREATE PROCEDURE p()\nBEGIN\n  -- kept: "
                         "indented\n  SELECT 1;\nEND@1_p.sql:3:1 IRREVERSIBLE: no DOWN section")}
        << none << none;
    QTest::newRow("sql-migrate.send.trailing-semicolon-stripped")
        << Files{{s("1_a.sql"), s("-- +migrate Up\nCREATE TABLE a (\n  id INT\n);\n")}}
        << SqlMigrate
        << QStringList{s("1_a.sql \"a\" [1_a.sql] UP: CREATE TABLE a (\n  id INT\n)@1_a.sql:2:1 "
                         "IRREVERSIBLE: no DOWN section")}
        << none << none;
    QTest::newRow("sql-migrate.split.unterminated")
        << Files{{s("1_a.sql"), s("-- +migrate Up\nSELECT 1;\n-- +migrate Down\nSELECT 2\n")}}
        << SqlMigrate
        << QStringList{s("1_a.sql \"a\" [1_a.sql] UP: SELECT 1@1_a.sql:2:1 IRREVERSIBLE: the "
                         "DOWN section is empty")}
        << QStringList{s("1_a.sql:4: the last statement has no ';'")} << none;
    QTest::newRow("sql-migrate.irreversible.empty-down")
        << Files{{s("1_a.sql"), s("-- +migrate Up\nCREATE TABLE a (id INT);\n-- +migrate Down\n"
                                  "-- nothing to downgrade\n")}}
        << SqlMigrate
        << QStringList{s("1_a.sql \"a\" [1_a.sql] UP: CREATE TABLE a (id INT)@1_a.sql:2:1 "
                         "IRREVERSIBLE: the DOWN section is empty")}
        << none << none;

    // ---- Flyway
    QTest::newRow("flyway.names.ignored-files")
        << Files{{s("V1__a.sql"), s("SELECT 1;\n")},
                 {s("__V2__b.sql"), s("SELECT 2;\n")},
                 {s("V3_c.sql"), s("SELECT 3;\n")},
                 {s("v4__d.sql"), s("SELECT 4;\n")}}
        << Flyway
        << QStringList{s("1 \"a\" [V1__a.sql] UP: SELECT 1@V1__a.sql:1:1 IRREVERSIBLE: no undo "
                         "file U1__*.sql")}
        << none << QStringList{s("<folder>:0: 3 file(s) Flyway does not run")};
    QTest::newRow("flyway.names.disabled-suffix")
        << Files{{s("V1__a.sql"), s("SELECT 1;\n")}, {s("V2__b.sql.disabled"), s("SELECT 2;\n")}}
        << Flyway
        << QStringList{s("1 \"a\" [V1__a.sql] UP: SELECT 1@V1__a.sql:1:1 IRREVERSIBLE: no undo "
                         "file U1__*.sql")}
        << none << QStringList{s("<folder>:0: 1 file(s) Flyway does not run")};
    QTest::newRow("flyway.names.duplicate-version")
        << Files{{s("V1__a.sql"), s("SELECT 1;\n")}, {s("V1.0__b.sql"), s("SELECT 2;\n")}} << Flyway
        << QStringList{s("1.0 \"b\" [V1.0__b.sql] UP: SELECT 2@V1.0__b.sql:1:1 IRREVERSIBLE: no "
                         "undo file U1.0__*.sql")}
        << QStringList{s("V1__a.sql:0: duplicate version 1: also in")} << none;
    QTest::newRow("flyway.split.delimiter")
        << Files{{s("V1__p.sql"), s("DELIMITER //\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n"
                                    "END//\nCREATE TABLE t (id INT)//\n")},
                 {s("U1__p.sql"), s("DROP PROCEDURE p;\n")}}
        << Flyway
        << QStringList{s("1 \"p\" [V1__p.sql,U1__p.sql] UP: CREATE PROCEDURE p()\nBEGIN\n  "
                         "SELECT 1;\nEND@V1__p.sql:2:1 | CREATE TABLE t (id INT)@V1__p.sql:6:1 "
                         "DOWN(U1__p.sql): DROP PROCEDURE p@U1__p.sql:1:1")}
        << none << none;
    QTest::newRow("flyway.split.hash-delimiter")
        << Files{{s("V1__h.sql"), s("DELIMITER #\nSELECT 1#\n# not a comment here\n")},
                 {s("U1__h.sql"), s("SELECT 2; # a comment; really\n")}}
        << Flyway
        << QStringList{s("1 \"h\" [V1__h.sql,U1__h.sql] UP: SELECT 1@V1__h.sql:2:1 | not a "
                         "comment here@V1__h.sql:3:3 DOWN(U1__h.sql): SELECT 2@U1__h.sql:1:1")}
        << none << none;
    QTest::newRow("flyway.split.compound-without-delimiter")
        << Files{{s("V1__p.sql"), s("CREATE PROCEDURE p(x INT)\nBEGIN\n  IF x > 0 THEN\n    "
                                    "SELECT IF(x > 1, 'a', 'b');\n  END IF;\nEND;\nDROP TABLE IF "
                                    "EXISTS t;\nSELECT 2;\n")},
                 {s("U1__p.sql"), s("DROP PROCEDURE p;\n")}}
        << Flyway
        << QStringList{s("1 \"p\" [V1__p.sql,U1__p.sql] UP: CREATE PROCEDURE p(x INT)\nBEGIN\n  IF "
                         "x > 0 THEN\n    SELECT IF(x > 1, 'a', 'b');\n  END IF;\nEND@V1__p.sql:"
                         "1:1 | DROP TABLE IF EXISTS t@V1__p.sql:7:1 | SELECT 2@V1__p.sql:8:1 "
                         "DOWN(U1__p.sql): DROP PROCEDURE p@U1__p.sql:1:1")}
        << none << none;
    QTest::newRow("flyway.split.incomplete-statement")
        << Files{{s("V1__p.sql"), s("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n")}} << Flyway
        << QStringList{s("1 \"p\" [V1__p.sql] UP: CREATE PROCEDURE p()\nBEGIN\n  SELECT "
                         "1;@V1__p.sql:1:1 IRREVERSIBLE: no undo file U1__*.sql")}
        << QStringList{s("V1__p.sql:1: \"Incomplete statement\"")} << none;
    QTest::newRow("flyway.placeholders.replaced")
        << Files{{s("flyway.conf"), s("flyway.placeholders.owner=heartguard\n")},
                 {s("V1__p.sql"), s("GRANT SELECT ON t TO '${owner}';\nSELECT '${unknown}';\n"
                                    "SELECT '${flyway:filename}';\n")}}
        << Flyway
        << QStringList{s("1 \"p\" [V1__p.sql] UP: GRANT SELECT ON t TO "
                         "'heartguard'@V1__p.sql:1:1 | SELECT '${unknown}'@V1__p.sql:2:1 | SELECT "
                         "'V1__p.sql'@V1__p.sql:3:1 IRREVERSIBLE: no undo file U1__*.sql")}
        << QStringList{s("V1__p.sql:2: Flyway replaces ${unknown}")} << none;

    // ---- Liquibase
    QTest::newRow("liquibase.header.blank-lines-first")
        << Files{{s("c.sql"), s("\n\n  -- Liquibase Formatted SQL\n--changeset a:1\nSELECT 1;\n"
                                "--rollback SELECT 2;\n")}}
        << Liquibase
        << QStringList{s("1 \"c\" by a [c.sql] UP: SELECT 1@c.sql:5:1 DOWN(c.sql): SELECT "
                         "2@c.sql:6:12")}
        << none << none;
    QTest::newRow("liquibase.changeset.author-with-spaces")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset Dana DBA:1\nSELECT 1;\n"
                                "--rollback SELECT 2;\n--changeset x: 2\nSELECT 3;\n")}}
        << Liquibase
        << QStringList{s("1 \"c\" by Dana DBA [c.sql] UP: SELECT 1@c.sql:3:1 DOWN(c.sql): SELECT "
                         "2@c.sql:4:12")}
        << QStringList{s("c.sql:5: a blank between ':' and the changeset's id")} << none;
    QTest::newRow("liquibase.split.default-delimiters")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nSELECT 1;\nSELECT 2\n"
                                "go\nSELECT 3\n/\nSELECT 4 / 2;\n--rollback SELECT 5;\n")}}
        << Liquibase
        << QStringList{s("1 \"c\" by a [c.sql] UP: SELECT 1@c.sql:3:1 | SELECT 2@c.sql:4:1 | "
                         "SELECT 3@c.sql:6:1 | SELECT 4 / 2@c.sql:8:1 DOWN(c.sql): SELECT "
                         "5@c.sql:9:12")}
        << none << none;
    QTest::newRow("liquibase.split.begin-end-counter-quirk")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nCREATE PROCEDURE "
                                "p(x INT)\nBEGIN\n  IF x THEN\n    SELECT 1;\n  END IF;\n  SELECT "
                                "2;\nEND;\n--rollback DROP PROCEDURE p;\n")}}
        << Liquibase
        << QStringList{s("1 \"c\" by a [c.sql] UP: CREATE PROCEDURE p(x INT)\nBEGIN\n  IF x "
                         "THEN\n    SELECT 1;\n  END IF@c.sql:3:1 | SELECT 2@c.sql:8:3 | "
                         "END@c.sql:9:1 DOWN(c.sql): DROP PROCEDURE p@c.sql:10:12")}
        << none << QStringList{s("c.sql:8: Liquibase cuts the statement that starts on line 3")};
    // The cut is found in the second routine of the changeset, after one that Liquibase
    // sends whole (its BEGIN counted, no END IF inside).
    QTest::newRow("liquibase.split.cut-warning")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nCREATE PROCEDURE "
                                "q()\nBEGIN\n  SELECT 0;\nEND;\nSELECT 9;\nCREATE PROCEDURE p(x "
                                "INT)\nBEGIN\n  IF x THEN\n    SELECT 1;\n  END IF;\n  SELECT "
                                "2;\nEND;\n--rollback DROP PROCEDURE p;\n")}}
        << Liquibase
        << QStringList{s("1 \"c\" by a [c.sql] UP: CREATE PROCEDURE q()\nBEGIN\n  SELECT "
                         "0;\nEND@c.sql:3:1 | SELECT 9@c.sql:7:1 | CREATE PROCEDURE p(x "
                         "INT)\nBEGIN\n  IF x THEN\n    SELECT 1;\n  END IF@c.sql:8:1 | SELECT "
                         "2@c.sql:13:3 | END@c.sql:14:1 DOWN(c.sql): DROP PROCEDURE p@c.sql:15:12")}
        << none << QStringList{s("c.sql:13: Liquibase cuts the statement that starts on line 8")};
    // A routine that starts inside a piece whose BEGIN was counted (a column named begin):
    // the cut is at that piece's end.
    QTest::newRow("liquibase cut warning: after a column named begin")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nCREATE TABLE period "
                                "(begin DATE, finish DATE);\nCREATE PROCEDURE p() BEGIN\n  IF a "
                                "THEN SELECT 1; END IF;\n  IF b THEN SELECT 2; END IF;\n  SELECT "
                                "3;\nEND;\n--rollback DROP PROCEDURE p;\n")}}
        << Liquibase
        << QStringList{s(
               "1 \"c\" by a [c.sql] UP: CREATE TABLE period (begin DATE, finish DATE);\nCREATE "
               "PROCEDURE p() BEGIN\n  IF a THEN SELECT 1; END IF;\n  IF b THEN SELECT 2; END "
               "IF@c.sql:3:1 | SELECT 3@c.sql:7:3 | END@c.sql:8:1 DOWN(c.sql): DROP PROCEDURE "
               "p@c.sql:9:12")}
        << none << QStringList{s("c.sql:7: Liquibase cuts the statement that starts on line 4")};
    // No BEGIN counted, but the trigger's IF block is cut at its first `;` all the same.
    QTest::newRow("liquibase cut warning: a trigger with begin in a string")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nCREATE TRIGGER t "
                                "BEFORE INSERT ON x FOR EACH ROW\nIF NEW.a = 'begin' THEN SET "
                                "NEW.b = 1; END IF;\n--rollback DROP TRIGGER t;\n")}}
        << Liquibase
        << QStringList{s(
               "1 \"c\" by a [c.sql] UP: CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW\nIF "
               "NEW.a = 'begin' THEN SET NEW.b = 1@c.sql:3:1 | END IF@c.sql:4:40 DOWN(c.sql): "
               "DROP TRIGGER t@c.sql:5:12")}
        << none << QStringList{s("c.sql:4: Liquibase cuts the statement that starts on line 3")};
    // A comment kept before the routine (stripComments:false), and a routine after a `/`
    // line: the cut is named where it is, with the line the routine starts on.
    QTest::newRow("liquibase cut warning: after a kept comment")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1 "
                                "stripComments:false\n/* the routine */\nCREATE PROCEDURE p(x "
                                "INT)\nBEGIN\n  IF x THEN\n    SELECT 1;\n  END IF;\n  SELECT "
                                "2;\nEND;\n--rollback DROP PROCEDURE p;\n")}}
        << Liquibase
        << QStringList{s(
               "1 \"c\" by a {stripComments:false} [c.sql] UP: /* the routine */\nCREATE "
               "PROCEDURE p(x INT)\nBEGIN\n  IF x THEN\n    SELECT 1;\n  END IF@c.sql:3:1 | "
               "SELECT 2@c.sql:9:3 | END@c.sql:10:1 DOWN(c.sql): DROP PROCEDURE p@c.sql:11:12")}
        << none << QStringList{s("c.sql:9: Liquibase cuts the statement that starts on line 4")};
    QTest::newRow("liquibase cut warning: after a slash line")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nSELECT 1\n/\nCREATE "
                                "PROCEDURE p(x INT)\nBEGIN\n  IF x THEN\n    SELECT 1;\n  END "
                                "IF;\n  SELECT 2;\nEND;\n--rollback DROP PROCEDURE p;\n")}}
        << Liquibase
        << QStringList{s(
               "1 \"c\" by a [c.sql] UP: SELECT 1@c.sql:3:1 | CREATE PROCEDURE p(x INT)\nBEGIN\n  "
               "IF x THEN\n    SELECT 1;\n  END IF@c.sql:5:1 | SELECT 2@c.sql:10:3 | "
               "END@c.sql:11:1 DOWN(c.sql): DROP PROCEDURE p@c.sql:12:12")}
        << none << QStringList{s("c.sql:10: Liquibase cuts the statement that starts on line 5")};
    QTest::newRow("liquibase.split.strip-comments")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nSELECT /* gone "
                                "*/ 1; -- gone too\n--rollback SELECT 2;\n--changeset a:2 "
                                "stripComments:false\nSELECT /* kept */ 3;\n--rollback SELECT "
                                "4;\n")}}
        << Liquibase
        << QStringList{s("1 \"c\" by a [c.sql] UP: SELECT  1@c.sql:3:1 DOWN(c.sql): SELECT "
                         "2@c.sql:4:12"),
                       s("2 \"c\" by a {stripComments:false} [c.sql] UP: SELECT /* kept */ "
                         "3@c.sql:6:1 DOWN(c.sql): SELECT 4@c.sql:7:12")}
        << none << none;
    QTest::newRow("liquibase.rollback.block-lines-joined")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nCREATE TABLE a (id "
                                "INT);\nCREATE TABLE b (id INT);\n/* liquibase rollback\nDROP "
                                "TABLE a;\nDROP TABLE b;\n*/\n")}}
        << Liquibase
        << QStringList{s("1 \"c\" by a [c.sql] UP: CREATE TABLE a (id INT)@c.sql:3:1 | CREATE "
                         "TABLE b (id INT)@c.sql:4:1 DOWN(c.sql): DROP TABLE a@c.sql:6:1 | DROP "
                         "TABLE b@c.sql:7:1")}
        << none << none;
    QTest::newRow("liquibase.rollback.by-reference")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nDROP TABLE t;\n"
                                "--rollback changesetId:0 changesetAuthor:a\n--changeset a:0\n"
                                "CREATE TABLE t (id INT);\n--rollback DROP TABLE t;\n"
                                "--changeset a:2\nSELECT 1;\n--rollback changesetId:9 "
                                "changesetAuthor:nobody\n")}}
        << Liquibase
        << QStringList{s("1 \"c\" by a [c.sql] UP: DROP TABLE t@c.sql:3:1 DOWN(c.sql): CREATE "
                         "TABLE t (id INT)@c.sql:6:1"),
                       s("0 \"c\" by a [c.sql] UP: CREATE TABLE t (id INT)@c.sql:6:1 "
                         "DOWN(c.sql): DROP TABLE t@c.sql:7:12"),
                       s("2 \"c\" by a [c.sql] UP: SELECT 1@c.sql:9:1 IRREVERSIBLE: the DOWN "
                         "section is empty")}
        << QStringList{s("c.sql:10: the rollback names changeset 9 by nobody")} << none;
    QTest::newRow("liquibase.properties.expanded")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nCREATE TABLE "
                                "${prefix}_t (id INT);\n--rollback DROP TABLE x;\n")}}
        << Liquibase
        << QStringList{s("1 \"c\" by a [c.sql] UP: CREATE TABLE ${prefix}_t (id INT)@c.sql:3:1 "
                         "DOWN(c.sql): DROP TABLE x@c.sql:4:12")}
        << QStringList{s("c.sql:3: Liquibase replaces ${prefix}")} << none;

    // ---- Sqitch
    QTest::newRow("sqitch.plan.read")
        << Files{{s("sqitch.plan"), s("%syntax-version=1.0.0\n%project=demo\n\nfirst "
                                      "2024-01-01T00:00:00Z Dana <d@x.org> # The first\n@v1 "
                                      "2024-01-01T01:00:00Z Dana <d@x.org> # tag\nsecond [first] "
                                      "2024-01-02T00:00:00Z Dana <d@x.org> # The second\n")},
                 {s("deploy/first.sql"), s("BEGIN;\nCREATE TABLE a (id INT);\nCOMMIT;\n")},
                 {s("revert/first.sql"), s("DROP TABLE a;\n")},
                 {s("verify/first.sql"), s("SELECT id FROM a WHERE 0;\n")},
                 {s("deploy/second.sql"), s("DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT "
                                            "1; END$$\nDELIMITER ;\n")}}
        << Sqitch
        << QStringList{s("first \"The first\" [first.sql,first.sql,first.sql] UP: "
                         "BEGIN@first.sql:1:1 | CREATE TABLE a (id INT)@first.sql:2:1 | "
                         "COMMIT@first.sql:3:1 DOWN(first.sql): DROP TABLE a@first.sql:1:1"),
                       s("second \"The second\" [second.sql] UP: CREATE PROCEDURE p() BEGIN "
                         "SELECT 1; END@second.sql:2:1 IRREVERSIBLE: no revert/second.sql")}
        << none << none;

    // ---- db-migrate
    QTest::newRow("db-migrate.files.sql-loader-stub")
        << Files{{s("20240102080000-a.js"),
                  s("exports.up = function(db) { var filePath = path.join(__dirname, 'sqls', "
                    "'20240102080000-a-up.sql'); return db.runSql(data); };\n")},
                 {s("sqls/20240102080000-a-up.sql"), s("CREATE PROCEDURE p()\nBEGIN\n  SELECT "
                                                       "1;\nEND;\n")},
                 {s("sqls/20240102080000-a-down.sql"), s("DROP PROCEDURE p;\n")},
                 {s("20240103080000-b.js"), s("exports.up = function(db) { return db.createTable"
                                              "('b', {}); };\n")}}
        << DbMigrate
        << QStringList{s("20240102080000 \"a\" [20240102080000-a-up.sql,20240102080000-a-down.sql,"
                         "20240102080000-a.js] UP: CREATE PROCEDURE p()\nBEGIN\n  SELECT "
                         "1;\nEND@20240102080000-a-up.sql:1:1 DOWN(20240102080000-a-down.sql): "
                         "DROP PROCEDURE p@20240102080000-a-down.sql:1:1")}
        << QStringList{s("20240103080000-b.js:0: a JavaScript migration Backstep cannot read")}
        << none;
    QTest::newRow("db-migrate.noop.template-comment")
        << Files{{s("1-a.js"), s("exports.up = function(db) { var f = path.join(__dirname, "
                                 "'sqls', '1-a-up.sql'); return db.runSql(data); };\n")},
                 {s("sqls/1-a-up.sql"), s("/* Replace with your SQL commands */")},
                 {s("sqls/1-a-down.sql"), s("/* Replace with your SQL commands */")}}
        << DbMigrate
        << QStringList{s("1 \"a\" [1-a-up.sql,1-a-down.sql,1-a.js] UP:  DOWN(1-a-down.sql): ")}
        << none << none;
    QTest::newRow("db-migrate.multi-statement.procedure-without-delimiter")
        << Files{{s("1-p.js"), s("var f = path.join(__dirname, 'sqls', '1-p-up.sql'); "
                                 "db.runSql(data);\n")},
                 {s("sqls/1-p-up.sql"), s("CREATE PROCEDURE p()\nBEGIN\n  -- kept\n  SELECT "
                                          "1;\nEND;\nCALL p();\n")},
                 {s("sqls/1-p-down.sql"), s("DROP PROCEDURE p;\n")}}
        << DbMigrate
        << QStringList{s(
               "1 \"p\" [1-p-up.sql,1-p-down.sql,1-p.js] UP: CREATE PROCEDURE "
               "p()\nBEGIN\n  -- kept\n  SELECT 1;\nEND@1-p-up.sql:1:1 | CALL "
               "p()@1-p-up.sql:6:1 DOWN(1-p-down.sql): DROP PROCEDURE p@1-p-down.sql:1:1")}
        << none << none;
    QTest::newRow("db-migrate.multi-statement.delimiter-is-an-error")
        << Files{{s("1-d.js"), s("var f = path.join(__dirname, 'sqls', '1-d-up.sql'); "
                                 "db.runSql(data);\n")},
                 {s("sqls/1-d-up.sql"), s("SELECT 1;\n")},
                 {s("sqls/1-d-down.sql"), s("DELIMITER $$\nDROP PROCEDURE p$$\n")}}
        << DbMigrate
        << QStringList{s("1 \"d\" [1-d-up.sql,1-d-down.sql,1-d.js] UP: SELECT 1@1-d-up.sql:1:1 "
                         "DOWN(1-d-down.sql): DELIMITER $$\nDROP PROCEDURE p$$@1-d-down.sql:1:1")}
        << QStringList{s("1-d-down.sql:1: DELIMITER is a command of the mysql client")} << none;

    // ---- more Flyway names
    QTest::newRow("flyway.names.versioned-undo-repeatable")
        << Files{{s("V1__create_a.sql"), s("CREATE TABLE a (id INT);\n")},
                 {s("U1__create_a.sql"), s("DROP TABLE a;\n")}}
        << Flyway
        << QStringList{s("1 \"create a\" [V1__create_a.sql,U1__create_a.sql] UP: CREATE TABLE a "
                         "(id INT)@V1__create_a.sql:1:1 DOWN(U1__create_a.sql): DROP TABLE "
                         "a@U1__create_a.sql:1:1")}
        << none << none;
    QTest::newRow("flyway.irreversible.repeatable")
        << Files{{s("R__a_view.sql"), s("CREATE OR REPLACE VIEW v AS SELECT 1;\n")}} << Flyway
        << QStringList{s("R__a view \"a view\" repeatable [R__a_view.sql] UP: CREATE OR REPLACE "
                         "VIEW v AS SELECT 1@R__a_view.sql:1:1 IRREVERSIBLE: a repeatable "
                         "migration (R__) has no undo: Flyway runs it again whenever it changes")}
        << none << none;
    QTest::newRow("flyway.irreversible.no-undo-file")
        << Files{{s("V3__a.sql"), s("CREATE TABLE a (id INT);\n")}} << Flyway
        << QStringList{s("3 \"a\" [V3__a.sql] UP: CREATE TABLE a (id INT)@V3__a.sql:1:1 "
                         "IRREVERSIBLE: no undo file U3__*.sql")}
        << none << none;
    QTest::newRow("flyway.names.dotted-versions")
        << Files{{s("V1.10__b.sql"), s("SELECT 2;\n")},
                 {s("V1.9__a.sql"), s("SELECT 1;\n")},
                 {s("V1_11__c.sql"), s("SELECT 3;\n")}}
        << Flyway
        << QStringList{s("1.9 \"a\" [V1.9__a.sql] UP: SELECT 1@V1.9__a.sql:1:1 IRREVERSIBLE: no "
                         "undo file U1.9__*.sql"),
                       s("1.10 \"b\" [V1.10__b.sql] UP: SELECT 2@V1.10__b.sql:1:1 IRREVERSIBLE: "
                         "no undo file U1.10__*.sql"),
                       s("1.11 \"c\" [V1_11__c.sql] UP: SELECT 3@V1_11__c.sql:1:1 IRREVERSIBLE: "
                         "no undo file U1.11__*.sql")}
        << none << none;

    // ---- more sql-migrate and Liquibase splitting
    QTest::newRow("sql-migrate.split.semicolon-at-end-of-line")
        << Files{{s("1_a.sql"), s("-- +migrate Up\nINSERT INTO t VALUES ('a;b');\nUPDATE t SET x "
                                  "= ';' WHERE\n  y = 1;\n")}}
        << SqlMigrate
        << QStringList{s("1_a.sql \"a\" [1_a.sql] UP: INSERT INTO t VALUES ('a;b')@1_a.sql:2:1 | "
                         "UPDATE t SET x = ';' WHERE\n  y = 1@1_a.sql:3:1 IRREVERSIBLE: no DOWN "
                         "section")}
        << none << none;
    QTest::newRow("liquibase.split.end-delimiter")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1 endDelimiter://\n"
                                "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND//\n"
                                "--rollback DROP PROCEDURE p;\n")}}
        << Liquibase
        << QStringList{s("1 \"c\" by a {endDelimiter://} [c.sql] UP: CREATE PROCEDURE "
                         "p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND@c.sql:3:1 DOWN(c.sql): DROP "
                         "PROCEDURE p@c.sql:8:12")}
        << none << none;
    QTest::newRow("liquibase.rollback.lines")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nCREATE TABLE a (id "
                                "INT);\nCREATE TABLE b (id INT);\n--rollback DROP TABLE b;\n"
                                "--rollback DROP TABLE a;\n")}}
        << Liquibase
        << QStringList{s("1 \"c\" by a [c.sql] UP: CREATE TABLE a (id INT)@c.sql:3:1 | CREATE "
                         "TABLE b (id INT)@c.sql:4:1 DOWN(c.sql): DROP TABLE b@c.sql:5:12 | DROP "
                         "TABLE a@c.sql:6:12")}
        << none << none;

    // ---- rules without a row of their own until now
    // Every format hands the runner one server statement per Statement, each located.
    QTest::newRow("common.one-statement-at-a-time")
        << Files{{s("1_a.sql"), s("-- migrate:up\nCREATE TABLE a (id INT); CREATE TABLE b (id "
                                  "INT);\n-- migrate:down\nDROP TABLE b;\nDROP TABLE a;\n")}}
        << Dbmate
        << QStringList{s("1 \"a\" [1_a.sql] UP: CREATE TABLE a (id INT)@1_a.sql:2:1 | CREATE "
                         "TABLE b (id INT)@1_a.sql:2:26 DOWN(1_a.sql): DROP TABLE b@1_a.sql:4:1 | "
                         "DROP TABLE a@1_a.sql:5:1")}
        << none << none;
    // goose sends each chunk as its own query: two lines, two statements, in file order.
    QTest::newRow("goose.send.one-query-per-statement")
        << Files{{s("1_a.sql"), s("-- +goose Up\nCREATE TABLE a (id INT);\n-- +goose Down\n"
                                  "DELETE FROM a\n  WHERE id > 0;\nDROP TABLE a;\n")}}
        << Goose
        << QStringList{s("1 \"a\" [1_a.sql] UP: CREATE TABLE a (id INT)@1_a.sql:2:1 "
                         "DOWN(1_a.sql): DELETE FROM a\n  WHERE id > 0@1_a.sql:4:1 | DROP TABLE "
                         "a@1_a.sql:6:1")}
        << none << none;
    // No attributes: splitStatements and stripComments are on (the comment goes, the two
    // statements are two), and so is runInTransaction (executionIsShown).
    QTest::newRow("liquibase.changeset.defaults")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\n-- a note\n"
                                "CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\n"
                                "--rollback DROP TABLE b; DROP TABLE a;\n")}}
        << Liquibase
        << QStringList{s("1 \"c\" by a [c.sql] UP: CREATE TABLE a (id INT)@c.sql:4:1 | CREATE "
                         "TABLE b (id INT)@c.sql:5:1 DOWN(c.sql): DROP TABLE b@c.sql:6:12 | DROP "
                         "TABLE a@c.sql:6:26")}
        << none << none;
    // The revert script is the DOWN; without one the change is irreversible, with the reason.
    QTest::newRow("sqitch.scripts.revert-is-down")
        << Files{{s("sqitch.plan"), s("%project=demo\none 2024-01-01T00:00:00Z D <d@x.org> # One\n"
                                      "two 2024-01-02T00:00:00Z D <d@x.org> # Two\n")},
                 {s("deploy/one.sql"), s("CREATE TABLE a (id INT);\n")},
                 {s("revert/one.sql"), s("DROP TABLE a;\n")},
                 {s("deploy/two.sql"), s("CREATE TABLE b (id INT);\n")}}
        << Sqitch
        << QStringList{s("one \"One\" [one.sql,one.sql] UP: CREATE TABLE a (id INT)@one.sql:1:1 "
                         "DOWN(one.sql): DROP TABLE a@one.sql:1:1"),
                       s("two \"Two\" [two.sql] UP: CREATE TABLE b (id INT)@two.sql:1:1 "
                         "IRREVERSIBLE: no revert/two.sql")}
        << none << none;
    // Sqitch's templates wrap a script in BEGIN; ... COMMIT;: both are statements of their own.
    QTest::newRow("sqitch.scripts.begin-commit")
        << Files{{s("sqitch.plan"),
                  s("%project=demo\none 2024-01-01T00:00:00Z D <d@x.org> # One\n")},
                 {s("deploy/one.sql"), s("BEGIN;\nCREATE TABLE a (id INT);\nCOMMIT;\n")},
                 {s("revert/one.sql"), s("-- Revert demo:one\n\nBEGIN;\n\nDROP TABLE a;\n\n"
                                         "COMMIT;\n")}}
        << Sqitch
        << QStringList{s("one \"One\" [one.sql,one.sql] UP: BEGIN@one.sql:1:1 | CREATE TABLE a "
                         "(id INT)@one.sql:2:1 | COMMIT@one.sql:3:1 DOWN(one.sql): "
                         "BEGIN@one.sql:3:1 | DROP TABLE a@one.sql:5:1 | COMMIT@one.sql:7:1")}
        << none << none;
    // sqitch revert sets @"name" from sqitch.conf's variables first; Backstep does not paste
    // values into SQL, so the DOWN says which variables the script would have had.
    QTest::newRow("sqitch.scripts.variables")
        << Files{{s("sqitch.plan"),
                  s("%project=demo\none 2024-01-01T00:00:00Z D <d@x.org> # One\n")},
                 {s("sqitch.conf"), s("[core]\n\tengine = mysql\n[deploy \"variables\"]\n"
                                      "\tschema = app\n[revert \"variables\"]\n\tkeep = 1\n"
                                      "[engine \"mysql.variables\"]\n\tschema = app2\n"
                                      "[engine \"mysql\"]\n\tregistry = sqitch\n")},
                 {s("deploy/one.sql"), s("CREATE TABLE a (id INT);\n")},
                 {s("revert/one.sql"), s("DROP TABLE a;\n")}}
        << Sqitch
        << QStringList{s("one \"One\" [one.sql,one.sql] UP: CREATE TABLE a (id INT)@one.sql:1:1 "
                         "DOWN(one.sql): DROP TABLE a@one.sql:1:1")}
        << none
        << QStringList{
               s("one.sql:1: sqitch revert sets the variables @schema, @keep (sqitch.conf)")};
}

void TestFormatRules::rules()
{
    QFETCH(Files, files);
    QFETCH(MigrationFormat, format);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);
    const MigrationSet set = readFolder(files, format);
    if (render(set) != expected) // QCOMPARE cuts long strings: show them whole
        qWarning().noquote() << render(set).join(u'\n');
    QCOMPARE(render(set), expected);
    QString why;
    QVERIFY2(diagnosticsMatch(renderErrors(set), errors, why), qPrintable(why));
    QVERIFY2(diagnosticsMatch(renderDiagnostics(set, set.warnings), warnings, why),
             qPrintable(why));
}

// The rules that follow MySQL's `mysql` client (the target is a MySQL server): comments
// are sent with the statements they stand in, a comment line on its own (which the client
// sends alone and the server ignores) is no statement to run.
void TestFormatRules::mySqlClient_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<MigrationFormat>("format");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain.comments.mysql-client")
        << Files{{s("1_p.sql"), s("-- UP\n-- a header line\nDELIMITER $$\nCREATE PROCEDURE p()\n"
                                  "BEGIN\n  -- kept as the mysql client keeps it\n  SELECT 1; # "
                                  "and this\nEND$$\nDELIMITER ;\n-- DOWN\nDROP PROCEDURE p; -- "
                                  "gone\n")}}
        << MigrationFormat::Plain
        << QStringList{s("1 \"p\" [1_p.sql] UP: CREATE PROCEDURE p()\nBEGIN\n  -- kept as the "
                         "mysql client keeps it\n  SELECT 1; # and this\nEND@1_p.sql:4:1 "
                         "DOWN(1_p.sql): DROP PROCEDURE p -- gone@1_p.sql:11:1")};
    QTest::newRow("sqitch.scripts.mysql-client")
        << Files{{s("sqitch.plan"), s("%project=p\n\nusers 2026-01-01T00:00:00Z A <a@b> # u\n")},
                 {s("sqitch.conf"), s("[core]\n\tengine = mysql\n")},
                 {s("deploy/users.sql"), s("-- Deploy p:users\n\nCREATE TABLE users (\n  id INT "
                                           "-- the key\n);\n")},
                 {s("revert/users.sql"), s("-- Revert p:users\n\nDROP TABLE users;\n")}}
        << MigrationFormat::Sqitch
        << QStringList{s("users \"u\" [users.sql,users.sql] UP: CREATE TABLE "
                         "users (\n  id INT -- the key\n)@users.sql:3:1 DOWN(users.sql): DROP "
                         "TABLE users@users.sql:3:1")};
}

void TestFormatRules::mySqlClient()
{
    QFETCH(Files, files);
    QFETCH(MigrationFormat, format);
    QFETCH(QStringList, expected);
    const MigrationSet set = readFolder(files, format, ClientFamily::MySql);
    QVERIFY2(set.errors.isEmpty(), qPrintable(renderErrors(set).join(u'\n')));
    if (render(set) != expected) // QCOMPARE cuts long strings: show them whole
        qWarning().noquote() << render(set).join(u'\n');
    QCOMPARE(render(set), expected);
}

// common.transaction-shown-not-relied-on and each format's transaction row: how the tool ran
// a section is shown with it.
void TestFormatRules::executionIsShown_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<MigrationFormat>("format");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("dbmate.transaction.default-on")
        << Files{{s("1_a.sql"), s("-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n")}}
        << MigrationFormat::Dbmate << s("one multi-statement query, in a transaction");
    QTest::newRow("dbmate.options.transaction-false")
        << Files{{s("1_a.sql"), s("-- migrate:up\nSELECT 1;\n-- migrate:down transaction:false\n"
                                  "SELECT 2;\n")}}
        << MigrationFormat::Dbmate << s("no transaction (transaction:false)");
    QTest::newRow("goose.transaction.no-transaction")
        << Files{{s("1_a.sql"), s("-- +goose Up\n-- +goose NO TRANSACTION\nSELECT 1;\n"
                                  "-- +goose Down\nSELECT 2;\n")}}
        << MigrationFormat::Goose << s("no transaction (-- +goose NO TRANSACTION)");
    QTest::newRow("sql-migrate.transaction.notransaction")
        << Files{{s("1_a.sql"), s("-- +migrate Up\nSELECT 1;\n-- +migrate Down notransaction\n"
                                  "SELECT 2;\n")}}
        << MigrationFormat::SqlMigrate << s("no transaction (notransaction)");
    QTest::newRow("flyway.transaction.script-conf")
        << Files{{s("V1__a.sql"), s("SELECT 1;\n")},
                 {s("U1__a.sql"), s("SELECT 2;\n")},
                 {s("U1__a.sql.conf"), s("executeInTransaction=false\n")}}
        << MigrationFormat::Flyway << s("no transaction (executeInTransaction=false");
    QTest::newRow("golang-migrate.transaction.none")
        << Files{{s("1_a.up.sql"), s("SELECT 1;\n")}, {s("1_a.down.sql"), s("SELECT 2;\n")}}
        << MigrationFormat::GolangMigrate << s("one multi-statement query, no transaction");
    QTest::newRow("db-migrate.transaction.default-on")
        << Files{{s("1-a.js"), s("var f = path.join(__dirname, 'sqls', '1-a-up.sql'); "
                                 "db.runSql(data);\n")},
                 {s("sqls/1-a-up.sql"), s("SELECT 1;\n")},
                 {s("sqls/1-a-down.sql"), s("SELECT 2;\n")}}
        << MigrationFormat::DbMigrate << s("in a transaction unless db-migrate ran with");
    QTest::newRow("liquibase.changeset.defaults")
        << Files{{s("c.sql"), s("--liquibase formatted sql\n--changeset a:1\nSELECT 1;\n"
                                "--rollback SELECT 2;\n")}}
        << MigrationFormat::Liquibase << s("statement by statement, in a transaction");
    QTest::newRow("goose.send.one-query-per-statement")
        << Files{{s("1_a.sql"), s("-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n")}}
        << MigrationFormat::Goose << s("statement by statement, in one transaction");
}

void TestFormatRules::executionIsShown()
{
    QFETCH(Files, files);
    QFETCH(MigrationFormat, format);
    QFETCH(QString, fragment);
    const MigrationSet set = readFolder(files, format);
    QVERIFY2(set.errors.isEmpty(), qPrintable(renderErrors(set).join(u'\n')));
    QCOMPARE(set.migrations.size(), 1);
    QVERIFY2(set.migrations.first().down.execution.contains(fragment),
             qPrintable(set.migrations.first().down.execution));
}

// The text a section is made of, as the tool cuts it out of the file (each range's text,
// joined by "|").
void TestFormatRules::sectionText_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<MigrationFormat>("format");
    QTest::addColumn<QString>("up");
    QTest::addColumn<QString>("down");
    // dbmate: from the marker line (included) to the next marker or the end of the file.
    QTest::newRow("dbmate.sections.range")
        << Files{{s("1_a.sql"), s("-- a header dbmate ignores\n-- migrate:up\nCREATE TABLE a (id "
                                  "INT);\n-- after the UP\n-- migrate:down\nDROP TABLE a;\n"
                                  "-- the end\n")}}
        << MigrationFormat::Dbmate
        << s("-- migrate:up\nCREATE TABLE a (id INT);\n-- after the UP\n")
        << s("-- migrate:down\nDROP TABLE a;\n-- the end\n");
}

void TestFormatRules::sectionText()
{
    QFETCH(Files, files);
    QFETCH(MigrationFormat, format);
    QFETCH(QString, up);
    QFETCH(QString, down);
    const QString text = files.first().second;
    const auto textOf = [&](const MigrationSection &section) {
        QStringList parts;
        for (const TextRange &range : section.ranges)
            parts.append(text.mid(range.beginOffset, range.endOffset - range.beginOffset));
        return parts.join(u'|');
    };
    const MigrationSet set = readFolder(files, format);
    QVERIFY2(set.errors.isEmpty(), qPrintable(renderErrors(set).join(u'\n')));
    QCOMPARE(set.migrations.size(), 1);
    QCOMPARE(textOf(set.migrations.first().up), up);
    QCOMPARE(textOf(set.migrations.first().down), down);
}

QTEST_GUILESS_MAIN(TestFormatRules)
#include "tst_formatrules.moc"
