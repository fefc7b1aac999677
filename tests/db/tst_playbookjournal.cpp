// Playbook runs in the journal: every transition survives reopening (a killed flow
// reopens where it was), a step that is done or skipped never starts again, and a run's
// status only moves forward.
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {

PlaybookRun newRun(const QString &id)
{
    PlaybookRun run = PlaybookRun::withAllSteps();
    run.id = id;
    run.profile = QStringLiteral("heartguard");
    run.databaseUrl = QStringLiteral("mysql://dba@127.0.0.1:3307/heartguard");
    run.databaseName = QStringLiteral("heartguard");
    run.target = QStringLiteral("the last 2 migrations");
    run.targetOption = QStringLiteral("--steps 2");
    run.backupKind = PlaybookBackupKind::Targeted;
    run.operatorName = QStringLiteral("dba");
    run.host = QStringLiteral("ops-1");
    run.pid = 1234;
    run.server = QStringLiteral("MariaDB 11.8.3");
    run.connection = QStringLiteral("unencrypted");
    return run;
}

} // namespace

class TestPlaybookJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTransitionSurvivesReopening()
    {
        QTemporaryDir dir(test::temporaryTemplate(QStringLiteral("playbookjournal")));
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            auto journal = test::checked(Journal::open(path));
            PlaybookJournal playbooks(*journal);
            QVERIFY(playbooks.create(newRun(QStringLiteral("pb-1"))).ok());
            QVERIFY(playbooks.stepStarted(QStringLiteral("pb-1"), 0).ok());
            const QJsonObject identified{{QStringLiteral("target"), QStringLiteral("1201")}};
            QVERIFY(playbooks
                        .stepFinished(QStringLiteral("pb-1"), 0, PlaybookStep::Status::Done,
                                      QStringLiteral("1203 and 1202"), identified)
                        .ok());
            QVERIFY(playbooks
                        .stepSkipped(QStringLiteral("pb-1"), 1, PlaybookSkipReason::NotConfigured,
                                     QStringLiteral("the profile has no service"))
                        .ok());
            QVERIFY(playbooks.stepStarted(QStringLiteral("pb-1"), 2).ok());
            // Written before the dump starts: a resume knows which file was half written.
            const QJsonObject partial{
                {QStringLiteral("partial"), QStringLiteral("/b/heartguard.sql.partial")}};
            QVERIFY(playbooks.noteEvidence(QStringLiteral("pb-1"), 2, partial).ok());
            // ... and here the process is killed.
        }
        auto journal = test::checked(Journal::open(path));
        PlaybookJournal playbooks(*journal);
        const PlaybookRun run = test::checked(playbooks.get(QStringLiteral("pb-1")));
        QCOMPARE(run.status, PlaybookRun::Status::Running);
        QCOMPARE(run.steps.size(), playbookStepOrder().size());
        QCOMPARE(run.backupKind, PlaybookBackupKind::Targeted);
        QCOMPARE(run.server, QStringLiteral("MariaDB 11.8.3"));
        QCOMPARE(run.steps[0].status, PlaybookStep::Status::Done);
        QCOMPARE(run.steps[0].summary, QStringLiteral("1203 and 1202"));
        QCOMPARE(run.steps[0].evidence.value(QStringLiteral("target")).toString(),
                 QStringLiteral("1201"));
        QVERIFY(run.steps[0].startedAt.isValid() && run.steps[0].finishedAt.isValid());
        QCOMPARE(run.steps[1].status, PlaybookStep::Status::Skipped);
        QCOMPARE(run.steps[1].skipReason, PlaybookSkipReason::NotConfigured);
        QCOMPARE(run.steps[1].skipNote, QStringLiteral("the profile has no service"));
        QCOMPARE(run.steps[2].status, PlaybookStep::Status::Running);
        QCOMPARE(run.steps[2].attempts, 1);
        QCOMPARE(run.nextStep(), 2);
        QCOMPARE(recoveryFor(run.steps[2]), PlaybookRecovery::FreshBackup);
        QCOMPARE(run.steps[2].evidence.value(QStringLiteral("partial")).toString(),
                 QStringLiteral("/b/heartguard.sql.partial"));

        const auto unfinished = test::checked(playbooks.unfinished());
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().steps.size(), run.steps.size());

        // The resume starts the running step again: a second attempt, never a third step.
        QVERIFY(playbooks.stepStarted(QStringLiteral("pb-1"), 2).ok());
        QCOMPARE(test::checked(playbooks.get(QStringLiteral("pb-1"))).steps[2].attempts, 2);
    }

    void aSettledStepNeverStartsAgain()
    {
        QTemporaryDir dir(test::temporaryTemplate(QStringLiteral("playbookjournal")));
        auto journal = test::checked(Journal::open(dir.filePath(QStringLiteral("j.sqlite"))));
        PlaybookJournal playbooks(*journal);
        const QString id = QStringLiteral("pb-2");
        QVERIFY(playbooks.create(newRun(id)).ok());
        QVERIFY(playbooks.stepStarted(id, 0).ok());
        QVERIFY(playbooks.stepFinished(id, 0, PlaybookStep::Status::Done, {}, {}).ok());
        auto again = playbooks.stepStarted(id, 0);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("never runs twice")),
                 qPrintable(again.error()));
        QVERIFY2(again.error().contains(QStringLiteral("done")), qPrintable(again.error()));
        QVERIFY(!playbooks.stepSkipped(id, 0, PlaybookSkipReason::Operator, {}).ok());
        // Only a running step finishes or gathers evidence.
        QVERIFY(!playbooks.stepFinished(id, 1, PlaybookStep::Status::Done, {}, {}).ok());
        QVERIFY(!playbooks.noteEvidence(id, 1, {}).ok());
        auto missing = playbooks.stepStarted(id, 42);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("no step 43")),
                 qPrintable(missing.error()));
        auto unknown = playbooks.stepStarted(QStringLiteral("nope"), 0);
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(QStringLiteral("no playbook run nope")),
                 qPrintable(unknown.error()));

        // A failed step may run again (a resume retries it); the record keeps the error.
        QVERIFY(playbooks.stepStarted(id, 1).ok());
        QVERIFY(playbooks
                    .stepFinished(id, 1, PlaybookStep::Status::Failed, {}, {},
                                  QStringLiteral("systemctl stop: exit 5"))
                    .ok());
        const PlaybookRun failed = test::checked(playbooks.get(id));
        QCOMPARE(failed.steps[1].status, PlaybookStep::Status::Failed);
        QCOMPARE(failed.steps[1].error, QStringLiteral("systemctl stop: exit 5"));
        QVERIFY(playbooks.stepStarted(id, 1).ok());
    }

    void statusOnlyMovesForwardAndAFinishedRunChangesNoStep()
    {
        QTemporaryDir dir(test::temporaryTemplate(QStringLiteral("playbookjournal")));
        auto journal = test::checked(Journal::open(dir.filePath(QStringLiteral("j.sqlite"))));
        PlaybookJournal playbooks(*journal);
        const QString id = QStringLiteral("pb-3");
        QVERIFY(playbooks.create(newRun(id)).ok());
        QVERIFY(playbooks.setStatus(id, PlaybookRun::Status::Cancelled).ok());
        QVERIFY(playbooks.stepStarted(id, 0).ok()); // a cancelled run resumes
        QVERIFY(playbooks.setStatus(id, PlaybookRun::Status::Aborted).ok());
        const PlaybookRun aborted = test::checked(playbooks.get(id));
        QCOMPARE(aborted.status, PlaybookRun::Status::Aborted);
        QVERIFY(aborted.finishedAt.isValid());
        auto back = playbooks.setStatus(id, PlaybookRun::Status::Done);
        QVERIFY(!back.ok());
        QVERIFY2(back.error().contains(QStringLiteral("already aborted")),
                 qPrintable(back.error()));
        auto step = playbooks.stepStarted(id, 1);
        QVERIFY(!step.ok());
        QVERIFY2(step.error().contains(QStringLiteral("aborted")), qPrintable(step.error()));
        QVERIFY(test::checked(playbooks.unfinished()).isEmpty());
    }

    void reportsAreStoredWithTheRun()
    {
        QTemporaryDir dir(test::temporaryTemplate(QStringLiteral("playbookjournal")));
        auto journal = test::checked(Journal::open(dir.filePath(QStringLiteral("j.sqlite"))));
        PlaybookJournal playbooks(*journal);
        const QString id = QStringLiteral("pb-4");
        QVERIFY(playbooks.create(newRun(id)).ok());
        QVERIFY(!test::checked(playbooks.report(id, QStringLiteral("md"))).has_value());
        QVERIFY(playbooks.storeReport(id, QStringLiteral("md"), "# first\n").ok());
        QVERIFY(playbooks.storeReport(id, QStringLiteral("md"), "# second\n").ok());
        QVERIFY(playbooks.storeReport(id, QStringLiteral("html"), "<p>x</p>").ok());
        QCOMPARE(test::checked(playbooks.report(id, QStringLiteral("md"))).value(),
                 QByteArray("# second\n"));
        QCOMPARE(test::checked(playbooks.report(id, QStringLiteral("html"))).value(),
                 QByteArray("<p>x</p>"));
        QVERIFY(
            !playbooks.storeReport(QStringLiteral("no-such-run"), QStringLiteral("md"), "x").ok());
        const auto runs = test::checked(playbooks.list(newRun(id).databaseUrl));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().id, id);
        QVERIFY(test::checked(playbooks.list(QStringLiteral("sqlite:///other"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlaybookJournal)
#include "tst_playbookjournal.moc"
