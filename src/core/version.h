#pragma once

#include <QString>

namespace backstep {

// Orders migration versions the way people read them: runs of digits compare as
// numbers (so 9 < 10 and 0012 == 12), anything else as text. Works for plain numbers,
// timestamps (20240101120000) and dotted Flyway versions (1.2.10).
int compareVersions(const QString &a, const QString &b);

// The same text for versions that compareVersions() calls equal ("0012" and "12"), for
// hashing.
QString versionKey(const QString &version);

struct VersionLess
{
    bool operator()(const QString &a, const QString &b) const { return compareVersions(a, b) < 0; }
};

} // namespace backstep
