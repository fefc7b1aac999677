#pragma once

#include "core/migration.h"

namespace backstep {

// One file of a migrations folder, read once.
struct SourceFile
{
    QString path;     // as shown in messages
    QString fileName; // without the folder
    QString text;
};

// Every migration format has one reader with the same shape: `claims` tells whether a
// file is evidently in this format (by its name or by its markers), which is how a
// folder's format is detected; `read` turns the folder's files into migrations and
// reports what it cannot use, with file and line, into set.errors.
class FormatReader
{
public:
    virtual ~FormatReader() = default;
    virtual MigrationFormat format() const = 0;
    virtual bool claims(const SourceFile &file) const = 0;
    virtual void read(const QList<SourceFile> &files, MigrationSet &set) const = 0;
};

} // namespace backstep
