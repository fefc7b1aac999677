#include "ui/applicationlauncher.h"

#include "core/passwordsource.h"
#include "core/profilestore.h"
#include "db/demoworkspace.h"
#include "ui/logpanel.h"
#include "ui/mainwindow.h"
#include "ui/rollbackcontroller.h"
#include "ui/rollbackdialog.h"
#include "ui/servicedockcontroller.h"
#include "ui/verificationcontroller.h"
#include "ui/workspacecontroller.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QSpinBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace backstep {

namespace {

// Decided before QApplication exists: a screenshot needs no display.
void chooseOffscreenForScreenshots(int argc, char *argv[])
{
    bool screenshot = false;
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 ||
            std::strncmp(argv[i], "--screenshot=", 13) == 0 ||
            std::strcmp(argv[i], "--screenshot-rollback") == 0 ||
            std::strncmp(argv[i], "--screenshot-rollback=", 22) == 0)
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
std::optional<std::optional<WorkspaceRequest>>
requestFromArguments(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("demo"))) {
        auto demo = DemoWorkspace::ensure(DemoWorkspace::defaultFolder());
        if (!demo) {
            fail(demo.error());
            return std::nullopt;
        }
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
        fail(QApplication::translate("backstep", "--migrations DIR is required with --url"));
        return std::nullopt;
    }
    request.migrationsFolder = QDir(parser.value(QStringLiteral("migrations"))).absolutePath();
    const auto format = formatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        fail(QApplication::translate("backstep", "unknown format %1")
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
        if (password.value()) {
            request.password = *password.value();
        } else {
            bool ok = false;
            request.password =
                QInputDialog::getText(nullptr, QApplication::translate("backstep", "Password"),
                                      QApplication::translate("backstep", "Password for %1:")
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
    chooseOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("backstep"));
    QApplication::setOrganizationName(QStringLiteral("backstep"));
    QApplication::setApplicationDisplayName(QStringLiteral("Backstep"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.backstep.Backstep"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("backstep"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "backstep", "Roll back database migrations safely, with evidence."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("url"),
         QApplication::translate("backstep",
                                 "mysql://USER@HOST:PORT/DB, mariadb://... or sqlite:PATH."),
         QStringLiteral("url")},
        {QStringLiteral("password-file"),
         QApplication::translate("backstep", "Read the password from this file."),
         QStringLiteral("file")},
        {QStringLiteral("migrations"),
         QApplication::translate("backstep", "The migrations folder."), QStringLiteral("dir")},
        {QStringLiteral("format"),
         QApplication::translate("backstep", "The migrations' format (default: auto)."),
         QStringLiteral("name"), QStringLiteral("auto")},
        {QStringLiteral("demo"),
         QApplication::translate("backstep", "Open the embedded SQLite demo workspace.")},
        {QStringLiteral("screenshot"),
         QApplication::translate("backstep", "Render the main window to this PNG and exit."),
         QStringLiteral("file")},
        {QStringLiteral("screenshot-rollback"),
         QApplication::translate("backstep", "Render the rollback dialog's preview of the last two "
                                             "migrations to this PNG and exit."),
         QStringLiteral("file")},
        {QStringLiteral("profile"),
         QApplication::translate("backstep", "Use this connection profile's service."),
         QStringLiteral("name")},
        {QStringLiteral("select"),
         QApplication::translate("backstep", "Select this migration version."),
         QStringLiteral("version")},
        {QStringLiteral("log"),
         QApplication::translate("backstep", "Follow this log file in the Log panel (repeatable)."),
         QStringLiteral("file")},
    });
    parser.process(app);

    const auto request = requestFromArguments(parser);
    if (!request)
        return 2;

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
    if (profile) {
        window.serviceController()->setService(profile->service);
        window.verification()->setChecks(profile->assertions, profile->validationCommands);
        // The profile's logs are followed from the start, each in its tab.
        for (const QString &log : profile->logFiles)
            window.logPanel()->addFile(log);
    }
    window.resize(1440, 900);
    for (const QString &log : parser.values(QStringLiteral("log")))
        window.logPanel()->addFile(log);
    window.show();
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    const QString rollbackShot = parser.value(QStringLiteral("screenshot-rollback"));
    const QString select = parser.value(QStringLiteral("select"));

    auto finishScreenshot = [&] {
        if (!select.isEmpty() && !window.selectVersion(select))
            fail(QApplication::translate("backstep", "no migration with version %1").arg(select));
        QTimer::singleShot(50, &window, [&] {
            const bool saved = window.grab().save(screenshot, "PNG");
            if (!saved)
                fail(QApplication::translate("backstep", "cannot write %1").arg(screenshot));
            QApplication::exit(saved ? 0 : 1);
        });
    };
    auto finishRollbackScreenshot = [&] {
        RollbackDialog *dialog = window.showRollbackDialog();
        if (!dialog) {
            fail(QApplication::translate("backstep", "no workspace to roll back"));
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
                        fail(QApplication::translate("backstep", "cannot write %1")
                                 .arg(rollbackShot));
                    QApplication::exit(saved ? 0 : 1);
                });
            },
            Qt::SingleShotConnection);
        dialog->stepsButton()->click();
        dialog->stepsSpin()->setValue(std::min(2, dialog->stepsSpin()->maximum()));
        dialog->nextButton()->click();
    };
    if (!rollbackShot.isEmpty()) {
        if (!*request) {
            fail(
                QApplication::translate("backstep", "--screenshot-rollback needs --demo or --url"));
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
    else if (screenshot.isEmpty() && rollbackShot.isEmpty())
        QTimer::singleShot(0, &window, &MainWindow::showConnectionDialog);
    return app.exec();
}

} // namespace backstep
