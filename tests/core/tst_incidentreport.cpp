// The incident report of a playbook run: verdict first, then every step, in Markdown,
// HTML and JSON, against golden files in tests/data/reports (BACKSTEP_UPDATE_GOLDEN=1
// rewrites them: tests/data/reports/update-golden).
#include "core/incidentreport.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace backstep;

namespace {

QString goldenPath(const QString &name)
{
    return QStringLiteral(BACKSTEP_TEST_DATA_DIR "/reports/") + name;
}

QDateTime at(int minute, int second)
{
    return QDateTime(QDate(2026, 11, 23), QTime(3, minute, second), QTimeZone::UTC);
}

void finish(PlaybookStep &step, int fromMinute, int fromSecond, int toMinute, int toSecond,
            const QString &summary)
{
    step.status = PlaybookStep::Status::Done;
    step.attempts = 1;
    step.startedAt = at(fromMinute, fromSecond);
    step.finishedAt = at(toMinute, toSecond);
    step.summary = summary;
}

QJsonObject statement(const char *version, const char *file, int line, const char *sql)
{
    return {{QStringLiteral("version"), QString::fromUtf8(version)},
            {QStringLiteral("file"), QString::fromUtf8(file)},
            {QStringLiteral("line"), line},
            {QStringLiteral("sql"), QString::fromUtf8(sql)}};
}

// A whole run of the heartguard incident: 1203 and 1202 rolled back, the log watch and
// the service as the profile has them, the rehearsal skipped by the DBA.
PlaybookRun completedRun()
{
    PlaybookRun run = PlaybookRun::withAllSteps();
    run.id = QStringLiteral("pb-0001");
    run.profile = QStringLiteral("heartguard");
    run.databaseUrl = QStringLiteral("mysql://dba@db.example:3307/heartguard");
    run.databaseName = QStringLiteral("heartguard");
    run.target = QStringLiteral("the last 2 migrations");
    run.targetOption = QStringLiteral("--steps 2");
    run.status = PlaybookRun::Status::Done;
    run.startedAt = at(0, 0);
    run.finishedAt = at(9, 30);
    run.operatorName = QStringLiteral("dba");
    run.host = QStringLiteral("ops-1");
    run.server = QStringLiteral("MariaDB 11.8.3");
    run.connection = QStringLiteral("TLS (TLS_AES_256_GCM_SHA384)");

    using K = PlaybookStepKind;
    PlaybookStep &identify = *run.step(K::Identify);
    finish(identify, 0, 0, 0, 1, QStringLiteral("1203 and 1202, down to 1201"));
    const QJsonObject s1 =
        statement("1203", "migrations/1203_activity.sql", 14, "DROP TABLE activity_events");
    const QJsonObject s2 = statement("1202", "migrations/1202_items | json.sql", 9,
                                     "ALTER TABLE food_logs\n  ADD COLUMN items JSON");
    identify.evidence = {{QStringLiteral("target"), QStringLiteral("1201")},
                         {QStringLiteral("statements"), QJsonArray{s1, s2}}};

    finish(*run.step(K::StopService), 0, 1, 0, 4, QStringLiteral("heartguard-app inactive"));
    run.step(K::StopService)->evidence = {
        {QStringLiteral("service"), QStringLiteral("heartguard-app")},
        {QStringLiteral("observed"), QStringLiteral("inactive")}};

    PlaybookStep &backUp = *run.step(K::BackUp);
    finish(backUp, 0, 4, 1, 10, QStringLiteral("verified full backup"));
    backUp.evidence = {
        {QStringLiteral("backups"),
         QJsonArray{QJsonObject{
             {QStringLiteral("file"),
              QStringLiteral("/srv/backups/heartguard_rollback_backup_20261123_030004.sql")},
             {QStringLiteral("kind"), QStringLiteral("full")},
             {QStringLiteral("status"), QStringLiteral("complete")},
             {QStringLiteral("bytes"), 1'234'567},
             {QStringLiteral("sha256"),
              QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")},
         }}}};

    PlaybookStep &rehearse = *run.step(K::Rehearse);
    rehearse.status = PlaybookStep::Status::Skipped;
    rehearse.skipReason = PlaybookSkipReason::Operator;
    rehearse.skipNote = QStringLiteral("rehearsed on staging at 02:40");

    PlaybookStep &rollBack = *run.step(K::RollBack);
    finish(rollBack, 1, 10, 1, 12, QStringLiteral("2 statements, 2 history updates"));
    QJsonObject r1 = s1;
    r1.insert(QStringLiteral("status"), QStringLiteral("done"));
    r1.insert(QStringLiteral("durationMs"), 120);
    QJsonObject r2 = s2;
    r2.insert(QStringLiteral("status"), QStringLiteral("done"));
    r2.insert(QStringLiteral("durationMs"), 1'400);
    rollBack.evidence = {{QStringLiteral("rollbackRunId"), QStringLiteral("r-0042")},
                         {QStringLiteral("steps"), QJsonArray{r1, r2}}};

    PlaybookStep &verify = *run.step(K::Verify);
    finish(verify, 1, 12, 1, 20, QStringLiteral("pass"));
    verify.evidence = {
        {QStringLiteral("verdict"), QStringLiteral("pass")},
        {QStringLiteral("checksums"),
         QJsonArray{QJsonObject{{QStringLiteral("table"), QStringLiteral("users")},
                                {QStringLiteral("range"), QStringLiteral("id 1–5000")},
                                {QStringLiteral("outcome"), QStringLiteral("same")}}}}};

    PlaybookStep &validate = *run.step(K::Validate);
    finish(validate, 1, 20, 1, 50, QStringLiteral("2 commands passed"));
    validate.evidence = {{QStringLiteral("commands"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("command"), QStringLiteral("npm run validate:data")},
                              {QStringLiteral("exitCode"), 0},
                              {QStringLiteral("output"), QStringLiteral("42 rows <ok>")}}}}};

    finish(*run.step(K::StartService), 1, 50, 1, 55, QStringLiteral("heartguard-app active"));

    PlaybookStep &watch = *run.step(K::WatchLog);
    finish(watch, 1, 55, 6, 55, QStringLiteral("0.2 errors per minute, as before"));
    watch.evidence = {
        {QStringLiteral("file"), QStringLiteral("/var/log/heartguard/app.log")},
        {QStringLiteral("threshold"), 5},
        {QStringLiteral("before"), QJsonObject{{QStringLiteral("errors"), 1},
                                               {QStringLiteral("warnings"), 3},
                                               {QStringLiteral("minutes"), 5}}},
        {QStringLiteral("after"), QJsonObject{{QStringLiteral("errors"), 1},
                                              {QStringLiteral("warnings"), 2},
                                              {QStringLiteral("minutes"), 5}}},
        {QStringLiteral("lines"), QJsonArray{QStringLiteral("03:02:01 ERROR cache miss storm"),
                                             QStringLiteral("03:02:09 WARN slow query ```")}}};

    finish(*run.step(K::Report), 9, 29, 9, 30, QStringLiteral("stored"));
    return run;
}

PlaybookRun failedRun()
{
    PlaybookRun run = completedRun();
    run.status = PlaybookRun::Status::Failed;
    run.finishedAt = {};
    using K = PlaybookStepKind;
    PlaybookStep &rollBack = *run.step(K::RollBack);
    rollBack.status = PlaybookStep::Status::Failed;
    rollBack.error = QStringLiteral("1202 at migrations/1202_items.sql:9: Duplicate column name "
                                    "'items'");
    for (K later : {K::Verify, K::Validate, K::StartService, K::WatchLog, K::Report}) {
        PlaybookStep pending;
        pending.kind = later;
        *run.step(later) = pending;
    }
    return run;
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
        QVERIFY2(lines[1].startsWith(QStringLiteral("**FAILED at \"Roll back\"")),
                 qPrintable(lines[1]));
        QVERIFY(lines[1].contains(QStringLiteral("Duplicate column name")));
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
        QVERIFY(markdown.contains(QStringLiteral("migrations/1203_activity.sql:14")));
        QVERIFY(markdown.contains(QStringLiteral("DROP TABLE activity_events")));
        QVERIFY(markdown.contains(QStringLiteral("rehearsed on staging at 02:40")));
        QVERIFY(markdown.contains(
            QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
        QVERIFY(markdown.contains(QStringLiteral("dba@ops-1")));
        QVERIFY(markdown.contains(QStringLiteral("TLS (TLS_AES_256_GCM_SHA384)")));
        // A pipe in a file name does not break the table; backticks in a log line do not
        // close its block early.
        QVERIFY(markdown.contains(QStringLiteral("1202_items \\| json.sql")));
        QVERIFY(markdown.contains(QStringLiteral("````\n03:02:01")));
        // Nothing from the run reaches the HTML unescaped.
        QVERIFY(incidentReportHtml(completedRun()).contains(QStringLiteral("42 rows &lt;ok&gt;")));
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
