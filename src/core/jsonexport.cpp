#include "core/jsonexport.h"

#include <QJsonArray>

namespace backstep {

namespace {

QJsonArray statementsToJson(const Statements &statements)
{
    QJsonArray array;
    for (const Statement &statement : statements)
        array.append(QJsonObject{{QStringLiteral("sql"), statement.sql},
                                 {QStringLiteral("file"), statement.start.file},
                                 {QStringLiteral("line"), statement.start.line},
                                 {QStringLiteral("column"), statement.start.column}});
    return array;
}

QJsonValue optionalString(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonArray diagnosticsToJson(const Diagnostics &diagnostics)
{
    QJsonArray array;
    for (const Diagnostic &d : diagnostics)
        array.append(QJsonObject{{QStringLiteral("file"), d.location.file},
                                 {QStringLiteral("line"), d.location.line},
                                 {QStringLiteral("column"), d.location.column},
                                 {QStringLiteral("message"), d.message}});
    return array;
}

QJsonObject migrationSetToJson(const MigrationSet &set)
{
    QJsonArray migrations;
    for (const Migration &migration : set.migrations) {
        migrations.append(QJsonObject{
            {QStringLiteral("version"), migration.version},
            {QStringLiteral("name"), migration.name},
            {QStringLiteral("kind"), kindName(migration.kind)},
            {QStringLiteral("author"), optionalString(migration.author)},
            {QStringLiteral("files"), QJsonArray::fromStringList(migration.files)},
            {QStringLiteral("up"), statementsToJson(migration.up.statements)},
            {QStringLiteral("down"), statementsToJson(migration.down.statements)},
            {QStringLiteral("reversible"), migration.reversible()},
            {QStringLiteral("irreversible_reason"), optionalString(migration.irreversibleReason())},
            {QStringLiteral("options"), QJsonArray::fromStringList(migration.options)},
            {QStringLiteral("no_op"), migration.isNoOp()},
            {QStringLiteral("declared_no_op"), optionalString(migration.declaredNoOp)},
            {QStringLiteral("up_execution"), optionalString(migration.up.execution)},
            {QStringLiteral("down_execution"), optionalString(migration.down.execution)},
        });
    }
    return QJsonObject{{QStringLiteral("folder"), set.folder},
                       {QStringLiteral("format"), formatName(set.format)},
                       {QStringLiteral("tool"), toolName(set.format)},
                       {QStringLiteral("migrations"), migrations},
                       {QStringLiteral("errors"), diagnosticsToJson(set.errors)},
                       {QStringLiteral("warnings"), diagnosticsToJson(set.warnings)}};
}

QJsonObject statusToJson(const History &history, const QList<MigrationStatus> &rows,
                         const Diagnostics &errors)
{
    QJsonArray migrations;
    for (const MigrationStatus &row : rows) {
        migrations.append(QJsonObject{
            {QStringLiteral("version"), row.version},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("state"), stateName(row.state)},
            {QStringLiteral("applied_at"), row.appliedAt.isValid()
                                               ? QJsonValue(row.appliedAt.toString(Qt::ISODate))
                                               : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("applied_order"),
             row.appliedOrder >= 0 ? QJsonValue(row.appliedOrder) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reversible"), row.reversible},
            {QStringLiteral("irreversible_reason"), optionalString(row.irreversibleReason)},
        });
    }
    return QJsonObject{
        {QStringLiteral("history_table"), optionalString(history.table)},
        {QStringLiteral("history_style"), historyStyleName(history.style)},
        {QStringLiteral("rollback_order"),
         history.recordsAppliedOrder ? QStringLiteral("applied") : QStringLiteral("version")},
        {QStringLiteral("migrations"), migrations},
        {QStringLiteral("errors"), diagnosticsToJson(errors)},
    };
}

QJsonObject planToJson(const RollbackPlan &plan)
{
    QJsonArray migrations;
    QJsonArray statements;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        const PlannedMigration &migration = plan.migrations[step.migration];
        if (step.isHistory())
            continue;
        const Statement &statement = migration.statements[step.statement];
        statements.append(QJsonObject{
            {QStringLiteral("step"), i + 1},
            {QStringLiteral("version"), migration.version},
            {QStringLiteral("file"),
             statement.start.file.isEmpty() ? migration.file : statement.start.file},
            {QStringLiteral("line"), statement.start.line},
            {QStringLiteral("column"), statement.start.column},
            {QStringLiteral("kind"), statementKindName(migration.kinds.value(step.statement))},
            {QStringLiteral("implicit_commit"), causesImplicitCommit(statement.sql)},
            {QStringLiteral("sql"), statement.sql},
        });
    }
    for (const PlannedMigration &migration : plan.migrations)
        migrations.append(QJsonObject{
            {QStringLiteral("version"), migration.version},
            {QStringLiteral("name"), migration.name},
            {QStringLiteral("file"), migration.file},
            {QStringLiteral("state"), stateName(migration.state)},
            {QStringLiteral("statements"), int(migration.statements.size())},
            {QStringLiteral("down_sha256"), migration.downChecksum},
            {QStringLiteral("execution"), optionalString(migration.execution)},
            {QStringLiteral("no_op"), optionalString(migration.noOp)},
        });
    return QJsonObject{
        {QStringLiteral("target"), plan.target.describe()},
        {QStringLiteral("order"),
         plan.appliedOrder ? QStringLiteral("applied") : QStringLiteral("version")},
        {QStringLiteral("resulting_version"), plan.resultingVersion.isEmpty()
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(plan.resultingVersion)},
        {QStringLiteral("runnable"), plan.runnable()},
        {QStringLiteral("blockers"), QJsonArray::fromStringList(plan.blockers)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
        {QStringLiteral("migrations"), migrations},
        {QStringLiteral("statements"), statements},
    };
}

} // namespace backstep
