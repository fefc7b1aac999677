// The DBA's own assertions: which SQL may run as one, the folder form (one `*.sql` file
// each, `-- expect:` lines) with file:line errors, and the round trip through a profile.
#include "core/assertion.h"
#include "core/profilestore.h"
#include "support/testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using namespace backstep::test;

class TestAssertions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlProblem_data();
    void sqlProblem();
    void matchesAfterTrimming();
    void readsFolder();
    void folderErrorsNameFileAndLine_data();
    void folderErrorsNameFileAndLine();
    void missingFolder();
    void profileRoundTrip();
};

void TestAssertions::sqlProblem_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("problem"); // a part of it; empty: none

    auto row = [](const char *name, const char *sql, const char *problem) {
        QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromUtf8(problem);
    };
    row("select", "SELECT COUNT(*) FROM food_logs", "");
    row("select with delimiter", "select 1;", "");
    row("with", "WITH x AS (SELECT 1 AS a) SELECT a FROM x", "");
    row("show", "SHOW INDEX FROM food_logs", "");
    row("values", "VALUES (1, 2)", "");
    row("parenthesised union", "(SELECT 1) UNION (SELECT 2)", "");
    row("string functions named like writes",
        "SELECT REPLACE(email, '@', ' at '), INSERT(email, 1, 1, 'x') FROM users", "");
    row("words inside strings and names", "SELECT 'DELETE FROM x', `update` FROM t", "");
    row("delete", "DELETE FROM food_logs", "SELECT, WITH, SHOW or VALUES");
    row("update", "UPDATE users SET email = ''", "SELECT, WITH, SHOW or VALUES");
    row("insert", "INSERT INTO users (email) VALUES ('x')", "SELECT, WITH, SHOW or VALUES");
    row("drop", "DROP TABLE users", "SELECT, WITH, SHOW or VALUES");
    row("set", "SET @a = 1", "SELECT, WITH, SHOW or VALUES");
    row("two statements", "SELECT 1; DELETE FROM users", "2 statements");
    row("empty", "  -- nothing\n", "no query");
    row("select into outfile", "SELECT * FROM users INTO OUTFILE '/tmp/x'", "SELECT ... INTO");
    row("select into variable", "SELECT COUNT(*) INTO @n FROM users", "SELECT ... INTO");
    row("locking read", "SELECT * FROM users FOR UPDATE", "lock");
    row("share lock", "SELECT * FROM users LOCK IN SHARE MODE", "lock");
    row("with delete (MySQL 8)", "WITH x AS (SELECT 1) DELETE FROM users", "may not write");
    row("replace statement", "SELECT 1 UNION REPLACE INTO t VALUES (1)", "may not write");
    row("call", "SELECT 1 FROM dual WHERE 1 = (CALL p())", "may not write");
}

void TestAssertions::sqlProblem()
{
    QFETCH(QString, sql);
    QFETCH(QString, problem);
    const QString found = assertionSqlProblem(sql);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestAssertions::matchesAfterTrimming()
{
    QVERIFY(assertionMatches(QStringLiteral(" 3\n"), QStringLiteral("3")));
    QVERIFY(assertionMatches(QStringLiteral("1\tann\n2\tbob"), QStringLiteral("1\tann\n2\tbob\n")));
    QVERIFY(!assertionMatches(QStringLiteral("1\tann"), QStringLiteral("1 ann")));
    QVERIFY(!assertionMatches(QStringLiteral("NULL"), QStringLiteral("")));
}

void TestAssertions::readsFolder()
{
    QTemporaryDir dir(temporaryTemplate(QStringLiteral("assertions")));
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("20_emails.sql")),
              QStringLiteral("-- Every user keeps an address.\n"
                             "-- expect: 1\tann@example.org\n"
                             "-- expect: 2\\tbob@example.org\n"
                             "SELECT id, email\n  FROM users\n ORDER BY id;\n"));
    writeFile(dir.filePath(QStringLiteral("10_no_orphans.sql")),
              QStringLiteral("SELECT COUNT(*) FROM food_logs f LEFT JOIN users u ON u.id = "
                             "f.user_id WHERE u.id IS NULL\n-- EXPECT: 0\n"));
    writeFile(dir.filePath(QStringLiteral("30_empty_result.sql")),
              QStringLiteral("-- expect:\nSELECT id FROM users WHERE email IS NULL"));
    writeFile(dir.filePath(QStringLiteral("notes.txt")), QStringLiteral("not an assertion"));
    const auto read = readAssertionFolder(dir.path());
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error()));
    QCOMPARE(read->size(), 3);
    QCOMPARE(read->at(0).name, QStringLiteral("10_no_orphans"));
    QCOMPARE(read->at(0).expected, QStringLiteral("0"));
    QVERIFY(read->at(0).sql.startsWith(QStringLiteral("SELECT COUNT(*) FROM food_logs")));
    QCOMPARE(read->at(1).name, QStringLiteral("20_emails"));
    QCOMPARE(read->at(1).expected, QStringLiteral("1\tann@example.org\n2\tbob@example.org"));
    QCOMPARE(read->at(1).sql, QStringLiteral("SELECT id, email\n  FROM users\n ORDER BY id"));
    QCOMPARE(read->at(2).expected, QString());
}

void TestAssertions::folderErrorsNameFileAndLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // after "<path>"

    QTest::newRow("no expect") << QStringLiteral("SELECT 1\n")
                               << QStringLiteral(":1: no \"-- expect");
    QTest::newRow("no query") << QStringLiteral("-- expect: 1\n-- just a comment\n")
                              << QStringLiteral(":1: no query");
    QTest::newRow("second statement") << QStringLiteral("-- expect: 1\nSELECT 1;\n\nSELECT 2;\n")
                                      << QStringLiteral(":4: a second statement");
    QTest::newRow("a write") << QStringLiteral("-- expect: 0\n\nDELETE FROM users\n")
                             << QStringLiteral(":3: an assertion is a SELECT");
    QTest::newRow("unterminated string")
        << QStringLiteral("-- expect: 0\nSELECT 'abc\n") << QStringLiteral(":2:");
}

void TestAssertions::folderErrorsNameFileAndLine()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QTemporaryDir dir(temporaryTemplate(QStringLiteral("assertions")));
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("00_good.sql")),
              QStringLiteral("-- expect: 1\nSELECT 1"));
    const QString path = dir.filePath(QStringLiteral("check.sql"));
    writeFile(path, text);
    const auto read = readAssertionFolder(dir.path());
    QVERIFY(!read.ok());
    QVERIFY2(read.error().startsWith(path + error), qPrintable(read.error()));
}

void TestAssertions::missingFolder()
{
    const auto read = readAssertionFolder(QStringLiteral("/nonexistent/assertions"));
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("/nonexistent/assertions")),
             qPrintable(read.error()));
}

void TestAssertions::profileRoundTrip()
{
    QTemporaryDir dir(temporaryTemplate(QStringLiteral("assertions")));
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("profiles.json"));
    const QList<Assertion> assertions{
        {QStringLiteral("no orphans"), QStringLiteral("SELECT COUNT(*) FROM a\nWHERE b = 'x;y'"),
         QStringLiteral("0")},
        {QStringLiteral("emails"), QStringLiteral("SELECT id, email FROM users"),
         QStringLiteral("1\tann\n2\tNULL")},
    };
    {
        ProfileStore store(file);
        ConnectionProfile profile;
        profile.name = QStringLiteral("HeartGuard");
        profile.url = QStringLiteral("mysql://dba@db:3307/heartguard");
        profile.assertions = assertions;
        const auto saved = store.save(profile);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error()));
        ConnectionProfile other;
        other.name = QStringLiteral("Other");
        QVERIFY(store.save(other).ok());
    }
    ProfileStore store(file);
    const auto loaded = store.load(QStringLiteral("HeartGuard"));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error()));
    QCOMPARE(loaded->assertions, assertions);
    const auto other = store.load(QStringLiteral("Other"));
    QVERIFY(other.ok());
    QVERIFY(other->assertions.isEmpty());

    // Saving again with fewer assertions leaves none of the old ones behind.
    ConnectionProfile fewer = loaded.value();
    fewer.assertions.removeLast();
    QVERIFY(store.save(fewer).ok());
    QCOMPARE(store.load(QStringLiteral("HeartGuard"))->assertions, fewer.assertions);
}

QTEST_GUILESS_MAIN(TestAssertions)
#include "tst_assertions.moc"
