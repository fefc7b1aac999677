#pragma once

#include "core/migrationstatus.h"
#include "core/result.h"
#include "core/rollbackplan.h"

#include <QStringList>

namespace backstep {

// The playbook's default target when the DBA names none: everything the last deploy
// applied, i.e. back to the version before the first migration of the last deploy.
//
// A deploy is the migrations one run of the migration tool applied. Liquibase names the run:
// the last deploy is the changesets of the latest one's DEPLOYMENT_ID. The other history
// tables do not, so it is told from the recorded times: going back from the most recently
// applied migration, a migration belongs to the same deploy as the one applied after it
// when the two were recorded at most `deployGapSeconds` apart. A table that records no
// times (dbmate and Rails, golang-migrate) cannot tell deploys apart: the default is then
// the latest migration alone, and the reason says so.
struct DeployTarget
{
    RollbackTarget target;
    // The last deploy's versions, in the order they were applied (one, without times).
    QStringList versions;
    // Whether the times told the deploy; false: the latest migration alone, for want of them
    // (or the deploy's id told it).
    bool fromTimes = false;
    // Whether the history's own deploy id told it (Liquibase's DEPLOYMENT_ID).
    bool fromDeploymentId = false;
    // Why this target, in a sentence for the identify step's evidence and the report.
    QString reason;
};

// Migrations recorded at most this far apart belong to the same deploy.
constexpr qint64 deployGapSeconds = 600;

// The default target for `rows` (the merged history); fails when nothing is applied.
Result<DeployTarget> lastDeployTarget(const QList<MigrationStatus> &rows);

} // namespace backstep
