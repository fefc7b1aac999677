#include "core/deploytarget.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeployTarget)
};

QString when(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// The deploy from applied[first] to the latest: its versions, and the target that rolls all
// of it back (to the migration before it; every step when nothing was applied before it).
DeployTarget deployFrom(const QList<const MigrationStatus *> &applied, qsizetype first)
{
    DeployTarget chosen;
    for (qsizetype i = first; i < applied.size(); ++i)
        chosen.versions.append(applied.at(i)->version);
    if (first == 0) {
        chosen.target.mode = RollbackTarget::Mode::Steps;
        chosen.target.steps = int(chosen.versions.size());
    } else {
        chosen.target.mode = RollbackTarget::Mode::ToVersion;
        chosen.target.version = applied.at(first - 1)->version;
    }
    return chosen;
}

QString spanOf(const QStringList &versions)
{
    return versions.size() == 1
               ? versions.constFirst()
               : Tr::tr("%1 to %2").arg(versions.constFirst(), versions.constLast());
}

QString allOfIt(const QString &deploy)
{
    return Tr::tr("%1, and nothing was applied before it: all of it rolled back").arg(deploy);
}

// Liquibase names each deploy: every changeset one `update` applied has its DEPLOYMENT_ID.
// The last deploy is the changesets of the latest one's id, going back from it in the applied
// order; no times needed, however close two deploys were.
DeployTarget lastDeployment(const QList<const MigrationStatus *> &applied)
{
    const QString id = applied.constLast()->deploymentId;
    qsizetype first = applied.size() - 1;
    while (first > 0 && applied.at(first - 1)->deploymentId == id)
        --first;
    DeployTarget chosen = deployFrom(applied, first);
    chosen.fromDeploymentId = true;
    const QString span = spanOf(chosen.versions);
    const QDateTime &startedAt = applied.at(first)->appliedAt;
    const QString deploy =
        startedAt.isValid()
            ? Tr::tr("the last deploy (Liquibase's DEPLOYMENT_ID %1) applied %2 at %3")
                  .arg(id, span, when(startedAt))
            : Tr::tr("the last deploy (Liquibase's DEPLOYMENT_ID %1) applied %2").arg(id, span);
    if (first == 0) {
        chosen.reason = allOfIt(deploy);
        return chosen;
    }
    const MigrationStatus *kept = applied.at(first - 1);
    chosen.reason =
        kept->deploymentId.isEmpty()
            ? Tr::tr("%1; %2 was applied before it, by a deploy without an id: back to %2")
                  .arg(deploy, kept->version)
            : Tr::tr("%1; %2 was applied by the deploy before it (DEPLOYMENT_ID %3): back to %2")
                  .arg(deploy, kept->version, kept->deploymentId);
    return chosen;
}

} // namespace

Result<DeployTarget> lastDeployTarget(const QList<MigrationStatus> &rows)
{
    QList<const MigrationStatus *> applied;
    for (const MigrationStatus &row : rows)
        if (row.appliedOrder >= 0)
            applied.append(&row);
    if (applied.isEmpty())
        return Error{Tr::tr("no migration is applied: there is no deploy to roll back")};
    std::sort(applied.begin(), applied.end(),
              [](const MigrationStatus *a, const MigrationStatus *b) {
                  return a->appliedOrder < b->appliedOrder;
              });

    const MigrationStatus *latest = applied.constLast();
    if (!latest->deploymentId.isEmpty())
        return lastDeployment(applied);
    if (!latest->appliedAt.isValid()) {
        DeployTarget chosen;
        chosen.target.mode = RollbackTarget::Mode::Steps;
        chosen.target.steps = 1;
        chosen.versions = {latest->version};
        chosen.reason = Tr::tr("the history table records no times, so the last deploy cannot be "
                               "told apart: the latest migration (%1) alone")
                            .arg(latest->version);
        return chosen;
    }

    // Back from the latest while the one before was recorded close enough.
    qsizetype first = applied.size() - 1;
    while (first > 0) {
        const QDateTime &before = applied.at(first - 1)->appliedAt;
        const QDateTime &after = applied.at(first)->appliedAt;
        if (!before.isValid() || std::abs(before.secsTo(after)) > deployGapSeconds)
            break;
        --first;
    }
    DeployTarget chosen = deployFrom(applied, first);
    chosen.fromTimes = true;
    const QString deploy = Tr::tr("the last deploy applied %1 at %2")
                               .arg(spanOf(chosen.versions), when(applied.at(first)->appliedAt));
    if (first == 0) {
        chosen.reason = allOfIt(deploy);
        return chosen;
    }
    const MigrationStatus *kept = applied.at(first - 1);
    chosen.reason = Tr::tr("%1; %2 was applied at %3, more than %4 minutes earlier: back to %2")
                        .arg(deploy, kept->version, when(kept->appliedAt),
                             QString::number(deployGapSeconds / 60));
    return chosen;
}

} // namespace backstep
