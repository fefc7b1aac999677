#include "ops/dumptextwatcher.h"

namespace backstep {

namespace {

constexpr qsizetype tailSize = 512;
// Longer lines cannot be markers (a table name has at most 64 characters); this bounds
// the carry when a chunk ends inside a long INSERT.
constexpr qsizetype carrySize = 256;
constexpr QByteArrayView structureMarker("-- Table structure for table `");
constexpr QByteArrayView dataMarker("-- Dumping data for table `");

} // namespace

void DumpTextWatcher::reset()
{
    m_currentTable.clear();
    m_structures.clear();
    m_tail.clear();
    m_lineCarry.clear();
}

void DumpTextWatcher::feed(QByteArrayView chunk)
{
    if (chunk.isEmpty())
        return;
    keepTail(chunk);

    // Only whole lines are looked at, found by their line feeds (memchr): the dump's
    // INSERT lines are long, so this touches each byte once and copies none of them.
    qsizetype pos = 0;
    if (!m_lineCarry.isEmpty()) {
        // The chunk goes on with the line the previous one ended in.
        const qsizetype feed = chunk.indexOf('\n');
        const QByteArrayView head = chunk.first(feed < 0 ? chunk.size() : feed);
        m_lineCarry.append(head.first(qMin(head.size(), carrySize - m_lineCarry.size())));
        if (feed < 0)
            return;
        watchLine(m_lineCarry);
        m_lineCarry.clear();
        pos = feed + 1;
    }
    while (pos < chunk.size()) {
        const qsizetype feed = chunk.indexOf('\n', pos);
        if (feed < 0) {
            m_lineCarry = chunk.sliced(pos, qMin(chunk.size() - pos, carrySize)).toByteArray();
            break;
        }
        watchLine(chunk.sliced(pos, feed - pos));
        pos = feed + 1;
    }
}

void DumpTextWatcher::watchLine(QByteArrayView line)
{
    for (QByteArrayView marker : {structureMarker, dataMarker}) {
        if (!line.startsWith(marker))
            continue;
        // The dump quotes the name as SQL does (a backtick in it doubled), and the name is
        // the rest of the line up to its closing backtick.
        QByteArrayView rest = line.sliced(marker.size());
        if (rest.endsWith('\r'))
            rest.chop(1);
        if (rest.size() < 2 || !rest.endsWith('`'))
            return;
        rest.chop(1);
        m_currentTable = QString::fromUtf8(rest.toByteArray().replace("``", "`"));
        if (marker == structureMarker)
            m_structures.append(m_currentTable);
        return;
    }
}

void DumpTextWatcher::keepTail(QByteArrayView chunk)
{
    if (chunk.size() >= tailSize) {
        m_tail = chunk.last(tailSize).toByteArray();
        return;
    }
    m_tail.append(chunk);
    if (m_tail.size() > tailSize)
        m_tail.remove(0, m_tail.size() - tailSize);
}

bool DumpTextWatcher::endsWithCompletionLine() const
{
    const QByteArray text = m_tail.trimmed();
    return text.sliced(text.lastIndexOf('\n') + 1).startsWith("-- Dump completed");
}

} // namespace backstep
