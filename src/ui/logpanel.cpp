#include "ui/logpanel.h"

#include "ui/logfileview.h"
#include "ui/logmodel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace backstep {

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_capacity(LogModel::kDefaultCapacity)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto *empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *hint = new QLabel(tr("No log file is followed. Follow the application's log or "
                               "MariaDB's error log to see what they say after each step "
                               "(or start Backstep with --log FILE)."),
                            empty);
    hint->setWordWrap(true);
    auto *open = new QPushButton(tr("Follow a log file…"), empty);
    connect(open, &QPushButton::clicked, this, &LogPanel::chooseFile);
    emptyLayout->addWidget(hint);
    emptyLayout->addWidget(open, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);
    m_stack->addWidget(empty);

    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    auto *more = new QToolButton(m_tabs);
    more->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    more->setText(tr("Follow…"));
    more->setToolTip(tr("Follow another log file"));
    connect(more, &QToolButton::clicked, this, &LogPanel::chooseFile);
    m_tabs->setCornerWidget(more);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &LogPanel::closeTab);
    m_stack->addWidget(m_tabs);
}

LogFileView *LogPanel::addFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < fileCount(); ++i) {
        if (fileView(i)->path() == absolute) {
            m_tabs->setCurrentIndex(i);
            return fileView(i);
        }
    }
    auto *view = new LogFileView(absolute, m_capacity, m_tabs);
    const int index = m_tabs->addTab(view, QFileInfo(absolute).fileName());
    m_tabs->setTabToolTip(index, absolute);
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    return view;
}

int LogPanel::fileCount() const
{
    return m_tabs->count();
}

LogFileView *LogPanel::fileView(int index) const
{
    return qobject_cast<LogFileView *>(m_tabs->widget(index));
}

void LogPanel::addActionMark(const QString &text)
{
    for (int i = 0; i < fileCount(); ++i)
        fileView(i)->addActionMark(text);
}

void LogPanel::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Follow a log file"), QStringLiteral("/var/log"));
    if (!path.isEmpty())
        addFile(path);
}

void LogPanel::closeTab(int index)
{
    QWidget *view = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete view; // stops its tail thread now, not at some later event-loop turn
    if (fileCount() == 0)
        m_stack->setCurrentIndex(0);
}

} // namespace backstep
