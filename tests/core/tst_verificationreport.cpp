// The verification report's verdict and its HTML and JSON forms, against golden files in
// tests/data/reports (BACKSTEP_UPDATE_GOLDEN=1 rewrites them: tests/data/reports/update-golden).
#include "core/verificationreport.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace backstep;

namespace {

QString goldenPath(const QString &name)
{
    return backstep::test::dataDir() + QStringLiteral("/reports/") + name;
}

VerificationCheck check(const char *section, const char *name, VerificationCheck::Outcome outcome,
                        const char *detail, const char *evidence)
{
    VerificationCheck c;
    c.section = QString::fromUtf8(section);
    c.name = QString::fromUtf8(name);
    c.outcome = outcome;
    c.detail = QString::fromUtf8(detail);
    c.evidence = QString::fromUtf8(evidence);
    c.durationMs = 12;
    return c;
}

VerificationReport passingReport()
{
    VerificationReport report;
    report.databaseUrl = QStringLiteral("mysql://dba@db.example:3307/heartguard");
    report.databaseName = QStringLiteral("heartguard");
    report.generatedAt = QDateTime(QDate(2026, 11, 23), QTime(3, 4, 5), QTimeZone::UTC);
    report.runId = QStringLiteral("3f2c9a6e-0000-4000-8000-000000000001");
    report.targetVersion = QStringLiteral("1199");
    report.actualVersion = QStringLiteral("1199");
    report.expectedSource = QStringLiteral("recorded snapshot #4 taken 2026-11-20T10:00:00Z");
    report.backup = QStringLiteral("heartguard_rollback_backup_20261123_030000.sql");
    report.ignored = {QStringLiteral("AUTO_INCREMENT counters"), QStringLiteral("definers")};
    using O = VerificationCheck::Outcome;
    report.checks = {
        check("data", "CHECK TABLE food_logs", O::Passed, "OK", "CHECK TABLE `food_logs`"),
        check("scenario", "items restored with data", O::Passed,
              "0 rows of food_logs where items is NULL or not valid JSON",
              "SELECT COUNT(*) FROM food_logs WHERE items IS NULL OR NOT JSON_VALID(items)"),
        check("command", "npm run validate:data", O::Passed, "exit 0", "npm run validate:data"),
    };
    return report;
}

VerificationReport failingReport()
{
    VerificationReport report = passingReport();
    report.schemaDifferences = {
        {SchemaDifference::Kind::Missing,
         QStringLiteral("index food_logs.idx_food_logs_user"),
         QStringLiteral("KEY (user_id, logged_at)"),
         {},
         QStringLiteral("index food_logs.idx_food_logs_user is missing")},
        {SchemaDifference::Kind::Extra,
         QStringLiteral("column users.<nickname>"),
         {},
         QStringLiteral("varchar(40) NULL"),
         QStringLiteral("column users.<nickname> is extra")},
    };
    using O = VerificationCheck::Outcome;
    VerificationCheck orphan = check("data", "orphans of fk_food_logs_user", O::Failed,
                                     "1 row of food_logs references no users row (user_id=99)",
                                     "SELECT COUNT(*) FROM food_logs c LEFT JOIN users p ON ...");
    report.checks.append(orphan);
    VerificationCheck assertion = check("assertion", "three users", O::Failed, "the result differs",
                                        "SELECT COUNT(*) FROM users");
    assertion.expected = QStringLiteral("3");
    assertion.actual = QStringLiteral("4");
    report.checks.append(assertion);
    return report;
}

void compareWithGolden(const QString &name, const QByteArray &actual)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariableIntValue("BACKSTEP_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray expected = in.readAll();
    if (expected != actual) {
        QFile failed(backstep::test::temporaryRoot() + u'/' + name);
        if (failed.open(QIODevice::WriteOnly | QIODevice::Truncate))
            failed.write(actual);
        QFAIL(qPrintable(QStringLiteral("%1 differs from its golden file; the output is in %2 "
                                        "(tests/data/reports/update-golden rewrites the golden "
                                        "files after a deliberate change)")
                             .arg(path, failed.fileName())));
    }
}

} // namespace

class TestVerificationReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdictCountsEveryKindOfProblem();
    void inconclusiveWhenTheExpectedStateIsUnknown();
    void htmlEscapesWhatItShows();
    void goldenFiles_data();
    void goldenFiles();
    void serverPositionsOfTheRun();
};

void TestVerificationReport::verdictCountsEveryKindOfProblem()
{
    VerificationReport report = passingReport();
    QVERIFY(report.passed());
    QCOMPARE(report.failureCount(), 0);
    report.checks.append(check("data", "x", VerificationCheck::Outcome::Skipped, "", ""));
    QVERIFY(report.passed()); // a skipped check is no failure
    report.checks.append(check("command", "y", VerificationCheck::Outcome::Error, "", ""));
    QVERIFY(!report.passed());
    QCOMPARE(report.failureCount(), 1);
    report.errors.append(QStringLiteral("the expected schema could not be replayed"));
    QCOMPARE(report.failureCount(), 2);
    const VerificationReport failing = failingReport();
    QCOMPARE(failing.failureCount(), 4);
    const QJsonObject json = reportToJson(failing);
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    QCOMPARE(json.value(QStringLiteral("counts"))[QStringLiteral("schema_differences")].toInt(), 2);
}

