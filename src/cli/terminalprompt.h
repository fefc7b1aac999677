#pragma once

#include "core/result.h"

namespace backstep::cli {

// Asks on the controlling terminal with echo off; fails when there is no terminal
// (scripts must use --password-file or BACKSTEP_PASSWORD).
class TerminalPrompt
{
public:
    static Result<QString> askPassword(const QString &prompt);
};

} // namespace backstep::cli
