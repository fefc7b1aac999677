#pragma once

#include "core/verificationreport.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace backstep {

// What a colour says, wherever Backstep shows a state: the one place where status colours
// are chosen, each in a tone for light palettes and one for dark palettes, so that text in
// it stays readable on the window's background whatever the theme.
enum class Tone {
    Good,    // applied, complete, passed, active
    Warning, // dirty, implicit commit, lock risk, starting or stopping
    Bad,     // failed, missing, irreversible, errors
    Neutral, // pending, inactive, debug lines
    Unknown, // not established (a connection failed, a fact could not be read)
    Notice,  // other kinds of attention: a file gone, a mark in a log
};

struct StatusColors
{
    // The tone's colour for text or icons on `palette` (its Base/Window lightness decides
    // light or dark). Without a palette: the application's.
    static QColor of(Tone tone, const QPalette &palette);
    static QColor of(Tone tone);
    // A translucent background for a whole row or line in the tone.
    static QColor background(Tone tone, const QPalette &palette);
    // An opaque background in the tone: the window colour with some of the tone mixed in
    // (pale on light palettes, deep on dark ones); text in of() stays readable on it.
    static QColor tinted(Tone tone, const QPalette &palette);
    static bool isDark(const QPalette &palette);
    // A style sheet for a banner in the tone: `selector` (e.g. "QLabel", "#banner") gets a
    // tinted background, a border and text in readable contrast on the palette.
    static QString bannerStyleSheet(Tone tone, const QPalette &palette,
                                    const QString &selector = QStringLiteral("QLabel"));
    // A verification report's colours in the window (exported files keep the paper ones).
    static ReportColours reportColours(const QPalette &palette);
};

} // namespace backstep
