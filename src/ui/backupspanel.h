#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QComboBox;
class QTableView;

namespace backstep {

class BackupsController;
struct BackupRecord;

// The Backups dock: the catalog, "Back up now" with progress and Cancel, and Verify,
// Test-restore and Restore for the selected backup. Restore asks the user to type the
// database's name.
class BackupsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BackupsPanel(BackupsController *controller, QWidget *parent = nullptr);

    QPushButton *backUpButton() const { return m_backUp; }
    QTableView *catalogView() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    const BackupRecord *selectedRecord() const;
    void updateButtons();
    void chooseFolder();
    void confirmRestore();

    BackupsController *m_controller;
    QTableView *m_table;
    QPushButton *m_backUp;
    QComboBox *m_compression;
    QPushButton *m_cancel;
    QPushButton *m_verify;
    QPushButton *m_testRestore;
    QPushButton *m_restore;
    QPushButton *m_folder;
    QProgressBar *m_progress;
    QLabel *m_message;
    bool m_busy = false;
    // The catalog is read again after every action: the selection survives it by id.
    qint64 m_selectedId = 0;
};

} // namespace backstep
