// The real main window, offscreen: loading, selection, DOWN markers, statement extents,
// parse errors in place, filtering, and a connection dialog that stores no password.
#include "db/demoworkspace.h"
#include "models/migrationhistorymodel.h"
#include "support/testsupport.h"
#include "ui/connectiondialog.h"
#include "ui/mainwindow.h"
#include "ui/migrationsourceview.h"
#include "ui/workspacecontroller.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DemoWorkspace::Paths m_demo;

    void openAndWait(MainWindow &window, const QString &url, const QString &migrations)
    {
        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(url).value();
        request.migrationsFolder = migrations;
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        window.open(request);
        QVERIFY(loaded.wait(20000));
    }

    void clickVersion(MainWindow &window, const QString &version)
    {
        QTableView *view = window.historyView();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index =
                view->model()->index(row, MigrationHistoryModel::VersionColumn);
            if (index.data().toString() == version) {
                view->scrollTo(index);
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                                  view->visualRect(index).center());
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row for version %1").arg(version)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        auto demo = DemoWorkspace::create(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY(demo.ok());
        m_demo = demo.value();
    }

    void selectingAMigrationShowsItsDownSection()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openAndWait(window, m_demo.url(), m_demo.migrations);
        QCOMPARE(window.historyView()->model()->rowCount(), 11);

        clickVersion(window, QStringLiteral("1203"));
        MigrationSourceView *source = window.sourceView();
        QVERIFY(source->text().contains(QStringLiteral("activity_events_merged")));
        // Lines 21-32 are the DOWN section (its marker is line 20); UP is lines 5-18.
        for (int line = 21; line <= 32; ++line)
            QVERIFY2(source->lineHasMarker(line, MigrationSourceView::DownSectionMarker),
                     qPrintable(QString::number(line)));
        for (int line = 5; line <= 18; ++line) {
            QVERIFY(source->lineHasMarker(line, MigrationSourceView::UpSectionMarker));
            QVERIFY(!source->lineHasMarker(line, MigrationSourceView::DownSectionMarker));
        }
        QCOMPARE(source->linesWithMarker(MigrationSourceView::StatementStartMarker),
                 (QList<int>{23, 30, 31, 32}));
        QVERIFY(source->annotationAt(20).contains(QStringLiteral("4 statement")));

        // A multi-line DOWN statement is bracketed from its first to its last line.
        clickVersion(window, QStringLiteral("1200"));
        QVERIFY(source->text().contains(QStringLiteral("food_log_items")));
        const auto extents = source->statementExtents();
        QCOMPARE(extents.size(), 3);
        QCOMPARE(extents[1], (std::pair<int, int>{19, 23}));
        QVERIFY(source->lineHasMarker(19, MigrationSourceView::StatementStartMarker));
        QVERIFY(source->lineHasMarker(21, MigrationSourceView::StatementBodyMarker));
        QVERIFY(source->lineHasMarker(23, MigrationSourceView::StatementEndMarker));

        // The irreversible migration has no DOWN markers at all.
        clickVersion(window, QStringLiteral("1198"));
        QVERIFY(source->linesWithMarker(MigrationSourceView::DownSectionMarker).isEmpty());
    }

    void filterBoxNarrowsTheHistory()
    {
        MainWindow window;
        window.show();
        openAndWait(window, m_demo.url(), m_demo.migrations);
        QTest::keyClicks(window.filterEdit(), QStringLiteral("pending"));
        QCOMPARE(window.historyView()->model()->rowCount(), 2);
        window.filterEdit()->clear();
        QCOMPARE(window.historyView()->model()->rowCount(), 11);
    }

    void parseErrorIsAnnotatedAtItsLine()
    {
        const QString folder = m_dir.filePath(QStringLiteral("broken"));
        test::writeFile(folder + QStringLiteral("/5_broken.sql"),
                        QStringLiteral("-- UP\nSELECT 1;\n-- DOWN\nDELETE FROM t WHERE a = 'x;\n"));
        MainWindow window;
        window.show();
        openAndWait(window, m_demo.url(), folder);
        clickVersion(window, QStringLiteral("5"));
        QVERIFY(window.sourceView()->lineHasMarker(4, MigrationSourceView::ErrorMarker));
        QVERIFY2(
            window.sourceView()->annotationAt(4).contains(QStringLiteral("unterminated string")),
            qPrintable(window.sourceView()->annotationAt(4)));
    }

    void windowRendersSomething()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        openAndWait(window, m_demo.url(), m_demo.migrations);
        QVERIFY(window.selectVersion(QStringLiteral("1201")));
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1000, 700));
        // Not a blank window: the editor and table paint many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void connectionDialogRemembersWithoutPassword()
    {
        ConnectionDialog dialog;
        dialog.findChild<QComboBox *>(QStringLiteral("engineCombo"))->setCurrentIndex(0);
        dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))
            ->setText(QStringLiteral("db.example"));
        dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("dba"));
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("S3cret-Pa55"));
        dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))
            ->setText(QStringLiteral("heartguard"));
        dialog.findChild<QLineEdit *>(QStringLiteral("migrationsEdit"))->setText(m_demo.migrations);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.request().password, QStringLiteral("S3cret-Pa55"));
        QCOMPARE(dialog.request().connection.url(),
                 QStringLiteral("mysql://dba@db.example:3306/heartguard"));

        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("db.example"));
        QVERIFY(!stored.contains("S3cret-Pa55"));

        ConnectionDialog second;
        QCOMPARE(second.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->text(),
                 QStringLiteral("db.example"));
        QVERIFY(second.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    }

    // The TLS settings and the timeout are part of the connection: kept in the recent
    // list (in the URL's query) and given back; a database named with '#' stays whole.
    void connectionDialogKeepsTlsSettings()
    {
        ConnectionDialog dialog;
        dialog.findChild<QComboBox *>(QStringLiteral("engineCombo"))->setCurrentIndex(0);
        dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))
            ->setText(QStringLiteral("db.example"));
        dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("dba"));
        dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))
            ->setText(QStringLiteral("heart#guard?v"));
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("tlsModeCombo"));
        mode->setCurrentIndex(mode->findData(int(ConnectionSpec::TlsMode::VerifyCa)));
        auto *ca = dialog.findChild<QLineEdit *>(QStringLiteral("caEdit"));
        QVERIFY(ca->isEnabled());
        ca->setText(QStringLiteral("/etc/ssl/our ca.pem"));
        dialog.findChild<QSpinBox *>(QStringLiteral("connectTimeoutSpin"))->setValue(9);
        dialog.findChild<QLineEdit *>(QStringLiteral("migrationsEdit"))->setText(m_demo.migrations);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ConnectionSpec spec = dialog.request().connection;
        QCOMPARE(spec.database, QStringLiteral("heart#guard?v"));
        QCOMPARE(spec.tlsMode, ConnectionSpec::TlsMode::VerifyCa);
        QCOMPARE(spec.sslCa, QStringLiteral("/etc/ssl/our ca.pem"));
        QCOMPARE(spec.connectTimeoutSeconds, 9);

        ConnectionDialog second;
        auto *secondMode = second.findChild<QComboBox *>(QStringLiteral("tlsModeCombo"));
        QCOMPARE(secondMode->currentData().toInt(), int(ConnectionSpec::TlsMode::VerifyCa));
        QCOMPARE(second.findChild<QLineEdit *>(QStringLiteral("caEdit"))->text(),
                 QStringLiteral("/etc/ssl/our ca.pem"));
        QCOMPARE(second.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->text(),
                 QStringLiteral("heart#guard?v"));
        secondMode->setCurrentIndex(secondMode->findData(int(ConnectionSpec::TlsMode::Disabled)));
        QVERIFY(!second.findChild<QLineEdit *>(QStringLiteral("caEdit"))->isEnabled());
        if (!qEnvironmentVariableIsEmpty("BACKSTEP_DIALOG_SHOT")) {
            second.resize(second.sizeHint().expandedTo(QSize(600, 0)));
            second.grab().save(qEnvironmentVariable("BACKSTEP_DIALOG_SHOT"));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
