// The playbook in the real main window, offscreen, on the SQLite demo workspace: Rollback ▸
// Run the playbook… walks the whole flow with the real step actions and the demo profile
// (service script, log) to the stored incident report; a failed step shows its error and
// Resume goes on from it; Cancel mid-flow stops before the next step (a step that waits on
// a gate the test releases decides the point, never a timer), and a close meanwhile asks
// instead of waiting; Enter never starts a run; an unfinished run is offered at start; a
// playbook run is listed in the Run history and opens on its report.
#include "core/playbook.h"
#include "core/profilestore.h"
#include "db/demoworkspace.h"
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "models/runhistorymodel.h"
#include "ops/incidentreportaction.h"
#include "support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/playbookcontroller.h"
#include "ui/playbookdialog.h"
#include "ui/playbookrunbanner.h"
#include "ui/runcloseguard.h"
#include "ui/runhistorycontroller.h"
#include "ui/runhistorypanel.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace backstep;

namespace {

// What the scripted steps of one test were asked to do, across threads.
struct Script
{
    QMutex mutex;
    QStringList calls;
    // The step kind that fails on its first attempt ("" for none).
    QString failOnce;
    bool failed = false;
    // The step kind that waits until the test releases `gate` ("" for none).
    QString waitAt;
    QSemaphore gate;
    std::atomic_bool waiting{false};
};

// A step that does nothing but say so, fail once, or wait on the test's gate. Stands in
// for the real actions (tested on their own) where a test is about the dialog's handling
// of a failure or a cancel; the Report step stays the real one.
class ScriptedAction : public PlaybookStepAction
{
public:
    explicit ScriptedAction(std::shared_ptr<Script> script)
        : m_script(std::move(script))
    {}
    PlaybookStepResult run(PlaybookStepContext &context) override
    {
        const QString name = playbookStepKindName(context.run.steps[context.index].kind);
        {
            QMutexLocker lock(&m_script->mutex);
            m_script->calls.append(name);
        }
        PlaybookStepResult result;
        result.summary = name + QStringLiteral(" done by the test");
        result.evidence = {{QStringLiteral("step"), name}};
        if (name == m_script->waitAt) {
            m_script->waiting = true;
            // Released by the test; the generous limit only ends a broken test.
            if (!m_script->gate.tryAcquire(1, 120000))
                qFatal("the test never released the gate");
            m_script->waiting = false;
        }
        QMutexLocker lock(&m_script->mutex);
        if (name == m_script->failOnce && !m_script->failed) {
            m_script->failed = true;
            result.status = PlaybookStep::Status::Failed;
            result.error = QStringLiteral("%1 failed on purpose: disk full").arg(name);
        }
        return result;
    }

private:
    std::shared_ptr<Script> m_script;
};

PlaybookController::ActionsFactory scriptedActions(const std::shared_ptr<Script> &script)
{
    return [script](Journal &journal, const PlaybookSetup &) {
        struct Owned
        {
            std::vector<std::unique_ptr<PlaybookStepAction>> actions;
        };
        auto owned = std::make_shared<Owned>();
        PlaybookStepActions built;
        for (PlaybookStepKind kind : playbookStepOrder()) {
            if (kind == PlaybookStepKind::Report)
                owned->actions.push_back(std::make_unique<IncidentReportAction>(journal));
            else
                owned->actions.push_back(std::make_unique<ScriptedAction>(script));
            built.actions[kind] = owned->actions.back().get();
        }
        built.owner = owned;
        return built;
    };
}

} // namespace

