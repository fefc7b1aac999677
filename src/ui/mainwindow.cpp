#include "ui/mainwindow.h"

#include "models/migrationhistorymodel.h"
#include "models/statepresentation.h"
#include "models/statuscolors.h"
#include "ui/appearance.h"
#include "ui/backupscontroller.h"
#include "ui/backupspanel.h"
#include "ui/connectionbanner.h"
#include "ui/connectiondialog.h"
#include "ui/helpactions.h"
#include "ui/logpanel.h"
#include "ui/migrationsourceview.h"
#include "ui/playbookcontroller.h"
#include "ui/playbookdialog.h"
#include "ui/playbookrunbanner.h"
#include "ui/profilescontroller.h"
#include "ui/rollbackcontroller.h"
#include "ui/rollbackdialog.h"
#include "ui/runcloseguard.h"
#include "ui/runhistorycontroller.h"
#include "ui/servicedockcontroller.h"
#include "ui/servicepanel.h"
#include "ui/thememenu.h"
#include "ui/unfinishedrunbanner.h"
#include "ui/verificationcontroller.h"
#include "ui/verificationpanel.h"
#include "ui/verifyafterrollback.h"
#include "ui/windowlayout.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace backstep {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new WorkspaceController(this))
    , m_backups(new BackupsController(this))
    , m_proxy(new MigrationFilterProxyModel(this))
    , m_serviceController(new ServiceDockController(this))
    , m_rollback(new RollbackController(m_controller, this))
    , m_verification(new VerificationController(this))
    , m_playbook(new PlaybookController(m_controller, this))
    , m_layout(std::make_unique<WindowLayout>(this))
{
    Appearance::initialize(); // the built-in icons, before the first action asks for one
    setWindowTitle(tr("Backstep"));
    m_proxy->setSourceModel(m_controller->model());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(createHistoryPane());
    splitter->addWidget(createSourcePane());
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    // The interrupted-run banner spans the window: it is about the whole database.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(2);
    m_runBanner = new UnfinishedRunBanner(central);
    m_playbookBanner = new PlaybookRunBanner(central);
    centralLayout->addWidget(new ConnectionBanner(m_controller, central));
    centralLayout->addWidget(m_runBanner);
    centralLayout->addWidget(m_playbookBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    createDocks();
    createActions();
    new ProfilesController(this);
    new RunHistoryController(this);
    m_layout->addSplitter(QStringLiteral("mainSplitter"), splitter);
    m_layout->addHeader(QStringLiteral("historyHeader"), m_historyView->horizontalHeader());
    m_layout->captureDefaults();

    m_statusLabel = new QLabel(tr("No database open. File ▸ Open… (Ctrl+O)"), this);
    statusBar()->addWidget(m_statusLabel, 1);
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setRange(0, 0); // animated: the work has no measurable size
    m_busyIndicator->setMaximumWidth(160);
    m_busyIndicator->hide();
    statusBar()->addPermanentWidget(m_busyIndicator);

    // Each backup and service step is marked in every followed log, so the DBA sees what
    // the application said after it.
    connect(m_backups, &BackupsController::actionMark, m_logPanel, &LogPanel::addActionMark);
    connect(m_serviceController, &ServiceDockController::actionMark, m_logPanel,
            &LogPanel::addActionMark);
    connect(m_rollback, &RollbackController::actionMark, m_logPanel, &LogPanel::addActionMark);
    // Closing the window under a running rollback asks first, and never waits on it here.
    RunCloseGuard::forRollback(this, m_rollback);
    connect(m_verification, &VerificationController::finished, this,
            [this](const VerificationReport &report) {
                m_logPanel->addActionMark(
                    tr("Verification of %1: %2 (%3 problems)")
                        .arg(report.databaseName, report.passed() ? tr("pass") : tr("fail"))
                        .arg(report.failureCount()));
            });
    // A rollback of this database that did not finish is shown as soon as it is opened.
    connect(m_controller, &WorkspaceController::loaded, m_rollback,
            &RollbackController::checkUnfinished);
    connect(m_rollback, &RollbackController::unfinishedRunsFound, this,
            [this](const QList<RollbackRun> &runs) {
                if (!m_rollback->isRunning())
                    m_runBanner->showRuns(runs);
            });
    connect(m_rollback, &RollbackController::journalProblem, this,
            [this](const QString &text) { m_statusLabel->setText(tr("Journal: %1").arg(text)); });
    connect(m_rollback, &RollbackController::busyChanged, this, [this](bool busy) {
        if (busy)
            m_runBanner->hide();
    });
    connect(m_rollback, &RollbackController::runClosed, m_rollback,
            &RollbackController::checkUnfinished);
    connect(m_rollback, &RollbackController::failureChanged, this,
            &MainWindow::showRollbackFailure);
    connect(m_runBanner, &UnfinishedRunBanner::resumeRequested, this, [this](const QString &id) {
        if (RollbackDialog *dialog = showRollbackDialog())
            dialog->resumeRun(id);
    });
    connect(m_runBanner, &UnfinishedRunBanner::restoreRequested, this, [this](const QString &id) {
        if (RollbackDialog *dialog = showRollbackDialog())
            dialog->showRun(id);
    });
    connect(m_runBanner, &UnfinishedRunBanner::resolveRequested, this, [this](const QString &id) {
        if (auto closed = m_rollback->close(id, RollbackRun::Status::Resolved,
                                            tr("marked resolved by hand in the main window"));
            !closed)
            m_statusLabel->setText(closed.error());
    });
    // The playbook: its marks in the logs, its unfinished runs offered, a close under a
    // running flow asked about and never waited for.
    connect(m_playbook, &PlaybookController::actionMark, m_logPanel, &LogPanel::addActionMark);
    RunCloseGuard::forPlaybook(this, m_playbook);
    connect(m_controller, &WorkspaceController::loaded, m_playbook,
            &PlaybookController::checkUnfinished);
    connect(m_playbook, &PlaybookController::unfinishedRunsFound, this,
            [this](const QList<PlaybookRun> &runs) {
                if (!m_playbook->isRunning())
                    m_playbookBanner->showRuns(runs);
            });
    connect(m_playbook, &PlaybookController::busyChanged, this, [this](bool busy) {
        if (busy)
            m_playbookBanner->hide();
    });
    connect(m_playbook, &PlaybookController::finished, m_playbook,
            &PlaybookController::checkUnfinished);
    connect(m_playbookBanner, &PlaybookRunBanner::resumeRequested, this, [this](const QString &id) {
        if (PlaybookDialog *dialog = showPlaybookDialog())
            dialog->resumeRun(id);
    });
    connect(m_playbookBanner, &PlaybookRunBanner::openRequested, this, [this](const QString &id) {
        if (PlaybookDialog *dialog = showPlaybookDialog())
            dialog->showRun(id);
    });
    connect(m_controller, &WorkspaceController::loadingStarted, this, &MainWindow::showLoading);
    connect(m_controller, &WorkspaceController::loaded, this, &MainWindow::showWorkspace);
    // After the window's own handler of `loaded`: the verification sees what it shows.
    auto *verifyAfterRollback =
        new VerifyAfterRollback(m_rollback, m_controller, m_verification, this);
    connect(verifyAfterRollback, &VerifyAfterRollback::verifying, this, [this] {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("verificationDock")))
            dock->raise();
    });
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createHistoryPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);

    m_problemBanner = new QLabel(pane);
    m_problemBanner->setWordWrap(true);
    m_problemBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemBanner->setStyleSheet(StatusColors::bannerStyleSheet(Tone::Bad, palette()));
    m_problemBanner->hide();
    layout->addWidget(m_problemBanner);

    m_filterEdit = new QLineEdit(pane);
    m_filterEdit->setPlaceholderText(tr("Filter by version, name or state…"));
    m_filterEdit->setClearButtonEnabled(true);
    layout->addWidget(m_filterEdit);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy,
            &MigrationFilterProxyModel::setFilterText);
    // The source pane shows what the table shows: never a migration the filter hid.
    connect(m_filterEdit, &QLineEdit::textChanged, this, &MainWindow::showSelectedMigration);

    m_historyView = new QTableView(pane);
    m_historyView->setModel(m_proxy);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows: "roll back the selected migrations".
    m_historyView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_historyView->setSortingEnabled(true);
    m_historyView->sortByColumn(MigrationHistoryModel::VersionColumn, Qt::AscendingOrder);
    m_historyView->verticalHeader()->hide();
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setWordWrap(false);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setSectionResizeMode(MigrationHistoryModel::NameColumn,
                                                            QHeaderView::Stretch);
    layout->addWidget(m_historyView);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedMigration);
    return pane;
}

