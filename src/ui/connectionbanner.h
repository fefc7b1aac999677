#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace backstep {

class PasswordDialog;
class WorkspaceController;

// Says plainly that the database could not be read (so every state shown is unknown and
// what needs the database is off), and offers Retry, which asks for the password first
// when the server wants one.
class ConnectionBanner : public QWidget
{
    Q_OBJECT
public:
    ConnectionBanner(WorkspaceController *controller, QWidget *parent = nullptr);

    QPushButton *retryButton() const { return m_retry; }
    QString text() const;
    // The password prompt while it is open, else nullptr.
    PasswordDialog *passwordDialog() const { return m_prompt; }

private:
    void showState();
    void retry();

    WorkspaceController *m_controller;
    QLabel *m_label;
    QPushButton *m_retry;
    PasswordDialog *m_prompt = nullptr;
};

} // namespace backstep
