#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace backstep::cli {

// Exit codes every command shares.
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,
    ExitBadInput = 2,
    ExitChecksFailed = 3,
    ExitRefused = 4,
    // verify: the expected state could not be established, so nothing is claimed.
    ExitInconclusive = 5,
};

// What a command gets: its parsed arguments and the two output streams.
struct CliContext
{
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
};

} // namespace backstep::cli
