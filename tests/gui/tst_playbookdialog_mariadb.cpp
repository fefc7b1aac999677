// The playbook in the real main window, offscreen, on the MariaDB server (issue 13's "done
// when"): Rollback ▸ Run the playbook… walks the whole flow with a profile whose service
// is a real process run by the command backend and whose log it writes, to `done` and its
// stored report. Then the program is killed mid-flow and resumed through the window to
// the same report: a child process (this test binary with --die-in-the-playbook) opens
// the same window on a fresh copy of the scenario and runs the flow with BACKSTEP_FAILPOINT
// set, so that it SIGKILLs itself during the backup step, or between the two DOWN
// statements of the production rollback; this process then opens the window on the same
// journal, sees the unfinished-run banner, resumes from it, and compares the report with
// the uninterrupted run's: the same verdict, the same steps settled, the same plan with
// file:line, and the counter proving that the first DOWN (`n = n - 10`) ran once.
//
// The child is this binary rather than the `backstep` application: it drives the very
// MainWindow, PlaybookDialog and PlaybookController the application shows, through their
// buttons, without giving the application an option that starts a playbook unasked.
#include "core/playbook.h"
#include "core/profilestore.h"
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "support/playbookscenario.h"
#include "support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/playbookcontroller.h"
#include "ui/playbookdialog.h"
#include "ui/playbookrunbanner.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <csignal>
#include <optional>

using namespace backstep;
using namespace backstep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString profileName = QStringLiteral("mariadb-playbook");
const char *const childOption = "--die-in-the-playbook";

// Every process of this test (the test and its child) keeps its settings in the scenario's
// folder, never the user's.
void useSettingsIn(const QString &folder)
{
    const QString settings = folder + s("/settings");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings);
}

QString profileFileIn(const QString &folder)
{
    return folder + s("/profiles.json");
}

// The scenario's database opened in `window` (the password in memory, as the connection
// dialog hands it over), its history read.
bool openScenario(MainWindow &window, const PlaybookScenario &scenario)
{
    window.playbook()->setProfileFile(profileFileIn(scenario.folder()));
    window.playbook()->setBackupFolder(scenario.backups());
    WorkspaceRequest request;
    request.connection = ConnectionSpec::parse(scenario.url()).value();
    request.password = scenario.server().password;
    request.migrationsFolder = scenario.migrations();
    QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
    window.open(request);
    return loaded.wait(60000);
}

// Rollback ▸ Run the playbook…, set up as the DBA would: the scenario's profile, the last
// migration as the target, the log watched for the shortest time, the rehearsal skipped
// with a reason when asked. nullptr when something on the way is missing.
PlaybookDialog *openPlaybook(MainWindow &window, bool rehearse)
{
    if (!window.playbookAction()->isEnabled())
        return nullptr;
    window.playbookAction()->trigger();
    PlaybookDialog *dialog = window.playbookDialog();
    if (!dialog)
        return nullptr;
    dialog->resize(1000, 700);
    const int profile = dialog->profileCombo()->findData(profileName);
    if (profile < 0)
        return nullptr;
    dialog->profileCombo()->setCurrentIndex(profile);
    dialog->stepsRadio()->setChecked(true);
    dialog->stepsSpin()->setValue(1);
    dialog->watchSpin()->setValue(dialog->watchSpin()->minimum());
    if (!rehearse) {
        // The rehearsal runs the same DOWN statements on a copy: skipped, the kill between
        // them lands in production's run.
        dialog->skipCheck(PlaybookStepKind::Rehearse)->setChecked(true);
        dialog->skipReason(PlaybookStepKind::Rehearse)->setText(s("kill test"));
    }
    return dialog;
}

// The child: the window on the scenario, the flow started from the dialog's Run button and
// left to run until the failpoint in BACKSTEP_FAILPOINT ends this process. Returns only
// when something kept the flow from starting, or the flow ended without being killed.
int dieInThePlaybook(const QString &folder, const QString &database, bool rehearse)
{
    useSettingsIn(folder);
    const PlaybookScenario scenario =
        PlaybookScenario::existing(MariaDbSandbox::current(), folder, database);
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    if (!openScenario(window, scenario)) {
        qWarning("child: the scenario's database did not open");
        return 2;
    }
    PlaybookDialog *dialog = openPlaybook(window, rehearse);
    if (!dialog) {
        qWarning("child: the playbook dialog could not be set up");
        return 2;
    }
    QEventLoop loop;
    QString ended;
    QObject::connect(window.playbook(), &PlaybookController::finished, &loop,
                     [&](const PlaybookRun &run, const QString &problem) {
                         ended = problem.isEmpty() ? playbookRunStatusName(run.status) : problem;
                         loop.quit();
                     });
    dialog->runButton()->click();
    if (!window.playbook()->isRunning()) {
        qWarning("child: the run did not start: %s", qPrintable(dialog->setupProblem()->text()));
        return 2;
    }
    // Only ends a child whose failpoint never fired; the parent waits longer than this.
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    qWarning("child: the flow ended without being killed: %s", qPrintable(ended));
    return 3;
}

} // namespace

