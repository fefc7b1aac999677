#pragma once

#include "core/statement.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace backstep {

enum class MigrationFormat {
    Auto,
    Plain,
    Dbmate,
    Goose,
};

QString formatName(MigrationFormat format);
// The format named as `--format` takes it; nullopt for an unknown name.
std::optional<MigrationFormat> formatFromName(const QString &name);
QStringList formatNames();

// A block of lines of one file that belongs to a section.
struct TextRange
{
    int firstLine = 0;
    int lastLine = 0;
    qsizetype beginOffset = 0;
    qsizetype endOffset = 0;
};

// The UP or the DOWN part of a migration.
struct MigrationSection
{
    bool present = false;
    QString file;
    QList<TextRange> ranges;
    Statements statements;
    Diagnostics errors;
};

struct Migration
{
    QString version;
    QString name;
    // Every file the migration is made of; the first is the one shown.
    QStringList files;
    MigrationSection up;
    MigrationSection down;
    // Format-specific directives, e.g. "transaction:false" (dbmate), "NO TRANSACTION" (goose).
    QStringList options;

    bool reversible() const { return down.present && !down.statements.isEmpty(); }
    // Why the migration cannot be rolled back; empty when it can.
    QString irreversibleReason() const;
    Diagnostics errors() const { return up.errors + down.errors; }
};

struct MigrationSet
{
    QString folder;
    MigrationFormat format = MigrationFormat::Auto;
    QList<Migration> migrations; // in version order
    Diagnostics errors;          // folder-level and per-file problems

    const Migration *find(const QString &version) const;
};

} // namespace backstep
