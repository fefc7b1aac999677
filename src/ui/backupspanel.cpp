#include "ui/backupspanel.h"

#include "models/statuscolors.h"
#include "ui/backupscontroller.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace backstep {

BackupsPanel::BackupsPanel(BackupsController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_table(new QTableView(this))
    , m_backUp(new QPushButton(tr("Back up now"), this))
    , m_backUpAction(
          new QAction(QIcon::fromTheme(QStringLiteral("backup")), tr("Back up &now"), this))
    , m_compression(new QComboBox(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_verify(new QPushButton(tr("Verify"), this))
    , m_testRestore(new QPushButton(tr("Test-restore"), this))
    , m_restore(new QPushButton(tr("Restore…"), this))
    , m_folder(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
{
    m_compression->addItem(tr("uncompressed"), int(BackupCompression::None));
    m_compression->addItem(tr("zstd"), int(BackupCompression::Zstd));
    m_compression->addItem(tr("gzip"), int(BackupCompression::Gzip));
    m_folder->setToolTip(tr("Where new backups are written"));
    m_folder->setText(tr("Folder: %1").arg(m_controller->folder()));

    auto *actions = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_backUp, m_compression, m_cancel,
                                                            m_verify, m_testRestore, m_restore})
        actions->addWidget(widget);
    actions->addStretch(1);
    actions->addWidget(m_folder);

    m_table->setModel(m_controller->model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_progress->setTextVisible(false);
    m_progress->hide();
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A result can run to several lines (a restore's left-out statements, each with its
    // file and line): up to eight are shown, the rest scrolls, nothing is cut off.
    // Exactly as tall as the message's lines at the dock's width (fitMessage): sized from
    // the label's own hint, a one-line message sat in the middle of three lines' space.
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *messageArea = new QScrollArea(this);
    m_messageArea = messageArea;
    messageArea->setWidget(m_message);
    messageArea->setWidgetResizable(true);
    messageArea->setFrameShape(QFrame::NoFrame);
    messageArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(messageArea);
    layout->addWidget(m_table, 1);

    m_backUp->setIcon(m_backUpAction->icon());
    m_backUpAction->setToolTip(tr("Dump the open database with the playbook's options, now"));
    connect(m_backUp, &QPushButton::clicked, this, &BackupsPanel::backUp);
    connect(m_backUpAction, &QAction::triggered, this, &BackupsPanel::backUp);
    connect(m_cancel, &QPushButton::clicked, m_controller, &BackupsController::cancel);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        if (const BackupRecord *record = selectedRecord())
            m_controller->verify(*record);
    });
    connect(m_testRestore, &QPushButton::clicked, this, [this] {
        if (const BackupRecord *record = selectedRecord())
            m_controller->testRestore(*record);
    });
    connect(m_restore, &QPushButton::clicked, this, &BackupsPanel::confirmRestore);
    connect(m_folder, &QPushButton::clicked, this, &BackupsPanel::chooseFolder);
    // The button names the folder whoever changed it: the dialog above, or code (a
    // profile, a test).
    connect(m_controller, &BackupsController::folderChanged, this,
            [this](const QString &folder) { m_folder->setText(tr("Folder: %1").arg(folder)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsPanel::updateButtons);
    connect(m_controller->model(), &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const BackupRecord *record = selectedRecord();
        m_selectedId = record ? record->id : 0;
    });
    connect(m_controller->model(), &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; m_selectedId != 0 && row < m_controller->model()->rowCount(); ++row)
            if (m_controller->model()->recordAt(row)->id == m_selectedId)
                m_table->selectRow(row);
        updateButtons();
    });
    connect(m_controller, &BackupsController::workspaceChanged, this, [this] {
        // Until the catalog is read, the dock says so: "Open a database" would be untrue
        // and "no backup yet" not known.
        if (m_controller->hasWorkspace() && m_controller->isReadingCatalog())
            showMessage(tr("Looking for backups of this database…"), false);
        updateButtons();
    });
    connect(m_controller, &BackupsController::busyChanged, this, [this](bool busy) {
        m_busy = busy;
        m_progress->setVisible(busy);
        updateButtons();
    });
    connect(m_controller, &BackupsController::progress, this,
            [this](const QString &text, qint64 done, qint64 total) {
                // Without an estimate the bar runs as a busy indicator rather than freeze.
                const int permille =
                    total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : -1;
                m_progress->setRange(0, permille < 0 ? 0 : 1000);
                if (permille >= 0)
                    m_progress->setValue(permille);
                showMessage(text, false);
            });
    connect(m_controller, &BackupsController::message, this, &BackupsPanel::showMessage);
    m_message->setText(tr("Open a database to back it up."));
    updateButtons();
}

void BackupsPanel::showMessage(const QString &text, bool problem)
{
    m_messageIsProblem = problem;
    m_message->setText(text);
    m_message->setStyleSheet(
        problem ? QStringLiteral("color: %1;").arg(StatusColors::of(Tone::Bad, palette()).name())
                : QString());
    fitMessage();
}

void BackupsPanel::fitMessage()
{
    // Up to eight lines are shown; a longer result scrolls (the scroll bar takes width).
    const int most = m_message->fontMetrics().lineSpacing() * 8 + 4;
    const int width = m_messageArea->width() - 2 * m_messageArea->frameWidth();
    int needed = m_message->heightForWidth(std::max(1, width));
    if (needed < 0)
        needed = m_message->sizeHint().height();
    m_messageArea->setFixedHeight(std::min(needed, most));
}

void BackupsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitMessage();
}

void BackupsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_messageIsProblem)
        showMessage(m_message->text(), true);
}

const BackupRecord *BackupsPanel::selectedRecord() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_controller->model()->recordAt(rows.first().row());
}

void BackupsPanel::updateButtons()
{
    const BackupRecord *record = selectedRecord();
    const bool usable = record && record->status == BackupStatus::Complete && !m_busy;
    // Checking a file needs no database; dumping and restoring do.
    const bool connected = m_controller->isConnected();
    m_backUp->setEnabled(!m_busy && connected);
    m_backUpAction->setEnabled(m_backUp->isEnabled());
    m_cancel->setEnabled(m_busy);
    m_verify->setEnabled(usable);
    m_testRestore->setEnabled(usable && connected);
    m_restore->setEnabled(usable && connected);
    const QString offline =
        m_controller->hasWorkspace() && !connected
            ? tr("Not connected to the database: Retry in the banner above the history")
            : QString();
    for (QPushButton *button : {m_backUp, m_testRestore, m_restore})
        button->setToolTip(offline);
}

void BackupsPanel::backUp()
{
    if (!m_backUp->isEnabled())
        return;
    m_controller->backUp(BackupCompression(m_compression->currentData().toInt()));
}

void BackupsPanel::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_controller->folder());
    if (folder.isEmpty())
        return;
    m_controller->setFolder(folder);
}

void BackupsPanel::confirmRestore()
{
    const BackupRecord *record = selectedRecord();
    if (!record)
        return;
    const QString database = m_controller->workspace().connection.databaseName();
    bool ok = false;
    const QString typed = QInputDialog::getText(
        this, tr("Restore backup"),
        tr("Restoring %1 replaces the data of %2.\nType the database name to confirm:")
            .arg(record->path, database),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (typed != database) {
        QMessageBox::warning(
            this, tr("Restore backup"),
            tr("The name typed does not match %1: nothing was restored.").arg(database));
        return;
    }
    m_controller->restore(*record);
}

} // namespace backstep
