// The incident report of a playbook run: verdict first, then every step, in Markdown,
// HTML and JSON, against golden files in tests/data/reports (BACKSTEP_UPDATE_GOLDEN=1
// rewrites them: tests/data/reports/update-golden).
#include "core/incidentreport.h"
#include "support/incidentfixture.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace backstep;

namespace {

QString goldenPath(const QString &name)
{
    return test::dataDir() + QStringLiteral("/reports/") + name;
}

PlaybookRun completedRun()
{
    return test::incidentFixtureRun();
}

PlaybookRun failedRun()
{
    return test::incidentFixtureFailedRun();
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
    if (in.readAll() != actual) {
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

class TestIncidentReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdictComesFirstInEveryForm()
    {
        const PlaybookRun failed = failedRun();
        QCOMPARE(incidentVerdict(failed), IncidentVerdict::Failed);
        const QString markdown = incidentReportMarkdown(failed);
        const QStringList lines = markdown.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        QVERIFY2(lines[1].startsWith(QStringLiteral("**FAILED at \"Verify\"")),
                 qPrintable(lines[1]));
        QVERIFY(lines[1].contains(QStringLiteral("1 difference, 1 chunk differs")));
        const QString html = incidentReportHtml(failed);
        QVERIFY(html.indexOf(QStringLiteral("class=\"verdict fail\"")) <
                html.indexOf(QStringLiteral("<h2>")));
        QCOMPARE(incidentReportJson(failed).value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("failed"));

        PlaybookRun unfinished = completedRun();
        unfinished.status = PlaybookRun::Status::Running;
        unfinished.step(PlaybookStepKind::Report)->status = PlaybookStep::Status::Running;
        QVERIFY(incidentReportMarkdown(unfinished)
                    .contains(QStringLiteral("backstep-cli playbook resume pb-0001")));
    }

    void everyStatementSkipAndBackupIsInTheReport()
    {
        const QString markdown = incidentReportMarkdown(completedRun());
        // The plan: every statement with its file:line, the migrations and their tables.
        QVERIFY(markdown.contains(QStringLiteral("1203 at migrations/1203_activity.sql:14:")));
        QVERIFY(markdown.contains(QStringLiteral("DROP TABLE activity_events")));
        QVERIFY(
            markdown.contains(QStringLiteral("heartguard.activity_events, heartguard.food_logs")));
        // Who and against what.
        QVERIFY(markdown.contains(QStringLiteral("dba@ops-1")));
        QVERIFY(markdown.contains(QStringLiteral("TLS (TLS_AES_256_GCM_SHA384)")));
        QVERIFY(markdown.contains(QStringLiteral("MariaDB 11.8.3")));
        // The backup: file, size, SHA-256, what it cannot restore.
        QVERIFY(markdown.contains(
            QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
        QVERIFY(markdown.contains(QStringLiteral("1234567 bytes")));
        QVERIFY(markdown.contains(QStringLiteral("the rows of the 41 tables")));
        // The rehearsal's timings and what it predicts; production's actual time beside it.
        QVERIFY(markdown.contains(QStringLiteral("Predicted for production: about 1.6 s")));
        QVERIFY(markdown.contains(QStringLiteral("Production's rollback step took 2.0 s")));
        // The verification: what the budget did not cover is said, never counted as equal.
        QVERIFY(markdown.contains(QStringLiteral("118 chunks compared, 0 differing")));
        QVERIFY(markdown.contains(QStringLiteral("so not checked: heartguard.audit_log")));
        // A failed verification: expected and actual definitions, the differing chunk.
        const QString failedMarkdown = incidentReportMarkdown(failedRun());
        QVERIFY(failedMarkdown.contains(QStringLiteral("`items` text DEFAULT NULL")));
        QVERIFY(failedMarkdown.contains(QStringLiteral("CHECK (json_valid(`items`))")));
        QVERIFY(failedMarkdown.contains(QStringLiteral("| heartguard.users | id 5001–10000 |")));
        QVERIFY(failedMarkdown.contains(QStringLiteral("failed (2 attempts)")));
        // Validation output, the log watch's rates (fractions kept) and lines.
        QVERIFY(markdown.contains(QStringLiteral("Tests: 118 passed, 118 total")));
        QVERIFY(markdown.contains(QStringLiteral("| Before | 0.2 | 0.6 |")));
        // A pipe in a file name does not break the table; backticks in a log line do not
        // close its block early.
        QVERIFY(markdown.contains(QStringLiteral("1202_items \\| json.sql")));
        QVERIFY(markdown.contains(QStringLiteral("````\n03:02:01")));
        // Expected and actual side by side in HTML; nothing from the run unescaped.
        QVERIFY(incidentReportHtml(failedRun())
                    .contains(QStringLiteral("<tr><th>Expected</th><th>Actual</th></tr>")));
        const QString html = incidentReportHtml(completedRun());
        QVERIFY(html.contains(QStringLiteral("42 rows &lt;ok&gt;")));

        // A skipped step says why, in its section and in the list of skipped steps.
        PlaybookRun skipped = completedRun();
        PlaybookStep &rehearse = *skipped.step(PlaybookStepKind::Rehearse);
        rehearse.status = PlaybookStep::Status::Skipped;
        rehearse.skipReason = PlaybookSkipReason::Operator;
        rehearse.skipNote = QStringLiteral("rehearsed on staging at 02:40");
        const QString withSkip = incidentReportMarkdown(skipped);
        QVERIFY(withSkip.contains(QStringLiteral("Skipped (operator): rehearsed on staging")));
        QVERIFY(withSkip.contains(
            QStringLiteral("| Rehearse on a scratch copy | operator | rehearsed on staging")));
        // A failed run says which steps were never reached.
        QVERIFY(incidentReportMarkdown(failedRun())
                    .contains(QStringLiteral("Not reached: the run stopped before this step.")));
        // A default target says why it was chosen, in the plan.
        PlaybookRun byDefault = completedRun();
        byDefault.step(PlaybookStepKind::Identify)
            ->evidence.insert(
                QStringLiteral("targetReason"),
                QStringLiteral("the last deploy applied 1202 to 1203 at 2026-03-09 22:14:03 UTC"));
        QVERIFY(incidentReportMarkdown(byDefault).contains(QStringLiteral(
            "No target was named; the default: the last deploy applied 1202 to 1203 at "
            "2026-03-09 22:14:03 UTC.")));
        QVERIFY(!incidentReportMarkdown(completedRun()).contains(QStringLiteral("No target")));
    }

    void goldenFiles_data()
    {
        QTest::addColumn<bool>("failed");
        QTest::addColumn<QString>("format");
        for (const QString &format :
             {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")}) {
            QTest::addRow("done.%s", qPrintable(format)) << false << format;
            QTest::addRow("failed.%s", qPrintable(format)) << true << format;
        }
    }

    void goldenFiles()
    {
        QFETCH(bool, failed);
        QFETCH(QString, format);
        const PlaybookRun run = failed ? failedRun() : completedRun();
        QByteArray out;
        if (format == QLatin1StringView("md"))
            out = incidentReportMarkdown(run).toUtf8();
        else if (format == QLatin1StringView("html"))
            out = incidentReportHtml(run).toUtf8();
        else
            out = QJsonDocument(incidentReportJson(run)).toJson(QJsonDocument::Indented);
        compareWithGolden(
            QStringLiteral("incident-%1.%2")
                .arg(failed ? QStringLiteral("failed") : QStringLiteral("done"), format),
            out);
    }
};

QTEST_GUILESS_MAIN(TestIncidentReport)
#include "tst_incidentreport.moc"
