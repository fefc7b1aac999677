// The splitter must send exactly what `mariadb db < file` sends (batch mode, default
// --skip-comments). Expected texts marked "client" were checked against the MariaDB 11.8
// command-line client with --verbose.
#include "core/statementsplitter.h"
#include "support/testsupport.h"

#include <QTest>

using namespace backstep;

namespace {

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

} // namespace

class TestStatementSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsLikeTheClient_data();
    void splitsLikeTheClient();
    void splitsLikeMySqlsClient_data();
    void splitsLikeMySqlsClient();
    void locations_data();
    void locations();
    void errors_data();
    void errors();
};

void TestStatementSplitter::splitsLikeTheClient_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");

    // Constructs checked against the real client.
    QTest::newRow("block comment leaves a space (client)")
        << QStringLiteral("SELECT 1 /* c */ + 2;") << QStringList{QStringLiteral("SELECT 1  + 2")};
    QTest::newRow("leading block comment (client)")
        << QStringLiteral("/* lead */ SELECT 3;") << QStringList{QStringLiteral("SELECT 3")};
    QTest::newRow("executable comment kept, dash comment dropped (client)")
        << QStringLiteral("SELECT /*! 4 */ ,5 -- x\n;")
        << QStringList{QStringLiteral("SELECT /*! 4 */ ,5")};
    QTest::newRow("MariaDB executable comment kept")
        << QStringLiteral("SELECT /*M!100100 5 */ 1;")
        << QStringList{QStringLiteral("SELECT /*M!100100 5 */ 1")};
    QTest::newRow("optimizer hint dropped like a comment (client)")
        << QStringLiteral("SELECT /*+ NO_ICP(t) */ 1;") << QStringList{QStringLiteral("SELECT  1")};
    QTest::newRow("byte order mark skipped (client)")
        << QStringLiteral("\uFEFFDELIMITER //\nSELECT 1//")
        << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("procedure under DELIMITER // (client)")
        << QStringLiteral("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;")
        << QStringList{QStringLiteral("CREATE PROCEDURE p() BEGIN SELECT 1; END")};
    QTest::newRow("double dash without space is arithmetic (client)")
        << QStringLiteral("SELECT 1--1;") << QStringList{QStringLiteral("SELECT 1--1")};
    QTest::newRow("hash comment after statement (client)")
        << QStringLiteral("select \"a;b\"; # hi") << QStringList{QStringLiteral("select \"a;b\"")};
    QTest::newRow("final statement without delimiter (client)")
        << QStringLiteral("SELECT 6;\nSELECT 7")
        << QStringList{QStringLiteral("SELECT 6"), QStringLiteral("SELECT 7")};
    QTest::newRow("dash comment with space ends the line")
        << QStringLiteral("SELECT 1 -- one; two\n+ 1;")
        << QStringList{QStringLiteral("SELECT 1 \n+ 1")};
    QTest::newRow("dash comment at end of line")
        << QStringLiteral("SELECT 2 --\n;") << QStringList{QStringLiteral("SELECT 2")};
    QTest::newRow("dash comment with tab")
        << QStringLiteral("SELECT 2 --\tx;\n;") << QStringList{QStringLiteral("SELECT 2")};
    QTest::newRow("dashes starting a statement are a comment")
        << QStringLiteral("--comment;\nSELECT 1;") << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("block comment across lines (client)")
        << QStringLiteral("SELECT 1\n/* multi;\nline */ + 2;")
        << QStringList{QStringLiteral("SELECT 1\n + 2")};

    // Delimiters.
    QTest::newRow("delimiter $$")
        << QStringLiteral("DELIMITER $$\nSELECT 1$$\nSELECT 2; SELECT 3 $$\nDELIMITER ;\nSELECT 4;")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2; SELECT 3"),
                       QStringLiteral("SELECT 4")};
    QTest::newRow("delimiter ;;")
        << QStringLiteral("DELIMITER ;;\nSELECT 1; SELECT 2;;\nDELIMITER ;\nSELECT 3;")
        << QStringList{QStringLiteral("SELECT 1; SELECT 2"), QStringLiteral("SELECT 3")};
    QTest::newRow("delimiter // twice on one line")
        << QStringLiteral("DELIMITER //\nSELECT 1//SELECT 2//\nDELIMITER ;")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("lower-case delimiter keyword (client)")
        << QStringLiteral("delimiter $$\nSELECT 1$$\n") << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("mixed-case delimiter keyword")
        << QStringLiteral("  DeLiMiTeR //\nSELECT 1; SELECT 2//")
        << QStringList{QStringLiteral("SELECT 1; SELECT 2")};
    QTest::newRow("DELIMITER line inside a pending statement is text")
        << QStringLiteral("SELECT 1 AS\nDELIMITER //\n;\nSELECT 2;")
        << QStringList{QStringLiteral("SELECT 1 AS\nDELIMITER //"), QStringLiteral("SELECT 2")};
    // The client appends no line feed after a line that reads as a DELIMITER command.
    QTest::newRow("DELIMITER line inside a pending statement joins the next line (client)")
        << QStringLiteral("SELECT 1\nDELIMITER //\nSELECT 2//")
        << QStringList{QStringLiteral("SELECT 1\nDELIMITER //SELECT 2//")};

    // Quotes.
    QTest::newRow("string across lines (client)")
        << QStringLiteral("SELECT 'a\nb;c';") << QStringList{QStringLiteral("SELECT 'a\nb;c'")};
    QTest::newRow("backslash-escaped quote in string (client)")
        << QStringLiteral("SELECT 'a\\'b;c';") << QStringList{QStringLiteral("SELECT 'a\\'b;c'")};
    QTest::newRow("backslash-escaped double quote")
        << QStringLiteral("SELECT \"x\\\";y\";")
        << QStringList{QStringLiteral("SELECT \"x\\\";y\"")};
    QTest::newRow("doubled quotes (client)") << QStringLiteral("SELECT 'it''s; fine';")
                                             << QStringList{QStringLiteral("SELECT 'it''s; fine'")};
    QTest::newRow("backtick identifier with doubled backtick and delimiter (client)")
        << QStringLiteral("SELECT `a``;b` FROM t;")
        << QStringList{QStringLiteral("SELECT `a``;b` FROM t")};
    QTest::newRow("backslash is no escape in backticks")
        << QStringLiteral("SELECT `a\\`; SELECT 2;")
        << QStringList{QStringLiteral("SELECT `a\\`"), QStringLiteral("SELECT 2")};
    QTest::newRow("hash inside string (client)")
        << QStringLiteral("SELECT 'x#y';") << QStringList{QStringLiteral("SELECT 'x#y'")};
    QTest::newRow("double dash inside string (client)")
        << QStringLiteral("SELECT '-- z';") << QStringList{QStringLiteral("SELECT '-- z'")};
    QTest::newRow("block comment inside string")
        << QStringLiteral("SELECT '/* no */';") << QStringList{QStringLiteral("SELECT '/* no */'")};
    QTest::newRow("backslash N is NULL, not a command")
        << QStringLiteral("SELECT \\N;") << QStringList{QStringLiteral("SELECT \\N")};

    QTest::newRow("trigger body under a custom delimiter")
        << QStringLiteral("DELIMITER $$\n"
                          "CREATE TRIGGER trg BEFORE INSERT ON t\n"
                          "FOR EACH ROW\n"
                          "BEGIN\n"
                          "  SET NEW.a = 1;\n"
                          "  IF NEW.b IS NULL THEN\n"
                          "    SET NEW.b = 'x;y';\n"
                          "  END IF;\n"
                          "END$$\n"
                          "DELIMITER ;\n"
                          "INSERT INTO t VALUES (1, NULL);\n")
        << QStringList{QStringLiteral("CREATE TRIGGER trg BEFORE INSERT ON t\n"
                                      "FOR EACH ROW\n"
                                      "BEGIN\n"
                                      "  SET NEW.a = 1;\n"
                                      "  IF NEW.b IS NULL THEN\n"
                                      "    SET NEW.b = 'x;y';\n"
                                      "  END IF;\n"
                                      "END"),
                       QStringLiteral("INSERT INTO t VALUES (1, NULL)")};

    // Nothing to send.
    QTest::newRow("empty input") << QString() << QStringList();
    QTest::newRow("blank input") << QStringLiteral("  \n\t\n\n") << QStringList();
    QTest::newRow("comment-only input")
        << QStringLiteral("-- just a comment\n# another;\n/* block;\n comment */\n")
        << QStringList();
    QTest::newRow("empty statements") << QStringLiteral(";\n ; ;\n") << QStringList();

    QTest::newRow("multiple statements on one line (client)")
        << QStringLiteral("SELECT 1; SELECT 2;SELECT 3;")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2"),
                       QStringLiteral("SELECT 3")};
    // The client drops the carriage return before each line feed.
    QTest::newRow("CRLF input (client)")
        << QStringLiteral("SELECT 1\r\n+ 1;\r\nSELECT 2;\r\n")
        << QStringList{QStringLiteral("SELECT 1\n+ 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("CRLF DELIMITER commands")
        << QStringLiteral("DELIMITER //\r\nSELECT 1//\r\nDELIMITER ;\r\nSELECT 2;\r\n")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
}

void TestStatementSplitter::splitsLikeTheClient()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);

    const SplitResult result = StatementSplitter::split(input);
    QVERIFY2(result.errors.isEmpty(), qPrintable(describe(result.errors)));
    QCOMPARE(test::statementTexts(result.statements), expected);
}

