#include "ui/windowlayout.h"

#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

namespace backstep {

namespace {

const QString kGroup = QStringLiteral("windowLayout");
const QString kVersion = QStringLiteral("version");
const QString kGeometry = QStringLiteral("geometry");
const QString kState = QStringLiteral("state");

} // namespace

WindowLayout::WindowLayout(QMainWindow *window)
    : m_window(window)
{
    m_window->installEventFilter(this);
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    // Once the shown window has laid out its docks (the next turn of the event loop, before
    // anything is painted), the splitters get the room they had.
    if (watched == m_window && event->type() == QEvent::Show && !m_pendingSplitters.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            for (const auto &[splitter, state] : std::exchange(m_pendingSplitters, {}))
                splitter->restoreState(state);
        });
    }
    return false;
}

void WindowLayout::addSplitter(const QString &key, QSplitter *splitter)
{
    m_parts.append({key, splitter, nullptr});
}

void WindowLayout::addHeader(const QString &key, QHeaderView *header)
{
    m_parts.append({key, nullptr, header});
}

QByteArray WindowLayout::stateOf(const Part &part) const
{
    return part.splitter ? part.splitter->saveState() : part.header->saveState();
}

bool WindowLayout::restoreState(const Part &part, const QByteArray &state) const
{
    if (state.isEmpty())
        return false;
    return part.splitter ? part.splitter->restoreState(state) : part.header->restoreState(state);
}

void WindowLayout::captureDefaults()
{
    m_defaultWindowState = m_window->saveState(kLayoutVersion);
    m_defaultPartStates.clear();
    for (const Part &part : std::as_const(m_parts))
        m_defaultPartStates.append(stateOf(part));
}

bool WindowLayout::restore()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    if (settings.value(kVersion).toInt() != kLayoutVersion)
        return false;
    const bool geometry = m_window->restoreGeometry(settings.value(kGeometry).toByteArray());
    const bool state = m_window->restoreState(settings.value(kState).toByteArray(), kLayoutVersion);
    for (const Part &part : std::as_const(m_parts)) {
        const QByteArray saved = settings.value(part.key).toByteArray();
        if (part.splitter && !m_window->isVisible())
            m_pendingSplitters.append({part.splitter, saved});
        else
            restoreState(part, saved);
    }
    return geometry || state;
}

void WindowLayout::save() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(kVersion, kLayoutVersion);
    settings.setValue(kGeometry, m_window->saveGeometry());
    settings.setValue(kState, m_window->saveState(kLayoutVersion));
    for (const Part &part : m_parts)
        settings.setValue(part.key, stateOf(part));
}

void WindowLayout::reset()
{
    QSettings().remove(kGroup);
    m_window->restoreState(m_defaultWindowState, kLayoutVersion);
    for (qsizetype i = 0; i < m_parts.size() && i < m_defaultPartStates.size(); ++i)
        restoreState(m_parts.at(i), m_defaultPartStates.at(i));
}

} // namespace backstep
