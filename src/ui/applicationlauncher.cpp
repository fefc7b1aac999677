#include "ui/applicationlauncher.h"

#include "core/passwordsource.h"
#include "core/profilestore.h"
#include "core/translations.h"
#include "db/demoworkspace.h"
#include "ops/demoservice.h"
#include "ops/processrunner.h"
#include "ui/appearance.h"
#include "ui/backupscontroller.h"
#include "ui/componentversions.h"
#include "ui/logpanel.h"
#include "ui/mainwindow.h"
#include "ui/playbookcontroller.h"
#include "ui/playbookdialog.h"
#include "ui/profilescontroller.h"
#include "ui/rollbackcontroller.h"
#include "ui/rollbackdialog.h"
#include "ui/servicedockcontroller.h"
#include "ui/verificationcontroller.h"
#include "ui/workspacecontroller.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace backstep {

namespace {

// --help and --version are answered without a display: they are seen before the
// QApplication (which needs one) is made.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *option : {"-h", "--help", "--help-all", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("backstep"));
    QCoreApplication::setOrganizationName(QStringLiteral("backstep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKSTEP_VERSION));
}

const QString kVersionOption = QStringLiteral("version");

void declareOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "backstep", "Roll back database migrations safely, with evidence."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("v"), kVersionOption},
                      QCoreApplication::translate(
                          "backstep", "Print the versions of Backstep and its libraries.")});
    parser.addOptions({
        {QStringLiteral("url"),
         QCoreApplication::translate("backstep",
                                     "mysql://USER@HOST:PORT/DB, mariadb://... or sqlite:PATH."),
         QStringLiteral("url")},
        {QStringLiteral("password-file"),
         QCoreApplication::translate("backstep", "Read the password from this file."),
         QStringLiteral("file")},
        {QStringLiteral("migrations"),
         QCoreApplication::translate("backstep", "The migrations folder."), QStringLiteral("dir")},
        {QStringLiteral("format"),
         QCoreApplication::translate("backstep", "The migrations' format (default: auto)."),
         QStringLiteral("name"), QStringLiteral("auto")},
        {QStringLiteral("demo"),
         QCoreApplication::translate("backstep", "Open the embedded SQLite demo workspace.")},
        {QStringLiteral("profile"),
         QCoreApplication::translate("backstep", "Open this connection profile: its database "
                                                 "(unless --url is given), service, checks and "
                                                 "logs."),
         QStringLiteral("name")},
        {QStringLiteral("select"),
         QCoreApplication::translate("backstep", "Select this migration version."),
         QStringLiteral("version")},
        {QStringLiteral("log"),
         QCoreApplication::translate("backstep",
                                     "Follow this log file in the Log panel (repeatable)."),
         QStringLiteral("file")},
        {QStringLiteral("theme"),
         QCoreApplication::translate("backstep",
                                     "Look for this run: system, light or dark (View ▸ Theme "
                                     "sets it for good)."),
         QStringLiteral("name")},
        {QStringLiteral("screenshot"),
         QCoreApplication::translate("backstep", "Render the main window to this PNG and exit."),
         QStringLiteral("file")},
        {QStringLiteral("screenshot-rollback"),
         QCoreApplication::translate("backstep", "Render the rollback dialog's preview of the "
                                                 "last two migrations to this PNG and exit."),
         QStringLiteral("file")},
        {QStringLiteral("screenshot-playbook"),
         QCoreApplication::translate(
             "backstep",
             "Run the playbook on the open database (the last two migrations, with the profile "
             "named like the demo's when there is one), render its steps to this PNG and, when "
             "it is done, its report to FILE-report.png, and exit. With --demo on a throwaway "
             "demo of its own (the demo, profiles and journal you use are left as they are); "
             "with --url it really rolls back that database."),
         QStringLiteral("file")},
    });
}

// backstep --help / --version with a QCoreApplication: no display, no GUI libraries used.
int answerWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(app);
    QCommandLineParser parser;
    declareOptions(parser);
    parser.process(app); // --help prints and exits; a bad option says so and exits 1
    std::fputs(qPrintable(versionText()), stdout);
    return 0;
}

// Decided before QApplication exists: a screenshot needs no display.
void chooseOffscreenForScreenshots(int argc, char *argv[])
{
    bool screenshot = false;
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 ||
            std::strncmp(argv[i], "--screenshot=", 13) == 0 ||
            std::strcmp(argv[i], "--screenshot-rollback") == 0 ||
            std::strncmp(argv[i], "--screenshot-rollback=", 22) == 0 ||
            std::strcmp(argv[i], "--screenshot-playbook") == 0 ||
            std::strncmp(argv[i], "--screenshot-playbook=", 22) == 0)
            screenshot = true;
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

