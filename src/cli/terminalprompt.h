#pragma once

#include "core/result.h"

namespace backstep::cli {

// Asks on the controlling terminal with echo off; fails when there is no terminal
// (scripts must use --password-file or BACKSTEP_PASSWORD).
class TerminalPrompt
{
public:
    static Result<QString> askPassword(const QString &prompt);
    // Asks a yes/no question when standard input is a terminal (answer "y" or "yes");
    // an error when it is not: a script must say --yes.
    static Result<bool> askYesNo(const QString &question);
};

} // namespace backstep::cli
