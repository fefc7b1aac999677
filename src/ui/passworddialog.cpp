#include "ui/passworddialog.h"

#include "ops/passwordkeyring.h"
#include "ui/keyringcheckbox.h"
#include "ui_passworddialog.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPasswordDialog, "backstep.ui.password")

namespace backstep {

PasswordDialog::PasswordDialog(const ConnectionSpec &spec, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
    , m_spec(spec)
{
    m_ui->setupUi(this);
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->promptLabel->setText(
        tr("&Password of %1 on %2:%3:").arg(spec.user, spec.host).arg(spec.port));
    new KeyringCheckBox(m_ui->rememberCheck, m_ui->keyringLabel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->passwordEdit->setFocus();
}

PasswordDialog::~PasswordDialog() = default;

QString PasswordDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool PasswordDialog::rememberInKeyring() const
{
    return m_ui->rememberCheck->isEnabled() && m_ui->rememberCheck->isChecked();
}

void PasswordDialog::rememberIfAsked() const
{
    if (!rememberInKeyring())
        return;
    PasswordKeyring::instance().write(PasswordKeyring::keyFor(m_spec), password(),
                                      QCoreApplication::instance(), [](const Result<void> &stored) {
                                          if (!stored)
                                              qCWarning(lcPasswordDialog).noquote()
                                                  << stored.error();
                                      });
}

} // namespace backstep
