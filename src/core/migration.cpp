#include "core/migration.h"

#include <QCoreApplication>

namespace backstep {

namespace {
struct FormatEntry
{
    MigrationFormat format;
    QLatin1StringView name;
};
constexpr FormatEntry formatTable[] = {
    {MigrationFormat::Auto, QLatin1StringView("auto")},
    {MigrationFormat::Plain, QLatin1StringView("plain")},
    {MigrationFormat::Dbmate, QLatin1StringView("dbmate")},
    {MigrationFormat::Goose, QLatin1StringView("goose")},
    {MigrationFormat::SqlMigrate, QLatin1StringView("sql-migrate")},
    {MigrationFormat::GolangMigrate, QLatin1StringView("golang-migrate")},
    {MigrationFormat::Flyway, QLatin1StringView("flyway")},
    {MigrationFormat::Liquibase, QLatin1StringView("liquibase")},
};
} // namespace

QString formatName(MigrationFormat format)
{
    for (const auto &entry : formatTable)
        if (entry.format == format)
            return entry.name;
    return {};
}

std::optional<MigrationFormat> formatFromName(const QString &name)
{
    for (const auto &entry : formatTable)
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.format;
    return std::nullopt;
}

QStringList formatNames()
{
    QStringList names;
    for (const auto &entry : formatTable)
        names.append(entry.name);
    return names;
}

QString kindName(MigrationKind kind)
{
    switch (kind) {
    case MigrationKind::Versioned:
        return QStringLiteral("versioned");
    case MigrationKind::Repeatable:
        return QStringLiteral("repeatable");
    case MigrationKind::Baseline:
        return QStringLiteral("baseline");
    }
    return {};
}

QString Migration::irreversibleReason() const
{
    if (!irreversibleNote.isEmpty())
        return irreversibleNote;
    if (!down.present)
        return QCoreApplication::translate("Migration", "no DOWN section");
    if (down.statements.isEmpty())
        return QCoreApplication::translate("Migration", "the DOWN section is empty");
    return {};
}

const Migration *MigrationSet::find(const QString &version) const
{
    for (const auto &migration : migrations)
        if (migration.version == version)
            return &migration;
    return nullptr;
}

} // namespace backstep
