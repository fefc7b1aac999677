// `backstep-cli playbook run` and `playbook resume` on the SQLite demo, headless: the
// demo's profile (a real service daemon run by the command backend, its log), the whole
// flow to `done`, refused without --yes and no terminal, and a run killed (failpoints
// `playbook-before-step` / `playbook-after-step`, SIGKILL in the child) at a few steps,
// then resumed to `done` with every earlier step settled once and the database at the
// target (its DOWN statements not run twice: the rollback run resumes, never restarts).
// A run the window started with the profile "(none)" resumes headless with --url and
// --migrations given again; another database is refused.
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using namespace backstep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestCliPlaybookRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{temporaryTemplate(s("cliplaybookrun"))};
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_demoFolder;
    QString m_serviceScript;

    ProcessResult cli(const QStringList &arguments,
                      const QProcessEnvironment &environment = QProcessEnvironment())
    {
        return runCli(arguments, environment.isEmpty() ? m_environment : environment);
    }

    // A fresh demo (database with 1203 applied, its service running).
    void freshDemo()
    {
        if (!m_serviceScript.isEmpty())
            run(m_serviceScript, {s("stop")});
        const ProcessResult made =
            cli({s("demo"), s("--dir"), m_demoFolder, s("--reset"), s("--json")});
        QCOMPARE(made.exitCode, 0);
        m_serviceScript = m_demoFolder + s("/service/heartguard-app");
    }

    QString currentVersion()
    {
        const ProcessResult status =
            cli({s("status"), s("--url"), s("sqlite:") + m_demoFolder + s("/heartguard.sqlite"),
                 s("--migrations"), m_demoFolder + s("/migrations"), s("--json")});
        QString latest;
        for (const QJsonValue &row :
             QJsonDocument::fromJson(status.out).object().value(s("migrations")).toArray())
            if (row[s("state")].toString() == u"applied" && row[s("version")].toString() > latest)
                latest = row[s("version")].toString();
        return latest;
    }

    // The runs `playbook list --json` shows in the environment's journal.
    QJsonArray runsIn(const QProcessEnvironment &environment = QProcessEnvironment())
    {
        const ProcessResult listed = cli({s("playbook"), s("list"), s("--json")}, environment);
        return QJsonDocument::fromJson(listed.out).object().value(s("runs")).toArray();
    }

    QStringList runArguments() const
    {
        return {s("playbook"),     s("run"),
                s("--profile"),    s("demo"),
                s("--steps"),      s("2"),
                s("--watch-log"),  s("1"),
                s("--backup-dir"), m_dir.filePath(s("backups")),
                s("--json")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment.insert(s("XDG_CONFIG_HOME"), m_dir.filePath(s("config")));
        m_environment.insert(s("BACKSTEP_JOURNAL"), m_dir.filePath(s("journal.sqlite")));
        m_demoFolder = m_dir.filePath(s("demo"));
        QVERIFY(QDir().mkpath(m_dir.filePath(s("backups"))));
    }

    void cleanupTestCase()
    {
        // The demo's daemon outlives the commands that start it: never this test.
        if (!m_serviceScript.isEmpty())
            run(m_serviceScript, {s("stop")});
    }

    void refusedWithoutYesAndATerminal()
    {
        freshDemo();
        const ProcessResult refused = cli(runArguments());
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
        QVERIFY(runsIn().isEmpty());
        // No target named: the last deploy (1200 to 1203, seconds apart, days after 1199),
        // said before the question.
        const ProcessResult noTarget = cli({s("playbook"), s("run"), s("--profile"), s("demo")});
        QCOMPARE(noTarget.exitCode, 4);
        QVERIFY2(noTarget.err.contains("no --to, --steps or --only: down to 1199") &&
                     noTarget.err.contains("the last deploy applied 1200 to 1203"),
                 noTarget.err.constData());
        QVERIFY(runsIn().isEmpty());
        const ProcessResult unskippable =
            cli(runArguments() +
                QStringList{s("--yes"), s("--skip"), s("back-up"), s("--reason"), s("no time")});
        QCOMPARE(unskippable.exitCode, 2);
        QVERIFY2(unskippable.err.contains("cannot be skipped"), unskippable.err.constData());
    }

    // The default target and why it was chosen, in the identify step's evidence and in the
    // report: the run is killed once identify has settled (its own journal).
    void theDefaultTargetIsTheLastDeploy()
    {
        freshDemo();
        QProcessEnvironment dying = m_environment;
        dying.insert(s("BACKSTEP_JOURNAL"), m_dir.filePath(s("default-target.sqlite")));
        dying.insert(s("BACKSTEP_FAILPOINT"), s("playbook-before-step@1"));
        const ProcessResult killed =
            cli({s("playbook"), s("run"), s("--profile"), s("demo"), s("--yes"), s("--backup-dir"),
                 m_dir.filePath(s("backups"))},
                dying);
        QVERIFY2(killed.exitCode != 0, killed.err.constData());
        dying.remove(s("BACKSTEP_FAILPOINT"));
        const QJsonArray runs = runsIn(dying);
        QCOMPARE(runs.size(), 1);
        const QString id = runs.first()[s("id")].toString();
        const QJsonObject report =
            QJsonDocument::fromJson(
                cli({s("playbook"), s("show"), id, s("--format"), s("json")}, dying).out)
                .object();
        const QJsonObject run = report.value(s("run")).toObject();
        const QJsonObject &shown = run.isEmpty() ? report : run;
        QCOMPARE(shown.value(s("target")).toString(), s("down to 1199 (not included)"));
        const QJsonObject identify = shown.value(s("steps")).toArray().first().toObject();
        QCOMPARE(identify.value(s("status")).toString(), s("done"));
        const QString reason =
            identify.value(s("evidence")).toObject().value(s("targetReason")).toString();
        QVERIFY2(reason.contains(s("the last deploy applied 1200 to 1203")) &&
                     reason.contains(s("back to 1199")),
                 qPrintable(reason));
        const ProcessResult markdown = cli({s("playbook"), s("show"), id}, dying);
        QVERIFY2(markdown.out.contains("No target was named; the default: the last deploy"),
                 markdown.out.constData());
    }

    void runsTheWholePlaybookOnTheDemo()
    {
        freshDemo();
        QCOMPARE(currentVersion(), s("1203"));
        const ProcessResult ran = cli(runArguments() + QStringList{s("--yes")});
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(ran.out).object();
        QCOMPARE(result.value(s("status")).toString(), s("done"));
        QStringList states;
        for (const QJsonValue &step : result.value(s("steps")).toArray())
            states.append(step[s("step")].toString() + u'=' + step[s("status")].toString());
        QCOMPARE(states.join(u' '),
                 s("identify=done stop-service=done back-up=done rehearse=done roll-back=done "
                   "verify=done validate=skipped start-service=done watch-log=done report=done"));
        // Progress: one line as each step starts and one as it settles.
        QVERIFY2(ran.err.contains("[5/10] roll-back: done"), ran.err.constData());
        QCOMPARE(currentVersion(), s("1201"));
        // The service is running again, as step 8 observed.
        QCOMPARE(run(m_serviceScript, {s("status")}).exitCode, 0);
        const ProcessResult report =
            cli({s("playbook"), s("show"), result.value(s("id")).toString()});
        QCOMPARE(report.exitCode, 0);
        QVERIFY(report.out.startsWith("# Incident report"));
        // Done: nothing more runs.
        const ProcessResult again =
            cli({s("playbook"), s("resume"), result.value(s("id")).toString(), s("--yes")});
        QCOMPARE(again.exitCode, 4);
    }

    void killedAndResumed_data()
    {
        QTest::addColumn<QString>("failpoint");
        QTest::addColumn<int>("killedStep");
        QTest::newRow("after stop-service") << s("playbook-after-step@1") << 1;
        QTest::newRow("before roll-back") << s("playbook-before-step@4") << 4;
        QTest::newRow("after roll-back") << s("playbook-after-step@4") << 4;
        QTest::newRow("before start-service") << s("playbook-before-step@7") << 7;
    }
    void killedAndResumed()
    {
        QFETCH(QString, failpoint);
        QFETCH(int, killedStep);
        freshDemo();
        QProcessEnvironment dying = m_environment;
        dying.insert(s("BACKSTEP_FAILPOINT"), failpoint);
        const ProcessResult killed = cli(runArguments() + QStringList{s("--yes")}, dying);
        QVERIFY2(killed.exitCode != 0, killed.err.constData());
        const QJsonArray runs = runsIn();
        QString id;
        for (const QJsonValue &listed : runs)
            if (listed[s("status")].toString() == u"running")
                id = listed[s("id")].toString();
        QVERIFY2(!id.isEmpty(), killed.err.constData());

        const ProcessResult resumed =
            cli({s("playbook"), s("resume"), id, s("--yes"), s("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(resumed.out).object();
        QCOMPARE(result.value(s("status")).toString(), s("done"));
        const QJsonArray steps = result.value(s("steps")).toArray();
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject step = steps.at(i).toObject();
            const QString status = step.value(s("status")).toString();
            QVERIFY2(status == u"done" || status == u"skipped", qPrintable(status));
            // Settled before the kill: never started again; the killed step: once more.
            const int attempts = step.value(s("attempts")).toInt();
            if (status == u"done")
                QCOMPARE(attempts, i == killedStep ? 2 : 1);
        }
        QCOMPARE(currentVersion(), s("1201"));
        QCOMPARE(run(m_serviceScript, {s("status")}).exitCode, 0);
    }

    void aRunWithoutAProfileResumesWithItsDatabaseGivenAgain()
    {
        freshDemo();
        const QString journal = m_dir.filePath(s("no-profile.sqlite"));
        QProcessEnvironment dying = m_environment;
        dying.insert(s("BACKSTEP_JOURNAL"), journal);
        dying.insert(s("BACKSTEP_FAILPOINT"), s("playbook-before-step@4"));
        const ProcessResult killed = cli(runArguments() + QStringList{s("--yes")}, dying);
        QVERIFY2(killed.exitCode != 0, killed.err.constData());
        dying.remove(s("BACKSTEP_FAILPOINT"));
        // `run` takes them from the profile: refused, not ignored, and nothing started.
        const ProcessResult mixed = cli(
            runArguments() + QStringList{s("--yes"), s("--url"), s("sqlite:/elsewhere")}, dying);
        QCOMPARE(mixed.exitCode, 2);
        QVERIFY2(mixed.err.contains("--url and --migrations are for resuming a run started "
                                    "without a profile"),
                 mixed.err.constData());
        const QJsonArray runs = runsIn(dying);
        QCOMPARE(runs.size(), 1);
        const QString id = runs.first()[s("id")].toString();
        const QString url = runs.first()[s("databaseUrl")].toString();
        QVERIFY2(url.startsWith(s("sqlite:")), qPrintable(url));
        // As the window records a run started with the profile "(none)".
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("no-profile"));
            db.setDatabaseName(journal);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(s("UPDATE playbook_runs SET profile = ''")));
            QCOMPARE(query.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(s("no-profile"));

        const QStringList resume{s("playbook"), s("resume"), id, s("--yes"), s("--json")};
        const ProcessResult bare = cli(resume, dying);
        QCOMPARE(bare.exitCode, 2);
        QVERIFY2(bare.err.contains(QByteArray("was started without a profile: give its database "
                                              "and migrations again with --url ")
                                       .append(url.toUtf8())),
                 bare.err.constData());
        const QString migrations = m_demoFolder + s("/migrations");
        const QString other = s("sqlite:") + m_dir.filePath(s("another.sqlite"));
        const ProcessResult elsewhere =
            cli(resume + QStringList{s("--url"), other, s("--migrations"), migrations}, dying);
        QCOMPARE(elsewhere.exitCode, 4);
        QVERIFY2(elsewhere.err.contains("a different database: nothing was run"),
                 elsewhere.err.constData());
        QCOMPARE(currentVersion(), s("1203"));

        const ProcessResult resumed =
            cli(resume + QStringList{s("--url"), url, s("--migrations"), migrations}, dying);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(resumed.out).object();
        QCOMPARE(result.value(s("status")).toString(), s("done"));
        QCOMPARE(currentVersion(), s("1201"));
    }
};

QTEST_GUILESS_MAIN(TestCliPlaybookRun)
#include "tst_cli_playbook_run.moc"
