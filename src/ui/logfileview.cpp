#include "ui/logfileview.h"

#include "ui/logfilterproxymodel.h"
#include "ui/logmodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace backstep {

LogFileView::LogFileView(const QString &path, int capacity, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_model(new LogModel(this))
    , m_proxy(new LogFilterProxyModel(this))
{
    m_model->setCapacity(capacity);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createToolBar());

    m_view = new QListView(this);
    m_view->setModel(m_model);         // the filter comes between them only while it filters
    m_view->setUniformItemSizes(true); // 100,000 rows: no per-row size queries
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setWordWrap(false);
    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &LogFileView::copySelection);
    m_view->addAction(copy);
    layout->addWidget(m_view, 1);

    auto *statusRow = new QHBoxLayout;
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pausedLabel = new QLabel(this);
    m_pausedLabel->hide();
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_pausedLabel);
    layout->addLayout(statusRow);

    // Batches are applied to the model at most every 40 ms, merged: one insert (and one
    // removal of old rows) per turn instead of one per batch keeps the GUI thread free
    // however fast the file grows.
    m_applyTimer = new QTimer(this);
    m_applyTimer->setSingleShot(true);
    m_applyTimer->setInterval(40);
    connect(m_applyTimer, &QTimer::timeout, this, &LogFileView::applyQueued);

    startTail();
    updateStatus();
}

LogFileView::~LogFileView()
{
    m_thread->quit();
    m_thread->wait();
}

QWidget *LogFileView::createToolBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_filterEdit = new QLineEdit(bar);
    m_filterEdit->setPlaceholderText(tr("Filter lines…"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &LogFileView::applyFilter);

    m_levelBox = new QComboBox(bar);
    m_levelBox->addItem(tr("All lines"), int(LogLevel::None));
    m_levelBox->addItem(tr("Debug and above"), int(LogLevel::Debug));
    m_levelBox->addItem(tr("Info and above"), int(LogLevel::Info));
    m_levelBox->addItem(tr("Warnings and errors"), int(LogLevel::Warning));
    m_levelBox->addItem(tr("Errors"), int(LogLevel::Error));
    connect(m_levelBox, &QComboBox::currentIndexChanged, this, &LogFileView::applyFilter);

    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setPlaceholderText(tr("Find…"));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &LogFileView::findNext);

    auto button = [bar](const QString &icon, const QString &text) {
        auto *b = new QToolButton(bar);
        b->setIcon(QIcon::fromTheme(icon));
        b->setText(text);
        b->setToolTip(text);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    QToolButton *previous = button(QStringLiteral("go-up"), tr("Previous"));
    connect(previous, &QToolButton::clicked, this, &LogFileView::findPrevious);
    QToolButton *next = button(QStringLiteral("go-down"), tr("Next"));
    connect(next, &QToolButton::clicked, this, &LogFileView::findNext);
    m_pauseButton = button(QStringLiteral("media-playback-pause"), tr("Pause"));
    m_pauseButton->setCheckable(true);
    connect(m_pauseButton, &QToolButton::toggled, this, &LogFileView::setPaused);
    QToolButton *copy = button(QStringLiteral("edit-copy"), tr("Copy"));
    connect(copy, &QToolButton::clicked, this, &LogFileView::copySelection);
    QToolButton *end = button(QStringLiteral("go-bottom"), tr("End"));
    connect(end, &QToolButton::clicked, this, &LogFileView::jumpToEnd);

    row->addWidget(m_filterEdit, 2);
    row->addWidget(m_levelBox);
    row->addWidget(m_searchEdit, 1);
    for (QToolButton *b : {previous, next, m_pauseButton, copy, end})
        row->addWidget(b);
    return bar;
}

// Unfiltered, the view shows the model itself: a proxy that maps 100,000 rows on every
// insert and removal would cost the GUI thread time on each batch while following.
void LogFileView::applyFilter()
{
    const auto level = LogLevel(m_levelBox->currentData().toInt());
    const bool filtering = !m_filterEdit->text().isEmpty() || level != LogLevel::None;
    m_proxy->setText(m_filterEdit->text());
    m_proxy->setMinimumLevel(level);
    if (filtering && m_view->model() != m_proxy) {
        m_proxy->setSourceModel(m_model);
        m_view->setModel(m_proxy);
    } else if (!filtering && m_view->model() != m_model) {
        m_view->setModel(m_model);
        m_proxy->setSourceModel(nullptr);
    }
    if (!m_paused)
        m_view->scrollToBottom();
    updateStatus();
}

void LogFileView::startTail()
{
    LogTailOptions options;
    options.path = m_path;
    options.initialLines = std::min(1000, m_model->capacity());
    options.inFlight = m_inFlight;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("log tail"));
    auto *tail = new LogTail(options);
    tail->moveToThread(m_thread);
    connect(m_thread, &QThread::started, tail, &LogTail::start);
    connect(m_thread, &QThread::finished, tail, &QObject::deleteLater);
    connect(tail, &LogTail::linesRead, this, &LogFileView::receiveLines);
    connect(tail, &LogTail::marker, this, &LogFileView::receiveMarker);
    connect(tail, &LogTail::sizeChanged, this, [this](qint64 size) {
        m_size = size;
        updateStatus();
    });
    m_thread->start();
}

