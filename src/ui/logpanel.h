#pragma once

#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace backstep {

class LogFileView;

// The Log dock: one tab per followed file (the application's log, MariaDB's error log),
// and the place Backstep's own steps are marked in every file at once.
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(QWidget *parent = nullptr);

    // Follows `path` in a new tab (or selects its tab when it is already open).
    LogFileView *addFile(const QString &path);
    int fileCount() const;
    LogFileView *fileView(int index) const;
    QTabWidget *tabs() const { return m_tabs; }

    // Lines each new tab keeps (default 100,000).
    void setCapacity(int capacity) { m_capacity = capacity; }

public Q_SLOTS:
    // Marks where a backup, rollback or service step began or ended, in every file.
    void addActionMark(const QString &text);
    void chooseFile();

private:
    void closeTab(int index);

    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    int m_capacity;
};

} // namespace backstep