// plain.comments.mysql-client: MySQL 9.7's `mysql` client (--comments, its default): rows marked
// "mysql" were seen in MySQL's general log (tst_splitter_differential@mysql runs the whole corpus
// through it).
void TestStatementSplitter::splitsLikeMySqlsClient_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("block comment kept, no space added before a blank (mysql)")
        << QStringLiteral("SELECT/*x*/ 1;") << QStringList{QStringLiteral("SELECT/*x*/ 1")};
    QTest::newRow("block comment kept, a space before the next word")
        << QStringLiteral("SELECT 1/*x*/+2;") << QStringList{QStringLiteral("SELECT 1/*x*/ +2")};
    QTest::newRow("optimizer hint kept (mysql)")
        << QStringLiteral("SELECT /*+ NO_ICP(t) */ a FROM t;")
        << QStringList{QStringLiteral("SELECT /*+ NO_ICP(t) */ a FROM t")};
    QTest::newRow("no delimiter inside a hint")
        << QStringLiteral("SELECT /*+ QB_NAME(x;y) */ 1;")
        << QStringList{QStringLiteral("SELECT /*+ QB_NAME(x;y) */ 1")};
    QTest::newRow("MariaDB executable comment is a plain comment")
        << QStringLiteral("SELECT /*M! ; */ 1;")
        << QStringList{QStringLiteral("SELECT /*M! ; */ 1")};
    QTest::newRow("comment line before a statement sent alone (mysql)")
        << QStringLiteral("-- a header; with a semicolon\nSELECT 1;\n# and a hash\nSELECT 2;")
        << QStringList{QStringLiteral("-- a header; with a semicolon"), QStringLiteral("SELECT 1"),
                       QStringLiteral("# and a hash"), QStringLiteral("SELECT 2")};
    QTest::newRow("trailing comment goes with the statement it ends (mysql)")
        << QStringLiteral("SELECT 2; -- x\nSELECT 3;#y\n")
        << QStringList{QStringLiteral("SELECT 2 -- x"), QStringLiteral("SELECT 3#y")};
    QTest::newRow("comment inside a statement kept with its line end (mysql)")
        << QStringLiteral("CREATE TABLE c (\n  id INT, -- the key\n  # more\n  v INT\n);")
        << QStringList{
               QStringLiteral("CREATE TABLE c (\n  id INT, -- the key\n  # more\n  v INT\n)")};
    QTest::newRow("dash comment at the end of a line (mysql)")
        << QStringLiteral("SELECT 2 --\n;") << QStringList{QStringLiteral("SELECT 2 --")};
    QTest::newRow("dashes without a space at a statement's start are sent")
        << QStringLiteral("--comment\nSELECT 1;")
        << QStringList{QStringLiteral("--comment\nSELECT 1")};
    QTest::newRow("dashes without a space are arithmetic")
        << QStringLiteral("SELECT 1--1;") << QStringList{QStringLiteral("SELECT 1--1")};
    QTest::newRow("multi-line block comment kept (mysql)")
        << QStringLiteral("/*\n a header\n*/\nSELECT 1;")
        << QStringList{QStringLiteral("/*\n a header\n*/\nSELECT 1")};
    QTest::newRow("comment markers in strings and names")
        << QStringLiteral("SELECT '-- a', \"# b\", `/* c */`; -- d")
        << QStringList{QStringLiteral("SELECT '-- a', \"# b\", `/* c */` -- d")};
    QTest::newRow("procedure body keeps its comments (mysql)")
        << QStringLiteral("DELIMITER //\nCREATE PROCEDURE p()\nBEGIN\n  -- note\n  SELECT 1; "
                          "# hash\n  /* block */\nEND//\nDELIMITER ;\n")
        << QStringList{QStringLiteral("CREATE PROCEDURE p()\nBEGIN\n  -- note\n  SELECT 1; "
                                      "# hash\n  /* block */\nEND")};
    QTest::newRow("executable comment kept, trailing comment too (mysql)")
        << QStringLiteral("SELECT /*! 4 */ ,5 -- x\n;")
        << QStringList{QStringLiteral("SELECT /*! 4 */ ,5 -- x")};
    QTest::newRow("comment-only file sent")
        << QStringLiteral("SELECT 1;\n-- the end")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("-- the end")};
}

