#pragma once

#include "ops/logtail.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QThread;
class QTimer;
class QToolButton;

namespace backstep {

class LogFilterProxyModel;
class LogModel;

// One followed log file in the log panel: the lines (coloured by level, with markers),
// filter by text and level, search, pause/resume, copy, jump to the end and a status
// line. The file is read by a LogTail on a worker thread of this view's own; its batches
// arrive here as queued signals and go into the model on the GUI thread.
class LogFileView : public QWidget
{
    Q_OBJECT
public:
    explicit LogFileView(const QString &path, int capacity, QWidget *parent = nullptr);
    ~LogFileView() override;

    const QString &path() const { return m_path; }
    LogModel *model() const { return m_model; }
    LogFilterProxyModel *proxy() const { return m_proxy; }
    QListView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *levelBox() const { return m_levelBox; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QLabel *pausedLabel() const { return m_pausedLabel; }

    bool isPaused() const { return m_paused; }
    // Lines that arrived while paused (kept, shown on resume).
    qint64 linesWhilePaused() const { return m_linesWhilePaused; }
    // Every line received from the file since it was opened.
    qint64 linesReceived() const { return m_linesReceived; }

public Q_SLOTS:
    void setPaused(bool paused);
    void addActionMark(const QString &text);
    bool findNext();
    bool findPrevious();
    void copySelection();
    void jumpToEnd();

Q_SIGNALS:
    void linesReceivedChanged(qint64 total);

private:
    struct Held
    {
        QStringList lines;
        QString marker;
        bool actionMark = false;
    };
    QWidget *createToolBar();
    void applyFilter();
    void startTail();
    void receiveLines(const QStringList &lines);
    void receiveMarker(LogTail::Event kind, const QString &text);
    void queue(Held held);
    void applyQueued();
    void hold(Held held);
    bool find(int direction);
    void updateStatus();

    const QString m_path;
    LogModel *m_model;
    LogFilterProxyModel *m_proxy;
    QListView *m_view = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_levelBox = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_pausedLabel = nullptr;
    QThread *m_thread = nullptr;
    const std::shared_ptr<std::atomic<qint64>> m_inFlight =
        std::make_shared<std::atomic<qint64>>(0);
    QTimer *m_applyTimer = nullptr;
    QList<Held> m_queued; // received, not yet in the model (see applyQueued)
    QList<Held> m_held;
    qint64 m_heldLines = 0;
    qint64 m_linesWhilePaused = 0;
    qint64 m_linesReceived = 0;
    qint64 m_size = -1;
    QString m_problem;
    bool m_paused = false;
};

} // namespace backstep
