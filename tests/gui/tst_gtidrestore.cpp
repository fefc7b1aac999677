// Issue 12: a restore and a test-restore from the Backups dock of a DBA's own mysqldump of
// a MySQL server with GTIDs (mysqldump's default --set-gtid-purged=AUTO) say, under their
// result, what they left out (SET @@GLOBAL.GTID_PURGED, SET @@SESSION.SQL_LOG_BIN = 0),
// why, and where: the dump's file and line, as the CLI's `not_run` does. A real mysqldump
// of the MySQL 9.7 fixture (GTIDs on), in the place of a catalog backup's file.
#include "core/backuprecord.h"
#include "support/testsupport.h"
#include "ui/backupscontroller.h"
#include "ui/backupspanel.h"
#include "ui/mainwindow.h"
#include "ui/workspacecontroller.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace backstep;
using namespace backstep::test;

class TestGtidRestore : public QObject
{
    Q_OBJECT

    MariaDbSandbox m_server;
    QTemporaryDir m_dir{temporaryTemplate(QStringLiteral("gtidrestore"))};

    int rows(const QString &database)
    {
        int count = -1;
        {
            QSqlDatabase db = m_server.connect(QStringLiteral("count"), database);
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM readings")) && query.next())
                count = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return count;
    }

    // The 1-based line of `text` that starts with `prefix`; 0 when none does.
    static int lineStarting(const QByteArray &text, const QByteArray &prefix)
    {
        const QList<QByteArray> lines = text.split('\n');
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].startsWith(prefix))
                return i + 1;
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("BACKSTEP_JOURNAL", m_dir.filePath(QStringLiteral("journal.sqlite")).toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_server = MariaDbSandbox::current();
    }

    void leftOutStatementsAreShownWithFileAndLine()
    {
        if (!m_server.isMySql())
            QSKIP("mysqldump's GTID_PURGED: MySQL only");
        const QString database = m_server.createDatabase(QStringLiteral("gtid_window"));
        m_server.execute(
            database,
            {QStringLiteral("CREATE TABLE readings (id INT PRIMARY KEY, v INT)"),
             QStringLiteral("INSERT INTO readings SELECT seq, seq * 2 FROM ") + integersUpTo(500)});
        {
            QSqlDatabase db = m_server.connect(QStringLiteral("gtid"), QString());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT @@GLOBAL.gtid_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ON"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gtid"));

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(m_server.url(database)).value();
        request.password = m_server.password;
        request.migrationsFolder = m_dir.filePath(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(request.migrationsFolder));
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        window.open(request);
        QVERIFY(loaded.wait(60000));
        QVERIFY2(window.controller()->workspace().connected(),
                 qPrintable(window.controller()->workspace().databaseError));

        // A catalog backup (uncompressed, the dock's default), whose file the DBA's own
        // mysqldump then takes the place of.
        BackupsPanel *panel = window.backupsPanel();
        window.backups()->setFolder(m_dir.filePath(QStringLiteral("backups")));
        QSignalSpy busy(window.backups(), &BackupsController::busyChanged);
        QSignalSpy backedUp(window.backups(), &BackupsController::backupFinished);
        QTRY_VERIFY_WITH_TIMEOUT(panel->backUpButton()->isEnabled(), 20000);
        QTest::mouseClick(panel->backUpButton(), Qt::LeftButton);
        QVERIFY(backedUp.wait(180000));
        const auto record = backedUp.at(0).at(0).value<BackupRecord>();
        QCOMPARE(record.status, BackupStatus::Complete);
        QVERIFY2(record.path.endsWith(QStringLiteral(".sql")), qPrintable(record.path));
        const QString options = m_dir.filePath(QStringLiteral("client.cnf"));
        m_server.writeClientOptionFile(options);
        const ProcessResult dump =
            run(m_server.dumpProgram(),
                {QStringLiteral("--defaults-extra-file=") + options,
                 QStringLiteral("--single-transaction"), QStringLiteral("--routines"), database});
        QVERIFY2(dump.exitCode == 0, dump.err.constData());
        const int gtidLine = lineStarting(dump.out, "SET @@GLOBAL.GTID_PURGED");
        const int logBinLine = lineStarting(dump.out, "SET @@SESSION.SQL_LOG_BIN= 0");
        QVERIFY2(gtidLine > 0 && logBinLine > 0, dump.out.left(3000).constData());
        {
            QFile file(record.path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(dump.out), dump.out.size());
        }
        const QString gtidAt = QStringLiteral("%1:%2: not run: the dump's SET @@GLOBAL.GTID_PURGED")
                                   .arg(record.path)
                                   .arg(gtidLine);
        const QString logBinAt =
            QStringLiteral("%1:%2: not run: the dump's SET @@SESSION.SQL_LOG_BIN = 0")
                .arg(record.path)
                .arg(logBinLine);
        const auto says = [panel](const QString &what) {
            return panel->messageLabel()->text().contains(what);
        };

