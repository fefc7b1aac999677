#include "models/statuscolors.h"

#include <QGuiApplication>

namespace backstep {

QString StatusColors::bannerStyleSheet(Tone tone, const QPalette &palette, const QString &selector)
{
    const QColor text = of(tone, palette);
    return QStringLiteral("%1 { background: %2; color: %3; border: 1px solid %4; padding: 6px; }")
        .arg(selector, tinted(tone, palette).name(), text.name(), text.name());
}

QColor StatusColors::tinted(Tone tone, const QPalette &palette)
{
    const QColor text = of(tone, palette);
    const QColor window = palette.color(QPalette::Window);
    const double amount = isDark(palette) ? 0.22 : 0.14;
    return QColor::fromRgbF(float(window.redF() * (1 - amount) + text.redF() * amount),
                            float(window.greenF() * (1 - amount) + text.greenF() * amount),
                            float(window.blueF() * (1 - amount) + text.blueF() * amount));
}

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ||
           palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusColors::of(Tone tone, const QPalette &palette)
{
    // Dark tones on light palettes and light ones on dark palettes: each passes WCAG AA
    // contrast (4.5:1) for text on the palette's own background.
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x8b, 0xe0, 0x8f) : QColor(0x1b, 0x6e, 0x2a);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x9a, 0x5b, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case Tone::Neutral:
        return dark ? QColor(0xa8, 0xb2, 0xbd) : QColor(0x5f, 0x6b, 0x78);
    case Tone::Unknown:
        return dark ? QColor(0x9f, 0xc5, 0xf8) : QColor(0x1f, 0x5f, 0xaf);
    case Tone::Notice:
        return dark ? QColor(0xd7, 0xa8, 0xf0) : QColor(0x7b, 0x3f, 0x9a);
    }
    return palette.color(QPalette::Text);
}

QColor StatusColors::of(Tone tone)
{
    return of(tone, QGuiApplication::palette());
}

QColor StatusColors::background(Tone tone, const QPalette &palette)
{
    QColor colour = of(tone, palette);
    colour.setAlpha(isDark(palette) ? 60 : 45);
    return colour;
}

ReportColours StatusColors::reportColours(const QPalette &palette)
{
    ReportColours colours;
    colours.text = palette.color(QPalette::Text).name();
    colours.passText = of(Tone::Good, palette).name();
    colours.passBackground = tinted(Tone::Good, palette).name();
    colours.failText = of(Tone::Bad, palette).name();
    colours.failBackground = tinted(Tone::Bad, palette).name();
    colours.border = palette.color(QPalette::Mid).name();
    colours.headerBackground = palette.color(QPalette::AlternateBase).name();
    colours.muted = palette.color(QPalette::PlaceholderText).name();
    colours.inconclusiveText = of(Tone::Warning, palette).name();
    colours.inconclusiveBackground = tinted(Tone::Warning, palette).name();
    return colours;
}

} // namespace backstep
