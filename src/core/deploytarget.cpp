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

// Liquibase names each deploy: every changeset one `update` applied has its DEPLOYMENT_ID.
// The last deploy is the changesets of the latest one's id, going back from it in the applied
// order; no times needed, however close two deploys were.
DeployTarget lastDeployment(const QList<const MigrationStatus *> &applied)
{
    const QString id = applied.constLast()->deploymentId;
    qsizetype first = applied.size() - 1;
    while (first > 0 && applied.at(first - 1)->deploymentId == id)
        --first;
    DeployTarget chosen;
    for (qsizetype i = first; i < applied.size(); ++i)
        chosen.versions.append(applied.at(i)->version);
    chosen.fromDeploymentId = true;
    const QString span =
        chosen.versions.size() == 1
            ? chosen.versions.constFirst()
            : Tr::tr("%1 to %2").arg(chosen.versions.constFirst(), chosen.versions.constLast());
    const QDateTime &startedAt = applied.at(first)->appliedAt;
    const QString deploy =
        startedAt.isValid()
            ? Tr::tr("the last deploy (Liquibase's DEPLOYMENT_ID %1) applied %2 at %3")
                  .arg(id, span, when(startedAt))
            : Tr::tr("the last deploy (Liquibase's DEPLOYMENT_ID %1) applied %2").arg(id, span);
    if (first == 0) {
        chosen.target.mode = RollbackTarget::Mode::Steps;
        chosen.target.steps = int(chosen.versions.size());
        chosen.reason =
            Tr::tr("%1, and nothing was applied before it: all of it rolled back").arg(deploy);
        return chosen;
    }
    const MigrationStatus *kept = applied.at(first - 1);
    chosen.target.mode = RollbackTarget::Mode::ToVersion;
    chosen.target.version = kept->version;
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

    DeployTarget chosen;
    const MigrationStatus *latest = applied.constLast();
    if (!latest->deploymentId.isEmpty())
        return lastDeployment(applied);
    if (!latest->appliedAt.isValid()) {
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
    for (qsizetype i = first; i < applied.size(); ++i)
        chosen.versions.append(applied.at(i)->version);
    chosen.fromTimes = true;
    const QString span =
        chosen.versions.size() == 1
            ? chosen.versions.constFirst()
            : Tr::tr("%1 to %2").arg(chosen.versions.constFirst(), chosen.versions.constLast());
    const QString deploy =
        Tr::tr("the last deploy applied %1 at %2").arg(span, when(applied.at(first)->appliedAt));
    if (first == 0) {
        chosen.target.mode = RollbackTarget::Mode::Steps;
        chosen.target.steps = int(chosen.versions.size());
        chosen.reason =
            Tr::tr("%1, and nothing was applied before it: all of it rolled back").arg(deploy);
        return chosen;
    }
    const MigrationStatus *kept = applied.at(first - 1);
    chosen.target.mode = RollbackTarget::Mode::ToVersion;
    chosen.target.version = kept->version;
    chosen.reason = Tr::tr("%1; %2 was applied at %3, more than %4 minutes earlier: back to %2")
                        .arg(deploy, kept->version, when(kept->appliedAt),
                             QString::number(deployGapSeconds / 60));
    return chosen;
}

} // namespace backstep
