#pragma once

#include "ops/workspaceloader.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace backstep {

// Asks where the database and its migrations are; offers the recent connections.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Valid after the dialog was accepted.
    WorkspaceRequest request() const { return m_request; }

    void accept() override;

private:
    void fillFromRecent(int index);
    void updateEngineFields();
    Result<WorkspaceRequest> readFields() const;

    const std::unique_ptr<Ui::ConnectionDialog> m_ui;
    WorkspaceRequest m_request;
};

} // namespace backstep
