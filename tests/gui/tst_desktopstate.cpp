// The real main window, offscreen, telling only what it knows: a failed connection leaves
// every state unknown and what needs the database off, with Retry asking the password; a
// DOWN section with a parse error says so in its row; the source pane follows the filter;
// the backup selection survives Verify; the run history lists and opens what the journal
// holds, and the last report shows again at start; the profile editor round-trips every
// field. No session bus here: the keyring choice is off, with the reason.
#include "core/profilestore.h"
#include "db/demoworkspace.h"
#include "models/backupcatalogmodel.h"
#include "models/migrationhistorymodel.h"
#include "models/runhistorymodel.h"
#include "models/statuscolors.h"
#include "support/testsupport.h"
#include "ui/appearance.h"
#include "ui/backupscontroller.h"
#include "ui/backupspanel.h"
#include "ui/connectionbanner.h"
#include "ui/mainwindow.h"
#include "ui/migrationsourceview.h"
#include "ui/passworddialog.h"
#include "ui/profileeditor.h"
#include "ui/runhistorycontroller.h"
#include "ui/runhistorypanel.h"
#include "ui/verificationcontroller.h"
#include "ui/verificationpanel.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace backstep;

namespace {

// Every text a widget under `root` shows: labels, line edits as displayed (a password
// field's dots), plain text edits, tool tips.
QStringList shownTexts(const QWidget *root)
{
    QStringList texts;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        texts.append(widget->toolTip());
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts.append(label->text());
        else if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            texts.append(line->displayText());
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            texts.append(plain->toPlainText());
    }
    return texts;
}

} // namespace

