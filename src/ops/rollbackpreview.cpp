#include "ops/rollbackpreview.h"

#include "core/statementimpact.h"
#include "db/databasesession.h"

#include <QCoreApplication>
#include <QHash>

namespace backstep {

QString impactKindName(ImpactItem::Kind kind)
{
    switch (kind) {
    case ImpactItem::Kind::DropsTable:
        return QStringLiteral("drops table");
    case ImpactItem::Kind::DropsView:
        return QStringLiteral("drops view");
    case ImpactItem::Kind::TruncatesTable:
        return QStringLiteral("truncates table");
    case ImpactItem::Kind::DeletesEveryRow:
        return QStringLiteral("deletes every row of");
    case ImpactItem::Kind::DropsColumn:
        return QStringLiteral("drops column");
    case ImpactItem::Kind::DropsIndex:
        return QStringLiteral("drops index");
    case ImpactItem::Kind::DropsForeignKey:
        return QStringLiteral("drops foreign key");
    case ImpactItem::Kind::RebuildsTable:
        return QStringLiteral("rebuilds table");
    }
    return {};
}

namespace {
// At file level: lupdate files the strings of a Tr declared inside a function under a
// context named "Tr", which nothing looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RollbackPreviewer)
};
} // namespace

QString impactKindLabel(ImpactItem::Kind kind)
{
    switch (kind) {
    case ImpactItem::Kind::DropsTable:
        return Tr::tr("drops table");
    case ImpactItem::Kind::DropsView:
        return Tr::tr("drops view");
    case ImpactItem::Kind::TruncatesTable:
        return Tr::tr("truncates table");
    case ImpactItem::Kind::DeletesEveryRow:
        return Tr::tr("deletes every row of");
    case ImpactItem::Kind::DropsColumn:
        return Tr::tr("drops column");
    case ImpactItem::Kind::DropsIndex:
        return Tr::tr("drops index");
    case ImpactItem::Kind::DropsForeignKey:
        return Tr::tr("drops foreign key");
    case ImpactItem::Kind::RebuildsTable:
        return Tr::tr("rebuilds table");
    }
    return {};
}

RollbackPreview RollbackPreviewer::inspect(DatabaseSession &session, const RollbackPlan &plan)
{
    RollbackPreview preview;
    QStringList tables;
    QList<QPair<QString, QString>> columns;
    auto addTable = [&](const QString &table) {
        if (!table.isEmpty() && !tables.contains(table))
            tables.append(table);
    };
    // Numbered like the plan's steps (history updates count), as the run and the CLI do.
    for (int stepIndex = 0; stepIndex < plan.steps.size(); ++stepIndex) {
        const PlanStep &planned = plan.steps[stepIndex];
        if (planned.isHistory())
            continue;
        const PlannedMigration &migration = plan.migrations[planned.migration];
        const int stepNumber = stepIndex + 1;
        {
            const Statement &statement = migration.statements[planned.statement];
            const StatementImpact impact = analyzeStatement(statement.sql);
            if (impact.implicitCommit)
                ++preview.implicitCommits;
            for (const QString &table : impact.touchedTables) {
                addTable(table);
                if (!preview.touchedTables.contains(table))
                    preview.touchedTables.append(table);
            }
            auto add = [&](ImpactItem::Kind kind, const QString &object) {
                ImpactItem item;
                item.kind = kind;
                item.object = object;
                item.step = stepNumber;
                item.version = migration.version;
                preview.impacts.append(item);
            };
            for (const QString &table : impact.droppedTables)
                add(ImpactItem::Kind::DropsTable, table);
            for (const QString &view : impact.droppedViews)
                add(ImpactItem::Kind::DropsView, view);
            for (const QString &table : impact.truncatedTables)
                add(ImpactItem::Kind::TruncatesTable, table);
            if (impact.deleteWithoutWhere)
                for (const QString &table : impact.deletedFromTables)
                    add(ImpactItem::Kind::DeletesEveryRow, table);
            for (const auto &[table, column] : impact.droppedColumns) {
                add(ImpactItem::Kind::DropsColumn, table + u'.' + column);
                columns.append({table, column});
            }
            for (const auto &[table, index] : impact.droppedIndexes)
                add(ImpactItem::Kind::DropsIndex, table.isEmpty() ? index : table + u'.' + index);
            for (const auto &[table, constraint] : impact.droppedForeignKeys)
                add(ImpactItem::Kind::DropsForeignKey, table + u'.' + constraint);
            for (const QString &table : impact.rebuiltTables) {
                add(ImpactItem::Kind::RebuildsTable, table);
                addTable(table);
            }
        }
    }

    QHash<QString, TableFacts> tableFacts;
    if (auto facts = ImpactInspector::tableFacts(session, tables)) {
        for (const TableFacts &fact : facts.value())
            tableFacts.insert(fact.table, fact);
    } else {
        preview.error = facts.error();
    }
    QHash<QString, ColumnFacts> columnFacts;
    if (auto facts = ImpactInspector::columnFacts(session, columns)) {
        for (const ColumnFacts &fact : facts.value())
            columnFacts.insert(fact.table + u'.' + fact.column, fact);
    } else if (preview.error.isEmpty()) {
        preview.error = facts.error();
    }
    for (ImpactItem &item : preview.impacts) {
        if (item.kind == ImpactItem::Kind::DropsColumn) {
            const ColumnFacts fact = columnFacts.value(item.object);
            item.exists = fact.exists;
            item.rows = fact.nonNullRows;
            continue;
        }
        if ((item.kind == ImpactItem::Kind::DropsIndex ||
             item.kind == ImpactItem::Kind::DropsForeignKey) &&
            !item.object.contains(u'.')) {
            // SQLite's DROP INDEX names no table: nothing to look up, nothing to count.
            item.exists = true;
            continue;
        }
        const QString table = item.object.section(u'.', 0, 0);
        const bool whole = item.kind != ImpactItem::Kind::DropsIndex &&
                           item.kind != ImpactItem::Kind::DropsForeignKey;
        const TableFacts fact = tableFacts.value(whole ? item.object : table);
        item.exists = fact.exists;
        item.rows = fact.rows;
        item.rowsEstimated = fact.rowsEstimated;
        item.bytes = fact.dataBytes + fact.indexBytes;
    }

    preview.metadataLocksKnown = ImpactInspector::canReadMetadataLocks(session);
    if (auto risks = ImpactInspector::lockRisks(session, tables))
        preview.lockRisks = risks.value();
    else if (preview.error.isEmpty())
        preview.error = risks.error();
    return preview;
}

} // namespace backstep