// Receives the URLs the dialog hands the desktop (QDesktopServices::setUrlHandler).
class MailtoCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestPlaybookDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("playbookdialog"))};
    QString m_journalPath;
    QString m_profileFile;

    DemoWorkspace::Paths createDemo(const QString &name)
    {
        auto demo = DemoWorkspace::create(m_dir.filePath(name));
        if (!demo.ok())
            qFatal("cannot create the demo: %s", qPrintable(demo.error()));
        // The profile "demo" (service script, log, contacts), as `backstep --demo` saves it.
        if (auto saved = ProfileStore(m_profileFile).save(DemoWorkspace::profile(demo.value()));
            !saved)
            qFatal("cannot save the demo's profile: %s", qPrintable(saved.error()));
        return demo.value();
    }

    static WorkspaceRequest requestFor(const DemoWorkspace::Paths &demo)
    {
        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(demo.url()).value();
        request.migrationsFolder = demo.migrations;
        return request;
    }

    bool openAndWait(MainWindow &window, const DemoWorkspace::Paths &demo)
    {
        window.playbook()->setProfileFile(m_profileFile);
        window.playbook()->setBackupFolder(m_dir.filePath(QStringLiteral("backups")));
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        window.open(requestFor(demo));
        return loaded.wait(30000);
    }

    // With BACKSTEP_TEST_SCREENSHOTS=DIR, the pages are saved there for a look by eye.
    static void shot(QWidget *widget, const char *name)
    {
        const QString folder = qEnvironmentVariable("BACKSTEP_TEST_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(
                QDir(folder).filePath(QLatin1StringView(name) + QStringLiteral(".png")));
    }

    static QTreeWidgetItem *stepItem(PlaybookDialog *dialog, PlaybookStepKind kind)
    {
        return dialog->stepsTree()->topLevelItem(int(playbookStepOrder().indexOf(kind)));
    }

    // The Run history's row of a playbook run, -1 while it is not listed.
    static int historyRow(RunHistoryController *history, const QString &runId)
    {
        for (int i = 0; i < history->model()->rowCount(); ++i) {
            const RunHistoryEntry *entry = history->model()->entryAt(i);
            if (entry && entry->kind == RunHistoryEntry::Kind::Playbook && entry->id == runId)
                return i;
        }
        return -1;
    }

    // The state a step's row shows; "" while the list does not have it yet.
    static QString stepState(PlaybookDialog *dialog, PlaybookStepKind kind)
    {
        const QTreeWidgetItem *item = stepItem(dialog, kind);
        return item ? item->text(1) : QString();
    }

    PlaybookRun storedRun(const QString &runId)
    {
        auto journal = test::checked(Journal::open(m_journalPath));
        return test::checked(PlaybookJournal(*journal).get(runId));
    }

    // Opens the dialog from the Rollback menu's action, the demo's profile chosen, the last
    // two migrations as the target, the log watched for the shortest time.
    static PlaybookDialog *openDialog(MainWindow &window)
    {
        if (!window.playbookAction()->isEnabled())
            return nullptr;
        window.playbookAction()->trigger();
        PlaybookDialog *dialog = window.playbookDialog();
        if (!dialog)
            return nullptr;
        dialog->resize(1000, 700);
        const int demoProfile = dialog->profileCombo()->findData(QStringLiteral("demo"));
        if (demoProfile < 0)
            return nullptr;
        dialog->profileCombo()->setCurrentIndex(demoProfile);
        dialog->stepsRadio()->setChecked(true);
        dialog->stepsSpin()->setValue(2);
        dialog->watchSpin()->setValue(dialog->watchSpin()->minimum());
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before anything opens the journal: every run of this test goes to its own.
        m_journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
        qputenv("BACKSTEP_JOURNAL", m_journalPath.toUtf8());
        m_profileFile = m_dir.filePath(QStringLiteral("profiles.json"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
    }

    void enterNeverStartsARun()
    {
        const DemoWorkspace::Paths demo = createDemo(QStringLiteral("enter"));
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, demo));
        PlaybookDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->page(), PlaybookDialog::SetupPage);
        QVERIFY(dialog->runButton()->isEnabled());
        QVERIFY(!dialog->runButton()->isDefault());
        QVERIFY(!dialog->runButton()->autoDefault());
        // Only the skippable steps can be skipped, each with a reason.
        QVERIFY(dialog->skipCheck(PlaybookStepKind::Rehearse));
        QVERIFY(dialog->skipCheck(PlaybookStepKind::WatchLog));
        QVERIFY(!dialog->skipCheck(PlaybookStepKind::BackUp));
        QVERIFY(!dialog->skipCheck(PlaybookStepKind::RollBack));
        QVERIFY(!dialog->skipReason(PlaybookStepKind::Rehearse)->isEnabled());

        dialog->runButton()->setFocus();
        QTest::keyClick(dialog, Qt::Key_Return);
        QTest::keyClick(dialog->stepsSpin(), Qt::Key_Enter);
        QTest::keyClick(dialog->profileCombo(), Qt::Key_Return);
        QVERIFY(!window.playbook()->isRunning());
        QCOMPARE(dialog->page(), PlaybookDialog::SetupPage);

        // A skip without a reason is refused before anything runs, and says so.
        dialog->skipCheck(PlaybookStepKind::Rehearse)->setChecked(true);
        QVERIFY(dialog->skipReason(PlaybookStepKind::Rehearse)->isEnabled());
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QVERIFY(!window.playbook()->isRunning());
        QVERIFY2(dialog->setupProblem()->text().contains(QStringLiteral("needs a reason")),
                 qPrintable(dialog->setupProblem()->text()));
        dialog->close();
    }

    // No target named yet: the dialog proposes the last deploy (the demo's 1200 to 1203,
    // applied seconds apart, days after 1199) and says why; kept, the run notes why.
    void proposesTheLastDeploy()
    {
        const DemoWorkspace::Paths demo = createDemo(QStringLiteral("default"));
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, demo));
        auto script = std::make_shared<Script>();
        script->waitAt = QStringLiteral("identify");
        window.playbook()->setActionsFactory(scriptedActions(script));
        window.playbookAction()->trigger();
        PlaybookDialog *dialog = window.playbookDialog();
        QVERIFY(dialog);
        dialog->resize(1000, 700);
        QVERIFY(dialog->toRadio()->isChecked());
        QCOMPARE(dialog->versionCombo()->currentData().toString(), QStringLiteral("1199"));
        QVERIFY(dialog->versionCombo()->isEnabled());
        QVERIFY(dialog->targetNote()->isVisible());
        QVERIFY2(dialog->targetNote()->text().contains(
                     QStringLiteral("the last deploy applied 1200 to 1203")),
                 qPrintable(dialog->targetNote()->text()));
        shot(dialog, "playbook-default-target");

        QSignalSpy finished(window.playbook(), &PlaybookController::finished);
        dialog->watchSpin()->setValue(dialog->watchSpin()->minimum());
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(script->waiting.load(), 30000);
        const PlaybookRun created = storedRun(dialog->runId());
        QCOMPARE(created.target, QStringLiteral("down to 1199 (not included)"));
        const QString reason = created.step(PlaybookStepKind::Identify)
                                   ->evidence.value(QStringLiteral("setup"))
                                   .toObject()
                                   .value(QStringLiteral("targetReason"))
                                   .toString();
        QVERIFY2(reason.contains(QStringLiteral("back to 1199")), qPrintable(reason));
        script->gate.release();
        QVERIFY(finished.wait(60000));
        dialog->close();
    }

    void walksTheWholeFlowOnTheDemo()
    {
        const DemoWorkspace::Paths demo = createDemo(QStringLiteral("whole"));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(openAndWait(window, demo));
        PlaybookDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QSignalSpy finished(window.playbook(), &PlaybookController::finished);
        QSignalSpy changed(window.playbook(), &PlaybookController::runChanged);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QCOMPARE(dialog->page(), PlaybookDialog::RunPage);
        QVERIFY(finished.wait(300000));
        shot(dialog, "playbook-whole-run");
        QVERIFY(changed.size() >= 2); // the run, then its steps as they moved
        const PlaybookRun run = storedRun(dialog->runId());
        QCOMPARE(dialog->stepsTree()->topLevelItemCount(), 10);
        const PlaybookStep &first = run.steps.constFirst();
        // Identify and the demo's service (a real script through the command backend) are
        // wired: the plan found, the service stopped and observed.
        QCOMPARE(first.status, PlaybookStep::Status::Done);
        QVERIFY(first.evidence.contains(QStringLiteral("migrations")));
        QCOMPARE(run.step(PlaybookStepKind::StopService)->status, PlaybookStep::Status::Done);
        QCOMPARE(stepState(dialog, PlaybookStepKind::StopService), QStringLiteral("done"));
        // Every step settled: the run is done, whatever a step found, the error says where.
        const int stopped = run.nextStep();
        QVERIFY2(stopped == run.steps.size(),
                 qPrintable(stopped < run.steps.size()
                                ? playbookStepKindName(run.steps[stopped].kind) + u": " +
                                      run.steps[stopped].error
                                : QString()));
        QCOMPARE(playbookRunStatusName(run.status), QStringLiteral("done"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), PlaybookDialog::ReportPage, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->reportView()->toPlainText().contains(dialog->runId()),
                                 10000);
        // The demo's profile has the playbook's contacts: the report can be mailed to them.
        QVERIFY(dialog->emailButton()->isVisible());
        shot(dialog, "playbook-whole-report");
    }

    void failedStepShowsItsErrorAndResumes()
    {
        const DemoWorkspace::Paths demo = createDemo(QStringLiteral("failed"));
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, demo));
        auto script = std::make_shared<Script>();
        script->failOnce = QStringLiteral("back-up");
        window.playbook()->setActionsFactory(scriptedActions(script));
        PlaybookDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        dialog->skipCheck(PlaybookStepKind::Rehearse)->setChecked(true);
        dialog->skipReason(PlaybookStepKind::Rehearse)->setText(QStringLiteral("no time"));

        QSignalSpy finished(window.playbook(), &PlaybookController::finished);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(dialog->page(), PlaybookDialog::RunPage);
        shot(dialog, "playbook-failed");
        QCOMPARE(playbookRunStatusName(window.playbook()->run().status), QStringLiteral("failed"));
        // The failed step: its state, its error in the list, open with its error line.
        QCOMPARE(stepState(dialog, PlaybookStepKind::BackUp), QStringLiteral("failed"));
        QTreeWidgetItem *backUp = stepItem(dialog, PlaybookStepKind::BackUp);
        QVERIFY2(backUp->text(3).contains(QStringLiteral("disk full")),
                 qPrintable(backUp->text(3)));
        QVERIFY(backUp->isExpanded());
        QVERIFY(backUp->childCount() > 0);
        QCOMPARE(backUp->child(0)->text(3), QStringLiteral("back-up failed on purpose: disk full"));
        QCOMPARE(stepState(dialog, PlaybookStepKind::Identify), QStringLiteral("done"));
        QCOMPARE(stepState(dialog, PlaybookStepKind::RollBack), QStringLiteral("pending"));
        // Identify and stop-service done, the rehearsal skipped from the start.
        QCOMPARE(dialog->progressBar()->value(), 3);
        QVERIFY(dialog->headline()->text().contains(QStringLiteral("failed")));
        // Resume is offered; Cancel is not (nothing runs).
        QVERIFY(dialog->resumeButton()->isVisible());
        QVERIFY(dialog->resumeButton()->isEnabled());
        QVERIFY(!dialog->cancelRunButton()->isVisible());

        QTest::mouseClick(dialog->resumeButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(playbookRunStatusName(window.playbook()->run().status), QStringLiteral("done"));
        // Every step once, the failed one twice, the skipped one never.
        QStringList calls;
        {
            QMutexLocker lock(&script->mutex);
            calls = script->calls;
        }
        QCOMPARE(calls, QStringList({QStringLiteral("identify"), QStringLiteral("stop-service"),
                                     QStringLiteral("back-up"), QStringLiteral("back-up"),
                                     QStringLiteral("roll-back"), QStringLiteral("verify"),
                                     QStringLiteral("validate"), QStringLiteral("start-service"),
                                     QStringLiteral("watch-log")}));
        QCOMPARE(stepState(dialog, PlaybookStepKind::Rehearse), QStringLiteral("skipped"));
        QVERIFY(stepItem(dialog, PlaybookStepKind::Rehearse)
                    ->text(3)
                    .contains(QStringLiteral("no time")));

        // Done: the report page with the stored report; copy and export.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), PlaybookDialog::ReportPage, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->exportButton()->isEnabled(), 10000);
        shot(dialog, "playbook-report");
        QVERIFY(dialog->reportView()->toPlainText().contains(dialog->runId()));
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog->reportMarkdown());
        QVERIFY(dialog->reportMarkdown().contains(dialog->runId()));
        for (const QString &suffix :
             {QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("json")}) {
            const QString file = m_dir.filePath(QStringLiteral("incident.") + suffix);
            QVERIFY(dialog->exportReport(file).ok());
            QFile written(file);
            QVERIFY(written.open(QIODevice::ReadOnly));
            QVERIFY(written.readAll().contains(dialog->runId().toUtf8()));
        }
        // PDF: laid out from the run itself.
        const QString pdf = m_dir.filePath(QStringLiteral("incident.pdf"));
        QVERIFY(dialog->exportReport(pdf).ok());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        // E-mail contacts…: the desktop is handed a mailto: URL to the profile's contacts.
        QVERIFY(dialog->emailButton()->isVisible());
        MailtoCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
        QTest::mouseClick(dialog->emailButton(), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QCOMPARE(catcher.urls.size(), 1);
        const QString mailto = catcher.urls.constFirst().toString(QUrl::FullyEncoded);
        QVERIFY2(mailto.startsWith(QStringLiteral("mailto:")), qPrintable(mailto));
        for (const Contact &contact : ConnectionProfile::playbookContacts())
            if (!contact.email.isEmpty())
                QVERIFY2(mailto.contains(contact.email), qPrintable(mailto));
        const auto refused = dialog->exportReport(m_dir.filePath(QStringLiteral("incident.txt")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral(".json")));

        // The Run history lists it as a playbook run and opens it on its report.
        auto *history = window.findChild<RunHistoryController *>();
        QVERIFY(history);
        history->refresh();
        // A listing taken while the run stood failed may still be shown (or be the one in
        // flight, with ours queued after it): wait for the run to read as done, not for
        // its row alone. (QTRY evaluates its condition again at the end: no side effect.)
        const auto statusOf = [&]() -> QString {
            const int at = historyRow(history, dialog->runId());
            return at < 0 ? QString() : history->model()->entryAt(at)->status;
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), QStringLiteral("done"), 20000);
        const int row = historyRow(history, dialog->runId());
        const RunHistoryEntry *entry = history->model()->entryAt(row);
        QCOMPARE(entry->status, QStringLiteral("done"));
        QCOMPARE(entry->outcome, RunHistoryEntry::Outcome::Good);
        QVERIFY2(entry->summary.contains(QStringLiteral("demo")), qPrintable(entry->summary));
        QSignalSpy opened(history, &RunHistoryController::detailsReady);
        history->openEntry(row);
        QVERIFY(opened.wait(20000));
        QVERIFY(history->detail().playbook.has_value());
        QVERIFY(history->panel()->reportView()->toPlainText().contains(dialog->runId()));
        QCOMPARE(history->panel()->stepsTable()->rowCount(), 10);
    }

    void cancelStopsBeforeTheNextStepAndACloseAsks()
    {
        const DemoWorkspace::Paths demo = createDemo(QStringLiteral("cancel"));
        QString runId;
        {
            MainWindow window;
            window.show();
            QVERIFY(openAndWait(window, demo));
            auto script = std::make_shared<Script>();
            script->waitAt = QStringLiteral("stop-service");
            window.playbook()->setActionsFactory(scriptedActions(script));
            PlaybookDialog *dialog = openDialog(window);
            QVERIFY(dialog);
            QSignalSpy finished(window.playbook(), &PlaybookController::finished);
            QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(script->waiting.load(), 30000);
            // The gate holds the step; the list shows it once the flow's copy arrives here.
            QTRY_COMPARE_WITH_TIMEOUT(stepState(dialog, PlaybookStepKind::StopService),
                                      QStringLiteral("running"), 10000);
            QVERIFY(stepItem(dialog, PlaybookStepKind::StopService)->isExpanded());
            QVERIFY(dialog->cancelRunButton()->isVisible());
            QVERIFY(!dialog->elapsedLabel()->text().isEmpty()); // the time of the step moves
            runId = dialog->runId();

            // Closing the window now asks, and does not wait.
            QVERIFY(!window.close());
            auto *guard = window.findChild<RunCloseGuard *>(QStringLiteral("playbookCloseGuard"));
            QVERIFY(guard);
            QTRY_VERIFY(guard->question());
            QMessageBox *question = guard->question();
            auto *keepOpen = question->findChild<QPushButton *>(QStringLiteral("keepOpen"));
            QVERIFY(keepOpen);
            QCOMPARE(question->defaultButton(), keepOpen);
            keepOpen->click();
            QVERIFY(window.isVisible());

            QTest::mouseClick(dialog->cancelRunButton(), Qt::LeftButton);
            QVERIFY(window.playbook()->isCancelling());
            QVERIFY(!dialog->cancelRunButton()->isEnabled());
            script->gate.release();
            QVERIFY(finished.wait(30000));
            QCOMPARE(playbookRunStatusName(window.playbook()->run().status),
                     QStringLiteral("cancelled"));
            // The step that was running finished; the next one never started.
            QStringList calls;
            {
                QMutexLocker lock(&script->mutex);
                calls = script->calls;
            }
            QCOMPARE(calls,
                     QStringList({QStringLiteral("identify"), QStringLiteral("stop-service")}));
            QCOMPARE(stepState(dialog, PlaybookStepKind::BackUp), QStringLiteral("pending"));
            QVERIFY(dialog->resumeButton()->isVisible());
            shot(dialog, "playbook-cancelled");
            dialog->close();
        }
        // Opened again, the window offers the unfinished run.
        MainWindow again;
        again.show();
        QVERIFY(openAndWait(again, demo));
        QTRY_VERIFY_WITH_TIMEOUT(again.playbookBanner()->isVisible(), 20000);
        QCOMPARE(again.playbookBanner()->runId(), runId);
        QVERIFY2(again.playbookBanner()->text().contains(QStringLiteral("cancelled")),
                 qPrintable(again.playbookBanner()->text()));
        auto script = std::make_shared<Script>();
        again.playbook()->setActionsFactory(scriptedActions(script));
        QSignalSpy finished(again.playbook(), &PlaybookController::finished);
        QTest::mouseClick(again.playbookBanner()->resumeButton(), Qt::LeftButton);
        QVERIFY(again.playbookDialog());
        QVERIFY(finished.wait(60000));
        QCOMPARE(playbookRunStatusName(storedRun(runId).status), QStringLiteral("done"));
        // Resumed from the step after the cancel: what was done is not done again.
        QMutexLocker lock(&script->mutex);
        QCOMPARE(script->calls.constFirst(), QStringLiteral("back-up"));
        QVERIFY(!script->calls.contains(QStringLiteral("identify")));
        QVERIFY(!script->calls.contains(QStringLiteral("stop-service")));
    }
};

QTEST_MAIN(TestPlaybookDialog)
#include "tst_playbookdialog.moc"
