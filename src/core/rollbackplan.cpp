#include "core/rollbackplan.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RollbackPlan)
};

int indexOfVersion(const QList<const MigrationStatus *> &applied, MigrationFormat format,
                   const QString &version)
{
    for (int i = 0; i < applied.size(); ++i)
        if (sameVersion(format, applied[i]->version, version))
            return i;
    return -1;
}

// Why a version the DBA named is not applied, in words: below a Flyway baseline, or not
// applied at all.
QString notApplied(const QList<MigrationStatus> &rows, MigrationFormat format,
                   const QString &version, const QString &otherwise)
{
    for (const MigrationStatus &row : rows)
        if (sameVersion(format, row.version, version) && row.state == MigrationState::BelowBaseline)
            return Tr::tr("version %1 is below the baseline: Flyway never applied it to this "
                          "database, so there is nothing to roll back there")
                .arg(version);
    return otherwise;
}

Result<QList<const MigrationStatus *>>
chooseRows(const QList<const MigrationStatus *> &applied, const QList<MigrationStatus> &rows,
           MigrationFormat format, const RollbackTarget &target, QStringList &warnings)
{
    using Mode = RollbackTarget::Mode;
    if (applied.isEmpty())
        return Error{Tr::tr("nothing is applied: there is nothing to roll back")};
    switch (target.mode) {
    case Mode::Latest:
        return applied.mid(0, 1);
    case Mode::Steps:
        if (target.steps < 1)
            return Error{
                Tr::tr("the number of steps must be at least 1 (got %1)").arg(target.steps)};
        if (target.steps > applied.size())
            return Error{Tr::tr("%1 steps asked, but only %2 migrations are applied")
                             .arg(target.steps)
                             .arg(applied.size())};
        return applied.mid(0, target.steps);
    case Mode::ToVersion: {
        const int at = indexOfVersion(applied, format, target.version);
        if (at < 0)
            return Error{notApplied(rows, format, target.version,
                                    Tr::tr("version %1 is not applied: roll back to an applied "
                                           "version (it stays applied)")
                                        .arg(target.version))};
        if (at == 0)
            return Error{
                Tr::tr("version %1 is the latest applied migration: there is nothing after "
                       "it to roll back")
                    .arg(target.version)};
        return applied.mid(0, at);
    }
    case Mode::Selected: {
        if (target.versions.isEmpty())
            return Error{Tr::tr("no migration selected")};
        QList<const MigrationStatus *> chosen;
        int deepest = -1;
        for (const QString &version : target.versions) {
            const int at = indexOfVersion(applied, format, version);
            if (at < 0)
                return Error{notApplied(rows, format, version,
                                        Tr::tr("version %1 is not applied").arg(version))};
            if (!chosen.contains(applied[at]))
                chosen.append(applied[at]);
            deepest = std::max(deepest, at);
        }
        std::sort(chosen.begin(), chosen.end(),
                  [](const MigrationStatus *a, const MigrationStatus *b) {
                      return a->appliedOrder > b->appliedOrder;
                  });
        QStringList passedOver;
        for (int i = 0; i < deepest; ++i)
            if (!chosen.contains(applied[i]))
                passedOver.append(applied[i]->version);
        if (!passedOver.isEmpty())
            warnings.append(
                Tr::tr("the selection is not the most recent migrations: it passes over "
                       "%1, applied later, which stay applied and may depend on what "
                       "this rollback removes")
                    .arg(passedOver.join(QStringLiteral(", "))));
        return chosen;
    }
    }
    return Error{Tr::tr("unknown rollback target")};
}

} // namespace

QString RollbackTarget::describe() const
{
    switch (mode) {
    case Mode::Latest:
        return Tr::tr("the latest migration");
    case Mode::Steps:
        return steps == 1 ? Tr::tr("the last migration")
                          : Tr::tr("the last %1 migrations").arg(steps);
    case Mode::ToVersion:
        return Tr::tr("down to %1 (not included)").arg(version);
    case Mode::Selected:
        return Tr::tr("selected: %1").arg(versions.join(QStringLiteral(", ")));
    }
    return {};
}

int RollbackPlan::statementCount() const
{
    int count = 0;
    for (const PlannedMigration &migration : migrations)
        count += int(migration.statements.size());
    return count;
}

QList<const MigrationStatus *> appliedNewestFirst(const QList<MigrationStatus> &rows)
{
    QList<const MigrationStatus *> applied;
    for (const MigrationStatus &row : rows)
        if (row.appliedOrder >= 0)
            applied.append(&row);
    std::sort(applied.begin(), applied.end(),
              [](const MigrationStatus *a, const MigrationStatus *b) {
                  return a->appliedOrder > b->appliedOrder;
              });
    return applied;
}

