#include "ui/helpactions.h"

#include "ui/aboutdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/userguidewindow.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace backstep {

HelpActions::HelpActions(QMainWindow *window, const WorkspaceController *workspace)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
    , m_userGuide(
          new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User guide"), this))
    , m_shortcuts(new QAction(QIcon::fromTheme(QStringLiteral("input-keyboard")),
                              tr("&Keyboard shortcuts"), this))
    , m_about(
          new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Backstep"), this))
    , m_aboutQt(new QAction(tr("About &Qt"), this))
{
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    m_userGuide->setToolTip(tr("How to use Backstep, step by step, with pictures"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_userGuide, &QAction::triggered, this, &HelpActions::showUserGuide);
    connect(m_shortcuts, &QAction::triggered, this, &HelpActions::showShortcuts);
    connect(m_about, &QAction::triggered, this, &HelpActions::showAbout);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void HelpActions::addTo(QMenu *menu) const
{
    menu->addAction(m_userGuide);
    menu->addAction(m_shortcuts);
    menu->addSeparator();
    menu->addAction(m_about);
    menu->addAction(m_aboutQt);
}

UserGuideWindow *HelpActions::showUserGuide()
{
    if (!m_guide) {
        // A window of its own (not modal): the DBA reads it beside the main window.
        m_guide = new UserGuideWindow(m_window);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

ShortcutsDialog *HelpActions::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_window->menuBar(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AboutDialog *HelpActions::showAbout()
{
    const QString server =
        m_workspace->hasWorkspace() ? m_workspace->workspace().serverVersion : QString();
    auto *dialog = new AboutDialog(server, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace backstep