QWidget *MainWindow::createSourcePane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sourceHeader =
        new QLabel(tr("Select a migration to see its file and its DOWN section."), pane);
    m_sourceHeader->setWordWrap(true);
    m_sourceHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourceHeader->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_sourceHeader);
    m_sourceView = new MigrationSourceView(pane);
    layout->addWidget(m_sourceView, 1);
    return pane;
}

void MainWindow::createDocks()
{
    struct Planned
    {
        QString title;
        QString objectName;
        QString text;
        QWidget *widget = nullptr; // nullptr: a placeholder showing `text`
    };
    m_logPanel = new LogPanel(this);
    // The frame the next capabilities fill. Until then each says so plainly.
    const QList<Planned> docks{
        {tr("Backups"),
         QStringLiteral("backupsDock"),
         {},
         m_backupsPanel = new BackupsPanel(m_backups, this)},
        {tr("Log"), QStringLiteral("logDock"), {}, m_logPanel},
        {tr("Service"),
         QStringLiteral("serviceDock"),
         {},
         m_servicePanel = new ServicePanel(m_serviceController, this)},
        {tr("Verification"),
         QStringLiteral("verificationDock"),
         {},
         m_verificationPanel = new VerificationPanel(m_verification, this)},
    };
    QDockWidget *first = nullptr;
    for (const Planned &planned : docks) {
        auto *dock = new QDockWidget(planned.title, this);
        dock->setObjectName(planned.objectName);
        QWidget *content = planned.widget;
        if (!content) {
            auto *label = new QLabel(planned.text, dock);
            label->setWordWrap(true);
            label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            label->setContentsMargins(8, 8, 8, 8);
            label->setEnabled(false);
            content = label;
        }
        dock->setWidget(content);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        m_docks.append(dock);
        if (first)
            tabifyDockWidget(first, dock);
        else
            first = dock;
    }
    if (first) {
        first->raise();
        // The history and the DOWN section are what the DBA reads first: the docks start
        // at a third of the window's height, never more than they need.
        resizeDocks({first}, {260}, Qt::Vertical);
    }
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *openAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this);
    openAction->setShortcut(QKeySequence::Open);
    connect(openAction, &QAction::triggered, this, &MainWindow::showConnectionDialog);
    auto *reloadAction =
        new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reload"), this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    connect(reloadAction, &QAction::triggered, m_controller, &WorkspaceController::reload);
    auto *quitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    m_rollbackAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Roll &back…"), this);
    m_rollbackAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_rollbackAction->setToolTip(
        tr("Choose migrations to roll back, preview their DOWN statements, and run them"));
    m_rollbackAction->setEnabled(false);
    connect(m_rollbackAction, &QAction::triggered, this, &MainWindow::showRollbackDialog);

    m_playbookAction = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                                   tr("Run the &playbook…"), this);
    m_playbookAction->setObjectName(QStringLiteral("playbookAction"));
    m_playbookAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_playbookAction->setToolTip(tr("The whole rollback playbook as one guided, resumable "
                                    "flow: stop, back up, rehearse, roll back, verify, "
                                    "validate, start, watch the log, report"));
    m_playbookAction->setEnabled(false);
    connect(m_playbookAction, &QAction::triggered, this, &MainWindow::showPlaybookDialog);

    // The playbook's steps around a rollback: back up (3), roll back (4), verify (5).
    QAction *backUpAction = m_backupsPanel->backUpAction();
    backUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *verifyAction = m_verificationPanel->verifyAction();
    verifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QAction *exportAction = m_verificationPanel->exportAction();
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    fileMenu->addAction(openAction);
    fileMenu->addAction(reloadAction);
    fileMenu->addSeparator();
    fileMenu->addAction(exportAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    toolBar->addAction(openAction);
    toolBar->addAction(reloadAction);
    toolBar->addSeparator();
    toolBar->addAction(m_playbookAction);
    toolBar->addAction(backUpAction);
    toolBar->addAction(m_rollbackAction);
    toolBar->addAction(verifyAction);
    QMenu *rollbackMenu = menuBar()->addMenu(tr("&Rollback"));
    rollbackMenu->addAction(m_playbookAction);
    rollbackMenu->addSeparator();
    rollbackMenu->addAction(backUpAction);
    rollbackMenu->addAction(m_rollbackAction);
    rollbackMenu->addAction(verifyAction);

    createViewMenu();
    m_help = new HelpActions(this, m_controller);
    m_help->addTo(menuBar()->addMenu(tr("&Help")));
}

