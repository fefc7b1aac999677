#pragma once

#include "core/connectionspec.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace backstep {

// Asks for a database's password (after a failed connection, or to open a profile), and
// whether the keyring should remember it. The password goes to the caller and, when asked
// for, to the keyring; never to a file.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // `problem`: why it is asked (the server's refusal), shown above the prompt.
    PasswordDialog(const ConnectionSpec &spec, const QString &problem, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    QString password() const;
    bool rememberInKeyring() const;
    // Stores the password in the keyring when the DBA asked for it (asynchronously; a
    // failure is logged and the password still used for this session).
    void rememberIfAsked() const;

private:
    const std::unique_ptr<Ui::PasswordDialog> m_ui;
    ConnectionSpec m_spec;
};

} // namespace backstep
