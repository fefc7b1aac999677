#include "ui/profilescontroller.h"

#include "ops/passwordkeyring.h"
#include "ui/logpanel.h"
#include "ui/mainwindow.h"
#include "ui/passworddialog.h"
#include "ui/profileeditor.h"
#include "ui/servicedockcontroller.h"
#include "ui/verificationcontroller.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QMenuBar>

namespace backstep {

ProfilesController::ProfilesController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Profiles…"), window))
{
    m_action->setObjectName(QStringLiteral("profilesAction"));
    m_action->setToolTip(tr("Edit, test, import and export connection profiles"));
    connect(m_action, &QAction::triggered, this, &ProfilesController::showEditor);
    window->menuBar()->addMenu(tr("&Settings"))->addAction(m_action);
}

ProfileEditor *ProfilesController::editor() const
{
    return m_editor.data();
}

PasswordDialog *ProfilesController::passwordDialog() const
{
    return m_prompt.data();
}

ProfileEditor *ProfilesController::showEditor()
{
    if (!m_editor) {
        m_editor = new ProfileEditor(ProfileStore(), m_window);
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_editor, &ProfileEditor::openRequested, this, &ProfilesController::openProfile);
    }
    m_editor->open();
    m_editor->raise();
    return m_editor;
}

void ProfilesController::openProfile(const ConnectionProfile &profile)
{
    if (profile.service.isConfigured())
        m_window->serviceController()->setService(profile.service);
    m_window->verification()->setChecks(profile.assertions, profile.validationCommands);
    for (const QString &log : profile.logFiles)
        m_window->logPanel()->addFile(log);
    if (profile.url.isEmpty() || profile.migrationsFolder.isEmpty())
        return;
    auto spec = ConnectionSpec::parse(profile.url);
    if (!spec || !spec->needsPassword()) {
        openWithPassword(profile, {});
        return;
    }
    PasswordKeyring &keyring = PasswordKeyring::instance();
    if (!profile.rememberPassword ||
        keyring.availability() != PasswordKeyring::Availability::Available) {
        askPassword(profile, {});
        return;
    }
    keyring.read(PasswordKeyring::keyFor(spec.value()), this,
                 [this, profile](const Result<std::optional<QString>> &stored) {
                     if (stored && stored.value())
                         openWithPassword(profile, *stored.value());
                     else
                         askPassword(profile, stored ? QString() : stored.error());
                 });
}

void ProfilesController::askPassword(const ConnectionProfile &profile, const QString &why)
{
    if (m_prompt)
        return;
    m_prompt = new PasswordDialog(ConnectionSpec::parse(profile.url).value(), why, m_window);
    m_prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_prompt, &QDialog::finished, this, [this, profile](int result) {
        if (result != QDialog::Accepted || !m_prompt)
            return;
        m_prompt->rememberIfAsked();
        openWithPassword(profile, m_prompt->password());
    });
    m_prompt->open();
}

void ProfilesController::openWithPassword(const ConnectionProfile &profile, const QString &password)
{
    auto spec = ConnectionSpec::parse(profile.url);
    if (!spec)
        return;
    WorkspaceRequest request;
    request.connection = spec.value();
    request.password = password;
    request.migrationsFolder = profile.migrationsFolder;
    request.format = formatFromName(profile.migrationsFormat).value_or(MigrationFormat::Auto);
    request.historyTable = profile.historyTable;
    m_window->open(request);
}

} // namespace backstep
