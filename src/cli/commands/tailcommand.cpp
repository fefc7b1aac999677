#include "cli/commands/commands.h"
#include "ops/logtail.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace backstep::cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop from the loop itself (the handler only writes a
// byte), so the command returns normally, with exit code 0.
void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return;
    auto *notifier =
        new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    struct sigaction action{};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

} // namespace

void declareTail(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("tail", "The log file."));
    parser.addOption({{QStringLiteral("n"), QStringLiteral("lines")},
                      QCoreApplication::translate("tail", "Print the last N lines (default 10)."),
                      QStringLiteral("N"),
                      QStringLiteral("10")});
    parser.addOption(
        {{QStringLiteral("f"), QStringLiteral("follow")},
         QCoreApplication::translate("tail", "Keep printing new lines, across rotation and "
                                             "truncation, until interrupted.")});
}

int runTail(CliContext &context)
{
    const QStringList files = context.parser.positionalArguments();
    if (files.size() != 1) {
        context.err << QCoreApplication::translate("tail", "error: tail takes one FILE\n");
        return ExitBadInput;
    }
    bool ok = false;
    const int count = context.parser.value(QStringLiteral("lines")).toInt(&ok);
    if (!ok || count < 0) {
        context.err << QCoreApplication::translate("tail", "error: --lines needs a number ≥ 0, "
                                                           "not \"%1\"\n")
                           .arg(context.parser.value(QStringLiteral("lines")));
        return ExitBadInput;
    }

    if (!context.parser.isSet(QStringLiteral("follow"))) {
        const auto last = LogTail::readLastLines(files.first(), count);
        if (!last) {
            context.err << last.error() << Qt::endl;
            return ExitFailed;
        }
        for (const QString &line : last->lines)
            context.out << line << u'\n';
        if (count > 0 && !last->partial.isEmpty())
            context.out << QString::fromUtf8(last->partial);
        context.out.flush();
        return ExitOk;
    }

    LogTailOptions options;
    options.path = files.first();
    options.initialLines = count;
    LogTail tail(options);
    QObject::connect(&tail, &LogTail::linesRead, &tail, [&](const QStringList &lines) {
        for (const QString &line : lines)
            context.out << line << u'\n';
        context.out.flush();
    });
    QObject::connect(&tail, &LogTail::marker, &tail, [&](LogTail::Event, const QString &text) {
        context.out.flush();
        context.err << QStringLiteral("backstep-cli: %1").arg(text) << Qt::endl;
    });
    quitOnSignals();
    tail.start();
    QCoreApplication::exec();
    context.out.flush();
    return ExitOk;
}

} // namespace backstep::cli
