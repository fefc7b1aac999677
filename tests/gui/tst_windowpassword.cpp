// Issue 12, no trace: the password a DBA types into the window's prompt (Retry's
// PasswordDialog, after the server refused a connection without one) reaches no program's
// command line or environment while the window backs up, test-restores, rolls back and
// verifies (every descendant sampled all along; the dump and the client stopped before
// their exec until the watch has seen them there), and no file the program leaves behind:
// settings, journal, backups, reports, temporary files. The test's HOME, XDG folders and
// TMPDIR are a folder of its own, set before the application starts, so that everything
// the program writes is there to be read afterwards. On MariaDB 11.8 and MySQL 9.7.
#include "support/processwatch.h"
#include "support/testsupport.h"
#include "ui/backupscontroller.h"
#include "ui/backupspanel.h"
#include "ui/connectionbanner.h"
#include "ui/mainwindow.h"
#include "ui/passworddialog.h"
#include "ui/rollbackcontroller.h"
#include "ui/rollbackdialog.h"
#include "ui/verificationcontroller.h"
#include "ui/verificationpanel.h"
#include "ui/workspacecontroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using namespace backstep::test;

class TestWindowPassword : public QObject
{
    Q_OBJECT

public:
    TestWindowPassword(QString home, QString holdFile)
        : m_home(std::move(home))
        , m_holdFile(std::move(holdFile))
    {}

private:
    QString m_home;
    QString m_holdFile; // outside HOME: the test reads every file under HOME
    MariaDbSandbox m_server;

private Q_SLOTS:
    void initTestCase() { m_server = MariaDbSandbox::current(); }