void fail(const QString &message)
{
    std::fprintf(stderr, "backstep: %s\n", qPrintable(message));
}

// The request the command line describes; nullopt (after saying why) when it is wrong.
// The demo is the one in `demoFolder`, its profile saved to `profileFile` (empty: the
// user's profile store).
std::optional<std::optional<WorkspaceRequest>>
requestFromArguments(const QCommandLineParser &parser, const QString &demoFolder,
                     const QString &profileFile)
{
    if (parser.isSet(QStringLiteral("demo"))) {
        auto demo = DemoWorkspace::ensure(demoFolder);
        if (!demo) {
            fail(demo.error());
            return std::nullopt;
        }
        // The profile "demo" with its service and log, as `backstep-cli demo` saves it;
        // the window opens the demo without it when it cannot be saved.
        ProfileStore store = profileFile.isEmpty() ? ProfileStore() : ProfileStore(profileFile);
        if (auto saved = store.save(DemoWorkspace::profile(demo.value())); !saved)
            fail(saved.error());
        // Its service running, as `backstep-cli demo` leaves it; the window opens the demo
        // without it when it cannot start.
        if (auto started = startDemoService(demo.value()); !started)
            fail(started.error());
        WorkspaceRequest request;
        request.connection = ConnectionSpec::parse(demo->url()).value();
        request.migrationsFolder = demo->migrations;
        return std::optional<WorkspaceRequest>(request);
    }
    if (!parser.isSet(QStringLiteral("url")))
        return std::optional<WorkspaceRequest>();

    WorkspaceRequest request;
    auto spec = ConnectionSpec::parse(parser.value(QStringLiteral("url")));
    if (!spec) {
        fail(spec.error());
        return std::nullopt;
    }
    request.connection = spec.value();
    if (!parser.isSet(QStringLiteral("migrations"))) {
        fail(QCoreApplication::translate("backstep", "--migrations DIR is required with --url"));
        return std::nullopt;
    }
    request.migrationsFolder = QDir(parser.value(QStringLiteral("migrations"))).absolutePath();
    const auto format = formatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        fail(QCoreApplication::translate("backstep", "unknown format %1")
                 .arg(parser.value(QStringLiteral("format"))));
        return std::nullopt;
    }
    request.format = *format;
    if (request.connection.needsPassword()) {
        auto password = PasswordSource::resolve(parser.value(QStringLiteral("password-file")));
        if (!password) {
            fail(password.error());
            return std::nullopt;
        }
        // A named reference: clang-tidy follows the check on it, not through value().
        const std::optional<QString> &given = password.value();
        if (given) {
            request.password = *given;
        } else {
            bool ok = false;
            request.password =
                QInputDialog::getText(nullptr, QCoreApplication::translate("backstep", "Password"),
                                      QCoreApplication::translate("backstep", "Password for %1:")
                                          .arg(request.connection.url()),
                                      QLineEdit::Password, {}, &ok);
            if (!ok)
                return std::nullopt;
        }
    }
    return std::optional<WorkspaceRequest>(request);
}

} // namespace

