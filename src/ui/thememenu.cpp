#include "ui/thememenu.h"

#include <QActionGroup>

namespace backstep {

ThemeMenu::ThemeMenu(QWidget *parent)
    : QMenu(tr("&Theme"), parent)
{
    auto *group = new QActionGroup(this);
    const std::pair<Appearance::Theme, QString> choices[] = {
        {Appearance::Theme::System, tr("&System (as the desktop)")},
        {Appearance::Theme::Light, tr("&Light")},
        {Appearance::Theme::Dark, tr("&Dark")},
    };
    for (const auto &[theme, text] : choices) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(Appearance::current() == theme);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [theme] {
            Appearance::apply(theme);
            Appearance::store(theme);
        });
        m_actions.append({theme, action});
    }
}

QAction *ThemeMenu::action(Appearance::Theme theme) const
{
    for (const auto &[candidate, action] : m_actions)
        if (candidate == theme)
            return action;
    return nullptr;
}

} // namespace backstep
