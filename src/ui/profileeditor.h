#pragma once

#include "core/profilestore.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class ProfileEditor;
}

class QAction;

namespace backstep {

class ServiceController;

// Settings ▸ Profiles…: every connection profile, each edited in full (connection with
// TLS, migrations and history table, service with a status test, log files, contacts,
// validation commands and assertions), tested, imported and exported. Profiles go to the
// ProfileStore; a password, only when the DBA asks, to the keyring.
class ProfileEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileEditor(ProfileStore store = ProfileStore(), QWidget *parent = nullptr);
    ~ProfileEditor() override;

    // Shows the profile; false when there is none by that name.
    bool selectProfile(const QString &name);
    // The profile the fields describe now, or what is wrong with them.
    Result<ConnectionProfile> editedProfile() const;
    // What Save does: stores the profile (and the password, when asked) or says why not.
    Result<void> save();
    Result<void> importFile(const QString &path);
    Result<void> exportTo(const QString &path) const;
    QString problemText() const;

Q_SIGNALS:
    // "Open this profile": the caller opens its workspace (asking for the password).
    void openRequested(const backstep::ConnectionProfile &profile);

private:
    void reloadList(const QString &select = {});
    void showProfile(const ConnectionProfile &profile);
    void currentChanged();
    void updateEngineFields();
    void updateBackendFields();
    void updateWebhookNote();
    void newProfile(const ConnectionProfile &from);
    void deleteProfile();
    void chooseImport();
    void chooseExport();
    void testConnection();
    void testService();
    void showProblem(const QString &text, bool bad = true);
    // A save refused for what the fields hold: shown until an edit mends it.
    void showRefusal(const QString &text);
    void recheckRefusal();
    Result<QString> connectionUrl() const;

    const std::unique_ptr<Ui::ProfileEditor> m_ui;
    ProfileStore m_store;
    // The stored name of the profile on show ("" for one not saved yet).
    QString m_shownName;
    bool m_refused = false; // the problem shown is a refused save's, checked again on edits
    // The webhook field's Show/Hide (owned by the field).
    QAction *m_revealWebhook = nullptr;
    QFutureWatcher<Result<QString>> m_connectionTest;
    std::unique_ptr<ServiceController> m_serviceTest;
};

} // namespace backstep
