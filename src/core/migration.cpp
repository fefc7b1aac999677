#include "core/migration.h"

#include "core/version.h"

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
    {MigrationFormat::Sqitch, QLatin1StringView("sqitch")},
    {MigrationFormat::DbMigrate, QLatin1StringView("db-migrate")},
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

QString toolName(MigrationFormat format)
{
    switch (format) {
    case MigrationFormat::Auto:
    case MigrationFormat::Plain:
        return QCoreApplication::translate("Migration", "the mysql client");
    case MigrationFormat::Dbmate:
        return QStringLiteral("dbmate");
    case MigrationFormat::Goose:
        return QStringLiteral("goose");
    case MigrationFormat::SqlMigrate:
        return QStringLiteral("sql-migrate");
    case MigrationFormat::GolangMigrate:
        return QStringLiteral("golang-migrate");
    case MigrationFormat::Flyway:
        return QStringLiteral("Flyway");
    case MigrationFormat::Liquibase:
        return QStringLiteral("Liquibase");
    case MigrationFormat::Sqitch:
        return QStringLiteral("Sqitch");
    case MigrationFormat::DbMigrate:
        return QStringLiteral("db-migrate");
    }
    return {};
}

QString versionKey(MigrationFormat format, const QString &version)
{
    switch (format) {
    case MigrationFormat::Dbmate:
    case MigrationFormat::SqlMigrate:
    case MigrationFormat::Liquibase:
    case MigrationFormat::Sqitch:
        return version;
    case MigrationFormat::Flyway: {
        // MigrationVersion: 1.2 is 1.2.0. versionKey ends each run with U+001F.
        static const QString zeroPart = u'.' + QString(QChar(0x1f)) + u'0' + QChar(0x1f);
        QString key = versionKey(version);
        while (key.endsWith(zeroPart) && key.size() > zeroPart.size())
            key.chop(zeroPart.size());
        return key;
    }
    default:
        return versionKey(version);
    }
}

bool sameVersion(MigrationFormat format, const QString &a, const QString &b)
{
    return versionKey(format, a) == versionKey(format, b);
}

int compareVersions(MigrationFormat format, const QString &a, const QString &b)
{
    if (format == MigrationFormat::Dbmate) {
        const int order = a.compare(b);
        return order < 0 ? -1 : order > 0 ? 1 : 0;
    }
    if (format == MigrationFormat::Flyway && versionKey(format, a) == versionKey(format, b))
        return 0;
    return compareVersions(a, b);
}

bool Migration::isNoOp() const
{
    if (!declaredNoOp.isEmpty())
        return true;
    return up.statements.isEmpty() && down.statements.isEmpty() && up.errors.isEmpty() &&
           down.errors.isEmpty();
}

bool Migration::reversible() const
{
    if (!irreversibleNote.isEmpty())
        return false;
    if (isNoOp())
        return true;
    return down.present && !down.statements.isEmpty();
}

QString Migration::irreversibleReason() const
{
    if (!irreversibleNote.isEmpty())
        return irreversibleNote;
    if (isNoOp())
        return {};
    if (!down.present)
        return QCoreApplication::translate("Migration", "no DOWN section");
    if (down.statements.isEmpty())
        return QCoreApplication::translate("Migration", "the DOWN section is empty");
    return {};
}

const Migration *MigrationSet::find(const QString &version) const
{
    const QString key = versionKey(format, version);
    for (const auto &migration : migrations)
        if (versionKey(format, migration.version) == key)
            return &migration;
    return nullptr;
}

} // namespace backstep
