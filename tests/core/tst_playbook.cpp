// The playbook's model: its steps in the seed's order, what may start when (a step never
// runs twice), how a step found running after a kill is recovered, and its JSON form.
#include "core/playbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace backstep;

class TestPlaybook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsFollowTheSeedsOrder()
    {
        const PlaybookRun run = PlaybookRun::withAllSteps();
        QStringList names;
        for (const PlaybookStep &step : run.steps) {
            names.append(playbookStepKindName(step.kind));
            QCOMPARE(step.status, PlaybookStep::Status::Pending);
        }
        QCOMPARE(names.join(u' '),
                 QStringLiteral("identify stop-service back-up rehearse roll-back verify "
                                "validate start-service watch-log report"));
        QCOMPARE(run.nextStep(), 0);
    }

    void namesRoundTripAndUnknownNamesAreExplained()
    {
        for (PlaybookStepKind kind : playbookStepOrder()) {
            auto back = playbookStepKindFromName(playbookStepKindName(kind));
            QVERIFY(back.ok());
            QCOMPARE(back.value(), kind);
            QVERIFY(!playbookStepTitle(kind).isEmpty());
        }
        auto unknown = playbookStepKindFromName(QStringLiteral("stop"));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(QStringLiteral("\"stop\"")), qPrintable(unknown.error()));
        QVERIFY(unknown.error().contains(QStringLiteral("stop-service")));
        QVERIFY(!playbookBackupKindFromName(QStringLiteral("partial")).ok());
        QCOMPARE(playbookBackupKindFromName(QStringLiteral("targeted")).value(),
                 PlaybookBackupKind::Targeted);
    }

    void aStepStartsOnlyAfterTheOnesBeforeItAndNeverTwice()
    {
        PlaybookRun run = PlaybookRun::withAllSteps();
        run.id = QStringLiteral("p1");
        QVERIFY(run.canStart(0).ok());
        auto early = run.canStart(2);
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(QStringLiteral("identify")), qPrintable(early.error()));

        run.steps[0].status = PlaybookStep::Status::Done;
        run.steps[1].status = PlaybookStep::Status::Skipped;
        QCOMPARE(run.nextStep(), 2);
        QVERIFY(run.canStart(2).ok());
        auto twice = run.canStart(0);
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().contains(QStringLiteral("never runs twice")),
                 qPrintable(twice.error()));

        // A step that was running when the process died is not settled: it goes on.
        run.steps[2].status = PlaybookStep::Status::Running;
        QVERIFY(run.canStart(2).ok());
        QVERIFY(!run.canStart(3).ok());

        run.status = PlaybookRun::Status::Aborted;
        QVERIFY(!run.open());
        QVERIFY(!run.canStart(2).ok());
        QVERIFY(!run.canStart(99).ok());
    }

    void aStepFoundRunningIsRecoveredByItsKind_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("rollbackRunId");
        QTest::addColumn<QString>("recovery");
        QTest::newRow("identify") << QStringLiteral("identify") << QStringLiteral("")
                                  << QStringLiteral("redo");
        QTest::newRow("stop") << QStringLiteral("stop-service") << QStringLiteral("")
                              << QStringLiteral("reobserve");
        QTest::newRow("backup") << QStringLiteral("back-up") << QStringLiteral("")
                                << QStringLiteral("fresh-backup");
        QTest::newRow("rehearse") << QStringLiteral("rehearse") << QStringLiteral("")
                                  << QStringLiteral("drop-scratch-and-redo");
        QTest::newRow("rollback before its run")
            << QStringLiteral("roll-back") << QStringLiteral("") << QStringLiteral("redo");
        QTest::newRow("rollback with its run")
            << QStringLiteral("roll-back") << QStringLiteral("r-42")
            << QStringLiteral("resume-rollback-run");
        QTest::newRow("verify") << QStringLiteral("verify") << QStringLiteral("")
                                << QStringLiteral("redo");
        QTest::newRow("validate") << QStringLiteral("validate") << QStringLiteral("")
                                  << QStringLiteral("redo");
        QTest::newRow("start") << QStringLiteral("start-service") << QStringLiteral("")
                               << QStringLiteral("reobserve");
        QTest::newRow("watch") << QStringLiteral("watch-log") << QStringLiteral("")
                               << QStringLiteral("redo");
        QTest::newRow("report") << QStringLiteral("report") << QStringLiteral("")
                                << QStringLiteral("redo");
    }

    void aStepFoundRunningIsRecoveredByItsKind()
    {
        QFETCH(QString, step);
        QFETCH(QString, rollbackRunId);
        QFETCH(QString, recovery);
        PlaybookStep found;
        found.kind = playbookStepKindFromName(step).value();
        found.status = PlaybookStep::Status::Running;
        if (!rollbackRunId.isEmpty())
            found.evidence.insert(playbookRollbackRunKey, rollbackRunId);
        QCOMPARE(playbookRecoveryName(recoveryFor(found)), recovery);
    }

    // A resume plans with the plan identify recorded: `--steps 1` counted again after the
    // rollback would name the next migration down.
    void aResumePlansTheRecordedTargetNotTheCountAgain()
    {
        RollbackTarget asked;
        asked.mode = RollbackTarget::Mode::Steps;
        asked.steps = 1;
        PlaybookRun run = PlaybookRun::withAllSteps();
        // Identify not done yet: what was asked.
        QCOMPARE(playbookPlannedTarget(run, asked).mode, RollbackTarget::Mode::Steps);

        PlaybookStep *identify = run.step(PlaybookStepKind::Identify);
        identify->status = PlaybookStep::Status::Done;
        identify->evidence = {
            {QStringLiteral("toVersion"), QStringLiteral("0001")},
            {QStringLiteral("migrations"),
             QJsonArray{QJsonObject{{QStringLiteral("version"), QStringLiteral("0002")}}}},
        };
        const RollbackTarget planned = playbookPlannedTarget(run, asked);
        QCOMPARE(planned.mode, RollbackTarget::Mode::ToVersion);
        QCOMPARE(planned.version, QStringLiteral("0001"));

        // The whole history rolled back: nothing stays applied, so its migrations exactly.
        identify->evidence.insert(QStringLiteral("toVersion"), QString());
        const RollbackTarget everything = playbookPlannedTarget(run, asked);
        QCOMPARE(everything.mode, RollbackTarget::Mode::Selected);
        QCOMPARE(everything.versions, QStringList{QStringLiteral("0002")});

        // A selection already names its migrations.
        RollbackTarget selected;
        selected.mode = RollbackTarget::Mode::Selected;
        selected.versions = {QStringLiteral("0007")};
        QCOMPARE(playbookPlannedTarget(run, selected).versions, selected.versions);
    }

    void jsonRoundTripKeepsEverything()
    {
        PlaybookRun run = PlaybookRun::withAllSteps();
        run.id = QStringLiteral("p-7");
        run.profile = QStringLiteral("heartguard");
        run.databaseUrl = QStringLiteral("mysql://dba@db:3307/heartguard");
        run.databaseName = QStringLiteral("heartguard");
        run.target = QStringLiteral("down to 1199");
        run.targetOption = QStringLiteral("--to 1199");
        run.backupKind = PlaybookBackupKind::Targeted;
        run.status = PlaybookRun::Status::Failed;
        run.startedAt = QDateTime(QDate(2026, 11, 23), QTime(3, 0, 0, 250), QTimeZone::UTC);
        run.operatorName = QStringLiteral("dba");
        run.host = QStringLiteral("ops1");
        run.pid = 4242;
        run.server = QStringLiteral("MariaDB 11.8.3");
        run.connection = QStringLiteral("unencrypted");
        run.error = QStringLiteral("the backup failed");
        run.steps[1].status = PlaybookStep::Status::Skipped;
        run.steps[1].skipReason = PlaybookSkipReason::NotConfigured;
        run.steps[1].skipNote = QStringLiteral("the profile has no service");
        run.steps[2].status = PlaybookStep::Status::Failed;
        run.steps[2].attempts = 2;
        run.steps[2].startedAt = run.startedAt.addSecs(5);
        run.steps[2].finishedAt = run.startedAt.addSecs(65);
        run.steps[2].error = QStringLiteral("mariadb-dump exited with 2");
        run.steps[2].evidence = {
            {QStringLiteral("backups"),
             QJsonArray{QJsonObject{{QStringLiteral("file"), QStringLiteral("/b/x.sql")}}}}};

        const QByteArray json =
            QJsonDocument(playbookRunToJson(run)).toJson(QJsonDocument::Compact);
        const PlaybookRun back = playbookRunFromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(QJsonDocument(playbookRunToJson(back)).toJson(QJsonDocument::Compact), json);
        QCOMPARE(back.backupKind, PlaybookBackupKind::Targeted);
        QCOMPARE(back.status, PlaybookRun::Status::Failed);
        QCOMPARE(back.steps[1].skipReason, PlaybookSkipReason::NotConfigured);
        QCOMPARE(back.steps[2].durationMs(), 60'000);
        QCOMPARE(back.steps[2].attempts, 2);
        QCOMPARE(back.startedAt, run.startedAt);
    }
};

QTEST_GUILESS_MAIN(TestPlaybook)
#include "tst_playbook.moc"