        // Test-restore: into a scratch database, compared with the backup's manifest.
        QTRY_VERIFY_WITH_TIMEOUT(!busy.isEmpty() && !busy.last().at(0).toBool(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->catalogView()->model()->rowCount(), 1, 20000);
        panel->catalogView()->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(panel->testRestoreButton()->isEnabled(), 20000);
        busy.clear();
        QTest::mouseClick(panel->testRestoreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(busy.size() >= 2 && !busy.last().at(0).toBool(), 180000);
        const QString tested = panel->messageLabel()->text();
        QVERIFY2(tested.contains(QStringLiteral(": passed. Compared: ")), qPrintable(tested));
        QVERIFY2(tested.contains(QStringLiteral("\nLeft out of the restore (2 statement")),
                 qPrintable(tested));
        QVERIFY2(says(gtidAt), qPrintable(tested));
        QVERIFY2(says(logBinAt), qPrintable(tested));
        QVERIFY2(tested.contains(QStringLiteral("already executed those transactions")),
                 qPrintable(tested));
        QCOMPARE(tested.count(QStringLiteral("GTID_PURGED")), 1); // said once, not twice

        // Restore into the database itself, after the typed confirmation.
        m_server.execute(database, {QStringLiteral("DELETE FROM readings WHERE id > 100")});
        QCOMPARE(rows(database), 100);
        QTRY_VERIFY_WITH_TIMEOUT(panel->restoreButton()->isEnabled(), 20000);
        bool confirmed = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                qobject_cast<QInputDialog *>(QApplication::activeModalWidget()), 20000);
            auto *confirm = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            confirm->setTextValue(database);
            confirm->accept();
            confirmed = true;
        });
        busy.clear();
        QTest::mouseClick(panel->restoreButton(), Qt::LeftButton);
        QVERIFY(confirmed);
        QTRY_VERIFY_WITH_TIMEOUT(busy.size() >= 2 && !busy.last().at(0).toBool(), 180000);
        const QString restored = panel->messageLabel()->text();
        QVERIFY2(
            restored.contains(QStringLiteral(": passed\nLeft out of the restore (2 statement")),
            qPrintable(restored));
        QVERIFY2(says(gtidAt), qPrintable(restored));
        QVERIFY2(says(logBinAt), qPrintable(restored));
        QCOMPARE(rows(database), 500);
        // No line of it is cut off: the label is as tall as its text needs (the area around
        // it scrolls when the dock is short).
        QLabel *label = panel->messageLabel();
        QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(QStringLiteral("%1 < %2")
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()))));
        if (const QString folder = qEnvironmentVariable("BACKSTEP_TEST_SCREENSHOTS");
            !folder.isEmpty())
            window.grab().save(QDir(folder).filePath(QStringLiteral("gtid-restore.png")));
    }
};

QTEST_MAIN(TestGtidRestore)
#include "tst_gtidrestore.moc"
