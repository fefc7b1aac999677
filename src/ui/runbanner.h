#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace backstep {

// The warning bar above the history that names an unfinished run of this database: its
// headline in bold, the advice after it, the buttons of what can be done with it. The
// rollback's and the playbook's banners word their runs and add their buttons.
class RunBanner : public QFrame
{
    Q_OBJECT
public:
    QString runId() const { return m_runId; }
    QString text() const { return m_text; }

protected:
    // `objectName` also scopes the banner's style sheet.
    RunBanner(const QString &objectName, QWidget *parent);

    // A button at the right, after those added before it.
    QPushButton *addButton(const QString &text);
    void showRun(const QString &runId, const QString &headline, const QString &advice,
                 const QString &toolTip);
    void clearRun();

    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_label;
    QHBoxLayout *m_layout;
    QString m_runId;
    QString m_text;
};

} // namespace backstep
