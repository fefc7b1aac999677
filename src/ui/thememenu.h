#pragma once

#include "ui/appearance.h"

#include <QMenu>

namespace backstep {

// View ▸ Theme: System, Light, Dark. The choice applies at once and is remembered.
class ThemeMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget *parent = nullptr);

    QAction *action(Appearance::Theme theme) const;

private:
    QList<std::pair<Appearance::Theme, QAction *>> m_actions;
};

} // namespace backstep
