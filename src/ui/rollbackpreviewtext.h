#pragma once

#include "core/rollbackplan.h"
#include "ops/rollbackpreview.h"

#include <QColor>
#include <QString>

namespace backstep::previewtext {

// The rollback dialog's rich text: colours from StatusColors, lists as bullets.
QColor bad();
QColor warning();
QColor good();
QString coloured(const QColor &colour, const QString &html);
QString bulletList(const QStringList &items);

// The preview page's summary of a plan: migrations, statements, order, where it ends, how
// many statements commit implicitly.
QString planSummary(const RollbackPlan &plan, int implicitCommits, bool sqlite);
// What the plan destroys (with what is there now) and who may block it.
QString impact(const RollbackPreview &preview, bool sqlite);

} // namespace backstep::previewtext