void MainWindow::createViewMenu()
{
    QMenu *viewMenu = m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_afterDockActions = viewMenu->addSeparator();
    for (QDockWidget *dock : std::as_const(m_docks))
        addDockAction(dock);
    m_themeMenu = new ThemeMenu(this);
    viewMenu->addMenu(m_themeMenu);
    viewMenu->addSeparator();
    m_resetLayoutAction =
        new QAction(QIcon::fromTheme(QStringLiteral("view-restore")), tr("&Reset layout"), this);
    m_resetLayoutAction->setToolTip(
        tr("Put the panels, the splitter and the history's columns back as they were at first"));
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);
    viewMenu->addAction(m_resetLayoutAction);
}

void MainWindow::addDockAction(QDockWidget *dock)
{
    // Alt+1… brings a dock forward (shown if it was closed, in front of its tab group).
    const qsizetype index = m_dockActions.size();
    auto *action = new QAction(dock->windowTitle(), this);
    if (index < 9)
        action->setShortcut(
            QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_1 + int(index)))));
    action->setToolTip(tr("Show the %1 panel").arg(dock->windowTitle()));
    connect(action, &QAction::triggered, dock, [dock] {
        dock->show();
        dock->raise();
        dock->widget()->setFocus(Qt::ShortcutFocusReason);
    });
    m_viewMenu->insertAction(m_afterDockActions, action);
    m_dockActions.append(action);
}