void TestStatementSplitter::splitsLikeMySqlsClient()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);

    SplitOptions options;
    options.client = ClientFamily::MySql;
    const SplitResult result = StatementSplitter::split(input, options);
    QVERIFY2(result.errors.isEmpty(), qPrintable(describe(result.errors)));
    QCOMPARE(test::statementTexts(result.statements), expected);
}

void TestStatementSplitter::locations_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<qsizetype>("baseOffset");
    // One entry per statement: line, column, beginOffset, endOffset, endLine.
    QTest::addColumn<QList<QList<qsizetype>>>("expected");

    QTest::newRow("single statement") << QStringLiteral("SELECT 1;") << 1 << qsizetype(0)
                                      << QList<QList<qsizetype>>{{1, 1, 0, 9, 1}};
    QTest::newRow("indented second line")
        << QStringLiteral("SELECT 1;\n  SELECT 2;\n") << 1 << qsizetype(0)
        << QList<QList<qsizetype>>{{1, 1, 0, 9, 1}, {2, 3, 12, 21, 2}};
    QTest::newRow("two on one line")
        << QStringLiteral("SELECT 1; SELECT 2;") << 1 << qsizetype(0)
        << QList<QList<qsizetype>>{{1, 1, 0, 9, 1}, {1, 11, 10, 19, 1}};
    QTest::newRow("after comments") << QStringLiteral("-- header\n\n/* c */ SELECT 3;") << 1
                                    << qsizetype(0) << QList<QList<qsizetype>>{{3, 9, 19, 28, 3}};
    QTest::newRow("multi-line statement")
        << QStringLiteral("SELECT\n  1,\n  2;\nSELECT 3;") << 1 << qsizetype(0)
        << QList<QList<qsizetype>>{{1, 1, 0, 16, 3}, {4, 1, 17, 26, 4}};
    QTest::newRow("firstLine and baseOffset honoured")
        << QStringLiteral("SELECT 1;\n  SELECT 2;") << 40 << qsizetype(1000)
        << QList<QList<qsizetype>>{{40, 1, 1000, 1009, 40}, {41, 3, 1012, 1021, 41}};
    QTest::newRow("custom delimiter inside the extent")
        << QStringLiteral("DELIMITER $$\nSELECT 1 $$\n") << 1 << qsizetype(0)
        << QList<QList<qsizetype>>{{2, 1, 13, 24, 2}};
    QTest::newRow("final statement without delimiter")
        << QStringLiteral("SELECT 1;\nSELECT 7\n") << 1 << qsizetype(0)
        << QList<QList<qsizetype>>{{1, 1, 0, 9, 1}, {2, 1, 10, 18, 2}};
    QTest::newRow("byte order mark counted in columns")
        << QStringLiteral("\uFEFFSELECT 1;") << 1 << qsizetype(0)
        << QList<QList<qsizetype>>{{1, 2, 1, 10, 1}};
    QTest::newRow("CRLF") << QStringLiteral("SELECT 1;\r\nSELECT 2;\r\n") << 5 << qsizetype(0)
                          << QList<QList<qsizetype>>{{5, 1, 0, 9, 5}, {6, 1, 11, 20, 6}};
}

