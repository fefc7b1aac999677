#pragma once

#include "core/migration.h"

#include <atomic>

namespace backstep {

// Reads a migrations folder: finds its format (unless told), reads every migration file
// and reports, with file and line, what it cannot use: unreadable files, names without
// a version, duplicate versions, files of another format, statement errors.
class MigrationFolderReader
{
public:
    static MigrationSet read(const QString &folder, MigrationFormat format = MigrationFormat::Auto,
                             const std::atomic_bool *cancel = nullptr);

    // Version and name from a file name such as 1203_partition_activity_events.sql;
    // nullopt when the name carries no version.
    struct FileName
    {
        QString version;
        QString name;
    };
    static std::optional<FileName> parseFileName(const QString &fileName);
};

} // namespace backstep
