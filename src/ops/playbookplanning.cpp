#include "ops/playbookplanning.h"

#include "core/scenariodetector.h"
#include "db/databasesession.h"
#include "db/sql.h"
#include "db/targetevidence.h"
#include "ops/playbookactions.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace backstep {

Result<PlaybookPlanned> planPlaybookTarget(const PlaybookSetup &setup,
                                           const std::atomic_bool *cancel)
{
    PlaybookPlanned planned;
    planned.workspace = WorkspaceLoader::load(setup.workspace, cancel);
    if (!planned.workspace.migrations.errors.isEmpty())
        return Error{planned.workspace.migrations.errors.first().toString()};
    if (!planned.workspace.connected())
        return Error{planned.workspace.databaseError};
    auto plan = planRollback(planned.workspace.migrations, planned.workspace.history,
                             planned.workspace.rows, setup.target);
    if (!plan)
        return plan.failure();
    planned.plan = std::move(plan).value();
    return planned;
}

QStringList playbookTouchedTables(const PlaybookRun &run, const RollbackPlan &plan,
                                  const QString &database)
{
    QStringList named;
    const PlaybookStep *identify = run.step(PlaybookStepKind::Identify);
    if (identify && identify->evidence.contains(QStringLiteral("plannedTables"))) {
        const QJsonArray recorded =
            identify->evidence.value(QStringLiteral("plannedTables")).toArray();
        for (const auto &table : recorded)
            named.append(table.toString());
    } else {
        named = ScenarioDetector::touchedTables(plan);
    }
    QStringList tables;
    for (QString table : std::as_const(named)) {
        const qsizetype dot = table.indexOf(u'.');
        if (dot > 0) {
            if (table.left(dot).compare(database, Qt::CaseInsensitive) != 0)
                continue; // another schema's table: not in this database
            table = table.mid(dot + 1);
        }
        if (!table.isEmpty() && !tables.contains(table, Qt::CaseInsensitive))
            tables.append(table);
    }
    return tables;
}

QStringList targetedBackupTables(const QStringList &touched, const History &history,
                                 const QString &database)
{
    QStringList tables = touched;
    for (const QString &table : QStringList{history.table} + history.toolTables) {
        const qsizetype dot = table.indexOf(u'.');
        if (table.isEmpty() ||
            (dot > 0 && table.left(dot).compare(database, Qt::CaseInsensitive) != 0))
            continue; // kept in a database of its own (Sqitch's registry)
        const QString name = table.mid(dot + 1);
        if (!tables.contains(name, Qt::CaseInsensitive))
            tables.append(name);
    }
    return tables;
}

Result<QStringList> playbookUntouchedTables(DatabaseSession &session, const QStringList &touched,
                                            const History &history)
{
    auto all = sql::tableNames(session.database());
    if (!all)
        return all.failure();
    QStringList written{TargetProgress::tableName()};
    for (const QString &table : QStringList{history.table} + history.toolTables)
        written.append(table.mid(table.indexOf(u'.') + 1)); // "db.table" or "table"
    QStringList untouched;
    for (const QString &table : all.value())
        if (!touched.contains(table, Qt::CaseInsensitive) &&
            !written.contains(table, Qt::CaseInsensitive))
            untouched.append(table);
    std::sort(untouched.begin(), untouched.end());
    return untouched;
}

} // namespace backstep
