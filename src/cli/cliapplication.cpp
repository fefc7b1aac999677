#include "cli/cliapplication.h"

#include "cli/commands/commands.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace backstep::cli {

const QList<Command> &commands()
{
    static const QList<Command> all{
        {QStringLiteral("parse"),
         QCoreApplication::translate("cli", "Read a migrations folder and show every statement."),
         declareParse, runParse},
        {QStringLiteral("status"),
         QCoreApplication::translate("cli", "Show which migrations a database has applied."),
         declareStatus, runStatus},
        {QStringLiteral("backup"),
         QCoreApplication::translate("cli", "Back up a database with the playbook's dump."),
         declareBackup, runBackup},
        {QStringLiteral("backups"), QCoreApplication::translate("cli", "List the backup catalog."),
         declareBackups, runBackups},
        {QStringLiteral("check-backup"),
         QCoreApplication::translate("cli", "Verify a backup, or test-restore it, against what "
                                            "it held."),
         declareCheckBackup, runCheckBackup, true},
        {QStringLiteral("restore"),
         QCoreApplication::translate("cli", "Restore a backup into a database."), declareRestore,
         runRestore, true},
        {QStringLiteral("plan"),
         QCoreApplication::translate("cli", "Show what a rollback would run, in order, and "
                                            "what it destroys."),
         declarePlan, runPlan},
        {QStringLiteral("rollback"),
         QCoreApplication::translate("cli", "Roll back migrations statement by statement, "
                                            "journaled; resume after a crash."),
         declareRollback, runRollback},
        {QStringLiteral("snapshot"),
         QCoreApplication::translate("cli", "Take a snapshot of the schema and record it in "
                                            "the journal."),
         declareSnapshot, runSnapshot},
        {QStringLiteral("verify"),
         QCoreApplication::translate("cli", "Verify a database after a rollback: schema against "
                                            "the expected state, data, assertions, commands."),
         declareVerify, runVerify},
        {QStringLiteral("demo"),
         QCoreApplication::translate("cli", "Create the SQLite demo workspace and print where."),
         declareDemo, runDemo},
        {QStringLiteral("service"),
         QCoreApplication::translate("cli", "Show, stop, start or restart the application's "
                                            "service."),
         declareService, runService, true},
        {QStringLiteral("tail"),
         QCoreApplication::translate("cli", "Print a log file's last lines; --follow keeps "
                                            "printing new ones."),
         declareTail, runTail, true},
        {QStringLiteral("profile"),
         QCoreApplication::translate("cli", "List, show, import, export or remove connection "
                                            "profiles (JSON, docs/profiles.md)."),
         declareProfile, runProfile, true},
        {QStringLiteral("validate"),
         QCoreApplication::translate("cli", "Run the application's validation commands "
                                            "(playbook step 6); exit 3 when one fails."),
         declareValidate, runValidate},
        {QStringLiteral("playbook"),
         QCoreApplication::translate("cli", "Run the rollback playbook from a profile, resume "
                                            "a run, list the runs, or show one's incident "
                                            "report (md, html, json)."),
         declarePlaybook, runPlaybook, true},
    };
    return all;
}

namespace {

QString usage()
{
    QString text = QCoreApplication::translate("cli", "Usage: backstep-cli COMMAND [options]\n\n"
                                                      "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -8).arg(command.summary);
    text += QCoreApplication::translate("cli", "\nbackstep-cli COMMAND --help shows a command's "
                                               "options. Exit codes: 0 ok, 1 the operation "
                                               "failed, 2 bad usage or bad input, 3 checks "
                                               "failed, 4 refused (no backup, lock held, "
                                               "irreversible).\n");
    return text;
}

} // namespace

int runCli(int argc, char *argv[])
{
    // A PDF report needs fonts and text layout: the GUI application class, on the offscreen
    // platform (no display needed). Everything else runs without Qt GUI.
    const bool writesPdf = std::any_of(argv, argv + argc, [](const char *argument) {
        return QByteArrayView(argument).endsWith(".pdf") ||
               QByteArrayView(argument).endsWith(".PDF");
    });
    if (writesPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(writesPdf ? new QGuiApplication(argc, argv)
                                                          : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("backstep"));
    QCoreApplication::setOrganizationName(QStringLiteral("backstep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKSTEP_VERSION));
    installTranslations(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    if (name.isEmpty() || name == u"--help" || name == u"-h" || name == u"help") {
        (name.isEmpty() ? err : out) << usage();
        return name.isEmpty() ? ExitBadInput : ExitOk;
    }
    if (name == u"--version") {
        out << QStringLiteral("backstep-cli %1\n").arg(QCoreApplication::applicationVersion());
        return ExitOk;
    }
    const auto found = std::find_if(commands().cbegin(), commands().cend(),
                                    [&](const Command &command) { return command.name == name; });
    if (found == commands().cend()) {
        err << QCoreApplication::translate("cli", "error: unknown command \"%1\"\n\n").arg(name)
            << usage();
        return ExitBadInput;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(found->summary);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("cli", "Print JSON instead of text.")});
    found->declare(parser);
    QStringList commandArguments = arguments;
    commandArguments.removeAt(1);
    if (!parser.parse(commandArguments)) {
        err << QCoreApplication::translate("cli", "error: %1\n").arg(parser.errorText());
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty() && !found->takesArguments) {
        err << QCoreApplication::translate("cli", "error: unexpected argument \"%1\"\n")
                   .arg(parser.positionalArguments().first());
        return ExitBadInput;
    }
    CliContext context{parser, out, err};
    const int code = found->run(context);
    // The global pool's threads end here, while the application object still exists: its
    // post routines end the client libraries (QMYSQL's mysql_server_end, and with it the
    // library's TLS state), and a worker thread that used them must have run its own exit
    // handlers first. Left to ~QCoreApplication, they would run afterwards.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}

} // namespace backstep::cli
