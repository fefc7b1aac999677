#include "ui/runbanner.h"

#include "models/statuscolors.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace backstep {

RunBanner::RunBanner(const QString &objectName, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    applyPalette();
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->setContentsMargins(8, 4, 8, 4);
    m_layout->addWidget(m_label, 1);
    hide();
}

QPushButton *RunBanner::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_layout->addWidget(button);
    return button;
}

void RunBanner::showRun(const QString &runId, const QString &headline, const QString &advice,
                        const QString &toolTip)
{
    m_runId = runId;
    m_text = QStringLiteral("%1. %2").arg(headline, advice).trimmed();
    m_label->setText(
        QStringLiteral("<b>%1.</b> %2").arg(headline.toHtmlEscaped(), advice.toHtmlEscaped()));
    setToolTip(toolTip);
    show();
}

void RunBanner::clearRun()
{
    m_runId.clear();
    m_text.clear();
    hide();
}

void RunBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void RunBanner::applyPalette()
{
    // The application's palette: this frame's own is tinted by its style sheet.
    const QPalette palette = QApplication::palette();
    const QString scope = u'#' + objectName();
    const QString sheet = StatusColors::bannerStyleSheet(Tone::Warning, palette, scope) +
                          QStringLiteral(" %1 QLabel { color: %2; }")
                              .arg(scope, StatusColors::of(Tone::Warning, palette).name());
    if (styleSheet() != sheet) // a new style sheet changes the palette again
        setStyleSheet(sheet);
}

} // namespace backstep