int runApplication(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv))
        return answerWithoutDisplay(argc, argv);
    chooseOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Backstep"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.backstep.Backstep"));
    installTranslations(app);

    QCommandLineParser parser;
    declareOptions(parser);
    parser.process(app);

    // The look before the first window: no flash of the wrong theme.
    Appearance::initialize();
    QApplication::setWindowIcon(Appearance::applicationIcon());
    Appearance::Theme theme = Appearance::stored();
    if (parser.isSet(QStringLiteral("theme"))) {
        auto chosen = Appearance::fromName(parser.value(QStringLiteral("theme")));
        if (!chosen) {
            fail(chosen.error());
            return 2;
        }
        theme = chosen.value();
    }
    Appearance::apply(theme);

    // --screenshot-playbook really runs the playbook: with --demo on a throwaway demo of
    // its own, its profile, journal and backups beside it, never on the user's.
    std::optional<QTemporaryDir> throwaway;
    if (parser.isSet(QStringLiteral("demo")) &&
        parser.isSet(QStringLiteral("screenshot-playbook"))) {
        throwaway.emplace(QDir::temp().filePath(QStringLiteral("backstep-screenshot-XXXXXX")));
        if (!throwaway->isValid()) {
            fail(QCoreApplication::translate("backstep", "cannot make a temporary demo: %1")
                     .arg(throwaway->errorString()));
            return 1;
        }
    }
    const QString demoFolder =
        throwaway ? throwaway->filePath(QStringLiteral("demo")) : DemoWorkspace::defaultFolder();
    const QString profileFile =
        throwaway ? throwaway->filePath(QStringLiteral("profiles.json")) : QString();
    const auto request = requestFromArguments(parser, demoFolder, profileFile);
    if (!request)
        return 2;
    // The throwaway demo's service daemon outlives this process unless it is stopped.
    const auto stopThrowawayService = qScopeGuard([&throwaway, &demoFolder] {
        if (!throwaway)
            return;
        ProcessSpec spec;
        spec.program = QDir(demoFolder).filePath(QStringLiteral("service/heartguard-app"));
        spec.arguments = {QStringLiteral("stop")};
        spec.timeout = std::chrono::seconds(30);
        if (const ProcessOutcome outcome = ProcessRunner::runToEnd(spec); !outcome.succeeded())
            fail(QCoreApplication::translate("backstep",
                                             "the temporary demo's service did not stop: it %1")
                     .arg(outcome.describe()));
    });

    std::optional<ConnectionProfile> profile;
    if (parser.isSet(QStringLiteral("profile"))) {
        auto loaded = ProfileStore().load(parser.value(QStringLiteral("profile")));
        if (!loaded) {
            fail(loaded.error());
            return 2;
        }
        profile = loaded.value();
    }

    MainWindow window;
    if (throwaway) {
        const QString backups = throwaway->filePath(QStringLiteral("backups"));
        QDir().mkpath(backups);
        window.playbook()->setProfileFile(profileFile);
        window.playbook()->setJournalPath(throwaway->filePath(QStringLiteral("journal.sqlite")));
        window.playbook()->setBackupFolder(backups);
    }
    // A profile without --url opens its own connection too (the password from the
    // keyring, else asked), as Settings ▸ Profiles… does.
    ProfilesController *profiles = window.findChild<ProfilesController *>();
    const bool openProfile = profile && !*request && profiles && !profile->url.isEmpty();
    if (profile && !openProfile) {
        window.serviceController()->setService(profile->service);
        window.verification()->setChecks(profile->assertions, profile->validationCommands);
        // The profile's logs are followed from the start, each in its tab.
        for (const QString &log : profile->logFiles)
            window.logPanel()->addFile(log);
    }
    window.resize(1440, 900);
    for (const QString &log : parser.values(QStringLiteral("log")))
        window.logPanel()->addFile(log);
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    const QString rollbackShot = parser.value(QStringLiteral("screenshot-rollback"));
    const QString playbookShot = parser.value(QStringLiteral("screenshot-playbook"));
    const bool anyShot =
        !screenshot.isEmpty() || !rollbackShot.isEmpty() || !playbookShot.isEmpty();
    // Screenshots show the layout as built, whatever the last session left.
    if (!anyShot)
        window.restoreLayout();
    window.show();
    const QString select = parser.value(QStringLiteral("select"));

    auto finishScreenshot = [&] {
        if (!select.isEmpty() && !window.selectVersion(select))
            fail(QCoreApplication::translate("backstep", "no migration with version %1")
                     .arg(select));
        auto grab = [&] {
            QTimer::singleShot(50, &window, [&] {
                const bool saved = window.grab().save(screenshot, "PNG");
                if (!saved)
                    fail(
                        QCoreApplication::translate("backstep", "cannot write %1").arg(screenshot));
                QApplication::exit(saved ? 0 : 1);
            });
        };
        // The Backups dock reads its catalog on a worker: the picture shows what it found,
        // not the words it shows while it looks.
        if (window.backups()->isReadingCatalog())
            QObject::connect(window.backups(), &BackupsController::catalogSettled, &window, grab,
                             Qt::SingleShotConnection);
        else
            grab();
    };
    auto finishRollbackScreenshot = [&] {
        RollbackDialog *dialog = window.showRollbackDialog();
        if (!dialog) {
            fail(QCoreApplication::translate("backstep", "no workspace to roll back"));
            QApplication::exit(1);
            return;
        }
        dialog->resize(1100, 680);
        // Once the database has said what the plan destroys (the preview's last part).
        QObject::connect(
            window.rollback(), &RollbackController::previewReady, dialog,
            [&, dialog] {
                QTimer::singleShot(50, dialog, [&, dialog] {
                    const bool saved = dialog->grab().save(rollbackShot, "PNG");
                    if (!saved)
                        fail(QCoreApplication::translate("backstep", "cannot write %1")
                                 .arg(rollbackShot));
                    QApplication::exit(saved ? 0 : 1);
                });
            },
            Qt::SingleShotConnection);
        dialog->stepsButton()->click();
        dialog->stepsSpin()->setValue(std::min(2, dialog->stepsSpin()->maximum()));
        dialog->nextButton()->click();
    };
    auto savePlaybookPage = [&](PlaybookDialog *dialog, const QString &file, bool last) {
        QTimer::singleShot(50, dialog, [&, dialog, file, last] {
            const bool saved = dialog->grab().save(file, "PNG");
            if (!saved)
                fail(QCoreApplication::translate("backstep", "cannot write %1").arg(file));
            if (!saved || last)
                QApplication::exit(saved ? 0 : 1);
        });
    };
    auto finishPlaybookScreenshot = [&] {
        PlaybookDialog *dialog = window.showPlaybookDialog();
        if (!dialog) {
            fail(QCoreApplication::translate("backstep", "no workspace for the playbook"));
            QApplication::exit(1);
            return;
        }
        dialog->resize(1100, 720);
        const int demoProfile =
            dialog->profileCombo()->findData(QString(DemoWorkspace::profileName));
        if (demoProfile >= 0)
            dialog->profileCombo()->setCurrentIndex(demoProfile);
        dialog->stepsRadio()->setChecked(true);
        dialog->stepsSpin()->setValue(std::min(2, dialog->stepsSpin()->maximum()));
        dialog->watchSpin()->setValue(dialog->watchSpin()->minimum());
        // The steps as the run ended, then (when it is done) the stored report.
        QObject::connect(
            window.playbook(), &PlaybookController::finished, dialog,
            [&, dialog](const PlaybookRun &run) {
                const bool done = run.status == PlaybookRun::Status::Done;
                dialog->stepsButton()->click();
                savePlaybookPage(dialog, playbookShot, !done);
                if (!done)
                    return;
                // Listened to only once the report page is shown: the dialog loads the report
                // by itself when the run is done, and that answer may come before the steps'
                // picture is taken and the page turned back to the report.
                QTimer::singleShot(100, dialog, [&, dialog] {
                    QObject::connect(
                        window.playbook(), &PlaybookController::reportLoaded, dialog,
                        [&, dialog] {
                            const QFileInfo shot(playbookShot);
                            savePlaybookPage(dialog,
                                             shot.dir().filePath(shot.completeBaseName() +
                                                                 QStringLiteral("-report.png")),
                                             true);
                        },
                        Qt::SingleShotConnection);
                    dialog->reportButton()->click();
                });
            },
            Qt::SingleShotConnection);
        dialog->runButton()->click();
        if (!window.playbook()->isRunning()) {
            fail(dialog->setupProblem()->text());
            QApplication::exit(1);
        }
    };
    if (!playbookShot.isEmpty()) {
        if (!*request) {
            fail(QCoreApplication::translate("backstep",
                                             "--screenshot-playbook needs --demo or --url"));
            return 2;
        }
        QObject::connect(window.controller(), &WorkspaceController::loaded, &window,
                         finishPlaybookScreenshot, Qt::SingleShotConnection);
    } else if (!rollbackShot.isEmpty()) {
        if (!*request) {
            fail(QCoreApplication::translate("backstep",
                                             "--screenshot-rollback needs --demo or --url"));
            return 2;
        }
        QObject::connect(window.controller(), &WorkspaceController::loaded, &window,
                         finishRollbackScreenshot, Qt::SingleShotConnection);
    } else if (!screenshot.isEmpty()) {
        if (*request)
            QObject::connect(window.controller(), &WorkspaceController::loaded, &window,
                             finishScreenshot);
        else
            finishScreenshot();
    } else if (!select.isEmpty()) {
        QObject::connect(window.controller(), &WorkspaceController::loaded, &window,
                         [&] { window.selectVersion(select); });
    }
    if (*request)
        window.open(**request);
    else if (openProfile)
        profiles->openProfile(*profile);
    else if (!anyShot)
        QTimer::singleShot(0, &window, &MainWindow::showConnectionDialog);
    return app.exec();
}

} // namespace backstep