class TestPlaybookDialogMariaDb : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{temporaryTemplate(s("playbookdialog-mariadb"))};
    std::optional<PlaybookScenario> m_scenario;
    QString m_reportOfTheWholeRun;

    PlaybookRun storedRun(const QString &runId)
    {
        auto journal = checked(Journal::open(Journal::defaultPath()));
        return checked(PlaybookJournal(*journal).get(runId));
    }

    QString storedReportSubstance(const QString &runId)
    {
        auto journal = checked(Journal::open(Journal::defaultPath()));
        const std::optional<QByteArray> json =
            checked(PlaybookJournal(*journal).report(runId, s("json")));
        return json ? playbookReportSubstance(QJsonDocument::fromJson(*json).object()) : QString();
    }

    static QString stepStates(const PlaybookRun &run)
    {
        QStringList states;
        for (const PlaybookStep &step : run.steps)
            states.append(playbookStepKindName(step.kind) + u'=' +
                          playbookStepStatusName(step.status));
        return states.join(u' ');
    }

    // Waits for the flow the window runs, and shows where it stopped when it did not end.
    static bool waitForTheFlow(MainWindow &window, QSignalSpy &finished)
    {
        if (!finished.wait(600000))
            return false;
        const PlaybookRun &run = window.playbook()->run();
        const int stopped = run.nextStep();
        if (stopped < run.steps.size())
            qWarning("the flow stopped at %s: %s",
                     qPrintable(playbookStepKindName(run.steps[stopped].kind)),
                     qPrintable(run.steps[stopped].error));
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before anything opens the journal: this test's own, shared with its children.
        qputenv("BACKSTEP_JOURNAL", m_dir.filePath(s("journal.sqlite")).toUtf8());
        useSettingsIn(m_dir.path());
        m_scenario.emplace(MariaDbSandbox::current(), m_dir.path(), s("pbgui"));
        QVERIFY(m_scenario->setUp());
        // As Settings ▸ Profiles… imports it.
        auto profiles = ProfileStore::readDocument(
            QJsonDocument(m_scenario->profile(profileName)).toJson(), s("the test's profile"));
        QVERIFY2(profiles.ok(), qPrintable(profiles.error()));
        QVERIFY(ProfileStore(profileFileIn(m_dir.path())).save(profiles->constFirst()).ok());
    }

    void cleanupTestCase()
    {
        if (m_scenario)
            m_scenario->tearDown();
    }

    void walksTheWholeFlowOnMariaDb()
    {
        m_scenario->freshDatabase();
        QCOMPARE(m_scenario->counter(), 110);
        QVERIFY(m_scenario->ordersHaveNote());
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(openScenario(window, *m_scenario));
        PlaybookDialog *dialog = openPlaybook(window, true);
        QVERIFY(dialog);
        // dbmate's table records no times: the proposed target is the latest migration
        // alone (what openPlaybook chose too), and the dialog says why.
        QVERIFY2(dialog->targetNote()->text().contains(s("records no times")),
                 qPrintable(dialog->targetNote()->text()));
        QSignalSpy finished(window.playbook(), &PlaybookController::finished);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QCOMPARE(dialog->page(), PlaybookDialog::RunPage);
        QVERIFY(waitForTheFlow(window, finished));
        const PlaybookRun run = storedRun(dialog->runId());
        QCOMPARE(stepStates(run),
                 s("identify=done stop-service=done back-up=done rehearse=done roll-back=done "
                   "verify=done validate=skipped start-service=done watch-log=done report=done"));
        QCOMPARE(playbookRunStatusName(run.status), s("done"));
        QVERIFY2(run.steps.constFirst()
                     .evidence.value(s("targetReason"))
                     .toString()
                     .contains(s("the latest migration (0003) alone")),
                 qPrintable(stepStates(run)));
        // The one DOWN ran once, the column is gone, the service (a real daemon) runs again.
        QCOMPARE(m_scenario->counter(), 100);
        QVERIFY(!m_scenario->ordersHaveNote());
        QCOMPARE(m_scenario->serviceStatus(), 0);
        // The dialog ends on the stored report.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), PlaybookDialog::ReportPage, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->reportView()->toPlainText().contains(dialog->runId()),
                                 20000);
        m_reportOfTheWholeRun = storedReportSubstance(dialog->runId());
        QVERIFY2(m_reportOfTheWholeRun.startsWith(s("rolled-back\n")),
                 qPrintable(m_reportOfTheWholeRun));
        QVERIFY2(m_reportOfTheWholeRun.contains(
                     s("0003 0003_order_notes.sql:6 UPDATE counters SET n = n - 10 WHERE name = "
                       "'orders'")),
                 qPrintable(m_reportOfTheWholeRun));
        dialog->close();
    }

    void killedMidFlowResumesInTheWindow_data()
    {
        QTest::addColumn<QString>("failpoint");
        QTest::addColumn<bool>("rehearse");
        QTest::addColumn<QString>("interrupted"); // the step the journal finds running
        // The backup written, the journal not told: the resume discards it and backs up anew.
        QTest::newRow("during the backup")
            << s("playbook-after-step@2") << true << playbookStepKindName(PlaybookStepKind::BackUp);
        // Inside production's rollback, after its first DOWN statement.
        QTest::newRow("between the two DOWN statements")
            << s("after-statement@0") << false << playbookStepKindName(PlaybookStepKind::RollBack);
    }
    void killedMidFlowResumesInTheWindow()
    {
        QFETCH(QString, failpoint);
        QFETCH(bool, rehearse);
        QFETCH(QString, interrupted);
        QVERIFY2(!m_reportOfTheWholeRun.isEmpty(), "walksTheWholeFlowOnMariaDb must pass first");
        m_scenario->freshDatabase();
        QCOMPARE(m_scenario->counter(), 110);

        // The program, killed mid-flow.
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(s("BACKSTEP_FAILPOINT"), failpoint);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(childOption), m_dir.path(), m_scenario->database(),
                     rehearse ? s("rehearse") : s("skip-rehearsal")});
        QVERIFY(child.waitForStarted(60000));
        QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 600000);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(child.exitCode(), SIGKILL);

        // Opened again: the window offers the run the dead process left.
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(openScenario(window, *m_scenario));
        QTRY_VERIFY_WITH_TIMEOUT(window.playbookBanner()->isVisible(), 30000);
        const QString runId = window.playbookBanner()->runId();
        QVERIFY(!runId.isEmpty());
        const PlaybookRun killed = storedRun(runId);
        QCOMPARE(playbookRunStatusName(killed.status), s("running"));
        const int next = killed.nextStep();
        QVERIFY2(next < killed.steps.size() &&
                     playbookStepKindName(killed.steps[next].kind) == interrupted,
                 qPrintable(stepStates(killed)));
        const PlaybookStep *found = &killed.steps[next];
        QCOMPARE(playbookStepStatusName(found->status), s("running"));
        // "… was interrupted at step 3 of 10 (Back up)"
        QVERIFY2(window.playbookBanner()->text().contains(s("interrupted")) &&
                     window.playbookBanner()->text().contains(playbookStepTitle(found->kind)),
                 qPrintable(window.playbookBanner()->text()));

        QSignalSpy finished(window.playbook(), &PlaybookController::finished);
        QTest::mouseClick(window.playbookBanner()->resumeButton(), Qt::LeftButton);
        PlaybookDialog *dialog = window.playbookDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->runId(), runId);
        QVERIFY(waitForTheFlow(window, finished));
        QCOMPARE(playbookRunStatusName(storedRun(runId).status), s("done"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), PlaybookDialog::ReportPage, 20000);

        // Every DOWN statement once: the counter is back where 0002 left it, not below.
        QCOMPARE(m_scenario->counter(), 100);
        QVERIFY(!m_scenario->ordersHaveNote());
        QCOMPARE(m_scenario->serviceStatus(), 0);
        QString expected = m_reportOfTheWholeRun;
        if (!rehearse)
            expected.replace(s("rehearse=done"), s("rehearse=skipped"));
        QCOMPARE(storedReportSubstance(runId), expected);
        // The step the kill interrupted was tried again, and only it.
        const PlaybookRun resumed = storedRun(runId);
        for (const PlaybookStep &step : resumed.steps)
            QVERIFY2(step.attempts <= (step.kind == found->kind ? 2 : 1),
                     qPrintable(playbookStepKindName(step.kind)));
        dialog->close();
    }
};

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], childOption) == 0)
        return dieInThePlaybook(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                                qstrcmp(argv[4], "rehearse") == 0);
    TestPlaybookDialogMariaDb test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_playbookdialog_mariadb.moc"
