// `backstep-cli playbook list` and `playbook show RUN` read the journal: the stored
// incident report of a finished run in each format (to the terminal or a file), an
// unfinished run as the journal has it now, and an unknown run refused with exit 2.
// `playbook show RUN --notify` tells the run's profile's contacts: the summary and a
// mailto: URL printed, the summary posted to a webhook receiver on loopback; a webhook
// that cannot be reached exits 1 with the summary printed all the same.
#include "core/incidentnotice.h"
#include "core/profilestore.h"
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "ops/incidentreportaction.h"
#include "ops/playbookflow.h"
#include "support/testsupport.h"
#include "support/webhookreceiver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {

// The identify step of a run the test writes; the real steps have their own tests.
class FixedIdentify : public PlaybookStepAction
{
public:
    PlaybookStepResult run(PlaybookStepContext &) override
    {
        PlaybookStepResult result;
        result.summary = QStringLiteral("1203, down to 1202");
        result.evidence = {
            {QStringLiteral("planStatements"),
             QJsonArray{QJsonObject{{QStringLiteral("version"), QStringLiteral("1203")},
                                    {QStringLiteral("file"), QStringLiteral("1203_x.sql")},
                                    {QStringLiteral("line"), 7},
                                    {QStringLiteral("sql"), QStringLiteral("DROP TABLE x")}}}}};
        return result;
    }
};

PlaybookRun newRun(const QString &id)
{
    PlaybookRun run = PlaybookRun::withAllSteps();
    run.id = id;
    run.profile = QStringLiteral("demo");
    run.databaseUrl = QStringLiteral("sqlite:/tmp/demo.sqlite");
    run.databaseName = QStringLiteral("demo");
    run.target = QStringLiteral("the last migration");
    run.targetOption = QStringLiteral("--steps 1");
    run.operatorName = QStringLiteral("dba");
    run.host = QStringLiteral("ops-1");
    return run;
}

} // namespace

