#pragma once

#include "core/formats/formatreader.h"

namespace backstep {

// Backstep's own layout, the playbook's: one file per migration named
// <version>_<name>.sql, its sections behind `-- UP` / `-- DOWN` comment lines (decorated
// as people write them: `-- ==== UP ====`), each run as the mysql client runs a file
// (StatementSplitter). A file without markers is all UP, and so irreversible.
class PlainReader : public FormatReader
{
public:
    MigrationFormat format() const override { return MigrationFormat::Plain; }
    // True when a line of the file is an UP or DOWN marker.
    bool claims(const SourceFile &file) const override;
    void read(const QList<SourceFile> &files, MigrationSet &set,
              const ReadContext &context) const override;

    // Fills the migration's sections from one file's text, split as `client`'s
    // command-line client splits it.
    void readFile(const QString &path, QStringView text, Migration &migration,
                  ClientFamily client = ClientFamily::MariaDb) const;
};

} // namespace backstep
