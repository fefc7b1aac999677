#pragma once

#include "core/migrationstatus.h"
#include "core/rollbackplan.h"

#include <QJsonArray>
#include <QJsonObject>

namespace backstep {

// The documented JSON shapes of `backstep-cli parse --json` and `status --json`.
QJsonObject migrationSetToJson(const MigrationSet &set);
QJsonObject statusToJson(const History &history, const QList<MigrationStatus> &rows,
                         const Diagnostics &errors);
QJsonArray diagnosticsToJson(const Diagnostics &diagnostics);
// `backstep-cli plan --json`: the plan's migrations and every statement in execution order.
QJsonObject planToJson(const RollbackPlan &plan);

} // namespace backstep
