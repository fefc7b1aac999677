#pragma once

#include "core/verificationreport.h"

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace backstep {

class VerificationController;

// The Verification dock: the latest report (verdict first), "Verify now", Cancel, the
// validation commands' output as it comes, and export as HTML, PDF or JSON.
class VerificationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VerificationPanel(VerificationController *controller, QWidget *parent = nullptr);

    QString verdictText() const;
    // "Verify now" and "Export…" for the window's menu: enabled exactly when the buttons are.
    QAction *verifyAction() const { return m_verifyAction; }
    QAction *exportAction() const { return m_exportAction; }
    // Writes the shown report; the format follows the suffix. Returns the problem, if any.
    QString exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override; // the report is drawn again in the new colours

private:
    void showReport(const VerificationReport &report);
    void setBusy(bool busy);
    void chooseExport();
    void verify();
    void updateButtons();

    VerificationController *m_controller;
    QLabel *m_verdict;
    QPushButton *m_verifyButton;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QAction *m_verifyAction;
    QAction *m_exportAction;
    QTextBrowser *m_report;
    QPlainTextEdit *m_output;
    bool m_hasReport = false;
};

} // namespace backstep
