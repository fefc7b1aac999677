#pragma once

#include "core/connectionprofile.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace backstep {

class MainWindow;
class PasswordDialog;
class ProfileEditor;

// Settings ▸ Profiles… in the main window, and opening a profile: its service, checks and
// logs go to the docks, and its database is opened with the password the keyring
// remembers, else the one the DBA types.
class ProfilesController : public QObject
{
    Q_OBJECT
public:
    explicit ProfilesController(MainWindow *window);

    QAction *profilesAction() const { return m_action; }
    // The editor while it is open, else nullptr.
    ProfileEditor *editor() const;
    PasswordDialog *passwordDialog() const;

    ProfileEditor *showEditor();
    void openProfile(const ConnectionProfile &profile);

private:
    void openWithPassword(const ConnectionProfile &profile, const QString &password);
    void askPassword(const ConnectionProfile &profile, const QString &why);

    MainWindow *m_window;
    QAction *m_action;
    QPointer<ProfileEditor> m_editor;
    QPointer<PasswordDialog> m_prompt;
};

} // namespace backstep
