#pragma once

#include "core/clientfamily.h"
#include "core/migration.h"
#include "core/sourcetext.h"
#include "core/sqllexer.h"

#include <atomic>

namespace backstep {

// How to read a migrations folder.
struct FolderReadOptions
{
    MigrationFormat format = MigrationFormat::Auto;
    // The files' encoding (`--encoding`); anything that is not valid in it is bad input.
    SourceEncoding encoding = SourceEncoding::Utf8;
    // The target session's sql_mode as far as splitting goes (NO_BACKSLASH_ESCAPES,
    // ANSI_QUOTES); the defaults until the server says otherwise.
    sqllex::LexRules rules;
    // The target's family of client (the mariadb client until the server says otherwise).
    ClientFamily client = ClientFamily::MariaDb;
};

// Reads a migrations folder: finds its format (unless told), reads every migration file
// and reports, with file and line, what it cannot use: a folder that is not one, dangling
// symbolic links, bytes that are not text in the encoding (NUL, invalid UTF-8, UTF-16),
// names without a version, duplicate versions (by the format's own identity), files of
// another format, statement errors. All of it before anything connects: these are bad
// input (set.errors). What the tool itself would ignore goes into set.warnings.
class MigrationFolderReader
{
public:
    static MigrationSet read(const QString &folder, const FolderReadOptions &options,
                             const std::atomic_bool *cancel = nullptr);
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
