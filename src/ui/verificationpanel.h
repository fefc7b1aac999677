#pragma once

#include "core/verificationreport.h"

#include <QWidget>

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
    // Writes the shown report; the format follows the suffix. Returns the problem, if any.
    QString exportTo(const QString &path);

private:
    void showReport(const VerificationReport &report);
    void setBusy(bool busy);
    void chooseExport();
    void updateButtons();

    VerificationController *m_controller;
    QLabel *m_verdict;
    QPushButton *m_verifyButton;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QTextBrowser *m_report;
    QPlainTextEdit *m_output;
    bool m_hasReport = false;
};

} // namespace backstep
