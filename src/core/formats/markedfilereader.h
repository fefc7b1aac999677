#pragma once

#include "core/formats/formatreader.h"

#include <QRegularExpression>

namespace backstep {

// The formats whose files carry their sections behind comment markers, one migration
// per file named <version>_<name>.sql: plain (`-- UP` / `-- DOWN`), dbmate
// (`-- migrate:up`), goose (`-- +goose Up`) and sql-migrate (`-- +migrate Up`).
class MarkedFileReader : public FormatReader
{
public:
    static const MarkedFileReader &plain();
    static const MarkedFileReader &dbmate();
    static const MarkedFileReader &goose();
    static const MarkedFileReader &sqlMigrate();

    MigrationFormat format() const override { return m_format; }
    // True when a line of the file is one of this format's section markers.
    bool claims(const SourceFile &file) const override;
    void read(const QList<SourceFile> &files, MigrationSet &set) const override;

    // Fills the migration's sections from one file's text. A file without any marker is
    // all UP (and so irreversible).
    void readFile(const QString &path, QStringView text, Migration &migration) const;

private:
    struct Syntax
    {
        QRegularExpression up; // captured(1): options on the marker line
        QRegularExpression down;
        QRegularExpression statementBegin; // empty pattern when the format has none
        QRegularExpression statementEnd;
        QRegularExpression option; // a directive line kept as an option, captured(1)
    };
    MarkedFileReader(MigrationFormat format, Syntax syntax);

    MigrationFormat m_format;
    Syntax m_syntax;
};

} // namespace backstep
