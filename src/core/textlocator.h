#pragma once

#include "core/sourcelocation.h"

#include <QStringView>

namespace backstep {

// Lines and columns (1-based, in UTF-16 units) of offsets into a text that starts on
// `firstLine` of its file. Offsets asked for in increasing order cost one pass over the
// text in all; an earlier offset starts the count again.
class TextLocator
{
public:
    TextLocator(QStringView text, QString file, int firstLine = 1)
        : m_text(text)
        , m_file(std::move(file))
        , m_line(firstLine)
        , m_firstLine(firstLine)
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

private:
    void advanceTo(qsizetype offset)
    {
        if (offset < m_pos) {
            m_pos = 0;
            m_lineStart = 0;
            m_line = m_firstLine;
        }
        const char16_t *chars = m_text.utf16();
        const qsizetype end = std::min(offset, m_text.size());
        for (; m_pos < end; ++m_pos)
            if (chars[m_pos] == u'\n') {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
    }

    QStringView m_text;
    QString m_file;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line;
    int m_firstLine;
};

} // namespace backstep