// A verification claims only what it knows: without the expected state it is
// inconclusive, reason first, unless something checked was wrong all the same.
void TestVerificationReport::inconclusiveWhenTheExpectedStateIsUnknown()
{
    VerificationReport report = passingReport();
    report.inconclusiveReason =
        QStringLiteral("the expected schema at 11 cannot be established: no file for it");
    QCOMPARE(report.verdict(), VerificationVerdict::Inconclusive);
    QVERIFY(!report.passed());
    QCOMPARE(report.failureCount(), 0);
    const QJsonObject json = reportToJson(report);
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("inconclusive"));
    QCOMPARE(json.value(QStringLiteral("inconclusive_reason")).toString(),
             report.inconclusiveReason);
    const QString html = reportToHtml(report);
    QVERIFY(html.indexOf(QStringLiteral("INCONCLUSIVE: the expected schema at 11")) <
            html.indexOf(QStringLiteral("<h2>")));
    report.checks.append(check("data", "orphans", VerificationCheck::Outcome::Failed, "", ""));
    QCOMPARE(report.verdict(), VerificationVerdict::Fail);
}

void TestVerificationReport::htmlEscapesWhatItShows()
{
    const QString html = reportToHtml(failingReport());
    QVERIFY(html.contains(QStringLiteral("users.&lt;nickname&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<nickname>")));
    // The verdict comes before any section.
    QVERIFY(html.indexOf(QStringLiteral("FAIL: 4 problems")) <
            html.indexOf(QStringLiteral("<h2>")));
    // Failures first within a section.
    QVERIFY(html.indexOf(QStringLiteral("orphans of fk_food_logs_user")) <
            html.indexOf(QStringLiteral("CHECK TABLE food_logs")));
}

void TestVerificationReport::goldenFiles_data()
{
    QTest::addColumn<bool>("failing");
    QTest::addColumn<QString>("stem");
    QTest::newRow("pass") << false << QStringLiteral("report-pass");
    QTest::newRow("fail") << true << QStringLiteral("report-fail");
}

void TestVerificationReport::goldenFiles()
{
    QFETCH(bool, failing);
    QFETCH(QString, stem);
    const VerificationReport report = failing ? failingReport() : passingReport();
    compareWithGolden(stem + QStringLiteral(".html"), reportToHtml(report).toUtf8());
    compareWithGolden(stem + QStringLiteral(".json"),
                      QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented));
}

// The binary log before and after the run: in JSON and back, in the HTML page in words;
// unknown says why; a report without positions (a manual one) shows no such rows.
void TestVerificationReport::serverPositionsOfTheRun()
{
    VerificationReport report = passingReport();
    QVERIFY(!reportToJson(report).contains(QStringLiteral("server_position")));
    QVERIFY(!reportToHtml(report).contains(QStringLiteral("Binary log before the run")));

    report.positionBefore.known = true;
    report.positionBefore.gtid = QStringLiteral("3e11fa47-71ca-11e1-9e33-c80aa9429562:1-57");
    report.positionBefore.binlogOn = true;
    report.positionBefore.binlogFile = QStringLiteral("binlog.000003");
    report.positionBefore.binlogPosition = 1234;
    report.positionAfter = ServerPosition::unknown(QStringLiteral("the connection was lost"));
    const QJsonObject json = reportToJson(report);
    const QJsonObject position = json.value(QStringLiteral("server_position")).toObject();
    QCOMPARE(
        position
            .value(QStringLiteral("before"))[QStringLiteral("binlog")][QStringLiteral("position")]
            .toInteger(),
        qint64(1234));
    QCOMPARE(position.value(QStringLiteral("after"))[QStringLiteral("known")].toBool(), false);
    const VerificationReport back = reportFromJson(json);
    QCOMPARE(back.positionBefore, report.positionBefore);
    QCOMPARE(back.positionAfter, report.positionAfter);
    QCOMPARE(ServerPosition::fromText(report.positionBefore.toText()), report.positionBefore);

    const QString html = reportToHtml(report);
    QVERIFY(html.contains(QStringLiteral(
        "GTID 3e11fa47-71ca-11e1-9e33-c80aa9429562:1-57; binary log binlog.000003 at 1234")));
    QVERIFY(html.contains(QStringLiteral("unknown (the connection was lost)")));

    ServerPosition off;
    off.known = true;
    QCOMPARE(off.describe(), QStringLiteral("no GTID; no binary log"));
    QCOMPARE(ServerPosition::fromJson(off.toJson()), off);
}

QTEST_GUILESS_MAIN(TestVerificationReport)
#include "tst_verificationreport.moc"
