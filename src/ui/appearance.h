#pragma once

#include "core/result.h"

#include <QIcon>
#include <QPalette>
#include <QString>

namespace backstep {

// How the window looks: the desktop's own style and colours ("System"), or Qt's Fusion
// style with a light or a dark palette. Every colour Backstep draws with comes from the
// palette (status colours through StatusColors), so a change repaints everything, and the
// icons (Breeze, built into the program) follow the palette's lightness.
class Appearance
{
public:
    enum class Theme { System, Light, Dark };

    // Once, after the QApplication exists and before any change: remembers the desktop's
    // style and palette (what System goes back to) and makes the built-in icons findable.
    static void initialize();

    static void apply(Theme theme);
    static Theme current();
    // The user's choice (settings, "appearance/theme"); System when none was made.
    static Theme stored();
    static void store(Theme theme);

    static QString name(Theme theme); // "system", "light", "dark": settings, command line
    static Result<Theme> fromName(const QString &name);
    static QPalette lightPalette();
    static QPalette darkPalette();

    // The built-in icon theme for the current palette; called again when the palette
    // changes (the desktop switched to dark, or apply()).
    static void updateIcons();
    // The application's own icon in every size it ships in.
    static QIcon applicationIcon();
};

} // namespace backstep
