#include "core/migrationstatus.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace backstep {

QString historyStyleName(HistoryStyle style)
{
    switch (style) {
    case HistoryStyle::None:
        return QStringLiteral("none");
    case HistoryStyle::Dbmate:
        return QStringLiteral("dbmate");
    case HistoryStyle::GolangMigrate:
        return QStringLiteral("golang-migrate");
    case HistoryStyle::Goose:
        return QStringLiteral("goose");
    case HistoryStyle::Flyway:
        return QStringLiteral("flyway");
    case HistoryStyle::Liquibase:
        return QStringLiteral("liquibase");
    case HistoryStyle::SqlMigrate:
        return QStringLiteral("sql-migrate");
    case HistoryStyle::Sqitch:
        return QStringLiteral("sqitch");
    case HistoryStyle::DbMigrate:
        return QStringLiteral("db-migrate");
    case HistoryStyle::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

QString stateName(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied:
        return QStringLiteral("applied");
    case MigrationState::Pending:
        return QStringLiteral("pending");
    case MigrationState::MissingFile:
        return QStringLiteral("missing_file");
    case MigrationState::Dirty:
        return QStringLiteral("dirty");
    case MigrationState::Failed:
        return QStringLiteral("failed");
    case MigrationState::BelowBaseline:
        return QStringLiteral("below_baseline");
    case MigrationState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString migrationKey(MigrationFormat format, const QString &version, const QString &author)
{
    const QString key = versionKey(format, version);
    return author.isEmpty() ? key : key + u'\x1e' + author;
}

namespace {

MigrationState appliedState(const AppliedMigration &entry)
{
    if (entry.failed)
        return MigrationState::Failed;
    if (entry.dirty)
        return MigrationState::Dirty;
    return MigrationState::Applied;
}

MigrationStatus fromFile(const Migration &migration, int index)
{
    MigrationStatus status;
    status.version = migration.version;
    status.name = migration.name;
    status.reversible = migration.reversible();
    status.irreversibleReason = migration.irreversibleReason();
    status.downStatementCount = int(migration.down.statements.size());
    status.downErrors = migration.down.errors;
    status.file = migration.files.value(0);
    status.migrationIndex = index;
    return status;
}

} // namespace

QString latestAppliedVersion(const History &history)
{
    if (history.applied.isEmpty())
        return {};
    if (history.recordsAppliedOrder || history.currentVersionOnly)
        return history.applied.constLast().version;
    // dbmate (and Rails) order their versions as strings, as they sort file names.
    const MigrationFormat order =
        history.style == HistoryStyle::Dbmate ? MigrationFormat::Dbmate : MigrationFormat::Auto;
    const auto highest =
        std::max_element(history.applied.cbegin(), history.applied.cend(),
                         [&](const AppliedMigration &a, const AppliedMigration &b) {
                             return compareVersions(order, a.version, b.version) < 0;
                         });
    return highest->version;
}

QList<MigrationStatus> mergeHistory(const MigrationSet &set, const History &history)
{
    QList<MigrationStatus> rows;
    rows.reserve(set.migrations.size());
    // Keyed by versionKey(), so "0012" in a file name matches "12" in a table.
    QHash<QString, int> rowOfVersion;
    for (int i = 0; i < set.migrations.size(); ++i) {
        rowOfVersion.insert(
            migrationKey(set.format, set.migrations[i].version, set.migrations[i].author),
            int(rows.size()));
        rows.append(fromFile(set.migrations[i], i));
    }
    auto rowFor = [&](const QString &version, const QString &author = {}) -> int {
        return rowOfVersion.value(migrationKey(set.format, version, author), -1);
    };

    if (history.currentVersionOnly) {
        // golang-migrate: every file up to the current version is applied.
        if (!history.applied.isEmpty()) {
            const AppliedMigration &current = history.applied.first();
            int order = 0;
            for (MigrationStatus &row : rows) {
                const int cmp = compareVersions(set.format, row.version, current.version);
                if (cmp < 0) {
                    row.state = MigrationState::Applied;
                    row.appliedOrder = order++;
                } else if (cmp == 0) {
                    row.state = appliedState(current);
                    row.appliedAt = current.appliedAt;
                    row.appliedOrder = order++;
                }
            }
            if (rowFor(current.version) < 0) {
                MigrationStatus missing;
                missing.version = current.version;
                missing.state = MigrationState::MissingFile;
                missing.appliedOrder = order;
                missing.irreversibleReason =
                    QCoreApplication::translate("MigrationStatus", "no migration file");
                rows.append(missing);
            }
        }
    } else {
        int order = 0;
        for (const AppliedMigration &entry : history.applied) {
            const int row = rowFor(entry.version, entry.author);
            if (row >= 0) {
                rows[row].state = appliedState(entry);
                rows[row].appliedAt = entry.appliedAt;
                rows[row].appliedOrder = order++;
                rows[row].deploymentId = entry.deploymentId;
            } else {
                MigrationStatus missing;
                missing.version = entry.version;
                missing.state = MigrationState::MissingFile;
                missing.appliedAt = entry.appliedAt;
                missing.appliedOrder = order++;
                missing.deploymentId = entry.deploymentId;
                missing.irreversibleReason =
                    QCoreApplication::translate("MigrationStatus", "no migration file");
                rows.append(missing);
            }
        }
    }
    // Flyway: what a BASELINE row stands for was never applied here; it is a floor.
    if (!history.baselineVersion.isEmpty())
        for (MigrationStatus &row : rows)
            if (row.appliedOrder < 0 && row.migrationIndex >= 0 &&
                compareVersions(set.format, row.version, history.baselineVersion) <= 0) {
                row.state = MigrationState::BelowBaseline;
                row.reversible = false;
                row.irreversibleReason =
                    QCoreApplication::translate("MigrationStatus",
                                                "below the baseline %1: Flyway never applied it "
                                                "to this database")
                        .arg(history.baselineVersion);
            }
    // Liquibase changesets and Sqitch changes keep the order of their files (versions are
    // mere ids there); migrations in the history without a file then come last.
    if (set.versionOrdered)
        std::stable_sort(rows.begin(), rows.end(),
                         [&](const MigrationStatus &a, const MigrationStatus &b) {
                             return compareVersions(set.format, a.version, b.version) < 0;
                         });
    return rows;
}

bool rollbackRecorded(const MigrationSet &set, const History &history,
                      const QList<MigrationStatus> &rows, const QString &version)
{
    if (history.currentVersionOnly && history.dirty)
        return false;
    for (const MigrationStatus &row : rows)
        if (sameVersion(set.format, row.version, version) && row.appliedOrder >= 0)
            return false;
    return true;
}

QList<MigrationStatus> unknownHistory(const MigrationSet &set)
{
    QList<MigrationStatus> rows = mergeHistory(set, History{});
    for (MigrationStatus &row : rows)
        row.state = MigrationState::Unknown;
    return rows;
}

QDateTime latestAppliedAt(const QList<MigrationStatus> &rows)
{
    const MigrationStatus *latest = nullptr;
    for (const MigrationStatus &row : rows)
        if (row.appliedOrder >= 0 && (!latest || row.appliedOrder > latest->appliedOrder))
            latest = &row;
    return latest ? latest->appliedAt : QDateTime();
}

} // namespace backstep