void LogFileView::receiveLines(const QStringList &lines)
{
    m_linesReceived += lines.size();
    *m_inFlight -= lines.size();
    if (m_paused)
        hold({lines, {}, false});
    else
        queue({lines, {}, false});
    Q_EMIT linesReceivedChanged(m_linesReceived);
}

void LogFileView::receiveMarker(LogTail::Event kind, const QString &text)
{
    m_problem =
        kind == LogTail::Event::Unreadable || kind == LogTail::Event::Waiting ? text : QString();
    if (m_paused)
        hold({{}, text, false});
    else
        queue({{}, text, false});
}

void LogFileView::addActionMark(const QString &text)
{
    if (m_paused) {
        hold({{}, text, true});
    } else {
        queue({{}, text, true});
        applyQueued(); // a mark goes in now, where the step begins
    }
}

void LogFileView::queue(Held held)
{
    m_queued.append(std::move(held));
    if (!m_applyTimer->isActive())
        m_applyTimer->start();
}

// Consecutive line batches become one; only what the ring keeps is inserted.
void LogFileView::applyQueued()
{
    m_applyTimer->stop();
    const QList<Held> queued = std::exchange(m_queued, {});
    QStringList lines;
    auto flushLines = [&] {
        if (lines.size() > m_model->capacity())
            lines.remove(0, lines.size() - m_model->capacity());
        if (!lines.isEmpty())
            m_model->appendLines(std::exchange(lines, {}));
    };
    for (const Held &held : queued) {
        if (!held.lines.isEmpty()) {
            lines += held.lines;
            continue;
        }
        flushLines();
        if (held.actionMark)
            m_model->addActionMark(held.marker);
        else
            m_model->addFileEvent(held.marker);
    }
    flushLines();
    if (!m_paused)
        m_view->scrollToBottom();
    updateStatus();
}

// A paused view keeps collecting, bounded like the model: what the ring would drop on
// resume anyway is dropped now.
void LogFileView::hold(Held held)
{
    m_linesWhilePaused += held.lines.size();
    m_heldLines += std::max<qsizetype>(1, held.lines.size());
    m_held.append(std::move(held));
    while (m_held.size() > 1 && m_heldLines - std::max<qsizetype>(1, m_held.first().lines.size()) >=
                                    m_model->capacity()) {
        m_heldLines -= std::max<qsizetype>(1, m_held.first().lines.size());
        m_held.removeFirst();
    }
    m_pausedLabel->setText(
        tr("Paused: %n line(s) arrived since", nullptr, int(m_linesWhilePaused)));
    updateStatus();
}

void LogFileView::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    applyQueued(); // what arrived before the pause is shown before it
    m_paused = paused;
    {
        const QSignalBlocker blocker(m_pauseButton);
        m_pauseButton->setChecked(paused);
    }
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseButton->setIcon(QIcon::fromTheme(paused ? QStringLiteral("media-playback-start")
                                                   : QStringLiteral("media-playback-pause")));
    if (paused) {
        m_pausedLabel->setText(tr("Paused: %n line(s) arrived since", nullptr, 0));
        m_pausedLabel->show();
    } else {
        m_queued = std::exchange(m_held, {});
        applyQueued();
        m_heldLines = 0;
        m_linesWhilePaused = 0;
        m_pausedLabel->hide();
        m_view->scrollToBottom();
    }
    updateStatus();
}

bool LogFileView::findNext()
{
    return find(+1);
}

bool LogFileView::findPrevious()
{
    return find(-1);
}

// Selects the next row (wrapping) containing the search text, and pauses following so
// the found row stays where it is.
bool LogFileView::find(int direction)
{
    const QString needle = m_searchEdit->text();
    const QAbstractItemModel *shown = m_view->model();
    const int rows = shown->rowCount();
    if (needle.isEmpty() || rows == 0)
        return false;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row()
                                                         : (direction > 0 ? -1 : rows);
    for (int step = 1; step <= rows; ++step) {
        const int row = ((current + direction * step) % rows + rows) % rows;
        const QModelIndex index = shown->index(row, 0);
        if (index.data().toString().contains(needle, Qt::CaseInsensitive)) {
            setPaused(true);
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

void LogFileView::copySelection()
{
    QModelIndexList selected = m_view->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &index : std::as_const(selected))
        lines.append(index.data().toString());
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void LogFileView::jumpToEnd()
{
    setPaused(false);
    m_view->scrollToBottom();
}

void LogFileView::updateStatus()
{
    const QString size =
        m_size < 0 ? tr("no file")
                   : QLocale().formattedDataSize(m_size, 1, QLocale::DataSizeTraditionalFormat);
    const QString state = m_paused ? tr("paused") : tr("following");
    QString text = tr("%1 · %2 · %n line(s)", nullptr, m_model->rowCount()).arg(m_path, size);
    if (m_view->model()->rowCount() != m_model->rowCount())
        text += tr(" (%n shown)", nullptr, m_view->model()->rowCount());
    text += QStringLiteral(" · ") + state;
    if (!m_problem.isEmpty())
        text += QStringLiteral(" · ") + m_problem;
    m_statusLabel->setText(text);
}

} // namespace backstep
