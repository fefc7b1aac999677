#include "ui/connectionbanner.h"

#include "models/statuscolors.h"
#include "ui/passworddialog.h"
#include "ui/workspacecontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace backstep {

ConnectionBanner::ConnectionBanner(WorkspaceController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry…"), this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(StatusColors::bannerStyleSheet(Tone::Unknown, palette(),
                                                 QStringLiteral("#connectionBanner")));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setToolTip(tr("Connect again (asks for the password)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    hide();
    connect(m_controller, &WorkspaceController::loaded, this, &ConnectionBanner::showState);
    connect(m_controller, &WorkspaceController::loadingStarted, this,
            [this] { m_retry->setEnabled(false); });
    connect(m_retry, &QPushButton::clicked, this, &ConnectionBanner::retry);
}

QString ConnectionBanner::text() const
{
    return m_label->text();
}

void ConnectionBanner::showState()
{
    const Workspace &workspace = m_controller->workspace();
    m_retry->setEnabled(true);
    if (workspace.connected()) {
        hide();
        return;
    }
    m_label->setText(tr("Not connected to %1: %2\nWhether each migration is applied is unknown; "
                        "rolling back, backing up and verifying wait for a connection.")
                         .arg(workspace.request.connection.url(), workspace.databaseError));
    show();
}

void ConnectionBanner::retry()
{
    WorkspaceRequest request = m_controller->workspace().request;
    if (!request.connection.needsPassword()) {
        m_controller->open(request);
        return;
    }
    if (m_prompt)
        return;
    // Window-modal without a nested event loop: the docks stay live behind it.
    m_prompt =
        new PasswordDialog(request.connection, m_controller->workspace().databaseError, window());
    m_prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_prompt, &QDialog::finished, this, [this, request](int result) mutable {
        PasswordDialog *prompt = std::exchange(m_prompt, nullptr);
        if (result != QDialog::Accepted)
            return;
        prompt->rememberIfAsked();
        request.password = prompt->password();
        m_controller->open(request);
    });
    m_prompt->open();
}

} // namespace backstep