class TestCliPlaybook : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("cliplaybook"))};
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();

    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::ProcessResult playbook(const QStringList &arguments)
    {
        return test::runCli(QStringList{QStringLiteral("playbook")} + arguments, m_environment);
    }

    void saveDemoProfile(const QString &webhookUrl)
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("demo");
        profile.url = QStringLiteral("sqlite:/tmp/demo.sqlite");
        profile.contacts = {
            {QStringLiteral("Database Administrator"), QStringLiteral("dba@heartguard.example")},
            {QStringLiteral("Release Manager"), QString()}};
        profile.webhookUrl = webhookUrl;
        const auto saved =
            ProfileStore(path(QStringLiteral("config/backstep/profiles.json"))).save(profile);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
    }

    // The CLI while this thread's event loop runs: a receiver here can answer it.
    test::ProcessResult playbookWhileServing(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(test::cliPath(), QStringList{QStringLiteral("playbook")} + arguments);
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000))
            process.kill();
        process.waitForFinished();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        const QString journalPath = path(QStringLiteral("journal.sqlite"));
        m_environment.insert(QStringLiteral("BACKSTEP_JOURNAL"), journalPath);
        auto journal = test::checked(Journal::open(journalPath));
        FixedIdentify identify;
        IncidentReportAction report(*journal);
        PlaybookFlow::Actions actions{{PlaybookStepKind::Identify, &identify},
                                      {PlaybookStepKind::Report, &report}};
        QList<PlaybookFlow::Skip> skips;
        for (PlaybookStepKind kind : playbookStepOrder())
            if (playbookStepSkippable(kind))
                skips.append({kind, QStringLiteral("demo without a service")});
        // Finished: every step but the report settled; then the report step stores it.
        // Back up, roll back and verify have no action here, so the flow stops at the
        // backup: that run is the unfinished one, and a second run is finished by hand.
        auto stopped =
            PlaybookFlow(*journal, actions).start(newRun(QStringLiteral("pb-open")), skips);
        QVERIFY2(stopped.ok(), qPrintable(stopped.error()));
        QCOMPARE(stopped->status, PlaybookRun::Status::Failed);

        PlaybookRun finished = newRun(QStringLiteral("pb-done"));
        for (PlaybookStep &step : finished.steps)
            if (step.kind != PlaybookStepKind::Identify && step.kind != PlaybookStepKind::Report) {
                step.status = PlaybookStep::Status::Skipped;
                step.skipReason = PlaybookSkipReason::NotNeeded;
                step.skipNote = QStringLiteral("written by the test");
            }
        auto done = PlaybookFlow(*journal, actions).start(finished, {});
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->status, PlaybookRun::Status::Done);
    }

    void listsTheRuns()
    {
        auto listed = playbook({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray runs =
            QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QStringList states;
        for (const QJsonValue &run : runs)
            states.append(run[QStringLiteral("id")].toString() + u'=' +
                          run[QStringLiteral("status")].toString());
        states.sort();
        QCOMPARE(states.join(u' '), QStringLiteral("pb-done=done pb-open=failed"));
        auto text = playbook({QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("pb-open  failed"), text.out.constData());
    }

    void showsTheStoredReportInEachFormat()
    {
        auto markdown = playbook({QStringLiteral("show"), QStringLiteral("pb-done")});
        QCOMPARE(markdown.exitCode, 0);
        QVERIFY2(markdown.out.startsWith("# Incident report: rollback of demo\n\n**Rolled back"),
                 markdown.out.constData());
        QVERIFY(markdown.out.contains("1203_x.sql:7"));

        auto json =
            playbook({QStringLiteral("show"), QStringLiteral("pb-done"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("verdict")),
                 QJsonValue(QStringLiteral("rolled-back")));

        const QString file = path(QStringLiteral("incident.html"));
        auto html = playbook(
            {QStringLiteral("show"), QStringLiteral("pb-done"), QStringLiteral("--report"), file});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray page = written.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("class=\"verdict pass\""));
    }

    void anUnfinishedRunIsShownAsTheJournalHasIt()
    {
        auto shown = playbook({QStringLiteral("show"), QStringLiteral("pb-open")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("**FAILED at \"Back up the database\""), shown.out.constData());
        QVERIFY(shown.out.contains("cannot do the step back-up yet"));
        QVERIFY(shown.out.contains("demo without a service"));
    }

    void notifyTellsTheContacts()
    {
        test::WebhookReceiver receiver;
        const QString hook = receiver.url(QStringLiteral("/services/T0/B0/s3cr3t"));
        saveDemoProfile(hook);
        const test::ProcessResult told = playbookWhileServing(
            {QStringLiteral("show"), QStringLiteral("pb-done"), QStringLiteral("--notify")});
        QVERIFY2(told.exitCode == 0, told.err.constData());
        QVERIFY2(told.out.startsWith("### Incident report: rollback of demo\n"),
                 told.out.constData());
        QVERIFY(told.out.contains("\nmailto:dba@heartguard.example?subject="));
        QVERIFY2(told.err.contains(
                     QStringLiteral("summary posted to %1").arg(redactedUrl(hook)).toUtf8()),
                 told.err.constData());
        QVERIFY(!told.err.contains("s3cr3t"));
        QCOMPARE(receiver.received.size(), 1);
        QCOMPARE(receiver.received.first().path, QByteArray("/services/T0/B0/s3cr3t"));
        const QJsonObject posted = QJsonDocument::fromJson(receiver.received.first().body).object();
        QCOMPARE(posted.value(QStringLiteral("backstep"))[QStringLiteral("run")].toString(),
                 QStringLiteral("pb-done"));
        QVERIFY(
            posted.value(QStringLiteral("text")).toString().contains(QStringLiteral("pb-done")));

        // Nobody listens there: exit 1, the summary printed all the same.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        saveDemoProfile(QStringLiteral("http://127.0.0.1:%1/hook").arg(port));
        const test::ProcessResult failed = playbookWhileServing(
            {QStringLiteral("show"), QStringLiteral("pb-done"), QStringLiteral("--notify")});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.out.startsWith("### Incident report"));
        QVERIFY2(failed.err.contains("error: cannot reach the webhook"), failed.err.constData());
    }

    void badRequestsAreRefused()
    {
        auto unknown = playbook({QStringLiteral("show"), QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("no playbook run nope"), unknown.err.constData());
        auto format = playbook({QStringLiteral("show"), QStringLiteral("pb-done"),
                                QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(format.exitCode, 2);
        QVERIFY2(format.err.contains("md, html or json"), format.err.constData());
        auto usage = playbook({QStringLiteral("run")});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliPlaybook)
#include "tst_cli_playbook.moc"
