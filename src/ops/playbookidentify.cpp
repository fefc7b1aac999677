#include "ops/playbookidentify.h"

#include "core/scenariodetector.h"
#include "ops/playbookactions.h"
#include "ops/workspaceloader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookIdentifyAction)
};

// Failed and dirty migrations first (what the incident is most likely about), then the
// plan's order (most recent first).
QJsonArray migrationsOf(const RollbackPlan &plan, const QList<MigrationStatus> &rows)
{
    QList<const PlannedMigration *> ordered;
    for (const PlannedMigration &migration : plan.migrations)
        ordered.append(&migration);
    std::stable_sort(
        ordered.begin(), ordered.end(), [](const PlannedMigration *a, const PlannedMigration *b) {
            auto troubled = [](const PlannedMigration *m) {
                return m->state == MigrationState::Failed || m->state == MigrationState::Dirty;
            };
            return troubled(a) && !troubled(b);
        });
    QJsonArray migrations;
    for (const PlannedMigration *migration : ordered) {
        QDateTime appliedAt;
        for (const MigrationStatus &row : rows)
            if (row.version == migration->version && row.name == migration->name)
                appliedAt = row.appliedAt;
        migrations.append(QJsonObject{
            {QStringLiteral("version"), migration->version},
            {QStringLiteral("name"), migration->name},
            {QStringLiteral("appliedAt"), appliedAt.isValid()
                                              ? QJsonValue(appliedAt.toUTC().toString(Qt::ISODate))
                                              : QJsonValue()},
            {QStringLiteral("state"), stateName(migration->state)},
            {QStringLiteral("file"), migration->file},
            {QStringLiteral("statements"), int(migration->statements.size())},
        });
    }
    return migrations;
}

// A blocker that begins with a planned migration's version gets that migration's file in
// front, so the DBA can open it from the message.
QStringList blockersWithFiles(const RollbackPlan &plan)
{
    QStringList lines;
    for (const QString &blocker : plan.blockers) {
        QString line = blocker;
        for (const PlannedMigration &migration : plan.migrations) {
            const QString rest = blocker.mid(migration.version.size());
            if (!migration.file.isEmpty() && blocker.startsWith(migration.version) &&
                (rest.startsWith(u' ') || rest.startsWith(u':'))) {
                line = Tr::tr("%1: %2").arg(migration.file, blocker);
                break;
            }
        }
        lines.append(line);
    }
    return lines;
}

// The plan's DOWN statements in the order they will run, each with where it is written:
// the incident report prints them (a report is written from the evidence, never from the
// files as they are later).
QJsonArray statementsOf(const RollbackPlan &plan)
{
    QJsonArray statements;
    for (const PlannedMigration &migration : plan.migrations)
        for (const Statement &statement : migration.statements)
            statements.append(QJsonObject{
                {QStringLiteral("version"), migration.version},
                {QStringLiteral("file"),
                 statement.start.file.isEmpty() ? migration.file : statement.start.file},
                {QStringLiteral("line"), statement.start.line},
                {QStringLiteral("sql"), statement.sql},
            });
    return statements;
}

} // namespace

PlaybookIdentifyAction::PlaybookIdentifyAction(const PlaybookSetup &setup)
    : m_setup(setup)
{}

PlaybookStepResult PlaybookIdentifyAction::run(PlaybookStepContext &context)
{
    const WorkspaceRequest &request = m_setup.workspace;
    MigrationSet migrations = WorkspaceLoader::readFolder(request, context.cancel);
    if (context.cancelled()) {
        PlaybookStepResult result;
        result.status = PlaybookStep::Status::Cancelled;
        result.error = Tr::tr("cancelled while reading the migrations");
        return result;
    }
    if (!migrations.errors.isEmpty()) {
        QStringList lines;
        for (const Diagnostic &error : migrations.errors)
            lines.append(error.toString());
        return stepFailed({}, Tr::tr("the migrations folder %1 has errors:\n%2")
                                  .arg(request.migrationsFolder, lines.join(u'\n')));
    }
    const Workspace workspace =
        WorkspaceLoader::load(request, std::move(migrations), context.cancel);
    if (context.cancelled()) {
        PlaybookStepResult result;
        result.status = PlaybookStep::Status::Cancelled;
        result.error = Tr::tr("cancelled while reading the database's history");
        return result;
    }
    if (!workspace.connected())
        return stepFailed({}, Tr::tr("cannot read the history of %1: %2")
                                  .arg(request.connection.url(), workspace.databaseError));

    auto planned =
        planRollback(workspace.migrations, workspace.history, workspace.rows, m_setup.target);
    if (!planned)
        return stepFailed(
            {}, Tr::tr("cannot plan %1: %2").arg(m_setup.target.describe(), planned.error()));
    const RollbackPlan &plan = planned.value();

    const QString database = request.connection.database;
    QJsonArray tables;
    for (const QString &table : ScenarioDetector::touchedTablesIn(plan, database))
        tables.append(database.isEmpty() ? table : database + u'.' + table);
    QJsonObject evidence{
        {QStringLiteral("migrations"), migrationsOf(plan, workspace.rows)},
        {QStringLiteral("fromVersion"), latestAppliedVersion(workspace.history)},
        {QStringLiteral("toVersion"), plan.resultingVersion},
        {QStringLiteral("target"), m_setup.target.describe()},
        {QStringLiteral("plannedTables"), tables},
        {QStringLiteral("statements"), plan.statementCount()},
        {QStringLiteral("planStatements"), statementsOf(plan)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
        {QStringLiteral("server"), workspace.serverVersion},
        {QStringLiteral("connection"), workspace.connectionSecurity},
    };
    // The default target's reason, as the run noted it when it chose the target.
    const QString targetReason = context.evidence.value(playbookSetupKey)
                                     .toObject()
                                     .value(playbookTargetReasonKey)
                                     .toString();
    if (!targetReason.isEmpty())
        evidence.insert(playbookTargetReasonKey, targetReason);
    if (plan.migrations.isEmpty())
        return stepFailed(evidence,
                          Tr::tr("nothing to roll back: %1 names no applied migration of %2")
                              .arg(m_setup.target.describe(), request.connection.url()));
    if (!plan.blockers.isEmpty()) {
        const QStringList blockers = blockersWithFiles(plan);
        evidence.insert(QStringLiteral("blockers"), QJsonArray::fromStringList(blockers));
        return stepFailed(evidence, Tr::tr("the plan cannot run:\n%1").arg(blockers.join(u'\n')));
    }

    PlaybookStepResult result;
    result.evidence = evidence;
    const QString to =
        plan.resultingVersion.isEmpty() ? Tr::tr("no migration") : plan.resultingVersion;
    result.summary =
        Tr::tr("%n migration(s) to roll back, down to %1", nullptr, int(plan.migrations.size()))
            .arg(to);
    return result;
}

} // namespace backstep
