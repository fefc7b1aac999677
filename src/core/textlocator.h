#pragma once

#include "core/sourcelocation.h"

#include <QStringView>

#include <algorithm>

namespace backstep {

// Lines and columns (1-based, in UTF-16 units) of offsets into a text that starts on
// `firstLine` of its file. Offsets asked for in increasing order cost one pass over the
// text in all; an earlier offset counts back from the last one asked for, so that a
// splitter that locates a diagnostic inside a statement and then the statement's start
// reads only that statement again, never the text before it (which made the
// server-grammar splitter quadratic on a long section with many diagnostics).
class TextLocator
{
public:
    TextLocator(QStringView text, QString file, int firstLine = 1)
        : m_text(text)
        , m_file(std::move(file))
        , m_line(firstLine)
    {}

    int lineAt(qsizetype offset)
    {
        advanceTo(offset);
        return m_line;
    }
    int columnAt(qsizetype offset)
    {
        advanceTo(offset);
        return int(offset - m_lineStart) + 1;
    }
    SourceLocation at(qsizetype offset)
    {
        advanceTo(offset);
        return {m_file, m_line, int(offset - m_lineStart) + 1};
    }
    const QString &file() const { return m_file; }
    // How many characters the locator has read so far: a test's measure of the work, which
    // stays within a small multiple of the text's size for a splitter's pattern of requests.
    qsizetype charactersRead() const { return m_read; }

private:
    void advanceTo(qsizetype offset)
    {
        const char16_t *chars = m_text.utf16();
        const qsizetype end = std::clamp<qsizetype>(offset, 0, m_text.size());
        if (end < m_pos) {
            backTo(chars, end);
            return;
        }
        m_read += end - m_pos;
        for (; m_pos < end; ++m_pos)
            if (chars[m_pos] == u'\n') {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
    }

    // Back from m_pos to `end`: the line feeds passed are counted off; the line's start is
    // found again only when one was passed.
    void backTo(const char16_t *chars, qsizetype end)
    {
        m_read += m_pos - end;
        bool crossed = false;
        for (; m_pos > end; --m_pos)
            if (chars[m_pos - 1] == u'\n') {
                --m_line;
                crossed = true;
            }
        if (!crossed)
            return;
        m_lineStart = m_pos;
        while (m_lineStart > 0 && chars[m_lineStart - 1] != u'\n') {
            --m_lineStart;
            ++m_read;
        }
    }

    QStringView m_text;
    QString m_file;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    qsizetype m_read = 0;
    int m_line;
};

} // namespace backstep
