#pragma once

#include <QDialog>

#include <memory>

class QMenuBar;
class QTreeWidget;

namespace Ui {
class ShortcutsDialog;
}

namespace backstep {

// Help ▸ Keyboard shortcuts: every menu action that has keys, read from the menus
// themselves (so the list cannot fall behind), grouped by menu, with a filter.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    QTreeWidget *tree() const;
    // "Action" → "keys" for every row, as shown (for tests and bug reports).
    QMap<QString, QString> shortcuts() const;

private:
    void applyFilter(const QString &text);

    const std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};

} // namespace backstep
