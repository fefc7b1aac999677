// What a playbook run notes at its start and what a resume reads back, shared by the window
// and backstep-cli: every kind of target survives the round trip through its command-line
// spelling (the window once wrote "--steps 0" for a run of chosen migrations), a spelling
// that is not a target is refused with the text it got, and a resume's setup gets back
// what the run noted without losing what the resuming side gives itself.
#include "ops/playbookactions.h"
#include "ops/playbookrunstart.h"

#include <QJsonObject>
#include <QTest>

using namespace backstep;

class TestPlaybookRunStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetSurvivesItsSpelling_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::newRow("latest is one step") << QStringLiteral("--steps 1");
        QTest::newRow("steps") << QStringLiteral("--steps 3");
        QTest::newRow("to a version") << QStringLiteral("--to 20240102_1200");
        QTest::newRow("chosen migrations") << QStringLiteral("--only 1203,1202");
    }
    void everyTargetSurvivesItsSpelling()
    {
        QFETCH(QString, spelling);
        auto target = targetFromOption(spelling);
        QVERIFY2(target, qPrintable(target.error()));
        QCOMPARE(targetOption(target.value()), spelling);
    }

    void chosenMigrationsAreKeptOneByOne()
    {
        RollbackTarget chosen;
        chosen.mode = RollbackTarget::Mode::Selected;
        chosen.versions = {QStringLiteral("1203"), QStringLiteral("1201")};
        const QString spelling = targetOption(chosen);
        QCOMPARE(spelling, QStringLiteral("--only 1203,1201"));
        auto back = targetFromOption(spelling);
        QVERIFY(back);
        QCOMPARE(back.value().mode, RollbackTarget::Mode::Selected);
        QCOMPARE(back.value().versions, chosen.versions);
    }

    void aSpellingThatIsNoTargetIsRefused_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::newRow("empty") << QString();
        QTest::newRow("no steps") << QStringLiteral("--steps 0");
        QTest::newRow("steps not a number") << QStringLiteral("--steps two");
        QTest::newRow("no version") << QStringLiteral("--to");
        QTest::newRow("no migration chosen") << QStringLiteral("--only ,");
        QTest::newRow("another option") << QStringLiteral("--all 1");
    }
    void aSpellingThatIsNoTargetIsRefused()
    {
        QFETCH(QString, spelling);
        auto target = targetFromOption(spelling);
        QVERIFY(!target);
        QVERIFY2(target.error().contains(u'"' + spelling + u'"'), qPrintable(target.error()));
    }

    void aResumeGetsBackWhatTheRunNoted()
    {
        RollbackTarget target;
        target.mode = RollbackTarget::Mode::ToVersion;
        target.version = QStringLiteral("1199");
        const PlaybookRun run = newPlaybookRun({.profile = QStringLiteral("shop"),
                                                .databaseUrl = QStringLiteral("mysql://h/shop"),
                                                .databaseName = QStringLiteral("shop"),
                                                .target = target,
                                                .targetReason = QStringLiteral("the last deploy"),
                                                .backupKind = PlaybookBackupKind::Targeted,
                                                .backupFolder = QStringLiteral("/srv/backups"),
                                                .reportFile = QStringLiteral("/srv/r.html"),
                                                .watchLogSeconds = 42});
        QVERIFY(!run.id.isEmpty());
        QCOMPARE(run.steps.size(), playbookStepOrder().size());
        QCOMPARE(run.targetOption, QStringLiteral("--to 1199"));
        QCOMPARE(run.target, target.describe());
        QCOMPARE(run.backupKind, PlaybookBackupKind::Targeted);
        QVERIFY(!run.operatorName.isEmpty());
        const PlaybookStep *identify = run.step(PlaybookStepKind::Identify);
        QVERIFY(identify);
        QCOMPARE(identify->evidence.value(playbookSetupKey)
                     .toObject()
                     .value(QString(playbookTargetReasonKey))
                     .toString(),
                 QStringLiteral("the last deploy"));

        PlaybookSetup setup; // what the resuming side starts from
        setup.backupFolder = QStringLiteral("/somewhere/else");
        applyNotedSetup(run, setup);
        QCOMPARE(setup.watchLogSeconds, 42);
        QCOMPARE(setup.backupFolder, QStringLiteral("/srv/backups"));
        QCOMPARE(setup.reportFile, QStringLiteral("/srv/r.html"));

        // A report file the resuming side names itself (backstep-cli's --report) wins.
        PlaybookSetup named;
        named.reportFile = QStringLiteral("/tmp/mine.md");
        applyNotedSetup(run, named);
        QCOMPARE(named.reportFile, QStringLiteral("/tmp/mine.md"));
    }

    void whatTheRunDidNotNoteKeepsTheResumersValue()
    {
        PlaybookRun run = PlaybookRun::withAllSteps(); // a run from before the notes
        PlaybookSetup setup;
        setup.watchLogSeconds = 77;
        setup.backupFolder = QStringLiteral("/here");
        applyNotedSetup(run, setup);
        QCOMPARE(setup.watchLogSeconds, 77);
        QCOMPARE(setup.backupFolder, QStringLiteral("/here"));
        QVERIFY(setup.reportFile.isEmpty());

        // A watch that already ran keeps its length in its own evidence.
        run.step(PlaybookStepKind::WatchLog)->evidence.insert(QStringLiteral("seconds"), 12);
        applyNotedSetup(run, setup);
        QCOMPARE(setup.watchLogSeconds, 12);
    }
};

QTEST_GUILESS_MAIN(TestPlaybookRunStart)
#include "tst_playbookrunstart.moc"
