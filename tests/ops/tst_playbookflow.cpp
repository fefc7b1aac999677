// The playbook flow's own rules, with step actions that only count what they are asked to
// do (the real steps have their own tests): every step once and in order, each transition
// journaled, a failed or cancelled flow resumed from where it stopped without redoing a
// settled step, a step found running handed its recovery, operator skips kept across a
// resume, one owner per run, and the incident report stored with the run.
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "db/runownerlock.h"
#include "ops/incidentreportaction.h"
#include "ops/playbookflow.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace backstep;

namespace {

// A step that records each call; it fails, cancels or notes evidence when told to.
class CountingAction : public PlaybookStepAction
{
public:
    explicit CountingAction(QStringList &calls)
        : m_calls(calls)
    {}
    PlaybookStepResult run(PlaybookStepContext &context) override
    {
        const QString name = playbookStepKindName(context.run.steps[context.index].kind);
        m_calls.append(context.recovery ? name + u'+' + playbookRecoveryName(*context.recovery)
                                        : name);
        lastEvidence = context.evidence;
        PlaybookStepResult result;
        result.summary = name + QStringLiteral(" done");
        result.evidence = {{QStringLiteral("by"), name}};
        if (!noteFirst.isEmpty())
            if (auto noted = context.note(noteFirst); !noted)
                qFatal("note failed: %s", qPrintable(noted.error()));
        if (failNext) {
            failNext = false;
            result.status = PlaybookStep::Status::Failed;
            result.error = QStringLiteral("%1 failed on purpose").arg(name);
        }
        if (cancelFlag)
            cancelFlag->store(true);
        return result;
    }
    bool failNext = false;
    std::atomic_bool *cancelFlag = nullptr;
    QJsonObject noteFirst;
    QJsonObject lastEvidence;

private:
    QStringList &m_calls;
};

struct Fixture
{
    QTemporaryDir dir{test::temporaryTemplate(QStringLiteral("playbookflow"))};
    std::unique_ptr<Journal> journal;
    QStringList calls;
    std::map<PlaybookStepKind, std::unique_ptr<CountingAction>> counting;
    std::unique_ptr<IncidentReportAction> report;
    std::atomic_bool cancel{false};

    Fixture()
    {
        journal = test::checked(Journal::open(dir.filePath(QStringLiteral("journal.sqlite"))));
        for (PlaybookStepKind kind : playbookStepOrder())
            if (kind != PlaybookStepKind::Report)
                counting[kind] = std::make_unique<CountingAction>(calls);
        report = std::make_unique<IncidentReportAction>(
            *journal, dir.filePath(QStringLiteral("incident.md")));
    }
    PlaybookFlow flow(PlaybookFlow::Observer observer = {})
    {
        PlaybookFlow::Actions actions;
        for (auto &[kind, action] : counting)
            actions[kind] = action.get();
        actions[PlaybookStepKind::Report] = report.get();
        return PlaybookFlow(*journal, actions, std::move(observer), &cancel);
    }
    static PlaybookRun newRun(const QString &id)
    {
        PlaybookRun run = PlaybookRun::withAllSteps();
        run.id = id;
        run.profile = QStringLiteral("demo");
        run.databaseUrl = QStringLiteral("sqlite:///tmp/demo.sqlite");
        run.databaseName = QStringLiteral("demo");
        run.target = QStringLiteral("the last 2 migrations");
        run.targetOption = QStringLiteral("--steps 2");
        run.operatorName = QStringLiteral("dba");
        run.host = QStringLiteral("ops-1");
        return run;
    }
};

QString allButReport()
{
    return QStringLiteral("identify stop-service back-up rehearse roll-back verify validate "
                          "start-service watch-log");
}

} // namespace

class TestPlaybookFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsEveryStepOnceInOrderAndStoresTheReport()
    {
        Fixture f;
        QList<int> currents;
        QList<PlaybookStep::Status> seen;
        auto flow = f.flow([&](const PlaybookRun &run, int current) {
            currents.append(current);
            if (current >= 0 && current < run.steps.size())
                seen.append(run.steps[current].status);
        });
        auto run = flow.start(Fixture::newRun(QStringLiteral("pb-1")),
                              {{PlaybookStepKind::Rehearse, QStringLiteral("no scratch space")}});
        QVERIFY2(run.ok(), qPrintable(run.error()));
        QCOMPARE(run->status, PlaybookRun::Status::Done);
        QCOMPARE(f.calls.join(u' '), allButReport().remove(QStringLiteral("rehearse ")));
        for (const PlaybookStep &step : run->steps) {
            QVERIFY(step.settled());
            if (step.kind == PlaybookStepKind::Rehearse) {
                QCOMPARE(step.status, PlaybookStep::Status::Skipped);
                QCOMPARE(step.skipReason, PlaybookSkipReason::Operator);
                QCOMPARE(step.skipNote, QStringLiteral("no scratch space"));
                continue;
            }
            QCOMPARE(step.attempts, 1);
            QVERIFY(step.startedAt.isValid() && step.finishedAt.isValid());
        }
        QCOMPARE(run->step(PlaybookStepKind::Verify)->evidence.value(QStringLiteral("by")),
                 QJsonValue(QStringLiteral("verify")));
        // The observer saw each step running, then settled, with the current index.
        QCOMPARE(currents.first(), -1);
        QCOMPARE(currents.last(), int(run->steps.size()));
        QVERIFY(seen.contains(PlaybookStep::Status::Running));
        // The report: stored with the run in every format and written to the file.
        PlaybookJournal journal(*f.journal);
        for (const QString &format :
             {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")})
            QVERIFY(test::checked(journal.report(QStringLiteral("pb-1"), format)).has_value());
        const QByteArray json =
            test::checked(journal.report(QStringLiteral("pb-1"), QStringLiteral("json"))).value();
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("verdict")),
                 QJsonValue(QStringLiteral("rolled-back")));
        QFile file(f.dir.filePath(QStringLiteral("incident.md")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray markdown = file.readAll();
        QVERIFY2(markdown.contains("**Rolled back"), markdown.constData());
        QVERIFY(markdown.contains("no scratch space"));
        // The report of record says when the run ended, not "—".
        QVERIFY2(!markdown.contains("| Finished | — |"), markdown.constData());
        QCOMPARE(
            markdown,
            test::checked(journal.report(QStringLiteral("pb-1"), QStringLiteral("md"))).value());
    }

    void aFailedStepStopsTheFlowAndResumeRetriesOnlyIt()
    {
        Fixture f;
        f.counting[PlaybookStepKind::Validate]->failNext = true;
        auto first = f.flow().start(Fixture::newRun(QStringLiteral("pb-2")), {});
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->status, PlaybookRun::Status::Failed);
        QCOMPARE(first->error, QStringLiteral("validate failed on purpose"));
        QCOMPARE(first->step(PlaybookStepKind::Validate)->status, PlaybookStep::Status::Failed);
        QCOMPARE(first->step(PlaybookStepKind::StartService)->status,
                 PlaybookStep::Status::Pending);
        f.calls.clear();

        auto resumed = f.flow().resume(QStringLiteral("pb-2"));
        QVERIFY2(resumed.ok(), qPrintable(resumed.error()));
        QCOMPARE(resumed->status, PlaybookRun::Status::Done);
        QCOMPARE(f.calls.join(u' '), QStringLiteral("validate+redo start-service watch-log"));
        QCOMPARE(resumed->step(PlaybookStepKind::Validate)->attempts, 2);
        QCOMPARE(resumed->step(PlaybookStepKind::Identify)->attempts, 1);

        // A finished run never runs again.
        auto again = f.flow().resume(QStringLiteral("pb-2"));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("done")), qPrintable(again.error()));
    }

    void cancelStopsBeforeTheNextStepAndResumeGoesOn()
    {
        Fixture f;
        f.counting[PlaybookStepKind::BackUp]->cancelFlag = &f.cancel;
        auto first = f.flow().start(Fixture::newRun(QStringLiteral("pb-3")), {});
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->status, PlaybookRun::Status::Cancelled);
        QCOMPARE(f.calls.join(u' '), QStringLiteral("identify stop-service back-up"));
        QCOMPARE(first->step(PlaybookStepKind::BackUp)->status, PlaybookStep::Status::Done);
        QCOMPARE(first->nextStep(), first->indexOf(PlaybookStepKind::Rehearse));

        f.cancel = false;
        f.counting[PlaybookStepKind::BackUp]->cancelFlag = nullptr;
        f.calls.clear();
        auto resumed = f.flow().resume(QStringLiteral("pb-3"));
        QVERIFY2(resumed.ok(), qPrintable(resumed.error()));
        QCOMPARE(resumed->status, PlaybookRun::Status::Done);
        QCOMPARE(f.calls.join(u' '), QStringLiteral("rehearse roll-back verify validate "
                                                    "start-service watch-log"));
    }

    // What a kill leaves: the journal says the step is running, with the evidence it noted.
    void aStepFoundRunningGetsItsRecoveryAndItsNotedEvidence_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("back-up") << int(PlaybookStepKind::BackUp)
                                 << QStringLiteral("back-up+fresh-backup");
        QTest::newRow("stop-service")
            << int(PlaybookStepKind::StopService) << QStringLiteral("stop-service+reobserve");
        QTest::newRow("roll-back")
            << int(PlaybookStepKind::RollBack) << QStringLiteral("roll-back+resume-rollback-run");
    }

    void aStepFoundRunningGetsItsRecoveryAndItsNotedEvidence()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        Fixture f;
        const auto stepKind = PlaybookStepKind(kind);
        const QString id = QStringLiteral("pb-4");
        {
            PlaybookJournal journal(*f.journal);
            PlaybookRun run = Fixture::newRun(id);
            const int index = run.indexOf(stepKind);
            for (int i = 0; i < index; ++i) {
                run.steps[i].status = PlaybookStep::Status::Done;
                run.steps[i].attempts = 1;
            }
            QVERIFY(journal.create(run).ok());
            QVERIFY(journal.stepStarted(id, index).ok());
            QVERIFY(
                journal.noteEvidence(id, index, {{playbookRollbackRunKey, QStringLiteral("r-9")}})
                    .ok());
        }
        auto resumed = f.flow().resume(id);
        QVERIFY2(resumed.ok(), qPrintable(resumed.error()));
        QCOMPARE(resumed->status, PlaybookRun::Status::Done);
        QCOMPARE(f.calls.first(), expected);
        QCOMPARE(f.counting[stepKind]->lastEvidence.value(playbookRollbackRunKey),
                 QJsonValue(QStringLiteral("r-9")));
        QCOMPARE(resumed->step(stepKind)->attempts, 2);
        // Nothing before it ran again.
        QVERIFY(!f.calls.contains(QStringLiteral("identify")));
    }

    void skipsAreCheckedBeforeAnythingIsWritten()
    {
        Fixture f;
        auto notSkippable = f.flow().start(Fixture::newRun(QStringLiteral("pb-5")),
                                           {{PlaybookStepKind::BackUp, QStringLiteral("no time")}});
        QVERIFY(!notSkippable.ok());
        QVERIFY2(notSkippable.error().contains(QStringLiteral("back-up cannot be skipped")),
                 qPrintable(notSkippable.error()));
        auto noReason = f.flow().start(Fixture::newRun(QStringLiteral("pb-5")),
                                       {{PlaybookStepKind::WatchLog, QStringLiteral("  ")}});
        QVERIFY(!noReason.ok());
        QVERIFY2(noReason.error().contains(QStringLiteral("needs a reason")),
                 qPrintable(noReason.error()));
        QVERIFY(f.calls.isEmpty());
        QVERIFY(test::checked(PlaybookJournal(*f.journal).list()).isEmpty());
    }

    void aRunOwnedByAnotherProcessIsNotResumed()
    {
        Fixture f;
        f.counting[PlaybookStepKind::Identify]->failNext = true;
        QVERIFY(f.flow().start(Fixture::newRun(QStringLiteral("pb-6")), {}).ok());
        RunOwnerLock other(f.journal->path(), QStringLiteral("pb-6"));
        QVERIFY(other.acquire().ok());
        f.calls.clear();
        auto refused = f.flow().resume(QStringLiteral("pb-6"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("is executing this run")),
                 qPrintable(refused.error()));
        QVERIFY(f.calls.isEmpty());
        other.release();
        QVERIFY(f.flow().resume(QStringLiteral("pb-6")).ok());
    }
};

QTEST_GUILESS_MAIN(TestPlaybookFlow)
#include "tst_playbookflow.moc"
