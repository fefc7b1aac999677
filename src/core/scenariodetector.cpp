#include "core/scenariodetector.h"

#include "core/rollbackplan.h"
#include "core/statementimpact.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioDetector)
};

using Kind = ScenarioExpectation::Kind;

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// CREATE [OR REPLACE] [TEMPORARY] TABLE [IF NOT EXISTS] name: a table of that name
// exists again afterwards.
bool createsTable(const QString &sql)
{
    static const QRegularExpression create(
        QStringLiteral(R"(^\s*CREATE\s+(OR\s+REPLACE\s+)?TABLE\s)"),
        QRegularExpression::CaseInsensitiveOption);
    return create.match(sql).hasMatch();
}

class Detector
{
public:
    QList<ScenarioExpectation> run(const RollbackPlan &plan)
    {
        for (qsizetype s = 0; s < plan.steps.size(); ++s) {
            const PlanStep &step = plan.steps.at(s);
            if (step.isHistory() || step.migration < 0 || step.migration >= plan.migrations.size())
                continue;
            const PlannedMigration &migration = plan.migrations.at(step.migration);
            if (step.statement >= migration.statements.size())
                continue;
            m_step = int(s);
            m_version = migration.version;
            m_where = Tr::tr("%1 DOWN statement %2").arg(migration.version).arg(step.statement + 1);
            statement(migration.statements.at(step.statement).sql);
        }
        // An index the plan creates matters here only on a table it departitions.
        QList<ScenarioExpectation> result;
        for (const ScenarioExpectation &expectation : std::as_const(m_list)) {
            if (expectation.kind == Kind::IndexPresent &&
                indexOf(Kind::PartitioningRemoved, expectation.table, QString()) < 0)
                continue;
            result.append(expectation);
        }
        return result;
    }

private:
    void statement(const QString &sql)
    {
        const StatementImpact impact = analyzeStatement(sql);
        for (const QString &table : impact.droppedTables) {
            removeIf([&](const ScenarioExpectation &e) { return sameName(e.table, table); });
            add(Kind::ForeignKeyGone, table, QString(),
                Tr::tr("%1 drops table %2: none of its foreign keys may remain")
                    .arg(m_where, table));
        }
        if (createsTable(sql) && !impact.touchedTables.isEmpty())
            remove(Kind::ForeignKeyGone, impact.touchedTables.first(), QString());
        for (const auto &[table, key] : impact.droppedForeignKeys)
            add(Kind::ForeignKeyGone, table, key,
                Tr::tr("%1 drops foreign key %2 of %3: it must be gone").arg(m_where, key, table));
        for (const auto &[table, index] : impact.droppedIndexes) {
            removeIf([&](const ScenarioExpectation &e) {
                return e.kind == Kind::IndexPresent && sameName(e.object, index) &&
                       (table.isEmpty() || sameName(e.table, table));
            });
            const QString on = table.isEmpty() ? index : Tr::tr("%1 on %2").arg(index, table);
            add(Kind::IndexGone, table, index,
                Tr::tr("%1 drops index %2: it must be gone").arg(m_where, on));
        }
        for (const auto &[table, column] : impact.droppedColumns)
            remove(Kind::JsonColumnValid, table, column);
        for (const auto &[table, index] : impact.createdIndexes) {
            removeIf([&](const ScenarioExpectation &e) {
                return e.kind == Kind::IndexGone && sameName(e.object, index) &&
                       (e.table.isEmpty() || sameName(e.table, table));
            });
            add(Kind::IndexPresent, table, index,
                Tr::tr("%1 creates index %2 on %3, whose partitioning the plan removes: it must be "
                       "present")
                    .arg(m_where, index, table));
        }
        for (const auto &[table, column] : impact.jsonColumns)
            add(Kind::JsonColumnValid, table, column,
                Tr::tr("%1 re-adds the JSON column %2.%3 (normalization rollback): no row may hold "
                       "NULL or invalid JSON in it")
                    .arg(m_where, table, column));
        for (const QString &table : impact.departitionedTables)
            add(Kind::PartitioningRemoved, table, QString(),
                Tr::tr("%1 removes the partitioning of %2: no partition may be left, and its "
                       "indexes must be present")
                    .arg(m_where, table));
        for (const auto &[from, to] : impact.renamedTables) {
            remove(Kind::ForeignKeyGone, to, QString());
            for (ScenarioExpectation &expectation : m_list)
                if (sameName(expectation.table, from))
                    expectation.table = to;
        }
    }

    qsizetype indexOf(Kind kind, const QString &table, const QString &object) const
    {
        for (qsizetype i = 0; i < m_list.size(); ++i) {
            const ScenarioExpectation &e = m_list.at(i);
            if (e.kind == kind && sameName(e.table, table) && sameName(e.object, object))
                return i;
        }
        return -1;
    }
    void remove(Kind kind, const QString &table, const QString &object)
    {
        const qsizetype i = indexOf(kind, table, object);
        if (i >= 0)
            m_list.removeAt(i);
    }
    template <typename Predicate> void removeIf(Predicate predicate) { m_list.removeIf(predicate); }
    // The latest statement that makes an expectation is the one named.
    void add(Kind kind, const QString &table, const QString &object, const QString &why)
    {
        remove(kind, table, object);
        m_list.append({kind, table, object, why, m_step, m_version});
    }

    QList<ScenarioExpectation> m_list;
    int m_step = -1;
    QString m_version;
    QString m_where;
};

} // namespace

QString scenarioKindName(ScenarioExpectation::Kind kind)
{
    switch (kind) {
    case Kind::JsonColumnValid:
        return QStringLiteral("json column valid");
    case Kind::ForeignKeyGone:
        return QStringLiteral("foreign key gone");
    case Kind::IndexGone:
        return QStringLiteral("index gone");
    case Kind::PartitioningRemoved:
        return QStringLiteral("partitioning removed");
    case Kind::IndexPresent:
        return QStringLiteral("index present");
    }
    return {};
}

QList<ScenarioExpectation> ScenarioDetector::detect(const RollbackPlan &plan)
{
    return Detector().run(plan);
}

QStringList ScenarioDetector::touchedTables(const RollbackPlan &plan)
{
    QStringList tables;
    for (const PlannedMigration &migration : plan.migrations)
        for (const Statement &statement : migration.statements)
            for (const QString &table : analyzeStatement(statement.sql).touchedTables)
                if (!tables.contains(table, Qt::CaseInsensitive))
                    tables.append(table);
    return tables;
}

QStringList ScenarioDetector::touchedTablesIn(const RollbackPlan &plan, const QString &database)
{
    QStringList tables;
    for (QString table : touchedTables(plan)) {
        const qsizetype dot = table.indexOf(u'.');
        if (dot > 0 && table.left(dot).compare(database, Qt::CaseInsensitive) == 0)
            table = table.mid(dot + 1);
        else if (dot > 0)
            continue; // another schema's table
        tables.append(table);
    }
    return tables;
}

} // namespace backstep
