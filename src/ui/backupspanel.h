#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;
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
    // "Back up now" for the window's menu and toolbar: enabled exactly when the button is.
    QAction *backUpAction() const { return m_backUpAction; }
    QTableView *catalogView() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *testRestoreButton() const { return m_testRestore; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *folderButton() const { return m_folder; }

protected:
    void changeEvent(QEvent *event) override;       // a problem's colour follows the palette
    void resizeEvent(QResizeEvent *event) override; // the message's lines follow the width

private:
    void fitMessage();
    const BackupRecord *selectedRecord() const;
    void showMessage(const QString &text, bool problem);
    void updateButtons();
    void chooseFolder();
    void confirmRestore();
    void backUp();

    BackupsController *m_controller;
    QTableView *m_table;
    QPushButton *m_backUp;
    QAction *m_backUpAction;
    QComboBox *m_compression;
    QPushButton *m_cancel;
    QPushButton *m_verify;
    QPushButton *m_testRestore;
    QPushButton *m_restore;
    QPushButton *m_folder;
    QProgressBar *m_progress;
    QLabel *m_message;
    QScrollArea *m_messageArea = nullptr;
    bool m_busy = false;
    bool m_messageIsProblem = false;
    // The catalog is read again after every action: the selection survives it by id.
    qint64 m_selectedId = 0;
};

} // namespace backstep
