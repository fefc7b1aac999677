// The rollback flow on the real main window against the MariaDB test server: the preview
// marks the statements MySQL commits implicitly, a failing DOWN statement shows the
// server's own message in the dialog and in the editor, and Retry (after the DBA fixed
// the cause by hand) runs the same step again and finishes the run. A statement that waits
// for another connection's lock shows, live, how long it has waited, what the server says
// it does and who blocks it; Kill blocker (after typing the id) ends the blocker; Cancel
// interrupts the statement at once; closing the window mid-run asks, and never freezes.
#include "db/journal.h"
#include "db/rollbackjournal.h"
#include "models/migrationhistorymodel.h"
#include "models/rollbackplanmodel.h"
#include "support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/migrationsourceview.h"
#include "ui/rollbackcontroller.h"
#include "ui/rollbackdialog.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using namespace backstep::test;

class TestRollbackFlowMariaDb : public QObject
{
    Q_OBJECT

    MariaDbSandbox m_server;
    QTemporaryDir m_dir{temporaryTemplate(QStringLiteral("rollbackflow-mariadb"))};
    QString m_journalPath;

    bool exec(const QString &database, const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db = m_server.connect(QStringLiteral("fixture"), database);
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql)) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
        return ok;
    }

    // The first column of every row `select` returns.
    QStringList column(const QString &database, const QString &select)
    {
        QStringList found;
        {
            QSqlDatabase db = m_server.connect(QStringLiteral("read"), database);
            QSqlQuery query(db);
            if (query.exec(select))
                while (query.next())
                    found.append(query.value(0).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("read"));
        return found;
    }

    QStringList versions(const QString &database)
    {
        return column(database, QStringLiteral("SELECT version FROM schema_migrations ORDER BY 1"));
    }

    // With BACKSTEP_TEST_SCREENSHOTS=DIR, the pages are saved there for a look by eye.
    static void shot(QWidget *widget, const char *name)
    {
        const QString folder = qEnvironmentVariable("BACKSTEP_TEST_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(
                QDir(folder).filePath(QLatin1StringView(name) + QStringLiteral(".png")));
    }

    // A database whose latest migration's DOWN is one ALTER on `t`, and its folder.
    QString alterDatabase(QString *folder)
    {
        const QString database = m_server.createDatabase(QStringLiteral("gui_wait"));
        if (!exec(database, {QStringLiteral("CREATE TABLE schema_migrations "
                                            "(version VARCHAR(128) PRIMARY KEY)"),
                             QStringLiteral("INSERT INTO schema_migrations VALUES ('1'), ('2')"),
                             QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, c INT)"),
                             QStringLiteral("INSERT INTO t VALUES (1, 1)")}))
            return {};
        *folder = m_dir.filePath(database);
        writeFile(*folder + QStringLiteral("/1_create_t.sql"),
                  QStringLiteral("-- migrate:up\nCREATE TABLE t (id INT PRIMARY KEY);\n"
                                 "-- migrate:down\nDROP TABLE t;\n"));
        writeFile(*folder + QStringLiteral("/2_add_c.sql"),
                  QStringLiteral("-- migrate:up\nALTER TABLE t ADD COLUMN c INT;\n"
                                 "-- migrate:down\nALTER TABLE t DROP COLUMN c;\n"));
        return database;
    }

    // Opens the database in the window and runs its latest migration's rollback with the
    // typed override; returns the dialog on the run page.
    RollbackDialog *startLatest(MainWindow &window, const QString &database, const QString &folder)
    {
        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(m_server.url(database)).value();
        request.password = m_server.password;
        request.migrationsFolder = folder;
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        window.open(request);
        if (!loaded.wait(20000))
            return nullptr;
        window.rollbackAction()->trigger();
        RollbackDialog *dialog = window.rollbackDialog();
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        dialog->overrideConfirmEdit()->setText(database);
        dialog->overrideCheck()->setChecked(true);
        // The backup verdict comes from a worker.
        if (!QTest::qWaitFor([dialog] { return dialog->nextButton()->isEnabled(); }, 20000))
            return nullptr;
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        return dialog->page() == RollbackDialog::RunPage ? dialog : nullptr;
    }

    // The row of the blockers table that shows connection `id`, -1 when none does.
    static int blockerRow(RollbackDialog *dialog, qint64 id)
    {
        QTableWidget *table = dialog->blockersView();
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0) && table->item(row, 0)->text() == QString::number(id))
                return row;
        return -1;
    }

    // A connection of the test that holds a metadata lock on `t` (an open transaction that
    // read it): the ALTER waits for it.
    qint64 holdLock(const QString &name, const QString &database)
    {
        QSqlDatabase db = m_server.connect(name, database);
        QSqlQuery query(db);
        query.exec(QStringLiteral("START TRANSACTION"));
        query.exec(QStringLiteral("SELECT * FROM t"));
        query.exec(QStringLiteral("SELECT CONNECTION_ID()"));
        query.next();
        return query.value(0).toLongLong();
    }
    static void releaseLock(const QString &name)
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name);
            QSqlQuery query(db);
            query.exec(QStringLiteral("ROLLBACK"));
        }
        QSqlDatabase::removeDatabase(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
        qputenv("BACKSTEP_JOURNAL", m_journalPath.toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_server = MariaDbSandbox::current();
    }

    void failureWithTheServersMessageThenRetry()
    {
        const QString database = m_server.createDatabase(QStringLiteral("gui_rollback"));
        QVERIFY(exec(database, {
                                   QStringLiteral("CREATE TABLE schema_migrations "
                                                  "(version VARCHAR(128) PRIMARY KEY)"),
                                   QStringLiteral("INSERT INTO schema_migrations VALUES "
                                                  "('1'), ('2')"),
                                   QStringLiteral("CREATE TABLE a (id INT PRIMARY KEY)"),
                                   QStringLiteral("CREATE TABLE b (id INT PRIMARY KEY)"),
                                   QStringLiteral("INSERT INTO b VALUES (1), (2)"),
                               }));
        const QString folder = m_dir.filePath(database);
        writeFile(folder + QStringLiteral("/1_create_a.sql"),
                  QStringLiteral("-- migrate:up\nCREATE TABLE a (id INT PRIMARY KEY);\n"
                                 "-- migrate:down\nDROP TABLE a;\n"));
        // Line 5 fails: b_archive does not exist until the DBA creates it.
        writeFile(folder + QStringLiteral("/2_create_b.sql"),
                  QStringLiteral("-- migrate:up\nCREATE TABLE b (id INT PRIMARY KEY);\n"
                                 "-- migrate:down\n"
                                 "DELETE FROM b WHERE id > 1;\n"
                                 "INSERT INTO b_archive SELECT * FROM b;\n"
                                 "DROP TABLE b;\n"));

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(m_server.url(database)).value();
        request.password = m_server.password;
        request.migrationsFolder = folder;
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        window.open(request);
        QVERIFY(loaded.wait(20000));
        QVERIFY2(window.controller()->workspace().databaseError.isEmpty(),
                 qPrintable(window.controller()->workspace().databaseError));

        window.rollbackAction()->trigger();
        RollbackDialog *dialog = window.rollbackDialog();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton); // the latest migration
        QCOMPARE(dialog->page(), RollbackDialog::PreviewPage);
        RollbackPlanModel *plan = dialog->planModel();
        QCOMPARE(plan->rowCount(), 4);
        auto implicitCommit = [plan](int row) {
            return plan->index(row, RollbackPlanModel::ImplicitCommitColumn).data().toString();
        };
        QCOMPARE(implicitCommit(0), QStringLiteral("no"));  // DELETE
        QCOMPARE(implicitCommit(1), QStringLiteral("no"));  // INSERT … SELECT
        QCOMPARE(implicitCommit(2), QStringLiteral("yes")); // DROP TABLE
        // What the database holds there now: b's two rows.
        QTRY_VERIFY2(dialog->impactText().contains(QStringLiteral("drops table")) &&
                         dialog->impactText().contains(QStringLiteral("2 rows")),
                     qPrintable(dialog->impactText()));
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->page(), RollbackDialog::SafetyPage);
        dialog->overrideConfirmEdit()->setText(database);
        dialog->overrideCheck()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->nextButton()->isEnabled(), 20000); // the verdict

        QSignalSpy finished(window.rollback(), &RollbackController::finished);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const RollbackOutcome failed = *window.rollback()->lastOutcome();
        QCOMPARE(failed.result, RollbackOutcome::Result::Failed);
        QVERIFY2(failed.step == 1, qPrintable(describeOutcome(failed)));
        QCOMPARE(failed.serverError, 1146); // ER_NO_SUCH_TABLE
        QVERIFY2(dialog->failedStatementText().contains(QStringLiteral("b_archive' doesn't exist")),
                 qPrintable(dialog->failedStatementText()));
        MigrationSourceView *source = window.sourceView();
        QTRY_VERIFY(source->annotationAt(5).contains(QStringLiteral("b_archive' doesn't exist")));
        QVERIFY(source->lineHasMarker(5, MigrationSourceView::ErrorMarker));
        // The DELETE before it ran in the same transaction and was rolled back with it (it is
        // pending again); the history still says 2 is applied.
        QCOMPARE(column(database, QStringLiteral("SELECT id FROM b")),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(versions(database), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));

        // The DBA creates the missing table; Retry runs the failed statement again.
        QVERIFY(exec(database, {QStringLiteral("CREATE TABLE b_archive (id INT PRIMARY KEY)")}));
        QVERIFY(dialog->retryButton()->isEnabled());
        QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(window.rollback()->lastOutcome()->result, RollbackOutcome::Result::Done);
        QCOMPARE(window.rollback()->lastOutcome()->runId, failed.runId);
        QCOMPARE(versions(database), QStringList{QStringLiteral("1")});
        QTRY_VERIFY(!source->lineHasMarker(5, MigrationSourceView::ErrorMarker));
        MigrationHistoryModel *model = window.controller()->model();
        QTRY_COMPARE(model->statusAt(model->rowOfVersion(QStringLiteral("2")))->state,
                     MigrationState::Pending);

        auto journal = Journal::open(m_journalPath);
        QVERIFY(journal.ok());
        const auto run = test::checked(RollbackJournal(*journal.value()).load(failed.runId));
        QVERIFY(run);
        QCOMPARE(run->status, RollbackRun::Status::Done);
        // The DELETE ran again after it was rolled back with the failed INSERT; its effect
        // took place once.
        QCOMPARE(run->steps.at(0).attempts, 2);
        QCOMPARE(run->steps.at(1).attempts, 2); // the INSERT failed, then ran again
        QCOMPARE(column(database, QStringLiteral("SELECT id FROM b_archive")),
                 QStringList{QStringLiteral("1")});
    }

    void aWaitingStatementShowsWhoBlocksItAndKillBlockerEndsIt()
    {
        QString folder;
        const QString database = alterDatabase(&folder);
        QVERIFY(!database.isEmpty());
        const qint64 holder = holdLock(QStringLiteral("mdl-holder"), database);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy finished(window.rollback(), &RollbackController::finished);
        RollbackDialog *dialog = startLatest(window, database, folder);
        QVERIFY(dialog);

        // Live: how long it has waited, what the server says, who blocks it.
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->activityText().contains(QStringLiteral("Waiting for table metadata lock")),
            30000);
        QVERIFY(dialog->activityText().contains(QStringLiteral("Running for")));
        QTRY_VERIFY_WITH_TIMEOUT(blockerRow(dialog, holder) >= 0, 30000);
        QVERIFY(dialog->currentStatementText().contains(QStringLiteral("ALTER TABLE t")));
        shot(dialog, "7-run-waiting");

        // Kill blocker needs the connection selected and its id typed.
        QVERIFY(!dialog->killBlockerButton()->isEnabled());
        dialog->blockersView()->selectRow(blockerRow(dialog, holder));
        dialog->killConfirmEdit()->setText(QString::number(holder + 1));
        QVERIFY(!dialog->killBlockerButton()->isEnabled());
        dialog->killConfirmEdit()->setText(QString::number(holder));
        // The table refreshes every second; the selection and the typed id stay.
        QTRY_VERIFY(dialog->killBlockerButton()->isEnabled());
        QTest::mouseClick(dialog->killBlockerButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(window.rollback()->lastOutcome()->result == RollbackOutcome::Result::Done,
                 qPrintable(describeOutcome(*window.rollback()->lastOutcome())));
        QSqlDatabase::removeDatabase(QStringLiteral("mdl-holder"));

        // Journaled: who was ended, by whom, confirmed how.
        auto journal = Journal::open(m_journalPath);
        QVERIFY(journal.ok());
        const auto events = test::checked(journal.value()->events(QStringLiteral("rollback")));
        bool recorded = false;
        for (const JournalEvent &event : events)
            recorded |= event.action == u"kill blocker" && event.outcome == u"ok" &&
                        event.detail.contains(QStringLiteral("connection %1").arg(holder));
        QVERIFY(recorded);
    }

    void cancelInterruptsTheWaitingStatement()
    {
        QString folder;
        const QString database = alterDatabase(&folder);
        QVERIFY(!database.isEmpty());
        holdLock(QStringLiteral("cancel-holder"), database);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy finished(window.rollback(), &RollbackController::finished);
        RollbackDialog *dialog = startLatest(window, database, folder);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->activityText().contains(QStringLiteral("Waiting for table metadata lock")),
            30000);

        // Cancel stops the statement on the server (the lock wait timeout is 60 s).
        QTest::mouseClick(dialog->cancelRunButton(), Qt::LeftButton);
        QVERIFY(dialog->activityText().contains(QStringLiteral("Cancelling")));
        QVERIFY(finished.wait(30000));
        const RollbackOutcome cancelled = *window.rollback()->lastOutcome();
        QCOMPARE(cancelled.result, RollbackOutcome::Result::Cancelled);
        QCOMPARE(cancelled.reason, RollbackOutcome::Reason::CancelledDuringStep);
        QCOMPARE(cancelled.run.steps.first().status, RunStep::Status::Cancelled);
        QVERIFY(dialog->resultText().contains(QStringLiteral("Cancelled")));
        shot(dialog, "8-cancelled");

        // Resumable: decided from the schema (the ALTER did not happen), then run again.
        releaseLock(QStringLiteral("cancel-holder"));
        QVERIFY(dialog->retryButton()->isEnabled());
        QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(window.rollback()->lastOutcome()->result, RollbackOutcome::Result::Done);
        QCOMPARE(window.rollback()->lastOutcome()->runId, cancelled.runId);
        QCOMPARE(column(database, QStringLiteral("SELECT COUNT(*) FROM information_schema.COLUMNS "
                                                 "WHERE TABLE_SCHEMA = DATABASE() AND "
                                                 "TABLE_NAME = 't'")),
                 QStringList{QStringLiteral("1")});
    }

    void closingTheWindowMidRunAsksAndNeverFreezes()
    {
        QString folder;
        const QString database = alterDatabase(&folder);
        QVERIFY(!database.isEmpty());
        holdLock(QStringLiteral("close-holder"), database);
        auto window = std::make_unique<MainWindow>();
        window->resize(1200, 800);
        window->show();
        QSignalSpy finished(window->rollback(), &RollbackController::finished);
        RollbackDialog *dialog = startLatest(*window, database, folder);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->activityText().contains(QStringLiteral("Waiting for table metadata lock")),
            30000);

        // Closing asks instead of waiting on the run: the window stays, and stays alive.
        QVERIFY(!window->close());
        QVERIFY(window->isVisible());
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = window->findChild<QMessageBox *>(
                         QStringLiteral("rollbackCloseQuestion"))) != nullptr);
        QTRY_VERIFY(question->isVisible());
        shot(question, "9-close-question");
        // Enter is not "cancel the rollback".
        QCOMPARE(question->defaultButton()->objectName(), QStringLiteral("keepOpen"));
        // The run page goes on ticking meanwhile.
        const QString before = dialog->activityText();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->activityText() != before, 10000);

        QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("cancelAndClose")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(window->rollback()->lastOutcome()->result, RollbackOutcome::Result::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 10000);
        const QString runId = window->rollback()->lastOutcome()->runId;
        window.reset(); // nothing left to wait for
        releaseLock(QStringLiteral("close-holder"));
        auto journal = Journal::open(m_journalPath);
        QVERIFY(journal.ok());
        QCOMPARE(test::checked(RollbackJournal(*journal.value()).get(runId)).status,
                 RollbackRun::Status::Cancelled);
    }
};

QTEST_MAIN(TestRollbackFlowMariaDb)
#include "tst_rollbackflow_mariadb.moc"