void TestStatementSplitter::locations()
{
    QFETCH(QString, input);
    QFETCH(int, firstLine);
    QFETCH(qsizetype, baseOffset);
    QFETCH(QList<QList<qsizetype>>, expected);

    SplitOptions options;
    options.fileName = QStringLiteral("migrations/0001_init.sql");
    options.firstLine = firstLine;
    options.baseOffset = baseOffset;
    const SplitResult result = StatementSplitter::split(input, options);
    QVERIFY2(result.errors.isEmpty(), qPrintable(describe(result.errors)));
    QCOMPARE(result.statements.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Statement &statement = result.statements[i];
        const QList<qsizetype> &want = expected[i];
        QCOMPARE(statement.start.file, options.fileName);
        QCOMPARE(statement.start.line, int(want[0]));
        QCOMPARE(statement.start.column, int(want[1]));
        QCOMPARE(statement.beginOffset, want[2]);
        QCOMPARE(statement.endOffset, want[3]);
        QCOMPARE(statement.endLine, int(want[4]));
        // The extent is the statement's text with its delimiter.
        const QStringView extent = QStringView(input).sliced(
            statement.beginOffset - baseOffset, statement.endOffset - statement.beginOffset);
        QVERIFY2(extent.startsWith(statement.sql.first(1)), qPrintable(extent.toString()));
    }
}

