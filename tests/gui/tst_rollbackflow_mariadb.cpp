// The rollback flow on the real main window against the MariaDB test server: the preview
// marks the statements MySQL commits implicitly, a failing DOWN statement shows the
// server's own message in the dialog and in the editor, and Retry (after the DBA fixed
// the cause by hand) runs the same step again and finishes the run.
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
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
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

        QSignalSpy finished(window.rollback(), &RollbackController::finished);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const RollbackOutcome failed = *window.rollback()->lastOutcome();
        QCOMPARE(failed.result, RollbackOutcome::Result::Failed);
        QVERIFY2(failed.failedStep == 1, qPrintable(failed.message));
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
};

QTEST_MAIN(TestRollbackFlowMariaDb)
#include "tst_rollbackflow_mariadb.moc"
