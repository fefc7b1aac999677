#include "ui/unfinishedrunbanner.h"

#include "models/statuscolors.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace backstep {

UnfinishedRunBanner::UnfinishedRunBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_restore(new QPushButton(tr("Restore &backup…"), this))
    , m_resolve(new QPushButton(tr("&Mark resolved"), this))
{
    setObjectName(QStringLiteral("unfinishedRunBanner"));
    setFrameShape(QFrame::StyledPanel);
    applyPalette();
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_resume);
    layout->addWidget(m_restore);
    layout->addWidget(m_resolve);
    connect(m_resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(m_runId); });
    connect(m_restore, &QPushButton::clicked, this, [this] { Q_EMIT restoreRequested(m_runId); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { Q_EMIT resolveRequested(m_runId); });
    hide();
}

void UnfinishedRunBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void UnfinishedRunBanner::applyPalette()
{
    // The application's palette: this frame's own is tinted by its style sheet.
    const QPalette palette = QApplication::palette();
    const QString sheet = StatusColors::bannerStyleSheet(Tone::Warning, palette,
                                                         QStringLiteral("#unfinishedRunBanner")) +
                          QStringLiteral(" #unfinishedRunBanner QLabel { color: %1; }")
                              .arg(StatusColors::of(Tone::Warning, palette).name());
    if (styleSheet() != sheet) // a new style sheet changes the palette again
        setStyleSheet(sheet);
}

QString UnfinishedRunBanner::describe(const RollbackRun &run)
{
    QString state;
    switch (run.status) {
    case RollbackRun::Status::Failed:
        state = tr("failed");
        break;
    case RollbackRun::Status::Cancelled:
        state = tr("was cancelled");
        break;
    default: // running without a process, or the connection was lost
        state = tr("interrupted");
        break;
    }
    const int total = int(run.steps.size());
    const int next = run.nextStep();
    if (next >= total)
        return tr("Run %1 %2 after its last step (%3 of %3 settled)").arg(run.id, state).arg(total);
    const RunStep &step = run.steps[next];
    const QString where =
        step.line > 0 ? QStringLiteral("%1:%2").arg(QFileInfo(step.file).fileName()).arg(step.line)
                      : QFileInfo(step.file).fileName();
    return tr("Run %1 %2 at step %3 of %4 (%5, %6)")
        .arg(run.id, state)
        .arg(next + 1)
        .arg(total)
        .arg(step.version, where);
}

void UnfinishedRunBanner::showRuns(const QList<RollbackRun> &runs)
{
    if (runs.isEmpty()) {
        m_runId.clear();
        hide();
        return;
    }
    const RollbackRun &run = runs.first();
    m_runId = run.id;
    const QString headline = describe(run);
    const QString advice =
        tr("This rollback did not finish: resume it from the next statement, "
           "restore the backup, or mark it resolved if you finished it by hand.");
    const QString older =
        runs.size() > 1 ? tr("(%n older unfinished run(s) too.)", nullptr, int(runs.size() - 1))
                        : QString();
    m_text = QStringLiteral("%1. %2 %3").arg(headline, advice, older).trimmed();
    m_label->setText(
        QStringLiteral("<b>%1.</b> %2 %3")
            .arg(headline.toHtmlEscaped(), advice.toHtmlEscaped(), older.toHtmlEscaped()));
    setToolTip(tr("Run %1 of %2, started %3 by %4 on %5")
                   .arg(run.id, run.databaseUrl, run.startedAt.toLocalTime().toString(Qt::ISODate),
                        run.operatorName, run.host));
    show();
}

QString UnfinishedRunBanner::text() const
{
    return m_text;
}

} // namespace backstep
