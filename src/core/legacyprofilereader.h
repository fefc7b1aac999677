#pragma once

#include "core/connectionprofile.h"

namespace backstep {

// Reads the connection profiles that older versions kept in the settings file (INI, one
// group per profile under "profiles/"), for ProfileStore to move them to its JSON file.
//
// The INI format mangles hand-written values: `;` starts a comment (`sleep 1; rm -f x`
// reads as `sleep 1`) and bare double quotes vanish. A value written by hand that holds
// either is taken as the file's text says instead, and noted.
class LegacyProfileReader
{
public:
    struct Outcome
    {
        QList<ConnectionProfile> profiles;
        // "backstep.conf:12: ..." for every value recovered from the file's text.
        QStringList notes;
    };

    // No profiles (and no error) when the file does not exist or has none.
    static Result<Outcome> read(const QString &iniFile);
};

} // namespace backstep
