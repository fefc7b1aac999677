// The playbook's step actions of part 1 on real parts: the SQLite demo's workspace and
// migrations (identify), its service script run by the command backend as a real daemon
// (stop and start, observed before and after), real shell commands (validate) and real
// log files written while the step watches them (watch-log).
#include "core/connectionspec.h"
#include "db/demoworkspace.h"
#include "db/journal.h"
#include "ops/playbookactions.h"
#include "ops/playbookidentify.h"
#include "ops/playbookservice.h"
#include "ops/playbookvalidate.h"
#include "ops/playbookwatchlog.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace backstep;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Runs one action as the flow would for the step of `kind` of `run`.
PlaybookStepResult runStep(PlaybookStepAction &action, const PlaybookRun &run,
                           PlaybookStepKind kind, const std::atomic_bool *cancel = nullptr,
                           QList<QJsonObject> *noted = nullptr)
{
    PlaybookStepContext context{run, run.indexOf(kind), std::nullopt, {}, {}, cancel};
    context.note = [noted](const QJsonObject &evidence) -> Result<void> {
        if (noted)
            noted->append(evidence);
        return {};
    };
    return action.run(context);
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

class TestPlaybookActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(s("playbookactions"))};
    DemoWorkspace::Paths m_demo;
    PlaybookSetup m_setup;
    PlaybookRun m_run = PlaybookRun::withAllSteps();

    PlaybookSetup demoSetup() const
    {
        PlaybookSetup setup;
        setup.profile = DemoWorkspace::profile(m_demo);
        setup.workspace.connection = test::checked(ConnectionSpec::parse(m_demo.url()));
        setup.workspace.migrationsFolder = m_demo.migrations;
        return setup;
    }
    ServiceController::Options serviceOptions() const
    {
        return {QString(), m_dir.filePath(s("journal.sqlite"))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = test::checked(DemoWorkspace::create(m_dir.filePath(s("demo"))));
        m_run.id = s("run-1");
        m_run.startedAt = QDateTime::currentDateTimeUtc();
    }

    void cleanupTestCase()
    {
        // The demo's daemon is a real process: it never outlives the test.
        QProcess::execute(m_demo.serviceScript, {s("stop")});
    }

    void identifyPlansTheTargetAndListsItsTables()
    {
        PlaybookSetup setup = demoSetup();
        setup.target.mode = RollbackTarget::Mode::Steps;
        setup.target.steps = 2;
        PlaybookIdentifyAction identify(setup);
        const PlaybookStepResult result = runStep(identify, m_run, PlaybookStepKind::Identify);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.status, PlaybookStep::Status::Done);
        const QJsonArray migrations = result.evidence.value(s("migrations")).toArray();
        QCOMPARE(migrations.size(), 2);
        QVERIFY(!migrations.at(0).toObject().value(s("version")).toString().isEmpty());
        QVERIFY(!migrations.at(0).toObject().value(s("file")).toString().isEmpty());
        QVERIFY(!result.evidence.value(s("fromVersion")).toString().isEmpty());
        QVERIFY(result.evidence.value(s("fromVersion")) != result.evidence.value(s("toVersion")));
        QVERIFY(result.evidence.value(s("statements")).toInt() > 0);
        QVERIFY(!result.evidence.value(s("plannedTables")).toArray().isEmpty());
        QVERIFY(result.summary.contains(s("2")));
    }

    void identifyRefusesATargetThatNamesNothing()
    {
        // Down to the version the database is at: nothing is applied after it.
        PlaybookSetup setup = demoSetup();
        setup.target.mode = RollbackTarget::Mode::Steps;
        setup.target.steps = 1;
        PlaybookIdentifyAction probe(setup);
        const QString current = runStep(probe, m_run, PlaybookStepKind::Identify)
                                    .evidence.value(s("fromVersion"))
                                    .toString();
        QVERIFY(!current.isEmpty());
        setup.target.mode = RollbackTarget::Mode::ToVersion;
        setup.target.version = current;
        PlaybookIdentifyAction identify(setup);
        const PlaybookStepResult result = runStep(identify, m_run, PlaybookStepKind::Identify);
        QCOMPARE(result.status, PlaybookStep::Status::Failed);
        QVERIFY2(result.error.contains(s("nothing")) && result.error.contains(current),
                 qPrintable(result.error));
    }

    void identifyRefusesBadInputWithItsLocation()
    {
        PlaybookSetup setup = demoSetup();
        const QString folder = m_dir.filePath(s("broken"));
        QVERIFY(QDir().mkpath(folder));
        // Two files for one version: dbmate refuses that, so does the folder reader.
        for (const QString &name : {s("20260101000000_a.sql"), s("20260101000000_b.sql")})
            test::writeFile(folder + u'/' + name,
                            s("-- migrate:up\nCREATE TABLE t (id INT);\n-- migrate:down\nDROP "
                              "TABLE t;\n"));
        setup.workspace.migrationsFolder = folder;
        setup.workspace.format = MigrationFormat::Dbmate;
        setup.target.mode = RollbackTarget::Mode::Steps;
        PlaybookIdentifyAction identify(setup);
        const PlaybookStepResult result = runStep(identify, m_run, PlaybookStepKind::Identify);
        QCOMPARE(result.status, PlaybookStep::Status::Failed);
        QVERIFY2(result.error.contains(s("20260101000000_")) && result.error.contains(folder),
                 qPrintable(result.error));
    }

    void serviceStepsActObserveAndReobserve()
    {
        m_setup = demoSetup();
        QCOMPARE(m_setup.profile.service.backend, ServiceConfig::Backend::Commands);
        PlaybookServiceAction start(m_setup, ServiceAction::Start, serviceOptions());
        PlaybookServiceAction stop(m_setup, ServiceAction::Stop, serviceOptions());

        QList<QJsonObject> noted;
        PlaybookStepResult started =
            runStep(start, m_run, PlaybookStepKind::StartService, nullptr, &noted);
        QCOMPARE(started.error, QString());
        QCOMPARE(started.status, PlaybookStep::Status::Done);
        QCOMPARE(started.evidence.value(s("stateBefore")).toString(), s("inactive"));
        QCOMPARE(started.evidence.value(s("stateAfter")).toString(), s("active"));
        QCOMPARE(started.evidence.value(s("acted")).toBool(), true);
        QCOMPARE(started.evidence.value(s("backend")).toString(), s("commands"));
        // The state seen first is durable before the service is touched.
        QCOMPARE(noted.size(), 1);
        QCOMPARE(noted.first().value(s("stateBefore")).toString(), s("inactive"));
        QCOMPARE(QProcess::execute(m_demo.serviceScript, {s("status")}), 0);

        const PlaybookStepResult stopped = runStep(stop, m_run, PlaybookStepKind::StopService);
        QCOMPARE(stopped.error, QString());
        QCOMPARE(stopped.status, PlaybookStep::Status::Done);
        QCOMPARE(stopped.evidence.value(s("stateBefore")).toString(), s("active"));
        QCOMPARE(stopped.evidence.value(s("stateAfter")).toString(), s("inactive"));
        QCOMPARE(QProcess::execute(m_demo.serviceScript, {s("status")}), 3);

        // Found stopped already (a resumed step): observed, not acted on again.
        const PlaybookStepResult again = runStep(stop, m_run, PlaybookStepKind::StopService);
        QCOMPARE(again.status, PlaybookStep::Status::Done);
        QCOMPARE(again.evidence.value(s("acted")).toBool(), false);
        QCOMPARE(again.evidence.value(s("stateAfter")).toString(), s("inactive"));
    }

    void serviceStepFailsWhenTheStateIsNotReached()
    {
        PlaybookSetup setup = demoSetup();
        // A start command that claims success and starts nothing.
        setup.profile.service.startCommand = s("true");
        PlaybookServiceAction start(setup, ServiceAction::Start, serviceOptions());
        setup.profile.service.timeoutSeconds = 2;
        const PlaybookStepResult result = runStep(start, m_run, PlaybookStepKind::StartService);
        QCOMPARE(result.status, PlaybookStep::Status::Failed);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.evidence.value(s("stateBefore")).toString(), s("inactive"));
    }

    void serviceStepWithoutAServiceIsSkipped()
    {
        PlaybookSetup setup = demoSetup();
        setup.profile.service = {};
        PlaybookServiceAction stop(setup, ServiceAction::Stop, serviceOptions());
        const PlaybookStepResult result = runStep(stop, m_run, PlaybookStepKind::StopService);
        QCOMPARE(result.status, PlaybookStep::Status::Skipped);
        QCOMPARE(result.skipReason, PlaybookSkipReason::NotConfigured);
    }

    void validateRunsTheProfilesCommands()
    {
        PlaybookSetup setup = demoSetup();
        setup.profile.validationCommands = {};
        {
            PlaybookValidateAction validate(setup);
            const PlaybookStepResult none = runStep(validate, m_run, PlaybookStepKind::Validate);
            QCOMPARE(none.status, PlaybookStep::Status::Skipped);
            QCOMPARE(none.skipReason, PlaybookSkipReason::NotConfigured);
        }
        ValidationCommand passing;
        passing.name = s("data");
        passing.command = s("echo all rows valid");
        ValidationCommand failing;
        failing.name = s("tests");
        failing.command =
            s("for i in 1 2 3; do echo line $i; done; echo 'FAIL: 2 tests' >&2; exit 3");
        setup.profile.validationCommands = {passing};
        {
            PlaybookValidateAction validate(setup);
            const PlaybookStepResult result = runStep(validate, m_run, PlaybookStepKind::Validate);
            QCOMPARE(result.status, PlaybookStep::Status::Done);
            const QJsonObject command =
                result.evidence.value(s("commands")).toArray().at(0).toObject();
            QCOMPARE(command.value(s("exitCode")).toInt(), 0);
            QCOMPARE(command.value(s("outcome")).toString(), s("passed"));
            QVERIFY(command.value(s("outputTail")).toString().contains(s("all rows valid")));
        }
        setup.profile.validationCommands = {passing, failing};
        PlaybookValidateAction validate(setup);
        const PlaybookStepResult result = runStep(validate, m_run, PlaybookStepKind::Validate);
        QCOMPARE(result.status, PlaybookStep::Status::Failed);
        QVERIFY2(result.error.contains(s("tests")), qPrintable(result.error));
        const QJsonObject command = result.evidence.value(s("commands")).toArray().at(1).toObject();
        QCOMPARE(command.value(s("exitCode")).toInt(), 3);
        QCOMPARE(command.value(s("outcome")).toString(), s("failed"));
        QVERIFY(command.value(s("outputTail")).toString().contains(s("FAIL: 2 tests")));
    }

    void watchLogLimit()
    {
        QCOMPARE(PlaybookWatchLogAction::errorLimit(0), 5.0);
        QCOMPARE(PlaybookWatchLogAction::errorLimit(2), 7.0);
        QCOMPARE(PlaybookWatchLogAction::errorLimit(10), 20.0);
    }

    void watchLogSkips()
    {
        PlaybookSetup setup = demoSetup();
        setup.watchLogSeconds = 0;
        PlaybookWatchLogAction zero(setup);
        PlaybookStepResult result = runStep(zero, m_run, PlaybookStepKind::WatchLog);
        QCOMPARE(result.status, PlaybookStep::Status::Skipped);
        QCOMPARE(result.skipReason, PlaybookSkipReason::Operator);
        setup.watchLogSeconds = 5;
        setup.profile.logFiles.clear();
        PlaybookWatchLogAction none(setup);
        result = runStep(none, m_run, PlaybookStepKind::WatchLog);
        QCOMPARE(result.status, PlaybookStep::Status::Skipped);
        QCOMPARE(result.skipReason, PlaybookSkipReason::NotConfigured);
    }

    // The window before is read from the file by timestamp; errors written during the
    // watch (by another thread, as the service would) are counted and shown.
    void watchLogComparesWithTheWindowBefore_data()
    {
        QTest::addColumn<int>("errorsBefore");
        QTest::addColumn<int>("errorsDuring");
        QTest::addColumn<bool>("fails");
        QTest::newRow("quiet before, errors after") << 0 << 8 << true;
        QTest::newRow("as noisy before") << 8 << 8 << false;
        QTest::newRow("quiet throughout") << 0 << 2 << false;
    }
    void watchLogComparesWithTheWindowBefore()
    {
        QFETCH(int, errorsBefore);
        QFETCH(int, errorsDuring);
        QFETCH(bool, fails);
        const QString log = m_dir.filePath(
            s("app-%1.log").arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-')));
        // Step 2 began a while ago; the window before is the 3 seconds before it.
        PlaybookRun run = m_run;
        const QDateTime stopStarted = QDateTime::currentDateTimeUtc().addSecs(-30);
        run.step(PlaybookStepKind::StopService)->startedAt = stopStarted;
        QString text = s("%1 INFO app: started\n").arg(stamp(stopStarted.addSecs(-100)));
        for (int i = 0; i < errorsBefore; ++i)
            text += s("%1 ERROR app: before %2\n").arg(stamp(stopStarted.addSecs(-2))).arg(i);
        text += s("%1 ERROR app: long before, not counted\n").arg(stamp(stopStarted.addSecs(-50)));
        text += s("%1 WARN app: slow\n").arg(stamp(stopStarted.addSecs(-1)));
        test::writeFile(log, text);

        PlaybookSetup setup = demoSetup();
        setup.profile.logFiles = {log};
        setup.watchLogSeconds = 3;
        PlaybookWatchLogAction watch(setup);
        // The application's lines during the watch: appended once the watch has recorded
        // where each file ended, the moment it counts from (no guessed delay).
        watch.setWatchingHook([log, errorsDuring] {
            QFile file(log);
            if (!file.open(QIODevice::Append))
                qFatal("cannot append to %s", qPrintable(log));
            for (int i = 0; i < errorsDuring; ++i)
                file.write(s("%1 ERROR app: after %2\n")
                               .arg(stamp(QDateTime::currentDateTimeUtc()))
                               .arg(i)
                               .toUtf8());
            file.write(
                s("%1 INFO app: fine\n").arg(stamp(QDateTime::currentDateTimeUtc())).toUtf8());
        });
        const PlaybookStepResult result = runStep(watch, run, PlaybookStepKind::WatchLog);
        QVERIFY2(result.evidence.value(s("before")).isObject(),
                 qPrintable(result.evidence.value(s("beforeUnknown")).toString()));
        QCOMPARE(result.evidence.value(s("before")).toObject().value(s("errorLines")).toInt(),
                 errorsBefore);
        QCOMPARE(result.evidence.value(s("before")).toObject().value(s("warningLines")).toInt(), 1);
        QCOMPARE(result.evidence.value(s("after")).toObject().value(s("errorLines")).toInt(),
                 errorsDuring);
        QCOMPARE(result.evidence.value(s("lines")).toArray().size(), errorsDuring);
        QCOMPARE(result.status, fails ? PlaybookStep::Status::Failed : PlaybookStep::Status::Done);
        if (fails)
            QVERIFY2(result.error.contains(s("ERROR app: after 0")), qPrintable(result.error));
    }

    void watchLogSaysUnknownWithoutTimestamps()
    {
        const QString log = m_dir.filePath(s("plain.log"));
        test::writeFile(log, s("ERROR no time here\nWARN nor here\n"));
        PlaybookSetup setup = demoSetup();
        setup.profile.logFiles = {log};
        setup.watchLogSeconds = 1;
        PlaybookWatchLogAction watch(setup);
        const PlaybookStepResult result = runStep(watch, m_run, PlaybookStepKind::WatchLog);
        QCOMPARE(result.status, PlaybookStep::Status::Done);
        QCOMPARE(result.evidence.value(s("before")).toString(), s("unknown"));
        QVERIFY(!result.evidence.value(s("beforeUnknown")).toString().isEmpty());
        // Said in words, never "(before: unknown errors)".
        QVERIFY2(result.summary.endsWith(
                     s("; the error rate before the service was stopped is unknown")),
                 qPrintable(result.summary));
    }

    void watchLogHonoursCancel()
    {
        const QString log = m_dir.filePath(s("cancel.log"));
        test::writeFile(log, QString());
        PlaybookSetup setup = demoSetup();
        setup.profile.logFiles = {log};
        setup.watchLogSeconds = 3600; // the ctest timeout ends the test if cancel is ignored
        PlaybookWatchLogAction watch(setup);
        std::atomic_bool cancel{false};
        // Cancelled once the watch is under way: it must stop long before its hour.
        watch.setWatchingHook([&cancel] { cancel.store(true); });
        const PlaybookStepResult result =
            runStep(watch, m_run, PlaybookStepKind::WatchLog, &cancel);
        QCOMPARE(result.status, PlaybookStep::Status::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestPlaybookActions)
#include "tst_playbookactions.moc"