void TestStatementSplitter::errors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("firstLine");
    // "line:column" of each error, and a part of each message.
    QTest::addColumn<QStringList>("places");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("unterminated string")
        << QStringLiteral("SELECT 1;\nSELECT 'abc;\n") << 1 << QStringList{QStringLiteral("2:8")}
        << QStringList{QStringLiteral("unterminated string")};
    QTest::newRow("unterminated double-quoted string")
        << QStringLiteral("SELECT \"x") << 1 << QStringList{QStringLiteral("1:8")}
        << QStringList{QStringLiteral("unterminated string")};
    QTest::newRow("unterminated string with firstLine")
        << QStringLiteral("\n  INSERT INTO t VALUES ('a;\n);\n") << 20
        << QStringList{QStringLiteral("21:25")}
        << QStringList{QStringLiteral("unterminated string")};
    QTest::newRow("unterminated quoted identifier")
        << QStringLiteral("SELECT `a;") << 1 << QStringList{QStringLiteral("1:8")}
        << QStringList{QStringLiteral("unterminated quoted identifier")};
    QTest::newRow("unterminated comment") << QStringLiteral("SELECT 1;\n  /* open\nstill;\n") << 1
                                          << QStringList{QStringLiteral("2:3")}
                                          << QStringList{QStringLiteral("unterminated comment")};
    QTest::newRow("DELIMITER without argument")
        << QStringLiteral("SELECT 1;\nDELIMITER\n") << 1 << QStringList{QStringLiteral("2:1")}
        << QStringList{QStringLiteral("DELIMITER must be followed")};
    QTest::newRow("indented DELIMITER without argument")
        << QStringLiteral("  DELIMITER   \nSELECT 1;") << 1 << QStringList{QStringLiteral("1:3")}
        << QStringList{QStringLiteral("DELIMITER must be followed")};
    QTest::newRow("DELIMITER with a backslash")
        << QStringLiteral("SELECT 1;\n\nDELIMITER a\\b\n") << 1
        << QStringList{QStringLiteral("3:11")} << QStringList{QStringLiteral("backslash")};
    QTest::newRow("client command \\G")
        << QStringLiteral("SELECT 1\\G\n") << 1 << QStringList{QStringLiteral("1:9")}
        << QStringList{QStringLiteral("\\G")};
    QTest::newRow("client command \\c on a later line")
        << QStringLiteral("SELECT 1;\nSELECT 2 \\c\n") << 1 << QStringList{QStringLiteral("2:10")}
        << QStringList{QStringLiteral("\\c")};
    QTest::newRow("two errors") << QStringLiteral("\\G\nSELECT 1;\nSELECT '") << 1
                                << QStringList{QStringLiteral("1:1"), QStringLiteral("3:8")}
                                << QStringList{QStringLiteral("\\G"),
                                               QStringLiteral("unterminated string")};
    QTest::newRow("backslash command inside a string is text")
        << QStringLiteral("SELECT '\\G';") << 1 << QStringList() << QStringList();
    QTest::newRow("backslash command inside a comment is text")
        << QStringLiteral("SELECT 1 /* \\G */;\n-- \\q\n") << 1 << QStringList() << QStringList();
}

void TestStatementSplitter::errors()
{
    QFETCH(QString, input);
    QFETCH(int, firstLine);
    QFETCH(QStringList, places);
    QFETCH(QStringList, messages);

    SplitOptions options;
    options.fileName = QStringLiteral("up.sql");
    options.firstLine = firstLine;
    const SplitResult result = StatementSplitter::split(input, options);
    QStringList actualPlaces;
    for (const Diagnostic &d : result.errors) {
        QCOMPARE(d.location.file, options.fileName);
        actualPlaces.append(QStringLiteral("%1:%2").arg(d.location.line).arg(d.location.column));
    }
    QCOMPARE(actualPlaces, places);
    for (qsizetype i = 0; i < messages.size(); ++i)
        QVERIFY2(result.errors[i].message.contains(messages[i]),
                 qPrintable(result.errors[i].message));
}

QTEST_GUILESS_MAIN(TestStatementSplitter)
#include "tst_statementsplitter.moc"
