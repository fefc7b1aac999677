#pragma once

#include "core/result.h"

#include <optional>

namespace backstep {

// Finds the password without it ever passing through a command line: from a file given
// by path, else from the BACKSTEP_PASSWORD variable. nullopt means "ask the user"; an
// error means the file could not be used.
class PasswordSource
{
public:
    static Result<std::optional<QString>> resolve(const QString &passwordFile);
    static Result<QString> readFile(const QString &path);
};

} // namespace backstep