    void typedPasswordLeavesNoTrace()
    {
        const QByteArray secret = m_server.password.toUtf8();
        QVERIFY(secret.size() >= 16); // random: found nowhere by chance
        QVERIFY(!qgetenv("BACKSTEP_PASSWORD").contains(secret));
        const QString folder = m_home + QStringLiteral("/work/migrations");
        QVERIFY(QDir().mkpath(folder));
        writeVisitsMigrations(folder);
        const QString database = m_server.createDatabase(QStringLiteral("window_password"));
        m_server.execute(database, applyMigrationsScript(folder));

        // Sampled on a thread of its own, for as long as the window works. The dump and the
        // client each stop before their exec until the watch has seen them there.
        HeldProgramWatch watch(secret, m_holdFile);
        const QByteArray dump = QFileInfo(m_server.dumpProgram()).fileName().toUtf8();
        const QByteArray client = QFileInfo(m_server.clientProgram()).fileName().toUtf8();

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        // Opened without a password: the server refuses, the banner offers Retry.
        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(m_server.url(database)).value();
        request.migrationsFolder = folder;
        QVERIFY(request.connection.needsPassword());
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        window.open(request);
        QVERIFY(loaded.wait(60000));
        QVERIFY(!window.controller()->workspace().connected());
        auto *banner = window.findChild<ConnectionBanner *>();
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->retryButton()->isEnabled(), 20000);
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        PasswordDialog *prompt = banner->passwordDialog();
        QVERIFY(prompt);
        QTRY_VERIFY(prompt->isVisible());
        auto *edit = prompt->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QVERIFY(edit);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        edit->setFocus();
        QTest::keyClicks(edit, m_server.password);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            loaded.count() >= 2 && window.controller()->workspace().connected(), 60000);
        QVERIFY2(window.controller()->workspace().databaseError.isEmpty(),
                 qPrintable(window.controller()->workspace().databaseError));

        // Back up from the Backups dock (its default folder: $HOME/backstep-backups), then
        // test-restore it (the client, fed the dump).
        BackupsPanel *panel = window.backupsPanel();
        QSignalSpy busy(window.backups(), &BackupsController::busyChanged);
        QSignalSpy backedUp(window.backups(), &BackupsController::backupFinished);
        QTRY_VERIFY_WITH_TIMEOUT(panel->backUpButton()->isEnabled(), 20000);
        watch.hold({dump});
        QTest::mouseClick(panel->backUpButton(), Qt::LeftButton);
        QVERIFY(backedUp.wait(180000));
        QVERIFY2(watch.stillHeld().isEmpty(), "the dump was never seen running");
        QTRY_VERIFY_WITH_TIMEOUT(!busy.isEmpty() && !busy.last().at(0).toBool(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->catalogView()->model()->rowCount(), 1, 20000);
        panel->catalogView()->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(panel->testRestoreButton()->isEnabled(), 20000);
        busy.clear();
        watch.hold({client});
        QTest::mouseClick(panel->testRestoreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(busy.size() >= 2 && !busy.last().at(0).toBool(), 180000);
        QVERIFY2(watch.stillHeld().isEmpty(), "the client was never seen running");
        const QString message = panel->messageLabel()->text();
        QVERIFY2(message.contains(QStringLiteral("passed")), qPrintable(message));

        // Roll back the latest migration from Rollback ▸ Roll back…; the window verifies the
        // settled run by itself, and again from Verify now.
        QSignalSpy rolledBack(window.rollback(), &RollbackController::finished);
        QSignalSpy verified(window.verification(), &VerificationController::finished);
        window.rollbackAction()->trigger();
        RollbackDialog *dialog = window.rollbackDialog();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->page(), RollbackDialog::SafetyPage);
        // The backup just taken is fresh: no override needed.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->nextButton()->isEnabled(), 60000);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QVERIFY(rolledBack.wait(120000));
        QVERIFY(window.rollback()->lastOutcome());
        QCOMPARE(window.rollback()->lastOutcome()->result, RollbackOutcome::Result::Done);
        QVERIFY(verified.wait(120000));
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(window.verificationPanel()->verifyAction()->isEnabled(), 60000);
        window.verificationPanel()->verifyAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 2, 120000);

        // The programs that got the password (through an option file) were seen running,
        // above, and no sample found it on a command line or in an environment.
        QVERIFY2(watch.leaks().isEmpty(), qPrintable(watch.leaks().join(u", ")));

        // Nothing the program leaves behind holds it. The journal and the backups are where
        // a DBA's machine keeps them: under HOME.
        window.close();
        QCoreApplication::processEvents();
        QVERIFY(QFileInfo::exists(m_home + QStringLiteral("/backstep-backups")));
        QVERIFY(!QDir(m_home + QStringLiteral("/.local/share"))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                     .isEmpty()); // the journal
        // The scan reads what the program wrote: the database's name is in there.
        QVERIFY(!filesHolding(m_home, database.toUtf8()).isEmpty());
        const QStringList holding = filesHolding(m_home, secret);
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u", ")));
    }
};

// HOME, the XDG folders and TMPDIR are set before QApplication (which reads some of them
// once).
int main(int argc, char *argv[])
{
    // The hold file, outside HOME; set before the first failpoint is reached (the process
    // reads the setting once).
    QTemporaryDir holds(temporaryTemplate(QStringLiteral("windowpassword-holds")));
    const QString holdFile = holds.filePath(QStringLiteral("hold"));
    HeldProgramWatch::setEnvironment(holdFile);
    QTemporaryDir home(temporaryTemplate(QStringLiteral("windowpassword-home")));
    if (!home.isValid())
        qFatal("no temporary folder");
    const QByteArray path = home.path().toUtf8();
    qputenv("HOME", path);
    qputenv("XDG_CONFIG_HOME", QByteArray(path + "/.config"));
    qputenv("XDG_DATA_HOME", QByteArray(path + "/.local/share"));
    qputenv("XDG_CACHE_HOME", QByteArray(path + "/.cache"));
    qputenv("XDG_STATE_HOME", QByteArray(path + "/.local/state"));
    const QString runtime = home.filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
    const QString temporary = home.filePath(QStringLiteral("tmp"));
    QDir().mkpath(temporary);
    qputenv("TMPDIR", temporary.toUtf8());
    qunsetenv("BACKSTEP_JOURNAL");
    QApplication application(argc, argv);
    TestWindowPassword test(home.path(), holdFile);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowpassword.moc"
