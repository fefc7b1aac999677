#include "ui/keyringcheckbox.h"

#include "models/statuscolors.h"
#include "ops/passwordkeyring.h"

#include <QCheckBox>
#include <QLabel>

namespace backstep {

KeyringCheckBox::KeyringCheckBox(QCheckBox *checkBox, QLabel *reason)
    : QObject(checkBox)
    , m_checkBox(checkBox)
    , m_reason(reason)
{
    PasswordKeyring &keyring = PasswordKeyring::instance();
    connect(&keyring, &PasswordKeyring::availabilityKnown, this, &KeyringCheckBox::show);
    switch (keyring.availability()) {
    case PasswordKeyring::Availability::Available:
        show(true, {});
        break;
    case PasswordKeyring::Availability::Unavailable:
        show(false, keyring.unavailableReason());
        break;
    case PasswordKeyring::Availability::NotChecked:
    case PasswordKeyring::Availability::Checking:
        m_checkBox->setEnabled(false);
        m_reason->setText(tr("Looking for the desktop's keyring…"));
        keyring.checkAvailability();
        break;
    }
}

void KeyringCheckBox::show(bool available, const QString &why)
{
    m_checkBox->setEnabled(available);
    if (!available) {
        m_checkBox->setChecked(false);
        m_checkBox->setToolTip(why);
    }
    m_reason->setText(available ? tr("The password is kept by the keyring, never in a file.")
                                : tr("No keyring to remember it in (%1): Backstep asks for the "
                                     "password each time.")
                                      .arg(why));
    m_reason->setStyleSheet(
        available ? QString()
                  : QStringLiteral("color: %1;").arg(StatusColors::of(Tone::Unknown).name()));
}

} // namespace backstep
