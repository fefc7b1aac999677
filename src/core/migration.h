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
    Sqitch,
    DbMigrate,
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
// The tool that applies migrations of this format ("dbmate", "Flyway", "the mysql client").
QString toolName(MigrationFormat format);

// How a format's tool tells two migrations apart, which is also how its history table
// names them (docs/formats.md): plain, golang-migrate, goose, Flyway and db-migrate compare
// versions as numbers (0012 is 12, 1.10 is 1.10.0); dbmate compares the digit string
// (01203 and 1203 are two migrations); sql-migrate the file name; Liquibase the changeset
// id (with its author); Sqitch the change's name. Every place that matches versions
// (status, plan, verify, the history writer, the window) goes through these.
QString versionKey(MigrationFormat format, const QString &version);
bool sameVersion(MigrationFormat format, const QString &a, const QString &b);
// The order the format's tool applies migrations in: dbmate sorts file names as strings;
// the others compare versions part by part, numbers as numbers (compareVersions).
int compareVersions(MigrationFormat format, const QString &a, const QString &b);

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
    Diagnostics errors;   // what makes it unusable: a plan that needs it is blocked
    Diagnostics warnings; // what the DBA should know before it runs
    // How the tool ran it, for the preview: "one multi-statement query, in a transaction
    // (dbmate)", "statement by statement, no transaction (-- +goose NO TRANSACTION)".
    QString execution;
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
    // What the tool checks after deploying it (Sqitch's verify script); not run to roll back.
    MigrationSection verify;
    // Format-specific directives, e.g. "transaction:false" (dbmate), "NO TRANSACTION" (goose).
    QStringList options;
    // Set when the format itself says why there is no usable DOWN (e.g. a Flyway repeatable
    // migration); it wins over the generic reasons.
    QString irreversibleNote;
    // Set when the author declared that rolling it back needs nothing (Liquibase's
    // `--rollback empty` / `--rollback not required`): it passes through a plan with no
    // statements, its history row removed as the tool does, and a warning naming it.
    QString declaredNoOp;

    // Nothing to run either way: UP and DOWN both empty (blanks and comments only), or
    // declared so by its author.
    bool isNoOp() const;
    bool reversible() const;
    // Why the migration cannot be rolled back; empty when it can.
    QString irreversibleReason() const;
    Diagnostics errors() const { return up.errors + down.errors + verify.errors; }
    Diagnostics warnings() const { return up.warnings + down.warnings + verify.warnings; }
};

// What the folder's tool configuration says beyond the migrations themselves.
struct ToolSettings
{
    // Sqitch: the project (sqitch.plan's %project) and the registry database (sqitch.conf,
    // default "sqitch") whose changes and events tables are its history.
    QString project;
    QString registry;
};

struct MigrationSet
{
    QString folder;
    MigrationFormat format = MigrationFormat::Auto;
    // In version order, except when versionOrdered is false (Liquibase: changesets in
    // the order of their files, as Liquibase runs them).
    QList<Migration> migrations;
    bool versionOrdered = true;
    Diagnostics errors;   // folder-level and per-file problems: bad input
    Diagnostics warnings; // what the DBA should know, e.g. files the tool ignores
    ToolSettings tool;

    // The migration with this version, by the format's own identity (sameVersion).
    const Migration *find(const QString &version) const;
};

} // namespace backstep
