#include "ui/appearance.h"

#include "models/statuscolors.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Appearance)
};

const QString kSettingsKey = QStringLiteral("appearance/theme");
const QString kLightIcons = QStringLiteral("backstep-light");
const QString kDarkIcons = QStringLiteral("backstep-dark");

struct SystemLook
{
    QString styleName;
    QString iconTheme; // the desktop's icon theme; empty when it has none of its own
    bool initialized = false;
};

SystemLook &systemLook()
{
    static SystemLook look;
    return look;
}

Appearance::Theme &currentTheme()
{
    static Appearance::Theme theme = Appearance::Theme::System;
    return theme;
}

void setDisabled(QPalette &palette, QColor text)
{
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, text);
}

} // namespace

void Appearance::initialize()
{
    SystemLook &look = systemLook();
    if (look.initialized)
        return;
    look.initialized = true;
    look.styleName = QApplication::style()->name();
    const QString desktopIcons = QIcon::themeName();
    if (!desktopIcons.isEmpty() && desktopIcons != u"hicolor")
        look.iconTheme = desktopIcons;
    QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << QStringLiteral(":/icons"));
    updateIcons();
}

QString Appearance::name(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Result<Appearance::Theme> Appearance::fromName(const QString &name)
{
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark})
        if (name.compare(Appearance::name(theme), Qt::CaseInsensitive) == 0)
            return theme;
    return Error{Tr::tr("unknown theme \"%1\" (system, light or dark)").arg(name)};
}

Appearance::Theme Appearance::stored()
{
    const auto theme = fromName(QSettings().value(kSettingsKey).toString());
    return theme ? theme.value() : Theme::System;
}

void Appearance::store(Theme theme)
{
    QSettings().setValue(kSettingsKey, name(theme));
}

Appearance::Theme Appearance::current()
{
    return currentTheme();
}

QPalette Appearance::lightPalette()
{
    // Fusion's own light palette, spelled out so that it does not depend on the desktop.
    QPalette palette(QColor(0xef, 0xef, 0xef), QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::ButtonText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x6e));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xaf));
    palette.setColor(QPalette::LinkVisited, QColor(0x7b, 0x3f, 0x9a));
    palette.setColor(QPalette::BrightText, Qt::white);
    setDisabled(palette, QColor(0x9a, 0x9a, 0x9a));
    return palette;
}

QPalette Appearance::darkPalette()
{
    QPalette palette(QColor(0x3a, 0x3a, 0x3c), QColor(0x2d, 0x2d, 0x30));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3c));
    palette.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x9f, 0xc5, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xd7, 0xa8, 0xf0));
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, QColor(0x55, 0x55, 0x58));
    palette.setColor(QPalette::Midlight, QColor(0x48, 0x48, 0x4b));
    palette.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2c));
    palette.setColor(QPalette::Dark, QColor(0x1c, 0x1c, 0x1e));
    palette.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    setDisabled(palette, QColor(0x80, 0x80, 0x80));
    return palette;
}

void Appearance::apply(Theme theme)
{
    initialize();
    currentTheme() = theme;
    if (theme == Theme::System) {
        QApplication::setStyle(systemLook().styleName);
        // A palette with nothing set follows the style and the desktop again.
        QApplication::setPalette(QPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
    }
    updateIcons();
}

void Appearance::updateIcons()
{
    initialize(); // the built-in themes must be findable
    const QString bundled =
        StatusColors::isDark(QApplication::palette()) ? kDarkIcons : kLightIcons;
    const SystemLook &look = systemLook();
    if (currentTheme() == Theme::System && !look.iconTheme.isEmpty()) {
        // The desktop's icons first, Backstep's own where it has none.
        QIcon::setThemeName(look.iconTheme);
        QIcon::setFallbackThemeName(bundled);
    } else if (QIcon::themeName() != bundled) {
        QIcon::setThemeName(bundled);
    }
}

QIcon Appearance::applicationIcon()
{
    QIcon icon(QStringLiteral(":/icons/app/backstep.svg"));
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/app/backstep-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace backstep
