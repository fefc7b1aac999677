// The server-grammar splitter (docs/formats.md, "Splitting by the server's grammar"): one
// data row per rule, named by its test-row id. Each row gives the text a tool sends as one
// multi-statement query and the statements the server executes, in order, with where each
// starts; the errors and warnings with their line:column.
#include "core/servergrammarsplitter.h"
#include "core/textlocator.h"

#include <QTest>

using namespace backstep;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList render(const Statements &statements)
{
    QStringList lines;
    for (const Statement &statement : statements)
        lines.append(QStringLiteral("%1@%2:%3")
                         .arg(statement.sql)
                         .arg(statement.start.line)
                         .arg(statement.start.column));
    return lines;
}

QStringList render(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(
            QStringLiteral("%1:%2: %3").arg(d.location.line).arg(d.location.column).arg(d.message));
    return lines;
}

// Each expected diagnostic is "line:column: " and a fragment of the message.
bool matches(const QStringList &actual, const QStringList &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const QString place = expected[i].section(u' ', 0, 0);
        const QString fragment = expected[i].section(u' ', 1);
        if (!actual[i].startsWith(place + u' ') || !actual[i].contains(fragment))
            return false;
    }
    return true;
}

} // namespace

class TestServerGrammar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splits_data();
    void splits();
    void sqlModes();
    void statementsStayInTheirExtent();
    void locationsAfterDiagnostics();
    void locatorCountsBackOverOneStatement();
    void compoundOnlyKeepsTheCompoundStatements();
    void stopsAfterTheStatementAtAnOffset();
    void startsCompoundReadsTheFirstWords();
};

