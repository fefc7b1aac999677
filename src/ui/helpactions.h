#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace backstep {

class AboutDialog;
class ShortcutsDialog;
class UserGuideWindow;
class WorkspaceController;

// The Help menu: User guide (F1), Keyboard shortcuts, About Backstep, About Qt. The user
// guide's window is made when first asked for and kept; the dialogs close with the window.
class HelpActions : public QObject
{
    Q_OBJECT
public:
    HelpActions(QMainWindow *window, const WorkspaceController *workspace);

    void addTo(QMenu *menu) const;
    QAction *userGuideAction() const { return m_userGuide; }

    UserGuideWindow *showUserGuide();
    ShortcutsDialog *showShortcuts();
    AboutDialog *showAbout();

private:
    QMainWindow *m_window;
    const WorkspaceController *m_workspace;
    QAction *m_userGuide;
    QAction *m_shortcuts;
    QAction *m_about;
    QAction *m_aboutQt;
    QPointer<UserGuideWindow> m_guide;
};

} // namespace backstep