void MainWindow::addPanelDock(QDockWidget *dock)
{
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (!m_docks.isEmpty()) {
        tabifyDockWidget(m_docks.constLast(), dock);
        // Tabifying brings the new tab forward; the first panel stays what the DBA sees.
        m_docks.constFirst()->raise();
    }
    m_docks.append(dock);
    addDockAction(dock);
}

void MainWindow::restoreLayout()
{
    m_layoutPersistent = true;
    m_layout->restore();
    // A restored header shows the saved sort order; the rows follow it.
    const QHeaderView *header = m_historyView->horizontalHeader();
    m_historyView->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::resetLayout()
{
    m_layout->reset();
    const QHeaderView *header = m_historyView->horizontalHeader();
    m_historyView->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_layoutPersistent)
        m_layout->save();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // Colours set in style sheets and HTML follow the new palette; so do the icons when
    // the desktop itself went light or dark.
    Appearance::updateIcons();
    m_problemBanner->setStyleSheet(StatusColors::bannerStyleSheet(Tone::Bad, palette()));
    if (m_controller->hasWorkspace())
        showSelectedMigration();
}

void MainWindow::open(const WorkspaceRequest &request)
{
    m_controller->open(request);
}

void MainWindow::showConnectionDialog()
{
    ConnectionDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->open(dialog.request());
}

