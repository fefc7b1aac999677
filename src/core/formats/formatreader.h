#pragma once

#include "core/clientfamily.h"
#include "core/migration.h"
#include "core/sqllexer.h"

namespace backstep {

// One file of a migrations folder, read once.
struct SourceFile
{
    QString path;         // as shown in messages
    QString fileName;     // without the folder
    QString relativePath; // from the migrations folder: "0001_x.sql", "deploy/x.sql"
    QString text;
    // False for a file that is only listed (its name matters to a format, e.g. Flyway's
    // V1__x.sql.disabled), not read.
    bool read = true;

    bool isTopLevel() const { return relativePath == fileName; }
    bool isTopLevelSql() const
    {
        return read && isTopLevel() &&
               fileName.endsWith(QLatin1StringView(".sql"), Qt::CaseInsensitive);
    }
};

// What every reader needs to know besides the files.
struct ReadContext
{
    sqllex::LexRules rules; // the target's sql_mode as far as splitting goes
    // The target's family of client: plain files and Sqitch's scripts go through its
    // command-line client, which keeps comments (MySQL's) or drops them (MariaDB's).
    ClientFamily client = ClientFamily::MariaDb;
};

// Every migration format has one reader with the same shape: `claims` tells whether a
// file is evidently in this format (by its name or by its markers), which is how a
// folder's format is detected; `read` turns the folder's files into migrations and
// reports what it cannot use, with file and line, into set.errors (and what its tool
// would ignore into set.warnings). Each reader looks only at the files its tool reads.
class FormatReader
{
public:
    virtual ~FormatReader() = default;
    virtual MigrationFormat format() const = 0;
    virtual bool claims(const SourceFile &file) const = 0;
    virtual void read(const QList<SourceFile> &files, MigrationSet &set,
                      const ReadContext &context) const = 0;
};

} // namespace backstep
