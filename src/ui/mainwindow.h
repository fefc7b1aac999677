#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTableView;

namespace backstep {

class BackupsController;
class BackupsPanel;
class HelpActions;
class ThemeMenu;
class WindowLayout;
class LogPanel;
class MigrationFilterProxyModel;
class MigrationSourceView;
class PlaybookController;
class PlaybookDialog;
class PlaybookRunBanner;
class RollbackController;
class RollbackDialog;
class ServiceDockController;
class ServicePanel;
class UnfinishedRunBanner;
class VerificationController;
class VerificationPanel;
class WorkspaceController;
struct WorkspaceRequest;

// The shell: the history table, the selected migration's source and the docks. The work
// is done by the controller; this class only wires widgets to it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceController *controller() const { return m_controller; }
    BackupsController *backups() const { return m_backups; }
    MigrationSourceView *sourceView() const { return m_sourceView; }
    QTableView *historyView() const { return m_historyView; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    ServiceDockController *serviceController() const { return m_serviceController; }
    ServicePanel *servicePanel() const { return m_servicePanel; }
    LogPanel *logPanel() const { return m_logPanel; }
    RollbackController *rollback() const { return m_rollback; }
    QAction *rollbackAction() const { return m_rollbackAction; }
    UnfinishedRunBanner *runBanner() const { return m_runBanner; }
    PlaybookController *playbook() const { return m_playbook; }
    QAction *playbookAction() const { return m_playbookAction; }
    PlaybookRunBanner *playbookBanner() const { return m_playbookBanner; }
    // The playbook dialog while it is open, else nullptr.
    PlaybookDialog *playbookDialog() const;
    VerificationController *verification() const { return m_verification; }
    VerificationPanel *verificationPanel() const { return m_verificationPanel; }
    // The rollback dialog while it is open, else nullptr.
    RollbackDialog *rollbackDialog() const;
    BackupsPanel *backupsPanel() const { return m_backupsPanel; }
    HelpActions *help() const { return m_help; }
    ThemeMenu *themeMenu() const { return m_themeMenu; }
    QAction *resetLayoutAction() const { return m_resetLayoutAction; }
    // View ▸ "Backups", "Log", ...: shows the dock, in front of its tab group (Alt+1…).
    QList<QAction *> dockActions() const { return m_dockActions; }
    // A panel added by a controller after the window is built: tabbed with the other
    // docks, in the View menu with the next Alt+ number, kept by the saved layout.
    void addPanelDock(QDockWidget *dock);

    // Restores the layout of the last session (size, docks, splitter, sorting) and saves
    // it when the window closes. Not called for screenshots, whose layout is the default.
    void restoreLayout();
    void resetLayout();

    void open(const WorkspaceRequest &request);
    // Selects the migration's row; false when no row has that version.
    bool selectVersion(const QString &version);

public Q_SLOTS:
    void showConnectionDialog();
    // Opens the rollback flow for the open workspace (or raises the one already open).
    RollbackDialog *showRollbackDialog();
    // Opens the playbook for the open workspace (or raises the one already open).
    PlaybookDialog *showPlaybookDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createHistoryPane();
    QWidget *createSourcePane();
    void createDocks();
    void createActions();
    void createViewMenu();
    void addDockAction(QDockWidget *dock);
    void showLoading(const QString &description);
    void showWorkspace();
    void showSelectedMigration();
    void showRollbackFailure();
    QStringList selectedVersions() const;

    WorkspaceController *m_controller;
    BackupsController *m_backups;
    MigrationFilterProxyModel *m_proxy;
    ServiceDockController *m_serviceController;
    ServicePanel *m_servicePanel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTableView *m_historyView = nullptr;
    QLabel *m_problemBanner = nullptr;
    QLabel *m_sourceHeader = nullptr;
    MigrationSourceView *m_sourceView = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    LogPanel *m_logPanel = nullptr;
    RollbackController *m_rollback;
    UnfinishedRunBanner *m_runBanner = nullptr;
    VerificationController *m_verification;
    VerificationPanel *m_verificationPanel = nullptr;
    // A rollback that settled every step is verified once the history is read again.
    QAction *m_rollbackAction = nullptr;
    QPointer<RollbackDialog> m_rollbackDialog;
    PlaybookController *m_playbook;
    PlaybookRunBanner *m_playbookBanner = nullptr;
    QAction *m_playbookAction = nullptr;
    QPointer<PlaybookDialog> m_playbookDialog;
    BackupsPanel *m_backupsPanel = nullptr;
    QList<QDockWidget *> m_docks;
    QList<QAction *> m_dockActions;
    QMenu *m_viewMenu = nullptr;
    QAction *m_afterDockActions = nullptr; // the separator that ends the docks in View
    HelpActions *m_help = nullptr;
    ThemeMenu *m_themeMenu = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    const std::unique_ptr<WindowLayout> m_layout;
    bool m_layoutPersistent = false;
};

} // namespace backstep
