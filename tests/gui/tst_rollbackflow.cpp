// The rollback flow on the real main window, offscreen, against the SQLite demo: the
// dialog rolls back the last two migrations with the typed override and the history view
// follows; a failing DOWN statement is shown in the dialog and in the editor at its line
// with the server's message, and Skip (typed name) completes the run; a run left
// "running" in the journal shows the banner, which resumes it or marks it resolved.
#include "core/rollbackplan.h"
#include "db/demoworkspace.h"
#include "db/journal.h"
#include "db/rollbackjournal.h"
#include "models/migrationhistorymodel.h"
#include "models/rollbackplanmodel.h"
#include "ops/rollbackrunner.h"
#include "support/testsupport.h"
#include "ui/backupscontroller.h"
#include "ui/mainwindow.h"
#include "ui/migrationsourceview.h"
#include "ui/rollbackcontroller.h"
#include "ui/rollbackdialog.h"
#include "ui/unfinishedrunbanner.h"
#include "ui/workspacecontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

class TestRollbackFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_journalPath;

    DemoWorkspace::Paths createDemo(const QString &name)
    {
        auto demo = DemoWorkspace::create(m_dir.filePath(name));
        if (!demo.ok())
            qFatal("cannot create the demo: %s", qPrintable(demo.error()));
        return demo.value();
    }

    static WorkspaceRequest requestFor(const DemoWorkspace::Paths &demo)
    {
        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(demo.url()).value();
        request.migrationsFolder = demo.migrations;
        return request;
    }

    static bool openAndWait(MainWindow &window, const WorkspaceRequest &request)
    {
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        window.open(request);
        return loaded.wait(20000);
    }

    static MigrationState stateOf(MainWindow &window, const QString &version)
    {
        MigrationHistoryModel *model = window.controller()->model();
        const MigrationStatus *status = model->statusAt(model->rowOfVersion(version));
        return status ? status->state : MigrationState::MissingFile;
    }

    RollbackRun loadRun(const QString &runId)
    {
        auto journal = Journal::open(m_journalPath);
        if (!journal)
            return {};
        return test::checked(RollbackJournal(*journal.value()).get(runId));
    }

    QList<RollbackRun> runsOf(const QString &url)
    {
        auto journal = Journal::open(m_journalPath);
        if (!journal)
            return {};
        return test::checked(RollbackJournal(*journal.value()).list(url));
    }

    // With BACKSTEP_TEST_SCREENSHOTS=DIR, the pages are saved there for a look by eye.
    static void shot(QWidget *widget, const char *name)
    {
        const QString folder = qEnvironmentVariable("BACKSTEP_TEST_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(
                QDir(folder).filePath(QLatin1StringView(name) + QStringLiteral(".png")));
    }

    // The latest migration's DOWN fails at line 6 (the table does not exist).
    static void makeLatestDownFail(const DemoWorkspace::Paths &demo)
    {
        const QString file =
            demo.migrations + QStringLiteral("/1203_partition_activity_events.sql");
        QVERIFY(QFile::remove(file));
        test::writeFile(file, QStringLiteral("-- UP\n"
                                             "CREATE TABLE activity_events (id INTEGER);\n"
                                             "\n"
                                             "-- DOWN\n"
                                             "DROP INDEX idx_activity_user;\n"
                                             "DROP TABLE no_such_table_here;\n"
                                             "DROP TABLE activity_events;\n"));
    }

    // The latest migration, guarded by a backup taken with "Back up now", up to its failure.
    void runLatestToItsFailure(MainWindow &window, RollbackDialog *dialog)
    {
        // A folder per test: two backups in the same second would have the same name.
        window.backups()->setFolder(m_dir.filePath(
            QStringLiteral("backups-") + QString::fromLatin1(QTest::currentTestFunction())));
        clickRadio(dialog->latestButton());
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->planModel()->rowCount(), 4);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->page(), RollbackDialog::SafetyPage);
        waitForVerdict(dialog);

        // "Back up now" through the Backups dock's controller; the verdict follows.
        QVERIFY(!dialog->nextButton()->isEnabled());
        QSignalSpy backedUp(window.backups(), &BackupsController::backupFinished);
        QTest::mouseClick(dialog->backUpButton(), Qt::LeftButton);
        QVERIFY(backedUp.wait(30000));
        QTRY_VERIFY(dialog->verdictText().contains(QStringLiteral("Safety net")));
        QVERIFY(dialog->nextButton()->isEnabled());

        QSignalSpy finished(window.rollback(), &RollbackController::finished);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.rollback()->lastOutcome()->result, RollbackOutcome::Result::Failed);
        QCOMPARE(dialog->page(), RollbackDialog::ResultPage);
    }

    // A radio button takes clicks on its indicator and label only, not its whole width.
    static void clickRadio(QAbstractButton *radio)
    {
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        QVERIFY(radio->isChecked());
    }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Target "the last `steps`", through the preview, to the safety page.
    static void chooseLast(RollbackDialog *dialog, int steps)
    {
        clickRadio(dialog->stepsButton());
        dialog->stepsSpin()->setValue(steps);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->page(), RollbackDialog::PreviewPage);
        shot(dialog, "1b-preview");
        QVERIFY(dialog->nextButton()->isEnabled());
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->page(), RollbackDialog::SafetyPage);
        waitForVerdict(dialog);
    }

    // The catalog is read on a worker: the safety page says so until it answers.
    static void waitForVerdict(RollbackDialog *dialog)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->verdictText().contains(QStringLiteral("Looking for")),
                                 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before anything opens the journal: every run of this test goes to its own.
        m_journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
        qputenv("BACKSTEP_JOURNAL", m_journalPath.toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
    }

    void rollsBackTheLastTwoWithTheTypedOverride()
    {
        const DemoWorkspace::Paths demo = createDemo(QStringLiteral("override"));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(openAndWait(window, requestFor(demo)));
        QCOMPARE(stateOf(window, QStringLiteral("1203")), MigrationState::Applied);
        QSignalSpy marks(window.rollback(), &RollbackController::actionMark);

        window.rollbackAction()->trigger();
        RollbackDialog *dialog = window.rollbackDialog();
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->planModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooseLast(dialog, 2);

        // The preview: the DOWN statements most recent first, each migration ending with its
        // history update, at their file lines.
        RollbackPlanModel *plan = dialog->planModel();
        QCOMPARE(plan->rowCount(), 7);
        auto cell = [plan](int row, int column) {
            return plan->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, RollbackPlanModel::VersionColumn), QStringLiteral("1203"));
        QCOMPARE(cell(0, RollbackPlanModel::LocationColumn),
                 QStringLiteral("1203_partition_activity_events.sql:23"));
        QCOMPARE(cell(0, RollbackPlanModel::KindColumn), QStringLiteral("schema"));
        QCOMPARE(cell(4, RollbackPlanModel::KindColumn), QStringLiteral("history"));
        QCOMPARE(plan->index(0, RollbackPlanModel::KindColumn).data(RollbackPlanModel::KindRole),
                 QStringLiteral("schema"));
        QCOMPARE(cell(5, RollbackPlanModel::LocationColumn),
                 QStringLiteral("1202_add_food_logs_user_date_index.sql:6"));
        QVERIFY(cell(5, RollbackPlanModel::SqlColumn).startsWith(QStringLiteral("DROP INDEX")));

        // The database's answer: what the plan destroys, with what is there now.
        QTRY_VERIFY2(dialog->impactText().contains(QStringLiteral("drops table activity_events")),
                     qPrintable(dialog->impactText()));
        // Numbered as the table and the run number them (history updates included).
        QVERIFY2(dialog->impactText().contains(
                     QStringLiteral("step 6 (1202): drops index idx_food_logs_user_logged")),
                 qPrintable(dialog->impactText()));
        QVERIFY(!dialog->impactText().contains(QStringLiteral("not there")));

        // No backup: running needs the typed database name, and only the exact name.
        shot(dialog, "1-preview");
        QVERIFY(dialog->verdictText().contains(QStringLiteral("No fresh backup")));
        shot(dialog, "2-safety");
        QVERIFY(!dialog->nextButton()->isEnabled());
        typeInto(dialog->overrideConfirmEdit(), QStringLiteral("heartguar"));
        QVERIFY(!dialog->overrideCheck()->isEnabled());
        QTest::keyClicks(dialog->overrideConfirmEdit(), QStringLiteral("d"));
        QVERIFY(dialog->overrideCheck()->isEnabled());
        QVERIFY(!dialog->nextButton()->isEnabled());
        dialog->overrideCheck()->setChecked(true);
        QVERIFY(dialog->nextButton()->isEnabled());
        // Enter starts nothing: "Run rollback" is no default button (nor is any other).
        QVERIFY(!qobject_cast<QPushButton *>(dialog->nextButton())->isDefault());
        QTest::keyClick(dialog->overrideConfirmEdit(), Qt::Key_Return);
        QCOMPARE(dialog->page(), RollbackDialog::SafetyPage);
        QVERIFY(runsOf(demo.url()).isEmpty());

        QSignalSpy finished(window.rollback(), &RollbackController::finished);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->page(), RollbackDialog::RunPage);
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.rollback()->lastOutcome()->result, RollbackOutcome::Result::Done);
        QCOMPARE(dialog->page(), RollbackDialog::ResultPage);
        QVERIFY2(dialog->resultText().contains(QStringLiteral("Rolled back")),
                 qPrintable(dialog->resultText()));
        QVERIFY(dialog->resultText().contains(QStringLiteral("1201")));
        QCOMPARE(dialog->runLog()->count(), 9); // 7 steps and 2 "rolled back" lines
        QVERIFY(dialog->runLog()->item(0)->text().contains(QStringLiteral(" ok ")));
        shot(dialog, "3-done");

        // The history view follows: both are pending again, 1201 is the latest applied.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, QStringLiteral("1203")), MigrationState::Pending,
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, QStringLiteral("1202")), MigrationState::Pending,
                                  10000);
        QCOMPARE(stateOf(window, QStringLiteral("1201")), MigrationState::Applied);

        // The journal keeps a done run with all its steps, guarded by the typed override.
        const QList<RollbackRun> runs = runsOf(demo.url());
        QCOMPARE(runs.size(), 1);
        const RollbackRun run = loadRun(runs.first().id);
        QCOMPARE(run.status, RollbackRun::Status::Done);
        QVERIFY(run.backupOverride);
        QCOMPARE(run.steps.size(), 7);
        for (const RunStep &step : run.steps)
            QCOMPARE(step.status, RunStep::Status::Done);

        // The followed logs are marked where it began and where it ended.
        QVERIFY(marks.size() >= 2);
        QVERIFY(marks.first().at(0).toString().contains(QStringLiteral("started")));
        QVERIFY(marks.last().at(0).toString().contains(QStringLiteral("done")));
        QVERIFY2(!window.runBanner()->isVisible(), qPrintable(window.runBanner()->text()));
    }

    void previewShowsBlockersAndWarnings()
    {
        const DemoWorkspace::Paths demo = createDemo(QStringLiteral("preview"));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(openAndWait(window, requestFor(demo)));

        // Two rows selected in the history that skip 1202: allowed, with a warning naming it.
        QTableView *history = window.historyView();
        history->clearSelection();
        for (const QString &version : {QStringLiteral("1203"), QStringLiteral("1201")}) {
            const QModelIndexList match = history->model()->match(
                history->model()->index(0, MigrationHistoryModel::VersionColumn), Qt::DisplayRole,
                version, 1, Qt::MatchExactly);
            QCOMPARE(match.size(), 1);
            history->selectionModel()->select(match.first(), QItemSelectionModel::Select |
                                                                 QItemSelectionModel::Rows);
        }
        window.rollbackAction()->trigger();
        RollbackDialog *dialog = window.rollbackDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->selectedButton()->isEnabled());
        clickRadio(dialog->selectedButton());
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->page(), RollbackDialog::PreviewPage);
        QVERIFY2(dialog->warningsText().contains(QStringLiteral("1202")),
                 qPrintable(dialog->warningsText()));
        QVERIFY(dialog->blockersText().isEmpty());
        QVERIFY(dialog->nextButton()->isEnabled());
        // 1203's four statements and its history update, then 1201's statement and update.
        QCOMPARE(dialog->planModel()->rowCount(), 7);
        QCOMPARE(dialog->planModel()->index(5, RollbackPlanModel::VersionColumn).data(),
                 QVariant(QStringLiteral("1201")));

        // Down to 1197 passes through 1198, which has no DOWN section: the plan cannot run.
        QTest::mouseClick(dialog->backButton(), Qt::LeftButton);
        QCOMPARE(dialog->page(), RollbackDialog::TargetPage);
        clickRadio(dialog->toVersionButton());
        dialog->versionCombo()->setCurrentIndex(
            dialog->versionCombo()->findData(QStringLiteral("1197")));
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->page(), RollbackDialog::PreviewPage);
        QVERIFY2(dialog->blockersText().contains(QStringLiteral("1198")),
                 qPrintable(dialog->blockersText()));
        QVERIFY(dialog->blockersText().contains(QStringLiteral("irreversible")));
        QVERIFY(!dialog->nextButton()->isEnabled());
        shot(dialog, "1c-blocked");
    }

    void failureIsShownInPlaceAndSkipCompletesTheRun()
    {
        const DemoWorkspace::Paths demo = createDemo(QStringLiteral("failing"));
        makeLatestDownFail(demo);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(openAndWait(window, requestFor(demo)));
        window.rollbackAction()->trigger();
        RollbackDialog *dialog = window.rollbackDialog();
        QVERIFY(dialog);
        shot(dialog, "0-target");
        runLatestToItsFailure(window, dialog);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy finished(window.rollback(), &RollbackController::finished);
        QVERIFY2(dialog->failedStatementText().contains(QStringLiteral("no such table")),
                 qPrintable(dialog->failedStatementText()));
        QVERIFY(dialog->failedStatementText().contains(QStringLiteral("Step 2 of 4")));

        // The editor shows the failing statement with the server's message, at its line.
        MigrationSourceView *source = window.sourceView();
        QTRY_VERIFY(source->annotationAt(6).contains(QStringLiteral("no such table")));
        QVERIFY(source->lineHasMarker(6, MigrationSourceView::ErrorMarker));
        shot(dialog, "4-failed");
        shot(&window, "5-window-failed");
        QVERIFY(!source->lineHasMarker(5, MigrationSourceView::ErrorMarker));

        // Skip needs the typed name; then the run goes on to the end.
        QVERIFY(dialog->retryButton()->isEnabled());
        QVERIFY(dialog->abortButton()->isEnabled());
        QVERIFY(!dialog->skipButton()->isEnabled());
        typeInto(dialog->recoveryConfirmEdit(), QStringLiteral("heartguard"));
        QVERIFY(dialog->skipButton()->isEnabled());
        QVERIFY(dialog->restoreButton()->isEnabled()); // the fresh backup
        QTest::mouseClick(dialog->skipButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.rollback()->lastOutcome()->result, RollbackOutcome::Result::Done);

        const RollbackRun run = loadRun(window.rollback()->lastOutcome()->runId);
        QCOMPARE(run.status, RollbackRun::Status::Done);
        QVERIFY(run.backupId > 0);
        QCOMPARE(run.steps.at(0).status, RunStep::Status::Done);
        QCOMPARE(run.steps.at(1).status, RunStep::Status::Skipped);
        QCOMPARE(run.steps.at(2).status, RunStep::Status::Done);
        QCOMPARE(run.steps.at(3).status, RunStep::Status::Done);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, QStringLiteral("1203")), MigrationState::Pending,
                                  10000);
        QTRY_VERIFY(!source->lineHasMarker(6, MigrationSourceView::ErrorMarker));
    }

    void restoringTheBackupResolvesTheRun()
    {
        const DemoWorkspace::Paths demo = createDemo(QStringLiteral("restoring"));
        makeLatestDownFail(demo);
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, requestFor(demo)));
        window.rollbackAction()->trigger();
        RollbackDialog *dialog = window.rollbackDialog();
        QVERIFY(dialog);
        runLatestToItsFailure(window, dialog);
        if (QTest::currentTestFailed())
            return;
        const QString runId = window.rollback()->lastOutcome()->runId;

        // Restoring needs the typed name too; it goes through the Backups dock's restore.
        QVERIFY(!dialog->restoreButton()->isEnabled());
        typeInto(dialog->recoveryConfirmEdit(), QStringLiteral("heartguard"));
        QVERIFY(dialog->restoreButton()->isEnabled());
        QSignalSpy restored(window.backups(), &BackupsController::restoreFinished);
        QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
        QVERIFY(restored.wait(30000));
        QCOMPARE(restored.first().at(1).toString(), QString());
        QTRY_VERIFY(dialog->resultText().contains(QStringLiteral("marked resolved")));
        QCOMPARE(loadRun(runId).status, RollbackRun::Status::Resolved);
        QVERIFY(!dialog->retryButton()->isVisible());

        // The database is the backup again: the index the first DOWN statement dropped is back.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("restored"));
            db.setDatabaseName(demo.database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                              "type = 'index' AND name = 'idx_activity_user'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("restored"));
        QTRY_COMPARE(stateOf(window, QStringLiteral("1203")), MigrationState::Applied);
        QTRY_VERIFY(!window.runBanner()->isVisible());
        QTRY_VERIFY(!window.sourceView()->lineHasMarker(6, MigrationSourceView::ErrorMarker));
    }

    void cancelStopsBetweenStatementsAndResumeFinishes()
    {
        const DemoWorkspace::Paths demo = createDemo(QStringLiteral("cancelling"));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(openAndWait(window, requestFor(demo)));
        window.rollbackAction()->trigger();
        RollbackDialog *dialog = window.rollbackDialog();
        QVERIFY(dialog);
        chooseLast(dialog, 2);
        typeInto(dialog->overrideConfirmEdit(), QStringLiteral("heartguard"));
        dialog->overrideCheck()->setChecked(true);

        QSignalSpy finished(window.rollback(), &RollbackController::finished);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        // The worker is still opening its connection: the flag stops it before a statement.
        QVERIFY(dialog->cancelRunButton()->isEnabled());
        QVERIFY(!dialog->nextButton()->isVisible());
        QTest::mouseClick(dialog->cancelRunButton(), Qt::LeftButton);
        shot(dialog, "2b-run-cancelling");
        QVERIFY(finished.wait(30000));
        const RollbackOutcome cancelled = *window.rollback()->lastOutcome();
        if (cancelled.result == RollbackOutcome::Result::Done)
            QSKIP("the run ended before the cancel reached it (a very slow GUI thread)");
        QCOMPARE(cancelled.result, RollbackOutcome::Result::Cancelled);
        QVERIFY(dialog->resultText().contains(QStringLiteral("Cancelled")));
        QVERIFY(!dialog->skipButton()->isVisible());
        QVERIFY(dialog->retryButton()->isEnabled()); // "Resume"

        QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.rollback()->lastOutcome()->result, RollbackOutcome::Result::Done);
        QCOMPARE(window.rollback()->lastOutcome()->runId, cancelled.runId);
        QCOMPARE(loadRun(cancelled.runId).status, RollbackRun::Status::Done);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, QStringLiteral("1202")), MigrationState::Pending,
                                  10000);
    }

    void interruptedRunShowsTheBannerAndResumes()
    {
        const DemoWorkspace::Paths demo = createDemo(QStringLiteral("interrupted"));
        // A run that stopped after its first step, left "running" as if Backstep had died.
        const Workspace workspace = WorkspaceLoader::load(requestFor(demo));
        RollbackTarget target;
        target.mode = RollbackTarget::Mode::Steps;
        target.steps = 2;
        auto plan = planRollback(workspace.migrations, workspace.history, workspace.rows, target);
        QVERIFY(plan.ok());
        RollbackOptions options;
        options.withoutBackup = true;
        options.confirmDatabase = QStringLiteral("heartguard");
        std::atomic_bool cancel = false;
        const RollbackOutcome stopped = RollbackRunner::start(
            workspace, plan.value(), options,
            [&cancel](const RollbackProgress &progress) {
                if (progress.event == RollbackProgress::Event::StepDone)
                    cancel = true;
            },
            &cancel);
        QCOMPARE(stopped.result, RollbackOutcome::Result::Cancelled);
        {
            auto journal = Journal::open(m_journalPath);
            QVERIFY(journal.ok());
            QVERIFY(RollbackJournal(*journal.value())
                        .setStatus(stopped.runId, RollbackRun::Status::Running)
                        .ok());
        }

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(openAndWait(window, requestFor(demo)));
        UnfinishedRunBanner *banner = window.runBanner();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->runId(), stopped.runId);
        shot(&window, "6-banner");
        QVERIFY2(banner->text().contains(QStringLiteral("Run %1 interrupted at step 2 of 7 (1203, "
                                                        "1203_partition_activity_events.sql:30)")
                                             .arg(stopped.runId)),
                 qPrintable(banner->text()));

        QSignalSpy finished(window.rollback(), &RollbackController::finished);
        QTest::mouseClick(banner->resumeButton(), Qt::LeftButton);
        QVERIFY(window.rollbackDialog());
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.rollback()->lastOutcome()->result, RollbackOutcome::Result::Done);
        QCOMPARE(window.rollbackDialog()->page(), RollbackDialog::ResultPage);
        const RollbackRun run = loadRun(stopped.runId);
        QCOMPARE(run.status, RollbackRun::Status::Done);
        for (const RunStep &step : run.steps)
            QCOMPARE(step.status, RunStep::Status::Done);
        // The first statement ran once, before the "crash"; the resume went on after it.
        QCOMPARE(run.steps.first().attempts, 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, QStringLiteral("1202")), MigrationState::Pending,
                                  10000);
        QTRY_VERIFY(!banner->isVisible());
    }

    void markResolvedFromTheBanner()
    {
        const DemoWorkspace::Paths demo = createDemo(QStringLiteral("resolved"));
        RollbackRun left;
        left.id = QStringLiteral("left-running");
        left.databaseUrl = demo.url();
        left.databaseName = QStringLiteral("heartguard");
        left.engine = QStringLiteral("sqlite");
        left.target = QStringLiteral("the latest migration");
        left.request = RollbackRunner::requestToJson(requestFor(demo));
        left.startedAt = QDateTime::currentDateTimeUtc();
        left.operatorName = QStringLiteral("dba");
        left.host = QStringLiteral("workstation");
        RunStep step;
        step.version = QStringLiteral("1205");
        step.name = QStringLiteral("create_daily_summary_view");
        step.file = demo.migrations + QStringLiteral("/1205_create_daily_summary_view.sql");
        step.line = 9;
        step.kind = QStringLiteral("schema");
        step.sql = QStringLiteral("DROP VIEW daily_summary");
        left.steps.append(step);
        {
            auto journal = Journal::open(m_journalPath);
            QVERIFY(journal.ok());
            QVERIFY(RollbackJournal(*journal.value()).create(left).ok());
        }

        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, requestFor(demo)));
        UnfinishedRunBanner *banner = window.runBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("step 1 of 1 (1205, "
                                                       "1205_create_daily_summary_view.sql:9)")));
        QTest::mouseClick(banner->resolveButton(), Qt::LeftButton);
        // Closed on a worker (it cleans up in the database too): the journal follows.
        QTRY_COMPARE_WITH_TIMEOUT(loadRun(left.id).status, RollbackRun::Status::Resolved, 20000);
        QTRY_VERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestRollbackFlow)
#include "tst_rollbackflow.moc"
