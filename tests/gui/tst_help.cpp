// Help on the real main window, offscreen: F1 opens the user guide with its pictures and
// working links; Help ▸ Keyboard shortcuts lists what the menus bind; About names the
// versions and the server; the dock and action shortcuts act. And both programs answer
// --help and --version without any display.
#include "db/demoworkspace.h"
#include "support/testsupport.h"
#include "ui/aboutdialog.h"
#include "ui/backupspanel.h"
#include "ui/guidebrowser.h"
#include "ui/helpactions.h"
#include "ui/mainwindow.h"
#include "ui/shortcutsdialog.h"
#include "ui/userguidewindow.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace backstep;

class TestHelp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("help"))};
    DemoWorkspace::Paths m_demo;

    void openDemo(MainWindow &window)
    {
        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(m_demo.url()).value();
        request.migrationsFolder = m_demo.migrations;
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        window.open(request);
        QVERIFY(loaded.wait(20000));
    }

    static UserGuideWindow *openGuide()
    {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *guide = qobject_cast<UserGuideWindow *>(widget); guide && guide->isVisible())
                return guide;
        return nullptr;
    }

    // Without a display: no DISPLAY, no WAYLAND_DISPLAY, no platform chosen.
    static QProcessEnvironment noDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        return environment;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        // A journal of its own: tests run side by side.
        qputenv("BACKSTEP_JOURNAL", m_dir.filePath(QStringLiteral("journal.sqlite")).toUtf8());
        auto demo = DemoWorkspace::create(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY(demo.ok());
        m_demo = demo.value();
    }

    void f1OpensTheUserGuideWithItsPictures()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(openGuide());
        UserGuideWindow *guide = openGuide();
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        GuideBrowser *browser = guide->browser();
        const QTextDocument *document = browser->document();
        QVERIFY(document->toPlainText().startsWith(QStringLiteral("Backstep user guide")));
        QVERIFY(document->toPlainText().contains(QStringLiteral("Rolling back")));

        // Every picture is found in the program and fits the view.
        int pictures = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (!format.isImageFormat())
                    continue;
                const QUrl name(format.toImageFormat().name());
                const QImage image = browser
                                         ->loadResource(QTextDocument::ImageResource,
                                                        browser->source().resolved(name))
                                         .value<QImage>();
                QVERIFY2(!image.isNull(), qPrintable(name.toString()));
                QVERIFY(image.width() <= browser->viewport()->width());
                ++pictures;
            }
        }
        QVERIFY2(pictures >= 3, qPrintable(QString::number(pictures)));

        // The contents' links lead to their sections.
        QStringList anchors;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (const QString href = it.fragment().charFormat().anchorHref();
                    href.startsWith(u'#'))
                    anchors.append(href.mid(1));
        QVERIFY(anchors.contains(QStringLiteral("rolling-back")));
        for (const QString &anchor : std::as_const(anchors)) {
            browser->verticalScrollBar()->setValue(0);
            guide->showSection(anchor);
            QVERIFY2(browser->verticalScrollBar()->value() > 0, qPrintable(anchor));
        }
        // What the DBA sees, kept in the run's temporary folder for a look.
        guide->resize(960, 760);
        guide->showSection();
        guide->grab().save(test::temporaryRoot() + QStringLiteral("/user-guide.png"));
        // F1 again raises the same window.
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(openGuide(), guide);
    }

    void shortcutsDialogListsWhatTheMenusBind()
    {
        MainWindow window;
        window.show();
        ShortcutsDialog *dialog = window.help()->showShortcuts();
        const QMap<QString, QString> keys = dialog->shortcuts();
        const auto native = [](const char *text) {
            return QKeySequence(QString::fromLatin1(text)).toString(QKeySequence::NativeText);
        };
        QCOMPARE(keys.value(QStringLiteral("User guide")), native("F1"));
        QCOMPARE(keys.value(QStringLiteral("Back up now")), native("Ctrl+Shift+S"));
        QCOMPARE(keys.value(QStringLiteral("Roll back…")), native("Ctrl+Shift+B"));
        QCOMPARE(keys.value(QStringLiteral("Verify now")), native("Ctrl+Shift+V"));
        QCOMPARE(keys.value(QStringLiteral("Export verification report…")), native("Ctrl+E"));
        QCOMPARE(keys.value(QStringLiteral("Backups")), native("Alt+1"));
        QCOMPARE(keys.value(QStringLiteral("Log")), native("Alt+2"));
        QCOMPARE(keys.value(QStringLiteral("Service")), native("Alt+3"));
        QCOMPARE(keys.value(QStringLiteral("Verification")), native("Alt+4"));
        // No two actions share keys.
        QStringList all = keys.values();
        all.removeDuplicates();
        QCOMPARE(all.size(), keys.size());
        dialog->close();
    }

    void dockAndActionShortcutsAct()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *backUp = window.backupsPanel()->backUpAction();
        QVERIFY(!backUp->isEnabled()); // nothing open to back up
        openDemo(window);
        QTRY_VERIFY(backUp->isEnabled()); // once the catalog of the database is read

        auto *log = window.findChild<QDockWidget *>(QStringLiteral("logDock"));
        auto *verification = window.findChild<QDockWidget *>(QStringLiteral("verificationDock"));
        QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
        QTRY_VERIFY(!log->visibleRegion().isEmpty());
        verification->close();
        QTest::keyClick(&window, Qt::Key_4, Qt::AltModifier);
        QTRY_VERIFY(verification->isVisible() && !verification->visibleRegion().isEmpty());
    }

    void aboutNamesTheVersionsAndTheServer()
    {
        MainWindow window;
        window.show();
        AboutDialog *before = window.help()->showAbout();
        const QStringList lines = before->versionLines();
        QVERIFY(lines.contains(QStringLiteral("Qt: ") + QString::fromLatin1(qVersion())));
        QVERIFY(lines.filter(QStringLiteral("KF6 SyntaxHighlighting: 6.")).size() == 1);
        QVERIFY(lines.filter(QStringLiteral("QScintilla: 2.")).size() == 1);
        QVERIFY(lines.contains(QStringLiteral("Database server: not connected")));
        before->close();

        openDemo(window);
        AboutDialog *after = window.help()->showAbout();
        const QString server = window.controller()->workspace().serverVersion;
        QVERIFY(!server.isEmpty());
        QVERIFY(after->versionLines().contains(QStringLiteral("Database server: ") + server));
        after->close();
    }

    void helpAndVersionNeedNoDisplay()
    {
        const auto help = test::run(test::appPath(), {QStringLiteral("--help")}, noDisplay());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--demo"));
        QVERIFY(help.out.contains("--version"));
        QVERIFY(help.out.contains("--theme"));

        const auto version = test::run(test::appPath(), {QStringLiteral("--version")}, noDisplay());
        QCOMPARE(version.exitCode, 0);
        const QList<QByteArray> lines = version.out.trimmed().split('\n');
        QVERIFY2(lines.value(0).startsWith("backstep 0."), version.out.constData());
        QVERIFY(version.out.contains(QByteArray(QByteArray("\nQt ") + qVersion())));
        QVERIFY(version.out.contains("\nKF6 SyntaxHighlighting 6."));
        QVERIFY(version.out.contains("\nQScintilla 2."));
        QVERIFY2(version.err.isEmpty(), version.err.constData());

        // A wrong option is still an error, without a display too.
        const auto wrong =
            test::run(test::appPath(), {QStringLiteral("--no-such-option"), QStringLiteral("-v")},
                      noDisplay());
        QVERIFY(wrong.exitCode != 0);
        QVERIFY(wrong.err.contains("no-such-option"));

        const auto cliHelp = test::runCli({QStringLiteral("--help")}, noDisplay());
        QCOMPARE(cliHelp.exitCode, 0);
        QVERIFY(cliHelp.out.contains("rollback"));
        const auto cliVersion = test::runCli({QStringLiteral("--version")}, noDisplay());
        QCOMPARE(cliVersion.exitCode, 0);
        QVERIFY(cliVersion.out.startsWith("backstep-cli 0."));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
