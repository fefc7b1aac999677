#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QHeaderView;
class QMainWindow;
class QSplitter;

namespace backstep {

// Where the main window's parts are: its size and place, the docks (where each is, which
// tab of a group is in front, which are closed), the splitters, and each table's column
// widths and sort order. Saved to the settings when the window closes and restored when it
// opens; a layout saved by a build with another kLayoutVersion is ignored. reset() brings
// back the layout the window was built with.
class WindowLayout : public QObject
{
public:
    // Raise it when docks, splitters or tables change in a way an old layout would break.
    static constexpr int kLayoutVersion = 1;

    explicit WindowLayout(QMainWindow *window);

    void addSplitter(const QString &key, QSplitter *splitter);
    void addHeader(const QString &key, QHeaderView *header);

    // The layout as built: what reset() goes back to. Call once everything is added.
    void captureDefaults();
    // False when the settings hold no layout of this version (the window stays as built).
    // Splitters are restored once the window is shown: their sizes are relative to the
    // room the window and its docks leave them.
    bool restore();
    void save() const;
    // Back to the layout as built, and the saved one forgotten.
    void reset();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Part
    {
        QString key;
        QSplitter *splitter = nullptr;
        QHeaderView *header = nullptr;
    };
    QByteArray stateOf(const Part &part) const;
    bool restoreState(const Part &part, const QByteArray &state) const;

    QMainWindow *m_window;
    QList<Part> m_parts;
    QByteArray m_defaultWindowState;
    QList<QByteArray> m_defaultPartStates;
    QList<std::pair<QSplitter *, QByteArray>> m_pendingSplitters;
};

} // namespace backstep
