#include "ui/rollbackpreviewtext.h"

#include "models/statuscolors.h"

#include <QCoreApplication>
#include <QLocale>

namespace backstep::previewtext {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RollbackDialog)
};

} // namespace

QColor bad()
{
    return StatusColors::of(Tone::Bad);
}

QColor warning()
{
    return StatusColors::of(Tone::Warning);
}

QColor good()
{
    return StatusColors::of(Tone::Good);
}

QString coloured(const QColor &colour, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), html);
}

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin:0\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QString planSummary(const RollbackPlan &plan, int implicitCommits, bool sqlite)
{
    QString summary =
        Tr::tr("<b>%1</b>: %n migration(s), ", nullptr, int(plan.migrations.size()))
            .arg(plan.target.describe().toHtmlEscaped()) +
        Tr::tr("%n statement(s) and one history update per migration, ", nullptr,
               plan.statementCount()) +
        (plan.appliedOrder ? Tr::tr("in the order they were applied, newest first.")
                           : Tr::tr("by version, newest first (the history does not record the "
                                    "applied order).")) +
        QStringLiteral("<br>") +
        (plan.resultingVersion.isEmpty()
             ? Tr::tr("Afterwards <b>no migration</b> stays applied.")
             : Tr::tr("Afterwards the database is at version <b>%1</b>.")
                   .arg(plan.resultingVersion.toHtmlEscaped()));
    if (sqlite)
        summary += QStringLiteral(" ") +
                   Tr::tr("SQLite runs each statement in a transaction with its progress record.");
    else if (implicitCommits > 0)
        summary += QStringLiteral(" ") +
                   coloured(warning(), Tr::tr("%n statement(s) commit implicitly and cannot be "
                                              "undone by a transaction.",
                                              nullptr, implicitCommits)
                                           .toHtmlEscaped());
    return summary;
}

QString impact(const RollbackPreview &preview, bool sqlite)
{
    const QLocale locale;
    QStringList destroys;
    for (const ImpactItem &item : preview.impacts) {
        QString facts;
        if (!item.exists)
            facts = Tr::tr("not there now");
        else if (item.rows >= 0)
            facts = (item.rowsEstimated ? Tr::tr("about %1 rows") : Tr::tr("%1 rows"))
                        .arg(locale.toString(item.rows));
        if (item.exists && item.bytes > 0)
            facts += (facts.isEmpty() ? QString() : QStringLiteral(", ")) +
                     locale.formattedDataSize(item.bytes);
        destroys.append(Tr::tr("step %1 (%2): %3 %4%5")
                            .arg(item.step)
                            .arg(item.version, impactKindLabel(item.kind), item.object,
                                 facts.isEmpty() ? QString() : QStringLiteral(" — ") + facts));
    }
    QStringList risks;
    for (const LockRisk &risk : preview.lockRisks)
        risks.append(Tr::tr("%1 on %2: connection %3 (%4@%5), %6 s — %7")
                         .arg(risk.kind, risk.table.isEmpty() ? Tr::tr("the server") : risk.table)
                         .arg(risk.connectionId)
                         .arg(risk.user, risk.host)
                         .arg(risk.seconds)
                         .arg(risk.detail.left(160)));
    QString html;
    if (!destroys.isEmpty())
        html += coloured(bad(), Tr::tr("<b>What it destroys:</b>") + bulletList(destroys));
    else
        html += Tr::tr("It drops, empties or rebuilds no table, column or index.");
    if (!risks.isEmpty())
        html += coloured(warning(), Tr::tr("<b>What may block it now:</b>") + bulletList(risks));
    else if (preview.error.isEmpty() && !sqlite)
        html += QStringLiteral("<br>") +
                Tr::tr("No other connection holds a transaction or a lock on its tables.");
    if (!preview.error.isEmpty())
        html +=
            QStringLiteral("<br>") +
            coloured(
                warning(),
                Tr::tr("Not everything could be inspected: %1").arg(preview.error.toHtmlEscaped()));
    return html;
}

} // namespace backstep::previewtext
