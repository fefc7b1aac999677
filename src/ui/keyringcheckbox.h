#pragma once

#include <QObject>

class QCheckBox;
class QLabel;

namespace backstep {

// Keeps a "remember the password in the keyring" check box truthful: disabled while the
// keyring is being looked for, and disabled with the reason (shown in `reason`) when none
// answers, so that the DBA knows Backstep will ask each time.
class KeyringCheckBox : public QObject
{
    Q_OBJECT
public:
    KeyringCheckBox(QCheckBox *checkBox, QLabel *reason);

private:
    void show(bool available, const QString &why);

    QCheckBox *m_checkBox;
    QLabel *m_reason;
};

} // namespace backstep