void TestServerGrammar::splits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("warnings");

    // ---- lexical layer
    QTest::newRow("grammar.lex.semicolon-in-string")
        << s("INSERT INTO t VALUES ('a; b', \"c;d\");\nSELECT 1;")
        << QStringList{s("INSERT INTO t VALUES ('a; b', \"c;d\")@1:1"), s("SELECT 1@2:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.lex.backslash-escape")
        << s("SELECT 'it\\'s; here';\nSELECT 2;")
        << QStringList{s("SELECT 'it\\'s; here'@1:1"), s("SELECT 2@2:1")} << QStringList()
        << QStringList();
    QTest::newRow("grammar.lex.backtick-doubled")
        << s("CREATE TABLE `a``;b` (id INT);\nDROP TABLE `a``;b`;")
        << QStringList{s("CREATE TABLE `a``;b` (id INT)@1:1"), s("DROP TABLE `a``;b`@2:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.lex.hash-comment")
        << s("SELECT 1; # a comment; with a semicolon\nSELECT 2;")
        << QStringList{s("SELECT 1@1:1"), s("SELECT 2@2:1")} << QStringList() << QStringList();
    QTest::newRow("grammar.lex.dash-needs-space")
        << s("SELECT 1--1;\nSELECT 2; -- a comment; not a statement\n")
        << QStringList{s("SELECT 1--1@1:1"), s("SELECT 2@2:1")} << QStringList() << QStringList();
    QTest::newRow("grammar.lex.block-comment-kept")
        << s("/* leading */ CREATE PROCEDURE p()\nBEGIN\n  /* kept; in the body */\n  SELECT "
             "1;\nEND;")
        << QStringList{s(
               "CREATE PROCEDURE p()\nBEGIN\n  /* kept; in the body */\n  SELECT 1;\nEND@1:15")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.lex.executable-comment-kept")
        << s("/*!40101 SET NAMES utf8mb4 */;\n/*M!100100 SELECT 1 */;")
        << QStringList{s("/*!40101 SET NAMES utf8mb4 */@1:1"), s("/*M!100100 SELECT 1 */@2:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.lex.executable-comment-semicolon")
        << s("SELECT 1 /*!99999 ; SELECT 5 */;\nSELECT 2;")
        << QStringList{s("SELECT 1 /*!99999 ; SELECT 5 */@1:1"), s("SELECT 2@2:1")} << QStringList()
        << QStringList{s("1:19: inside an executable comment")};
    QTest::newRow("grammar.lex.double-semicolon")
        << s("SELECT 1;;SELECT 2") << QStringList{s("SELECT 1@1:1"), s("SELECT 2@1:11")}
        << QStringList{s("1:10: an empty statement")} << QStringList();
    QTest::newRow("grammar.lex.comment-only-section")
        << s("-- migrate:down\n-- nothing to undo\n/* really */\n") << QStringList()
        << QStringList() << QStringList();
    QTest::newRow("grammar.lex.last-without-semicolon")
        << s("DROP TABLE a;\nDROP TABLE b\n-- trailing comment\n")
        << QStringList{s("DROP TABLE a@1:1"), s("DROP TABLE b@2:1")} << QStringList()
        << QStringList();

    // ---- compound statements in stored programs
    QTest::newRow("grammar.compound.nested-begin")
        << s("CREATE PROCEDURE p()\nBEGIN\n  BEGIN\n    SELECT 1;\n  END;\n  SELECT "
             "2;\nEND;\nSELECT 3;")
        << QStringList{s("CREATE PROCEDURE p()\nBEGIN\n  BEGIN\n    SELECT 1;\n  END;\n  SELECT "
                         "2;\nEND@1:1"),
                       s("SELECT 3@8:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.compound.labels")
        << s("CREATE PROCEDURE p()\nouter_block: BEGIN\n  inner_loop: LOOP\n    LEAVE "
             "inner_loop;\n  END LOOP inner_loop;\nEND outer_block;\nSELECT 1;")
        << QStringList{s("CREATE PROCEDURE p()\nouter_block: BEGIN\n  inner_loop: LOOP\n    LEAVE "
                         "inner_loop;\n  END LOOP inner_loop;\nEND outer_block@1:1"),
                       s("SELECT 1@7:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.compound.if-end-if")
        << s("CREATE PROCEDURE p(x INT)\nBEGIN\n  IF x > 0 THEN\n    SELECT 'a; b';\n  ELSEIF x < "
             "0 THEN\n    SELECT 2;\n  ELSE\n    SELECT 3;\n  END IF;\nEND;\nSELECT 4;")
        << QStringList{s("CREATE PROCEDURE p(x INT)\nBEGIN\n  IF x > 0 THEN\n    SELECT 'a; b';\n  "
                         "ELSEIF x < 0 THEN\n    SELECT 2;\n  ELSE\n    SELECT 3;\n  END "
                         "IF;\nEND@1:1"),
                       s("SELECT 4@11:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.compound.if-function-is-not-a-block")
        << s("CREATE PROCEDURE p(x INT)\nBEGIN\n  SELECT IF(x > 0, 'pos', 'neg');\n  DROP TABLE IF "
             "EXISTS t;\nEND;\nSELECT IF(1, 2, 3);\nSELECT 5;")
        << QStringList{s("CREATE PROCEDURE p(x INT)\nBEGIN\n  SELECT IF(x > 0, 'pos', 'neg');\n  "
                         "DROP TABLE IF EXISTS t;\nEND@1:1"),
                       s("SELECT IF(1, 2, 3)@6:1"), s("SELECT 5@7:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.compound.case-statement-vs-expression")
        << s("CREATE FUNCTION f(x INT) RETURNS INT DETERMINISTIC\nBEGIN\n  DECLARE y INT;\n  SET y "
             "= CASE WHEN x > 0 THEN 1 ELSE 0 END;\n  CASE y\n    WHEN 1 THEN SET y = 2;\n    ELSE "
             "SET y = 3;\n  END CASE;\n  RETURN y;\nEND;\nSELECT CASE WHEN 1 THEN 'x' END;")
        << QStringList{s("CREATE FUNCTION f(x INT) RETURNS INT DETERMINISTIC\nBEGIN\n  DECLARE y "
                         "INT;\n  SET y = CASE WHEN x > 0 THEN 1 ELSE 0 END;\n  CASE y\n    WHEN 1 "
                         "THEN SET y = 2;\n    ELSE SET y = 3;\n  END CASE;\n  RETURN y;\nEND@1:1"),
                       s("SELECT CASE WHEN 1 THEN 'x' END@11:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.compound.loop")
        << s("CREATE PROCEDURE p()\nBEGIN\n  DECLARE i INT DEFAULT 0;\n  l: LOOP\n    SET i = i + "
             "1;\n    IF i > 3 THEN LEAVE l; END IF;\n  END LOOP l;\nEND;")
        << QStringList{s(
               "CREATE PROCEDURE p()\nBEGIN\n  DECLARE i INT DEFAULT 0;\n  l: LOOP\n    SET i = i "
               "+ 1;\n    IF i > 3 THEN LEAVE l; END IF;\n  END LOOP l;\nEND@1:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.compound.repeat")
        << s("CREATE PROCEDURE p()\nBEGIN\n  DECLARE i INT DEFAULT 3;\n  REPEAT\n    SET i = i - "
             "1;\n  UNTIL i <= 0 END REPEAT;\n  SELECT REPEAT('x', 2);\nEND;\nSELECT 1;")
        << QStringList{s("CREATE PROCEDURE p()\nBEGIN\n  DECLARE i INT DEFAULT 3;\n  REPEAT\n    "
                         "SET i = i - 1;\n  UNTIL i <= 0 END REPEAT;\n  SELECT REPEAT('x', "
                         "2);\nEND@1:1"),
                       s("SELECT 1@9:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.compound.while")
        << s("CREATE PROCEDURE p()\nBEGIN\n  DECLARE i INT DEFAULT 0;\n  w: WHILE i < 3 DO\n    "
             "SET i = i + 1;\n  END WHILE w;\nEND;\nSELECT 1;")
        << QStringList{s("CREATE PROCEDURE p()\nBEGIN\n  DECLARE i INT DEFAULT 0;\n  w: WHILE i < "
                         "3 DO\n    SET i = i + 1;\n  END WHILE w;\nEND@1:1"),
                       s("SELECT 1@8:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.compound.function-with-one-statement")
        << s("CREATE FUNCTION f(x INT) RETURNS INT DETERMINISTIC RETURN x + 1;\nSELECT f(1);")
        << QStringList{s("CREATE FUNCTION f(x INT) RETURNS INT DETERMINISTIC RETURN x + 1@1:1"),
                       s("SELECT f(1)@2:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.compound.trigger-and-event")
        << s("CREATE TRIGGER t AFTER INSERT ON r FOR EACH ROW\nBEGIN\n  IF NEW.x > 1 THEN\n    "
             "INSERT INTO a VALUES (NEW.x);\n  END IF;\nEND;\nCREATE EVENT e ON SCHEDULE EVERY 1 "
             "DAY DO\nBEGIN\n  DELETE FROM a;\n  DELETE FROM b;\nEND;\nCREATE DEFINER=`root`@`%` "
             "TRIGGER t2 BEFORE UPDATE ON r FOR EACH ROW SET NEW.x = 1;")
        << QStringList{s("CREATE TRIGGER t AFTER INSERT ON r FOR EACH ROW\nBEGIN\n  IF NEW.x > 1 "
                         "THEN\n    INSERT INTO a VALUES (NEW.x);\n  END IF;\nEND@1:1"),
                       s("CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO\nBEGIN\n  DELETE FROM a;\n  "
                         "DELETE FROM b;\nEND@7:1"),
                       s("CREATE DEFINER=`root`@`%` TRIGGER t2 BEFORE UPDATE ON r FOR EACH ROW SET "
                         "NEW.x = 1@12:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.compound.handler-body")
        << s("CREATE PROCEDURE p()\nBEGIN\n  DECLARE EXIT HANDLER FOR SQLEXCEPTION\n  BEGIN\n    "
             "ROLLBACK;\n    RESIGNAL;\n  END;\n  START TRANSACTION;\n  COMMIT;\nEND;")
        << QStringList{s(
               "CREATE PROCEDURE p()\nBEGIN\n  DECLARE EXIT HANDLER FOR SQLEXCEPTION\n  BEGIN\n    "
               "ROLLBACK;\n    RESIGNAL;\n  END;\n  START TRANSACTION;\n  COMMIT;\nEND@1:1")}
        << QStringList() << QStringList();

    // ---- top level
    QTest::newRow("grammar.begin.transaction")
        << s("BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\nBEGIN WORK;\nROLLBACK;")
        << QStringList{s("BEGIN@1:1"), s("INSERT INTO t VALUES (1)@2:1"), s("COMMIT@3:1"),
                       s("BEGIN WORK@4:1"), s("ROLLBACK@5:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.begin.not-atomic")
        << s("BEGIN NOT ATOMIC\n  DECLARE x INT DEFAULT 1;\n  SELECT x;\nEND;\nSELECT 2;")
        << QStringList{s("BEGIN NOT ATOMIC\n  DECLARE x INT DEFAULT 1;\n  SELECT x;\nEND@1:1"),
                       s("SELECT 2@5:1")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.begin.top-level-if")
        << s("IF 1 THEN SELECT 'a; b'; END IF;\nSELECT 2;")
        << QStringList{s("IF 1 THEN SELECT 'a; b'; END IF@1:1"), s("SELECT 2@2:1")} << QStringList()
        << QStringList();
    QTest::newRow("grammar.begin.plain-begin-is-not-a-block")
        << s("BEGIN SELECT 1; END;") << QStringList{s("BEGIN SELECT 1@1:1"), s("END@1:17")}
        << QStringList() << QStringList();
    QTest::newRow("grammar.delimiter-is-an-error")
        << s("DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;\n")
        << QStringList{s("DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1@1:1"),
                       s("END$$\nDELIMITER@2:38")}
        << QStringList{s("1:1: DELIMITER is a command of the mysql client; dbmate sends this text "
                         "to the server, which rejects it")}
        << QStringList();
    QTest::newRow("grammar.compound.unclosed-block")
        << s("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n")
        << QStringList{s("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;@1:1")}
        << QStringList{s("1:1: this statement never ends: BEGIN on line 2 has no END")}
        << QStringList();
}

void TestServerGrammar::splits()
{
    QFETCH(QString, text);
    QFETCH(QStringList, statements);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);
    ServerSplitOptions options;
    options.tool = QStringLiteral("dbmate");
    const SplitResult result = ServerGrammarSplitter::split(text, options);
    QCOMPARE(render(result.statements), statements);
    QVERIFY2(matches(render(result.errors), errors), qPrintable(render(result.errors).join(u'\n')));
    QVERIFY2(matches(render(result.warnings), warnings),
             qPrintable(render(result.warnings).join(u'\n')));
}

// grammar.lex.ansi-quotes, grammar.lex.backslash-escape: the session's sql_mode decides.
void TestServerGrammar::sqlModes()
{
    ServerSplitOptions noBackslash;
    noBackslash.rules.backslashEscapes = false;
    // With NO_BACKSLASH_ESCAPES, 'a\' is a whole string and the ';' after it ends the statement.
    QCOMPARE(
        render(ServerGrammarSplitter::split(s("SELECT 'a\\';SELECT 2;"), noBackslash).statements),
        (QStringList{s("SELECT 'a\\'@1:1"), s("SELECT 2@1:13")}));
    QCOMPARE(render(ServerGrammarSplitter::split(s("SELECT 'a\\';SELECT 2;'"), {}).statements),
             (QStringList{s("SELECT 'a\\';SELECT 2;'@1:1")}));
    ServerSplitOptions ansi;
    ansi.rules.ansiQuotes = true;
    QCOMPARE(
        render(ServerGrammarSplitter::split(s("CREATE TABLE \"x;y\" (id INT);"), ansi).statements),
        (QStringList{s("CREATE TABLE \"x;y\" (id INT)@1:1")}));
}

// Statements lie in the text, in order, with extents that cover them (as the fuzz target
// checks for the client splitter).
void TestServerGrammar::statementsStayInTheirExtent()
{
    const QString text =
        s("\n  SELECT 1;\n\nCREATE PROCEDURE p() BEGIN SELECT 2; END;\n-- c\nSELECT 3");
    ServerSplitOptions options;
    options.baseOffset = 100;
    options.firstLine = 10;
    const SplitResult result = ServerGrammarSplitter::split(text, options);
    QCOMPARE(result.statements.size(), 3);
    qsizetype previous = 100;
    for (const Statement &statement : result.statements) {
        QVERIFY(statement.beginOffset >= previous);
        QVERIFY(statement.endOffset > statement.beginOffset);
        QCOMPARE(text.mid(statement.beginOffset - 100, statement.sql.size()), statement.sql);
        previous = statement.endOffset;
    }
    QCOMPARE(result.statements[0].start.line, 11);
    QCOMPARE(result.statements[0].start.column, 3);
    QCOMPARE(result.statements[2].start.line, 15);
}

// A statement with a diagnostic inside it, many times over: every statement and every
// warning keeps its own line and column (the locator goes back from the warning to the
// statement's start, across a line feed).
void TestServerGrammar::locationsAfterDiagnostics()
{
    const QString block = s("SELECT\n  1 /*!;*/;\n");
    const int blocks = 500;
    const SplitResult result = ServerGrammarSplitter::split(block.repeated(blocks), {});
    QCOMPARE(result.statements.size(), blocks);
    QCOMPARE(result.warnings.size(), blocks);
    QVERIFY(result.errors.isEmpty());
    for (int k = 0; k < blocks; ++k) {
        QCOMPARE(result.statements[k].sql, s("SELECT\n  1 /*!;*/"));
        QCOMPARE(result.statements[k].start.line, 2 * k + 1);
        QCOMPARE(result.statements[k].start.column, 1);
        QCOMPARE(result.statements[k].endLine, 2 * k + 2);
        QCOMPARE(result.warnings[k].location.line, 2 * k + 2);
        QCOMPARE(result.warnings[k].location.column, 8);
    }
}

// The splitters' pattern of requests (a diagnostic inside a statement, then the statement's
// start, then its end) reads each statement a bounded number of times: the locator's work
// stays proportional to the text, where starting again from the text's start made it grow
// with the square of the text (a 100 MB dbmate section never finished). Counted, not timed.
void TestServerGrammar::locatorCountsBackOverOneStatement()
{
    const QString block = s("SELECT\n  1 /*!;*/;\n");
    const int blocks = 2000;
    const QString text = block.repeated(blocks);
    const qsizetype inner = block.indexOf(u';');
    TextLocator locator(text, s("f.sql"), 10);
    for (int k = 0; k < blocks; ++k) {
        const qsizetype begin = k * block.size();
        const SourceLocation warning = locator.at(begin + inner);
        QCOMPARE(warning.line, 10 + 2 * k + 1);
        QCOMPARE(warning.column, int(inner - block.indexOf(u'\n')));
        const SourceLocation start = locator.at(begin);
        QCOMPARE(start.line, 10 + 2 * k);
        QCOMPARE(start.column, 1);
        QCOMPARE(locator.lineAt(begin + block.size() - 1), 10 + 2 * k + 1);
    }
    QVERIFY2(locator.charactersRead() <= 3 * text.size(),
             qPrintable(QString::number(locator.charactersRead())));
    // Back to the text's start, and past its end.
    QCOMPARE(locator.at(0).line, 10);
    QCOMPARE(locator.at(0).column, 1);
    QCOMPARE(locator.lineAt(text.size() + 5), 10 + 2 * blocks);
    QCOMPARE(locator.columnAt(3), 4);
}

// With compoundOnly, the statements that are stored programs or open a block come out as
// they do without it, in the same places, and no other; the errors are the same.
void TestServerGrammar::compoundOnlyKeepsTheCompoundStatements()
{
    const QString text = s("INSERT INTO t VALUES ('BEGIN');\n"                   // 1
                           "CREATE PROCEDURE p() BEGIN SELECT 1; END;\n"         // 2
                           "BEGIN;\n"                                            // 3
                           "CREATE FUNCTION f() RETURNS INT RETURN 1;\n"         // 4
                           "BEGIN NOT ATOMIC IF 1 THEN SELECT 2; END IF; END;\n" // 5
                           "SELECT CASE WHEN 1 THEN 2 END;\n"                    // 6
                           "IF 1 THEN SELECT 3; END IF;\n"                       // 7
                           "SELECT 'open;\n");                                   // 8
    ServerSplitOptions compound;
    compound.compoundOnly = true;
    const SplitResult all = ServerGrammarSplitter::split(text, {});
    const SplitResult some = ServerGrammarSplitter::split(text, compound);
    QCOMPARE(render(all.statements).size(), 8);
    // A CASE expression in a plain statement is not a block: the plain statement is skipped.
    QCOMPARE(render(some.statements),
             (QStringList{s("CREATE PROCEDURE p() BEGIN SELECT 1; END@2:1"),
                          s("CREATE FUNCTION f() RETURNS INT RETURN 1@4:1"),
                          s("BEGIN NOT ATOMIC IF 1 THEN SELECT 2; END IF; END@5:1"),
                          s("IF 1 THEN SELECT 3; END IF@7:1")}));
    for (const Statement &statement : some.statements) {
        const auto same = std::find_if(
            all.statements.cbegin(), all.statements.cend(),
            [&](const Statement &other) { return other.beginOffset == statement.beginOffset; });
        QVERIFY(same != all.statements.cend());
        QCOMPARE(statement.endOffset, same->endOffset);
        QCOMPARE(statement.endLine, same->endLine);
    }
    QCOMPARE(render(some.errors), render(all.errors));
    QVERIFY(!some.errors.isEmpty());
}

// stopAfterStatementAt reads to the end of the statement that reaches the offset and
// stops: nothing after it is returned or reported (the open string on line 3 is never
// reached); with compoundOnly a statement that is not compound is read but not returned.
void TestServerGrammar::stopsAfterTheStatementAtAnOffset()
{
    const QString text = s("CREATE PROCEDURE p() BEGIN SELECT 1; END;\n" // 1
                           "SELECT 2;\n"                                 // 2
                           "SELECT 'open;\n");                           // 3
    ServerSplitOptions first;
    first.stopAfterStatementAt = 0;
    const SplitResult one = ServerGrammarSplitter::split(text, first);
    QCOMPARE(render(one.statements),
             QStringList{s("CREATE PROCEDURE p() BEGIN SELECT 1; END@1:1")});
    QVERIFY(one.errors.isEmpty());
    QCOMPARE(one.statements.first().endOffset, text.indexOf(u'\n'));

    // An offset inside the procedure's body still ends with the procedure; one inside
    // line 2 reads line 2 too.
    first.stopAfterStatementAt = text.indexOf(u"SELECT 1");
    QCOMPARE(ServerGrammarSplitter::split(text, first).statements.size(), 1);
    first.stopAfterStatementAt = text.indexOf(u"2;");
    const SplitResult two = ServerGrammarSplitter::split(text, first);
    QCOMPARE(two.statements.size(), 2);
    QVERIFY(two.errors.isEmpty());

    first.stopAfterStatementAt = 0;
    first.compoundOnly = true;
    const QString plainFirst = s("SELECT 2;\nCREATE PROCEDURE p() BEGIN SELECT 1; END;\n");
    QVERIFY(ServerGrammarSplitter::split(plainFirst, first).statements.isEmpty());
    first.stopAfterStatementAt = plainFirst.indexOf(u"BEGIN");
    QCOMPARE(render(ServerGrammarSplitter::split(plainFirst, first).statements),
             QStringList{s("CREATE PROCEDURE p() BEGIN SELECT 1; END@2:1")});
    QCOMPARE(ServerGrammarSplitter::split(text, {}).errors.size(), 1); // the open string
}

// startsCompound answers from the first words as the splitter reads them: a stored program
// or event, BEGIN NOT ATOMIC and the flow-control blocks are compound, after blanks and
// comments; a table, a transaction's BEGIN, a DELIMITER line or an executable comment is not.
void TestServerGrammar::startsCompoundReadsTheFirstWords()
{
    for (const char *compound :
         {"CREATE PROCEDURE p() BEGIN END",
          "create or replace definer = x function f() returns int",
          "/* kept */ -- and this\n  CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET @a = 1",
          "ALTER EVENT e DO BEGIN END", "BEGIN NOT ATOMIC SELECT 1; END",
          "IF 1 THEN SELECT 1; END IF", "WHILE 0 DO SELECT 1; END WHILE"})
        QVERIFY2(ServerGrammarSplitter::startsCompound(s(compound)), compound);
    for (const char *plain :
         {"CREATE TABLE begin_end (id INT)", "ALTER TABLE t ADD COLUMN c INT", "BEGIN",
          "DELIMITER $$", "/*!50003 CREATE PROCEDURE p() BEGIN END */", "SELECT 'IF'", "", "  "})
        QVERIFY2(!ServerGrammarSplitter::startsCompound(s(plain)), plain);
}

QTEST_APPLESS_MAIN(TestServerGrammar)
#include "tst_servergrammar.moc"
