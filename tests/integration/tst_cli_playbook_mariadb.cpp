// `backstep-cli playbook run` and `playbook resume` on the real MariaDB server, headless:
// a dbmate project, a profile with a command-backend service that is a real process (the
// demo's service script: a daemon that writes a log with timestamps) and that log. The
// whole flow reaches `done`; then runs killed mid-flow (SIGKILL through the failpoints:
// between steps, and inside the production rollback between its two DOWN statements) are
// resumed to `done` with the same report: the same verdict, the same steps settled, the
// same plan. The rollback's first DOWN statement is not idempotent (`n = n - 10`): had it
// run twice, the counter would say so. Every playbook makes one rollback run, whatever the
// kill: the roll-back step notes the run's id before the run exists, and a resume goes on
// with the run that id names.
#include "db/journal.h"
#include "db/rollbackjournal.h"
#include "support/playbookscenario.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace backstep;
using namespace backstep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestCliPlaybookMariaDb : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{temporaryTemplate(s("cliplaybookmariadb"))};
    std::optional<PlaybookScenario> m_scenario;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_reportOfTheWholeRun;

    QStringList runArguments() const
    {
        return {s("playbook"),         s("run"),     s("--profile"),
                s("mariadb-playbook"), s("--steps"), s("1"),
                s("--watch-log"),      s("1"),       s("--backup-dir"),
                m_scenario->backups(), s("--yes"),   s("--json")};
    }

    QJsonObject report(const QString &runId)
    {
        const ProcessResult shown =
            runCli({s("playbook"), s("show"), runId, s("--format"), s("json")}, m_environment);
        if (shown.exitCode != 0)
            qWarning("%s", shown.err.constData());
        return QJsonDocument::fromJson(shown.out).object();
    }

    // The roll-back step's evidence in `playbook show`'s JSON.
    static QJsonObject rollBackEvidence(const QJsonObject &shown)
    {
        const QJsonObject run = shown.value(s("run")).toObject();
        for (const QJsonValue &step : (run.isEmpty() ? shown : run).value(s("steps")).toArray())
            if (step[s("step")].toString() == u"roll-back")
                return step[s("evidence")].toObject();
        return {};
    }

    // The rollback runs in the journal the CLI writes, newest first.
    std::optional<QList<RollbackRun>> rollbackRuns() const
    {
        auto journal = Journal::open(m_environment.value(s("BACKSTEP_JOURNAL")));
        if (!journal)
            return std::nullopt;
        auto runs = RollbackJournal(*journal.value()).list({}, 1000);
        if (!runs)
            return std::nullopt;
        return runs.value();
    }

    QString runningRun()
    {
        const ProcessResult listed = runCli({s("playbook"), s("list"), s("--json")}, m_environment);
        for (const QJsonValue &run :
             QJsonDocument::fromJson(listed.out).object().value(s("runs")).toArray())
            if (run[s("status")].toString() == u"running")
                return run[s("id")].toString();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_scenario.emplace(MariaDbSandbox::current(), m_dir.path(), s("pbcli"));
        QVERIFY(m_scenario->setUp());
        const QString profileFile = m_dir.filePath(s("profile.json"));
        writeFile(
            profileFile,
            QString::fromUtf8(QJsonDocument(m_scenario->profile(s("mariadb-playbook"))).toJson()));
        m_environment.insert(s("XDG_CONFIG_HOME"), m_dir.filePath(s("config")));
        m_environment.insert(s("BACKSTEP_JOURNAL"), m_dir.filePath(s("journal.sqlite")));
        // The password through the environment, never an argument.
        m_environment.insert(s("BACKSTEP_PASSWORD"), m_scenario->server().password);
        const ProcessResult imported =
            runCli({s("profile"), s("import"), profileFile}, m_environment);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void cleanupTestCase()
    {
        if (m_scenario)
            m_scenario->tearDown();
    }

    void runsTheWholePlaybook()
    {
        m_scenario->freshDatabase();
        QCOMPARE(m_scenario->counter(), 110);
        QVERIFY(m_scenario->ordersHaveNote());
        const ProcessResult ran = runCli(runArguments(), m_environment);
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(ran.out).object();
        QCOMPARE(result.value(s("status")).toString(), s("done"));
        QStringList states;
        for (const QJsonValue &step : result.value(s("steps")).toArray())
            states.append(step[s("step")].toString() + u'=' + step[s("status")].toString());
        QCOMPARE(states.join(u' '),
                 s("identify=done stop-service=done back-up=done rehearse=done roll-back=done "
                   "verify=done validate=skipped start-service=done watch-log=done report=done"));
        QCOMPARE(m_scenario->counter(), 100);
        QVERIFY(!m_scenario->ordersHaveNote());
        // The service runs again, as step 8 observed.
        QCOMPARE(m_scenario->serviceStatus(), 0);
        m_reportOfTheWholeRun = playbookReportSubstance(report(result.value(s("id")).toString()));
        QVERIFY2(m_reportOfTheWholeRun.contains(
                     s("UPDATE counters SET n = n - 10 WHERE name = 'orders'")),
                 qPrintable(m_reportOfTheWholeRun));
        QVERIFY2(m_reportOfTheWholeRun.startsWith(s("rolled-back\n")),
                 qPrintable(m_reportOfTheWholeRun));
    }

    void killedMidFlowResumesToTheSameReport_data()
    {
        QTest::addColumn<QString>("failpoint");
        QTest::addColumn<bool>("rehearse");
        QTest::newRow("after the backup") << s("playbook-after-step@2") << true;
        QTest::newRow("before the rollback") << s("playbook-before-step@4") << true;
        // Inside the production rollback, after its first DOWN statement: the rehearsal
        // (which runs the same statements on a copy) is skipped so that the kill lands in
        // production's run.
        QTest::newRow("between the two DOWN statements") << s("after-statement@0") << false;
        // The rollback run just created under the id the step noted before it: the resume
        // goes on with that run, never a second one.
        QTest::newRow("between the run's creation and the note of its id")
            << s("run-created") << false;
        QTest::newRow("after the rollback") << s("playbook-after-step@4") << true;
        QTest::newRow("after the verification") << s("playbook-after-step@5") << true;
    }
    void killedMidFlowResumesToTheSameReport()
    {
        QFETCH(QString, failpoint);
        QFETCH(bool, rehearse);
        QVERIFY2(!m_reportOfTheWholeRun.isEmpty(), "runsTheWholePlaybook must pass first");
        m_scenario->freshDatabase();
        QProcessEnvironment dying = m_environment;
        dying.insert(s("BACKSTEP_FAILPOINT"), failpoint);
        QStringList arguments = runArguments();
        if (!rehearse)
            arguments << s("--skip") << s("rehearse") << s("--reason") << s("kill test");
        const auto runsBefore = rollbackRuns();
        QVERIFY(runsBefore.has_value());
        const ProcessResult killed = runCli(arguments, dying);
        QVERIFY2(killed.exitCode != 0, killed.err.constData());
        const QString id = runningRun();
        QVERIFY2(!id.isEmpty(), killed.err.constData());
        // What the killed attempt noted: the id of the run it created (or was about to).
        const QString notedRun = rollBackEvidence(report(id)).value(s("rollbackRun")).toString();
        if (failpoint == u"run-created" || failpoint == u"after-statement@0") {
            QVERIFY(!notedRun.isEmpty());
            const auto runsKilled = rollbackRuns();
            QVERIFY(runsKilled.has_value());
            QCOMPARE(runsKilled->size(), runsBefore->size() + 1);
            QCOMPARE(runsKilled->first().id, notedRun);
        }

        const ProcessResult resumed =
            runCli({s("playbook"), s("resume"), id, s("--yes"), s("--json")}, m_environment);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(resumed.out).object().value(s("status")).toString(),
                 s("done"));
        // Every DOWN statement once: the counter is back where 0002 left it, not below.
        QCOMPARE(m_scenario->counter(), 100);
        QVERIFY(!m_scenario->ordersHaveNote());
        QCOMPARE(m_scenario->serviceStatus(), 0);
        QString expected = m_reportOfTheWholeRun;
        if (!rehearse)
            expected.replace(s("rehearse=done"), s("rehearse=skipped"));
        QCOMPARE(playbookReportSubstance(report(id)), expected);
        // One rollback run for this playbook, the one its step names (the killed attempt's
        // when it had noted one).
        const QString ranRun = rollBackEvidence(report(id)).value(s("rollbackRun")).toString();
        QVERIFY(!ranRun.isEmpty());
        if (!notedRun.isEmpty())
            QCOMPARE(ranRun, notedRun);
        const auto runsAfter = rollbackRuns();
        QVERIFY(runsAfter.has_value());
        QCOMPARE(runsAfter->size(), runsBefore->size() + 1);
        QCOMPARE(runsAfter->first().id, ranRun);
        auto journal = Journal::open(m_environment.value(s("BACKSTEP_JOURNAL")));
        QVERIFY2(journal.ok(), qPrintable(journal.error()));
        const auto ran = RollbackJournal(*journal.value()).get(ranRun);
        QVERIFY2(ran.ok(), qPrintable(ran.error()));
        QCOMPARE(ran->status, RollbackRun::Status::Done);
        // Killed before its first statement: the resume sent each one once. (A kill inside
        // a batch may send a statement again whose transaction the server rolled back; the
        // counter above proves its effect once.)
        if (failpoint == u"run-created")
            for (const RunStep &step : ran->steps)
                QVERIFY2(step.attempts <= 1, qPrintable(step.sql));
    }
};

QTEST_GUILESS_MAIN(TestCliPlaybookMariaDb)
#include "tst_cli_playbook_mariadb.moc"
