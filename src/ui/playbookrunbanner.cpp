#include "ui/playbookrunbanner.h"

#include "models/statuscolors.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace backstep {

PlaybookRunBanner::PlaybookRunBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_resume(new QPushButton(tr("Resume the &playbook"), this))
    , m_open(new QPushButton(tr("&Show its steps"), this))
{
    setObjectName(QStringLiteral("playbookRunBanner"));
    setFrameShape(QFrame::StyledPanel);
    applyPalette();
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_resume);
    layout->addWidget(m_open);
    connect(m_resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(m_runId); });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_runId); });
    hide();
}

void PlaybookRunBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void PlaybookRunBanner::applyPalette()
{
    // The application's palette: this frame's own is tinted by its style sheet.
    const QPalette palette = QApplication::palette();
    const QString sheet = StatusColors::bannerStyleSheet(Tone::Warning, palette,
                                                         QStringLiteral("#playbookRunBanner")) +
                          QStringLiteral(" #playbookRunBanner QLabel { color: %1; }")
                              .arg(StatusColors::of(Tone::Warning, palette).name());
    if (styleSheet() != sheet) // a new style sheet changes the palette again
        setStyleSheet(sheet);
}

QString PlaybookRunBanner::describe(const PlaybookRun &run)
{
    QString state;
    switch (run.status) {
    case PlaybookRun::Status::Failed:
        state = tr("failed");
        break;
    case PlaybookRun::Status::Cancelled:
        state = tr("was cancelled");
        break;
    default: // running without a process
        state = tr("was interrupted");
        break;
    }
    const int total = int(run.steps.size());
    const int next = run.nextStep();
    if (next >= total)
        return tr("Playbook run %1 %2 after its last step").arg(run.id, state);
    return tr("Playbook run %1 %2 at step %3 of %4 (%5)")
        .arg(run.id, state, QString::number(next + 1), QString::number(total),
             playbookStepTitle(run.steps[next].kind));
}

void PlaybookRunBanner::showRuns(const QList<PlaybookRun> &runs)
{
    if (runs.isEmpty()) {
        m_runId.clear();
        m_text.clear();
        hide();
        return;
    }
    const PlaybookRun &run = runs.first();
    m_runId = run.id;
    const QString headline = describe(run);
    const QString advice = tr("Resume it from that step (a step already done is never done "
                              "again), or open it to see each step's evidence.");
    m_text = QStringLiteral("%1. %2").arg(headline, advice);
    m_label->setText(
        QStringLiteral("<b>%1.</b> %2").arg(headline.toHtmlEscaped(), advice.toHtmlEscaped()));
    setToolTip(tr("Playbook run %1 of %2 (%3), started %4 by %5 on %6")
                   .arg(run.id, run.databaseUrl, run.target,
                        run.startedAt.toLocalTime().toString(Qt::ISODate), run.operatorName,
                        run.host));
    show();
}

} // namespace backstep
