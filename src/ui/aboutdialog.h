#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace backstep {

// Help ▸ About: what Backstep is, its version and those of Qt, KF6 SyntaxHighlighting and
// QScintilla, and the server of the open database (for bug reports and incident notes).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // `server`: the open database's server version, empty when none is connected.
    explicit AboutDialog(const QString &server, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // Every row as "Component: version", as shown.
    QStringList versionLines() const;

private:
    const std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace backstep