QString statementsChecksum(const Statements &statements)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Statement &statement : statements) {
        hash.addData(statement.sql.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<RollbackPlan> planRollback(const MigrationSet &set, const History &history,
                                  const QList<MigrationStatus> &rows, const RollbackTarget &target)
{
    RollbackPlan plan;
    plan.target = target;
    plan.appliedOrder = history.recordsAppliedOrder;
    const QList<const MigrationStatus *> applied = appliedNewestFirst(rows);
    auto chosen = chooseRows(applied, rows, set.format, target, plan.warnings);
    if (!chosen)
        return chosen.failure();
    // What the tool itself refuses to go on from, Backstep refuses too.
    if (history.currentVersionOnly && history.dirty)
        plan.blockers.append(
            Tr::tr("%1 is dirty: golang-migrate refuses to run until it is resolved (a "
                   "migration or a rollback stopped half-way); find out what took effect, then "
                   "`migrate force VERSION`")
                .arg(history.table));
    if (!history.lockedBy.isEmpty())
        plan.blockers.append(Tr::tr("Liquibase's lock is held (DATABASECHANGELOGLOCK: %1): "
                                    "Liquibase may be running; if it is not, release the lock "
                                    "(liquibase release-locks) first")
                                 .arg(history.lockedBy));

    for (const MigrationStatus *row : chosen.value()) {
        PlannedMigration planned;
        planned.version = row->version;
        planned.name = row->name;
        planned.state = row->state;
        const Migration *migration =
            row->migrationIndex >= 0 ? &set.migrations.at(row->migrationIndex) : nullptr;
        if (!migration) {
            plan.blockers.append(Tr::tr("%1: the migration file is missing, so its DOWN section is "
                                        "unknown")
                                     .arg(row->version));
        } else {
            planned.author = migration->author;
            planned.file =
                migration->down.file.isEmpty() ? migration->files.value(0) : migration->down.file;
            planned.execution = migration->down.execution;
            planned.statements = migration->down.statements;
            if (!migration->declaredNoOp.isEmpty()) {
                planned.noOp = migration->declaredNoOp;
                planned.statements.clear();
                plan.warnings.append(Tr::tr("%1 (%2): the author declared that rolling it back "
                                            "needs nothing: %3")
                                         .arg(row->version, row->name, migration->declaredNoOp));
            } else if (migration->isNoOp()) {
                planned.noOp = Tr::tr("a no-op: its UP and DOWN are both empty");
                plan.warnings.append(Tr::tr("%1 (%2) is a no-op (UP and DOWN both empty): "
                                            "nothing runs, only its history row changes")
                                         .arg(row->version, row->name));
            }
            for (const Diagnostic &warning : migration->down.warnings)
                plan.warnings.append(Tr::tr("%1: %2").arg(row->version, warning.toString()));
            for (const Statement &statement : planned.statements)
                planned.kinds.append(classifyStatement(statement.sql));
            planned.downChecksum = statementsChecksum(planned.statements);
            if (!migration->reversible())
                plan.blockers.append(
                    Tr::tr("%1 (%2) is irreversible: %3")
                        .arg(row->version, row->name, migration->irreversibleReason()));
            for (const Diagnostic &error : migration->down.errors)
                plan.blockers.append(Tr::tr("%1: the DOWN section does not parse: %2")
                                         .arg(row->version, error.toString()));
        }
        if (row->state == MigrationState::Dirty)
            plan.warnings.append(
                Tr::tr("%1 is dirty (applied partially): its DOWN section may fail "
                       "on objects the UP never created")
                    .arg(row->version));
        if (row->state == MigrationState::Failed)
            plan.warnings.append(
                Tr::tr("%1 is recorded as failed by its tool: its DOWN section may "
                       "fail on objects the UP never created")
                    .arg(row->version));
        plan.migrations.append(planned);
    }

    for (int m = 0; m < plan.migrations.size(); ++m) {
        for (int s = 0; s < plan.migrations[m].statements.size(); ++s)
            plan.steps.append({m, s});
        plan.steps.append({m, -1});
    }

    // What stays applied: the newest applied migration not in the plan.
    QSet<const MigrationStatus *> leaving(chosen->cbegin(), chosen->cend());
    for (const MigrationStatus *row : applied) {
        if (!leaving.contains(row)) {
            plan.resultingVersion = row->version;
            break;
        }
    }
    return plan;
}

} // namespace backstep
