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
    SqlMigrate,
    GolangMigrate,
    Flyway,
    Liquibase,
};

// What role a migration plays in its tool: most are versioned; Flyway also has
// repeatable (R__) and baseline (B) migrations.
enum class MigrationKind {
    Versioned,
    Repeatable,
    Baseline,
};

QString kindName(MigrationKind kind);

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
    // The changeset's author (Liquibase); empty elsewhere.
    QString author;
    MigrationKind kind = MigrationKind::Versioned;
    // Every file the migration is made of; the first is the one shown.
    QStringList files;
    MigrationSection up;
    MigrationSection down;
    // Format-specific directives, e.g. "transaction:false" (dbmate), "NO TRANSACTION" (goose).
    QStringList options;
    // Set when the format itself says why there is no usable DOWN (e.g. Liquibase's
    // `--rollback not required`, a Flyway repeatable migration); it wins over the
    // generic reasons.
    QString irreversibleNote;

    bool reversible() const
    {
        return irreversibleNote.isEmpty() && down.present && !down.statements.isEmpty();
    }
    // Why the migration cannot be rolled back; empty when it can.
    QString irreversibleReason() const;
    Diagnostics errors() const { return up.errors + down.errors; }
};

struct MigrationSet
{
    QString folder;
    MigrationFormat format = MigrationFormat::Auto;
    // In version order, except when versionOrdered is false (Liquibase: changesets in
    // the order of their files, as Liquibase runs them).
    QList<Migration> migrations;
    bool versionOrdered = true;
    Diagnostics errors; // folder-level and per-file problems

    const Migration *find(const QString &version) const;
};

} // namespace backstep