class TestDesktopState : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("desktopstate"))};
    DemoWorkspace::Paths m_demo;

    void openAndWait(MainWindow &window, const QString &url, const QString &migrations,
                     const QString &password = {})
    {
        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(url).value();
        request.password = password;
        request.migrationsFolder = migrations;
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        window.open(request);
        QVERIFY(loaded.wait(30000));
    }

    // A loopback port where nothing listens (tcpmux, port 1): refused at once.
    static int closedPort() { return 1; }

    static QString statusBarText(MainWindow &window)
    {
        QStringList texts;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(u' ');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("BACKSTEP_JOURNAL", m_dir.filePath(QStringLiteral("journal.sqlite")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        auto demo = DemoWorkspace::create(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY(demo.ok());
        m_demo = demo.value();
    }

    void aFailedConnectionLeavesEveryStateUnknown()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        const QString url = QStringLiteral("mysql://dba@127.0.0.1:%1/heartguard").arg(closedPort());
        openAndWait(window, url, m_demo.migrations, QStringLiteral("wrong"));

        const MigrationHistoryModel *model = window.controller()->model();
        QCOMPARE(model->rowCount(), 11);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex state = model->index(row, MigrationHistoryModel::StateColumn);
            QCOMPARE(state.data(MigrationHistoryModel::StateRole).toInt(),
                     int(MigrationState::Unknown));
            QCOMPARE(state.data().toString(), QStringLiteral("Unknown"));
        }
        QCOMPARE(model->countInState(MigrationState::Pending), 0);
        const QString status = statusBarText(window);
        QVERIFY2(!status.contains(QStringLiteral("pending")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("11 unknown")), qPrintable(status));

        // Nothing that needs the database is offered.
        QVERIFY(!window.rollbackAction()->isEnabled());
        auto *backups = window.findChild<BackupsPanel *>();
        QVERIFY(!backups->backUpButton()->isEnabled());
        QVERIFY(!backups->backUpButton()->toolTip().isEmpty());
        auto *verify =
            window.verificationPanel()->findChild<QPushButton *>(QStringLiteral("verifyNowButton"));
        QVERIFY(!verify->isEnabled());

        // The banner says why and offers Retry, which asks for the password; with no
        // keyring here the "remember" box is off and says why.
        auto *banner = window.findChild<ConnectionBanner *>();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(url), qPrintable(banner->text()));
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        PasswordDialog *prompt = banner->passwordDialog();
        QVERIFY(prompt);
        QTRY_VERIFY(prompt->isVisible());
        auto *remember = prompt->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
        auto *reason = prompt->findChild<QLabel *>(QStringLiteral("keyringLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(reason->text().contains(QStringLiteral("asks for the password")),
                                 20000);
        QVERIFY(!remember->isEnabled());
        prompt->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("still-wrong"));
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        prompt->accept();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(window.controller()->workspace().request.password, QStringLiteral("still-wrong"));
        QVERIFY(!window.rollbackAction()->isEnabled());

        // The same migrations from a database that answers: states known, actions on.
        openAndWait(window, m_demo.url(), m_demo.migrations);
        QVERIFY(!banner->isVisible());
        QVERIFY(window.rollbackAction()->isEnabled());
        QVERIFY(backups->backUpButton()->isEnabled());
        QVERIFY(verify->isEnabled());
        QCOMPARE(model->countInState(MigrationState::Unknown), 0);
    }

    void aParseErrorIsFlaggedInItsRow()
    {
        const QString folder = m_dir.filePath(QStringLiteral("broken"));
        test::writeFile(folder + QStringLiteral("/5_broken.sql"),
                        QStringLiteral("-- UP\nSELECT 1;\n-- DOWN\nDELETE FROM a;\n"
                                       "DELETE FROM t WHERE a = 'x;\nDELETE FROM b;\n"));
        MainWindow window;
        window.show();
        openAndWait(window, m_demo.url(), folder);
        const QAbstractItemModel *model = window.historyView()->model();
        const QString down = model->index(0, MigrationHistoryModel::DownColumn).data().toString();
        QVERIFY2(down.contains(QStringLiteral("parse error")), qPrintable(down));
        QVERIFY2(!down.contains(QStringLiteral("statement")), qPrintable(down));
        QVERIFY(model->index(0, MigrationHistoryModel::DownColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("5_broken.sql:5")));
    }

    void theSourcePaneFollowsTheFilter()
    {
        MainWindow window;
        window.show();
        openAndWait(window, m_demo.url(), m_demo.migrations);
        QVERIFY(window.selectVersion(QStringLiteral("1203")));
        QVERIFY(window.sourceView()->text().contains(QStringLiteral("activity_events_merged")));
        QTest::keyClicks(window.filterEdit(), QStringLiteral("1201"));
        QCOMPARE(window.historyView()->model()->rowCount(), 1);
        // 1203 is hidden: the pane no longer shows it.
        QVERIFY(!window.sourceView()->text().contains(QStringLiteral("activity_events_merged")));
        window.filterEdit()->setText(QStringLiteral("no such migration"));
        QCOMPARE(window.historyView()->model()->rowCount(), 0);
        bool said = false;
        for (QLabel *label : window.findChildren<QLabel *>())
            said = said || label->text() == QStringLiteral("No migration matches the filter.");
        QVERIFY(said);
    }

    void theBackupSelectionSurvivesVerify()
    {
        MainWindow window;
        window.show();
        openAndWait(window, m_demo.url(), m_demo.migrations);
        window.backups()->setFolder(m_dir.filePath(QStringLiteral("backups")));
        auto *panel = window.findChild<BackupsPanel *>();
        QSignalSpy busy(window.backups(), &BackupsController::busyChanged);
        QTest::mouseClick(panel->backUpButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 2, 30000);
        QTest::mouseClick(panel->backUpButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 4, 30000);
        QTableView *catalog = panel->catalogView();
        QVERIFY(catalog->model()->rowCount() >= 2);
        catalog->selectRow(1);
        const qint64 chosen =
            catalog->model()->index(1, 0).data(BackupCatalogModel::RecordIdRole).toLongLong();
        QVERIFY(panel->verifyButton()->isEnabled());
        QTest::mouseClick(panel->verifyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 6, 30000);
        const QModelIndexList selected = catalog->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(BackupCatalogModel::RecordIdRole).toLongLong(), chosen);
        QVERIFY(panel->restoreButton()->isEnabled());
    }

    // Yesterday's rollback and its report, found in the window: the run history lists
    // them from the journal, opening the run shows its steps and its report, and the
    // Verification dock shows the last report again when the database is opened.
    void theRunHistoryShowsRunsAndReports()
    {
        const QString journal = m_dir.filePath(QStringLiteral("journal.sqlite"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BACKSTEP_JOURNAL"), journal);
        const QStringList where{QStringLiteral("--url"), m_demo.url(),
                                QStringLiteral("--migrations"), m_demo.migrations};
        auto rolledBack = test::runCli(
            QStringList{QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1"),
                        QStringLiteral("--yes"), QStringLiteral("--no-backup"),
                        QStringLiteral("--confirm"), QStringLiteral("heartguard")} +
                where,
            environment);
        QVERIFY2(rolledBack.exitCode == 0, rolledBack.err.constData());
        auto verified = test::runCli(QStringList{QStringLiteral("verify")} + where, environment);
        QVERIFY2(verified.exitCode == 0 || verified.exitCode == 3, verified.err.constData());

        MainWindow window;
        window.resize(1300, 900);
        window.show();
        QSignalSpy restored(window.verification(), &VerificationController::reportRestored);
        auto *history = window.findChild<RunHistoryController *>();
        QVERIFY(history);
        QSignalSpy refreshed(history, &RunHistoryController::refreshed);
        openAndWait(window, m_demo.url(), m_demo.migrations);
        QVERIFY(restored.count() == 1 || restored.wait(20000));
        QVERIFY2(
            window.verificationPanel()->verdictText().startsWith(QStringLiteral("Last report")),
            qPrintable(window.verificationPanel()->verdictText()));
        QVERIFY(refreshed.count() > 0 || refreshed.wait(20000));

        RunHistoryPanel *panel = history->panel();
        QTableView *list = panel->listView();
        panel->kindCombo()->setCurrentIndex(
            panel->kindCombo()->findData(int(RunHistoryEntry::Kind::Rollback)));
        QTRY_VERIFY2_WITH_TIMEOUT(list->model()->rowCount() == 1,
                                  qPrintable(QStringLiteral("%1 rows of %2; %3")
                                                 .arg(list->model()->rowCount())
                                                 .arg(history->model()->rowCount())
                                                 .arg(panel->detailLabel()->text())),
                                  20000);
        QCOMPARE(list->model()->index(0, RunHistoryModel::StatusColumn).data().toString(),
                 QStringLiteral("done"));
        QSignalSpy opened(history, &RunHistoryController::detailsReady);
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(opened.wait(20000));
        QTableWidget *steps = panel->stepsTable();
        QVERIFY(steps->rowCount() > 0);
        QCOMPARE(steps->item(0, 1)->text(), QStringLiteral("done"));
        QVERIFY2(steps->item(0, 3)->text().contains(u':'), qPrintable(steps->item(0, 3)->text()));
        QVERIFY2(panel->reportView()->toPlainText().contains(QStringLiteral("Verification of")),
                 qPrintable(panel->reportView()->toPlainText()));

        // A theme change draws the opened report and the steps' status again in the new
        // colours, without selecting the entry again.
        const QPalette dark = Appearance::darkPalette();
        const ReportColours darkColours = StatusColors::reportColours(dark);
        const auto inDarkColours = [&](const QString &html) {
            return html.contains(darkColours.passBackground) ||
                   html.contains(darkColours.failBackground) ||
                   html.contains(darkColours.inconclusiveBackground);
        };
        QVERIFY(!inDarkColours(panel->reportView()->toHtml()));
        const QColor lightDone = steps->item(0, 1)->foreground().color();
        panel->setPalette(dark);
        QTRY_VERIFY2_WITH_TIMEOUT(inDarkColours(panel->reportView()->toHtml()),
                                  qPrintable(panel->reportView()->toHtml()), 20000);
        QVERIFY(steps->rowCount() > 0);
        QCOMPARE(steps->item(0, 1)->foreground().color(), StatusColors::of(Tone::Good, dark));
        QVERIFY(steps->item(0, 1)->foreground().color() != lightDone);
        QCOMPARE(panel->stepsTable(), steps);

        // Filters: reports only, then a text that matches nothing.
        panel->kindCombo()->setCurrentIndex(
            panel->kindCombo()->findData(int(RunHistoryEntry::Kind::Report)));
        QCOMPARE(list->model()->rowCount(), 1);
        panel->filterEdit()->setText(QStringLiteral("nothing like this"));
        QCOMPARE(list->model()->rowCount(), 0);
    }

    // Every field in, saved, read back by a new editor; commands keep `;`, `#`, quotes and
    // line breaks; the connection is stored as a URL with its TLS settings.
    void theProfileEditorRoundTrips()
    {
        const QString file = m_dir.filePath(QStringLiteral("editor/profiles.json"));
        const QString stop = QStringLiteral("sleep 1; rm -f x # really\necho \"done\"");
        {
            ProfileEditor editor{ProfileStore(file)};
            editor.show();
            auto edit = [&](const char *name) {
                return editor.findChild<QLineEdit *>(QLatin1StringView(name));
            };
            edit("nameEdit")->setText(QStringLiteral("HeartGuard; prod #1"));
            edit("hostEdit")->setText(QStringLiteral("db.internal"));
            editor.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(3307);
            edit("userEdit")->setText(QStringLiteral("dba"));
            edit("databaseEdit")->setText(QStringLiteral("heartguard"));
            auto *tls = editor.findChild<QComboBox *>(QStringLiteral("tlsModeCombo"));
            tls->setCurrentIndex(tls->findData(QStringLiteral("verify-ca")));
            edit("caEdit")->setText(QStringLiteral("/etc/ssl/db ca.pem"));
            editor.findChild<QSpinBox *>(QStringLiteral("connectTimeoutSpin"))->setValue(5);
            edit("folderEdit")->setText(QStringLiteral("/srv/heartguard/migrations"));
            auto *format = editor.findChild<QComboBox *>(QStringLiteral("formatCombo"));
            format->setCurrentIndex(format->findData(QStringLiteral("dbmate")));
            edit("historyTableEdit")->setText(QStringLiteral("schema_migrations"));
            edit("unitEdit")->setText(QStringLiteral("heartguard-app"));
            auto *backend = editor.findChild<QComboBox *>(QStringLiteral("backendCombo"));
            backend->setCurrentIndex(backend->findData(QStringLiteral("commands")));
            editor.findChild<QPlainTextEdit *>(QStringLiteral("stopEdit"))->setPlainText(stop);
            editor.findChild<QPlainTextEdit *>(QStringLiteral("startEdit"))
                ->setPlainText(QStringLiteral("start 'it'"));
            editor.findChild<QPlainTextEdit *>(QStringLiteral("statusEdit"))
                ->setPlainText(QStringLiteral("systemctl is-active heartguard-app"));
            editor.findChild<QPlainTextEdit *>(QStringLiteral("logFilesEdit"))
                ->setPlainText(QStringLiteral("/var/log/heartguard/app.log\n\n/var/log/a;b.log"));
            QTest::mouseClick(
                editor.findChild<QPushButton *>(QStringLiteral("playbookContactsButton")),
                Qt::LeftButton);
            auto *commands = editor.findChild<QTableWidget *>(QStringLiteral("commandsTable"));
            QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addCommandButton")),
                              Qt::LeftButton);
            commands->item(0, 0)->setText(QStringLiteral("validate:data"));
            commands->item(0, 1)->setText(QStringLiteral("npm run validate:data; echo \"#ok\""));
            commands->item(0, 4)->setText(QStringLiteral("NODE_ENV=production"));
            auto *assertions = editor.findChild<QTableWidget *>(QStringLiteral("assertionsTable"));
            QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addAssertionButton")),
                              Qt::LeftButton);
            assertions->item(0, 0)->setText(QStringLiteral("no orphans"));
            assertions->item(0, 1)->setText(
                QStringLiteral("SELECT COUNT(*) FROM t WHERE a = ';#'"));
            assertions->item(0, 2)->setText(QStringLiteral("0"));
            // The webhook: a bad URL is said while typing and refused on save.
            edit("webhookEdit")->setText(QStringLiteral("ftp://hooks.example/x"));
            auto *webhookNote = editor.findChild<QLabel *>(QStringLiteral("webhookNoteLabel"));
            QVERIFY2(webhookNote->text().contains(QStringLiteral("http or https")),
                     qPrintable(webhookNote->text()));
            QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("saveButton")),
                              Qt::LeftButton);
            QVERIFY2(editor.problemText().contains(QStringLiteral("the webhook URL must be an http "
                                                                  "or https URL")),
                     qPrintable(editor.problemText()));
            QVERIFY(!ProfileStore(file).load(QStringLiteral("HeartGuard; prod #1")).ok());
            // An edit elsewhere leaves the refusal standing; mending the field takes it away.
            edit("userEdit")->setText(QStringLiteral("dba2"));
            QVERIFY2(editor.problemText().contains(QStringLiteral("the webhook URL must be")),
                     qPrintable(editor.problemText()));
            edit("userEdit")->setText(QStringLiteral("dba"));
            edit("webhookEdit")
                ->setText(QStringLiteral("https://hooks.example/services/T0/s3cr3t"));
            QCOMPARE(editor.problemText(), QStringLiteral("Not saved yet."));
            // Its token is shown nowhere until asked for: the field is masked as a password
            // is, the note names the host alone.
            QCOMPARE(webhookNote->text(),
                     QStringLiteral("Posts to https://hooks.example/… (the rest, its token, is "
                                    "hidden)"));
            QCOMPARE(edit("webhookEdit")->echoMode(), QLineEdit::Password);
            QVERIFY2(!shownTexts(&editor).join(u'\n').contains(QStringLiteral("s3cr3t")),
                     qPrintable(shownTexts(&editor).join(u'\n')));
            auto *reveal =
                edit("webhookEdit")->findChild<QAction *>(QStringLiteral("revealWebhookAction"));
            QVERIFY(reveal);
            reveal->trigger();
            QCOMPARE(edit("webhookEdit")->displayText(),
                     QStringLiteral("https://hooks.example/services/T0/s3cr3t"));
            reveal->trigger();
            QVERIFY(!edit("webhookEdit")->displayText().contains(QStringLiteral("s3cr3t")));
            edit("webhookCaEdit")->setText(QStringLiteral("/etc/ssl/hooks ca.pem"));
            if (!qEnvironmentVariableIsEmpty("BACKSTEP_PROFILE_EDITOR_SHOT")) {
                auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("tabs"));
                tabs->setCurrentWidget(editor.findChild<QWidget *>(QStringLiteral("logsTab")));
                editor.grab().save(qEnvironmentVariable("BACKSTEP_PROFILE_EDITOR_SHOT"));
            }
            // No keyring in this test: remembering is off, with the reason.
            auto *remember = editor.findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
            QTRY_VERIFY_WITH_TIMEOUT(editor.findChild<QLabel *>(QStringLiteral("keyringLabel"))
                                         ->text()
                                         .contains(QStringLiteral("No keyring")),
                                     20000);
            QVERIFY(!remember->isEnabled());

            QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("saveButton")),
                              Qt::LeftButton);
            QVERIFY2(editor.problemText().startsWith(QStringLiteral("Saved")),
                     qPrintable(editor.problemText()));
        }
        const auto stored = ProfileStore(file).load(QStringLiteral("HeartGuard; prod #1"));
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error()));
        QCOMPARE(stored->service.stopCommand, stop);
        QCOMPARE(stored->service.backend, ServiceConfig::Backend::Commands);
        QCOMPARE(stored->logFiles, QStringList({QStringLiteral("/var/log/heartguard/app.log"),
                                                QStringLiteral("/var/log/a;b.log")}));
        QCOMPARE(stored->contacts, ConnectionProfile::playbookContacts());
        QCOMPARE(stored->validationCommands.size(), 1);
        QCOMPARE(stored->validationCommands.first().environment.value(QStringLiteral("NODE_ENV")),
                 QStringLiteral("production"));
        QCOMPARE(stored->assertions.first().sql,
                 QStringLiteral("SELECT COUNT(*) FROM t WHERE a = ';#'"));
        QVERIFY2(stored->url.startsWith(QStringLiteral("mysql://dba@db.internal:3307/heartguard?")),
                 qPrintable(stored->url));
        QVERIFY2(stored->url.contains(QStringLiteral("ssl-mode=verify-ca")),
                 qPrintable(stored->url));
        QVERIFY2(stored->url.contains(QStringLiteral("connect-timeout=5")),
                 qPrintable(stored->url));
        QCOMPARE(stored->historyTable.table, QStringLiteral("schema_migrations"));
        QCOMPARE(stored->migrationsFormat, QStringLiteral("dbmate"));
        QCOMPARE(stored->webhookUrl, QStringLiteral("https://hooks.example/services/T0/s3cr3t"));
        QCOMPARE(stored->webhookCaFile, QStringLiteral("/etc/ssl/hooks ca.pem"));

        // A second editor shows exactly what was saved, and saving it changes nothing.
        ProfileEditor again{ProfileStore(file)};
        QVERIFY(again.selectProfile(QStringLiteral("HeartGuard; prod #1")));
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("caEdit"))->text(),
                 QStringLiteral("/etc/ssl/db ca.pem"));
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("webhookEdit"))->text(),
                 QStringLiteral("https://hooks.example/services/T0/s3cr3t"));
        QVERIFY2(!shownTexts(&again).join(u'\n').contains(QStringLiteral("s3cr3t")),
                 qPrintable(shownTexts(&again).join(u'\n')));
        const auto edited = again.editedProfile();
        QVERIFY2(edited.ok(), edited.ok() ? "" : qPrintable(edited.error()));
        QCOMPARE(profileToJson(edited.value()), profileToJson(stored.value()));

        // Export, then import under another store: the same profile.
        const QString exported = m_dir.filePath(QStringLiteral("editor/exported.json"));
        QVERIFY(again.exportTo(exported).ok());
        ProfileEditor other{ProfileStore(m_dir.filePath(QStringLiteral("editor/other.json")))};
        QVERIFY2(other.importFile(exported).ok(), qPrintable(other.problemText()));
        QCOMPARE(profileToJson(ProfileStore(m_dir.filePath(QStringLiteral("editor/other.json")))
                                   .load(QStringLiteral("HeartGuard; prod #1"))
                                   .value()),
                 profileToJson(stored.value()));
        // A second import of the same name is refused, with the name.
        const auto twice = other.importFile(exported);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().contains(QStringLiteral("HeartGuard; prod #1")));
    }
};

QTEST_MAIN(TestDesktopState)
#include "tst_desktopstate.moc"