RollbackDialog *MainWindow::showRollbackDialog()
{
    if (!m_controller->hasWorkspace())
        return nullptr;
    if (!m_rollbackDialog) {
        m_rollbackDialog = new RollbackDialog(m_rollback, m_backups, selectedVersions(), this);
        m_rollbackDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    // Window-modal without a nested event loop: the docks (log, backups) stay live behind it.
    m_rollbackDialog->open();
    m_rollbackDialog->raise();
    return m_rollbackDialog;
}

RollbackDialog *MainWindow::rollbackDialog() const
{
    return m_rollbackDialog.data();
}

PlaybookDialog *MainWindow::showPlaybookDialog()
{
    if (!m_controller->hasWorkspace())
        return nullptr;
    if (!m_playbookDialog) {
        // The Backups dock's folder, as the rollback's "Back up now" uses it.
        m_playbook->setBackupFolder(m_backups->folder());
        m_playbookDialog = new PlaybookDialog(m_playbook, this);
        m_playbookDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    // Window-modal without a nested event loop: the docks (log, service) stay live behind it.
    m_playbookDialog->open();
    m_playbookDialog->raise();
    return m_playbookDialog;
}

PlaybookDialog *MainWindow::playbookDialog() const
{
    return m_playbookDialog.data();
}

QStringList MainWindow::selectedVersions() const
{
    QStringList versions;
    for (const QModelIndex &index : m_historyView->selectionModel()->selectedRows())
        versions.append(index.data(MigrationHistoryModel::VersionRole).toString());
    return versions;
}

void MainWindow::showRollbackFailure()
{
    const RollbackFailure &failure = m_rollback->failure();
    if (!failure.isValid()) {
        showSelectedMigration();
        return;
    }
    // The failing statement in the editor, with the server's message where it stopped.
    if (!selectVersion(failure.version))
        showSelectedMigration();
}

void MainWindow::showLoading(const QString &description)
{
    m_statusLabel->setText(description);
    m_busyIndicator->show();
}

void MainWindow::showWorkspace()
{
    m_busyIndicator->hide();
    const Workspace &workspace = m_controller->workspace();
    // Without a connection nothing that needs the database is offered (the banner above
    // the history says why and offers Retry).
    m_rollbackAction->setEnabled(workspace.connected());
    m_playbookAction->setEnabled(workspace.connected());
    m_backups->setWorkspace(workspace.request, latestAppliedVersion(workspace.history),
                            workspace.connected());
    m_verification->setWorkspace(workspace);
    const MigrationHistoryModel *model = m_controller->model();
    setWindowTitle(tr("%1 — Backstep").arg(workspace.request.connection.databaseName()));

    QStringList problems;
    if (!workspace.migrations.errors.isEmpty()) {
        problems.append(tr("%n problem(s) in the migrations folder:", nullptr,
                           int(workspace.migrations.errors.size())));
        for (const Diagnostic &error : workspace.migrations.errors.first(
                 std::min<qsizetype>(5, workspace.migrations.errors.size())))
            problems.append(QStringLiteral("  ") + error.toString());
    }
    m_problemBanner->setText(problems.join(u'\n'));
    m_problemBanner->setVisible(!problems.isEmpty());

    const History &history = workspace.history;
    QStringList counts;
    for (MigrationState state :
         {MigrationState::Applied, MigrationState::Pending, MigrationState::Dirty,
          MigrationState::Failed, MigrationState::MissingFile, MigrationState::BelowBaseline,
          MigrationState::Unknown}) {
        if (const int n = model->countInState(state))
            counts.append(StatePresentation::countLabel(state, n));
    }
    const QString historyText =
        !workspace.connected() ? tr("history not read")
        : history.style == HistoryStyle::None
            ? tr("no history table")
            : tr("history %1 (%2), rollback order: %3")
                  .arg(history.table, historyStyleName(history.style),
                       history.recordsAppliedOrder ? tr("as applied") : tr("by version"));
    m_statusLabel->setText(
        QStringLiteral("%1 · %2 · %3 · %4 · %5")
            .arg(workspace.request.connection.url(),
                 workspace.serverVersion.isEmpty()
                     ? tr("not connected")
                     : tr("%1, %2").arg(workspace.serverVersion, workspace.connectionSecurity),
                 historyText, formatName(workspace.migrations.format),
                 counts.join(QStringLiteral(", "))));
    if (!m_historyView->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        // Start where a DBA looks first: the most recently applied migration.
        int best = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const MigrationStatus *status = model->statusAt(row);
            if (status->appliedOrder >= 0 &&
                (best < 0 || status->appliedOrder > model->statusAt(best)->appliedOrder))
                best = row;
        }
        if (best >= 0)
            selectVersion(model->statusAt(best)->version);
    } else {
        showSelectedMigration();
    }
}

bool MainWindow::selectVersion(const QString &version)
{
    const int sourceRow = m_controller->model()->rowOfVersion(version);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_controller->model()->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_historyView->setCurrentIndex(index);
    m_historyView->scrollTo(index);
    showSelectedMigration();
    return true;
}

void MainWindow::showSelectedMigration()
{
    const QModelIndex current = m_historyView->currentIndex();
    if (!current.isValid()) {
        m_sourceHeader->setText(
            m_proxy->rowCount() == 0 && !m_filterEdit->text().isEmpty()
                ? tr("No migration matches the filter.")
                : tr("Select a migration to see its file and its DOWN section."));
        m_sourceView->showMessage(QString());
        return;
    }
    const QString version = current.data(MigrationHistoryModel::VersionRole).toString();
    const MigrationStatus *status =
        m_controller->model()->statusAt(m_controller->model()->rowOfVersion(version));
    const Migration *migration = m_controller->migration(version);
    if (!migration || !status) {
        m_sourceHeader->setText(tr("<b>%1</b> is in the database's history, but there is no "
                                   "migration file for it.")
                                    .arg(version.toHtmlEscaped()));
        m_sourceView->showMessage(tr("-- No file for version %1.").arg(version));
        return;
    }
    const QString file = migration->files.value(0);
    QFile source(file);
    const QString text =
        source.open(QIODevice::ReadOnly) ? QString::fromUtf8(source.readAll()) : QString();
    const QString down =
        migration->reversible()
            ? tr("DOWN: %n statement(s)", nullptr, int(migration->down.statements.size()))
            : tr("<span style=\"color:%1\">irreversible: %2</span>")
                  .arg(StatusColors::of(Tone::Bad, palette()).name(),
                       migration->irreversibleReason().toHtmlEscaped());
    m_sourceHeader->setText(QStringLiteral("<b>%1 %2</b> — %3 — %4<br><small>%5</small>")
                                .arg(migration->version.toHtmlEscaped(),
                                     migration->name.toHtmlEscaped(),
                                     StatePresentation::label(status->state).toHtmlEscaped(), down,
                                     file.toHtmlEscaped()));
    m_sourceView->showMigration(*migration, text);
    const RollbackFailure &failure = m_rollback->failure();
    if (failure.isValid() && failure.version == migration->version && failure.file == file)
        m_sourceView->markFailure(failure.line, failure.message);
}

} // namespace backstep
