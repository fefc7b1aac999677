#include "core/statementsplitter.h"

#include "core/sqllexer.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace backstep {

namespace {

// The lexer's blanks (the client's my_isspace()).
bool isSpace(QChar c)
{
    return sqllex::isSpace(c.unicode());
}

// Outside strings and comments, the characters that start a comment, a string or a
// client command; all others (but the delimiter's first) are kept as they are.
constexpr sqllex::StopTable specialCharacters =
    sqllex::stopTable({'\\', '#', '-', '/', '*', '\'', '"', '`'});

bool startsWithDelimiterCommand(QStringView text)
{
    static constexpr QLatin1StringView keyword("delimiter");
    return text.size() > keyword.size() && (text.front() == u'd' || text.front() == u'D') &&
           text.first(keyword.size()).compare(keyword, Qt::CaseInsensitive) == 0 &&
           isSpace(text[keyword.size()]);
}

bool isBlank(QStringView text)
{
    for (QChar c : text)
        if (!isSpace(c))
            return false;
    return true;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StatementSplitter)
};

// The client's statement buffer. Most statements reach the server as they stand in the
// file (no comment dropped, LF line ends), so the buffer is a slice of the text until the
// first append that is not the text's next character (a comment was skipped, a CR dropped,
// a space inserted); only then is it copied into a string of its own. A statement is thus
// one copy of its text, not one append per run of characters.
class PendingText
{
public:
    explicit PendingText(QStringView text)
        : m_text(text)
    {}

    qsizetype size() const { return m_owned ? m_string.size() : m_end - m_begin; }
    bool isEmpty() const { return size() == 0; }
    QStringView view() const
    {
        return m_owned ? QStringView(m_string) : m_text.sliced(m_begin, m_end - m_begin);
    }

    // Appends the text's characters [offset, end).
    void appendText(qsizetype offset, qsizetype end)
    {
        if (!m_owned) {
            if (m_begin == m_end)
                m_begin = offset;
            else if (offset != m_end)
                own();
            if (!m_owned) {
                m_end = end;
                return;
            }
        }
        m_string.append(m_text.sliced(offset, end - offset));
    }

    // Appends a character that is not the text's (a space for a comment).
    void append(QChar c)
    {
        own();
        m_string.append(c);
    }

    // Appends the line feed that the client puts after a line ending at `offset`: the
    // text's own, unless the line ends with CR LF or the text ends there.
    void appendLineFeed(qsizetype offset)
    {
        if (offset < m_text.size() && m_text[offset] == u'\n')
            appendText(offset, offset + 1);
        else
            append(u'\n');
    }

    void truncate(qsizetype size)
    {
        if (m_owned)
            m_string.truncate(size);
        else
            m_end = m_begin + std::min(size, m_end - m_begin);
    }

    void clear()
    {
        m_owned = false;
        m_begin = m_end = 0;
        m_string.resize(0); // keeps the allocation for the next copied statement
    }

private:
    void own()
    {
        if (m_owned)
            return;
        m_string.resize(0);
        m_string.append(view());
        m_owned = true;
    }

    QStringView m_text;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    bool m_owned = false;
    QString m_string;
};

// Mirrors the mariadb client's read_and_execute() / add_line() loop, one line at a time.
// The comments name the client's behaviour where it is surprising.
class ClientLineSplitter
{
public:
    ClientLineSplitter(QStringView text, const SplitOptions &options)
        : m_text(text)
        , m_options(options)
        , m_buffer(text)
        , m_keepComments(options.client == ClientFamily::MySql)
    {
        setDelimiter(options.delimiter.isEmpty() ? QStringLiteral(";") : options.delimiter);
        m_initialDelimiter = m_delimiter;
    }

    SplitResult run()
    {
        qsizetype lineBegin = 0;
        int lineNumber = m_options.firstLine;
        // Like the client, skip a byte order mark that starts the file; columns still
        // count it, so that they agree with offsets.
        if (m_options.baseOffset == 0 && m_text.startsWith(QChar(0xFEFF))) {
            lineBegin = 1;
            m_columnShift = 1;
        }
        while (lineBegin <= m_text.size()) {
            qsizetype lineEnd = m_text.indexOf(u'\n', lineBegin);
            const bool last = lineEnd < 0;
            if (last)
                lineEnd = m_text.size();
            // The client reads lines without their CR LF or LF ending.
            const qsizetype contentEnd =
                lineEnd > lineBegin && m_text[lineEnd - 1] == u'\r' ? lineEnd - 1 : lineEnd;
            processLine(lineBegin, contentEnd, lineNumber);
            m_columnShift = 0;
            if (last)
                break;
            lineBegin = lineEnd + 1;
            ++lineNumber;
        }
        finish();
        return std::move(m_result);
    }

private:
    int columnAt(qsizetype column) const { return int(column + m_columnShift) + 1; }

    SourceLocation locationAt(int line, qsizetype column) const
    {
        return {m_options.fileName, line, columnAt(column)};
    }

    void error(int line, qsizetype column, const QString &message)
    {
        m_result.errors.append({locationAt(line, column), message});
    }

    // The client treats a line as a DELIMITER command only while no statement is
    // pending and the line is not inside a string or comment.
    bool handleDelimiterCommand(QStringView line, int lineNumber)
    {
        if (!m_buffer.isEmpty() || m_mlComment || !m_inString.isNull())
            return false;
        qsizetype pos = 0;
        while (pos < line.size() && isSpace(line[pos]))
            ++pos;
        static constexpr QLatin1StringView keyword("delimiter");
        if (line.size() - pos < keyword.size() || (line[pos] != u'd' && line[pos] != u'D') ||
            line.sliced(pos, keyword.size()).compare(keyword, Qt::CaseInsensitive) != 0)
            return false;
        const qsizetype afterKeyword = pos + keyword.size();
        if (afterKeyword < line.size() && line[afterKeyword] != u' ' && line[afterKeyword] != u'\t')
            return false; // e.g. "DELIMITER;" is sent to the server as SQL.
        qsizetype argBegin = afterKeyword;
        while (argBegin < line.size() && isSpace(line[argBegin]))
            ++argBegin;
        QString argument;
        if (argBegin < line.size() &&
            (line[argBegin] == u'\'' || line[argBegin] == u'"' || line[argBegin] == u'`')) {
            const QChar quote = line[argBegin];
            qsizetype i = argBegin + 1;
            while (i < line.size() && line[i] != quote)
                argument.append(line[i++]);
        } else {
            qsizetype i = argBegin;
            while (i < line.size() && !isSpace(line[i]))
                argument.append(line[i++]);
        }
        if (argument.isEmpty()) {
            error(lineNumber, pos,
                  Tr::tr("DELIMITER must be followed by a delimiter character or string"));
        } else if (argument.contains(u'\\')) {
            error(lineNumber, argBegin, Tr::tr("DELIMITER cannot contain a backslash character"));
        } else {
            setDelimiter(argument);
            // Remembered for the end: a statement still pending there under a delimiter
            // of the text's own was never closed.
            if (argument == m_initialDelimiter) {
                m_delimiterCommandLine = 0;
            } else {
                m_delimiterCommandLine = lineNumber;
            }
        }
        return true;
    }

    void setDelimiter(const QString &delimiter)
    {
        m_delimiter = delimiter;
        m_delimiterFirst = delimiter.front().unicode();
        m_plainStops = specialCharacters;
        if (m_delimiterFirst < m_plainStops.size())
            m_plainStops[m_delimiterFirst] = true;
    }

    // The end of the run of characters from `pos` on to which no rule of processLine()
    // but "keep it" (or, in a comment, "skip it") applies in the current state, so that
    // they can be kept at once.
    qsizetype plainRunEnd(QStringView line, qsizetype pos) const
    {
        const char16_t *chars = line.utf16();
        const qsizetype size = line.size();
        if (m_mlComment) {
            while (pos < size && chars[pos] != u'*' && chars[pos] != u'/')
                ++pos;
        } else if (!m_inString.isNull()) {
            const char16_t quote = m_inString.unicode();
            while (pos < size && chars[pos] != quote && chars[pos] != u'\\')
                ++pos;
        } else {
            // One table test for most characters; only a non-ASCII one can still be the
            // delimiter's first (an ASCII first is in the table).
            pos = sqllex::runEnd(chars, pos, size, m_plainStops,
                                 m_delimiterFirst < m_plainStops.size() ? 0 : m_delimiterFirst);
        }
        return pos;
    }

    // Does for the plain characters [begin, end) of a line what the character loop does
    // for each: skip them in a comment, else keep them (spaces before a statement are
    // never sent; a space stands for a comment that ended before the first one).
    void keepPlainRun(QStringView line, qsizetype begin, qsizetype end, int lineNumber,
                      qsizetype lineBegin, bool &needSpace)
    {
        if (m_mlComment && !m_keepComments)
            return;
        if (m_buffer.isEmpty() && !m_keepComments)
            while (begin < end && isSpace(line[begin]))
                ++begin;
        if (begin == end)
            return;
        if (needSpace && !isSpace(line[begin]))
            m_buffer.append(u' ');
        needSpace = false;
        if (!m_hasStart) {
            qsizetype first = begin;
            while (first < end && isSpace(line[first]))
                ++first;
            if (first < end) {
                m_hasStart = true;
                m_startLine = lineNumber;
                m_startColumn = columnAt(first);
                m_startOffset = lineBegin + first;
            }
        }
        if (m_hasStart) {
            m_lastKeptOffset = lineBegin + end - 1;
            m_lastKeptLine = lineNumber;
        }
        m_buffer.appendText(lineBegin + begin, lineBegin + end);
    }

    void keep(QChar c, int lineNumber, qsizetype column, qsizetype offset)
    {
        if (!m_hasStart && !isSpace(c)) {
            m_hasStart = true;
            m_startLine = lineNumber;
            m_startColumn = columnAt(column);
            m_startOffset = offset;
        }
        if (m_hasStart) {
            m_lastKeptOffset = offset;
            m_lastKeptLine = lineNumber;
        }
        Q_ASSERT(m_text[offset] == c);
        m_buffer.appendText(offset, offset + 1);
    }

    // The client appends a line's text to the statement piece by piece; what it has
    // not appended yet (m_buffer from m_flushed on) is what some rules look at.
    void flush() { m_flushed = m_buffer.size(); }

    void setOpenedAt(int line, qsizetype column)
    {
        m_openedLine = line;
        m_openedColumn = columnAt(column);
    }
    SourceLocation openedAt() const { return {m_options.fileName, m_openedLine, m_openedColumn}; }

    void emitStatement(qsizetype endOffset, int endLine)
    {
        const QStringView sql = m_buffer.view().trimmed();
        if (!sql.isEmpty() && m_hasStart) {
            Statement statement;
            statement.sql = sql.toString();
            statement.start = {m_options.fileName, m_startLine, m_startColumn};
            statement.beginOffset = m_options.baseOffset + m_startOffset;
            statement.endOffset = m_options.baseOffset + endOffset;
            statement.endLine = endLine;
            m_result.statements.append(std::move(statement));
        }
        m_buffer.clear();
        m_flushed = 0;
        m_hasStart = false;
        m_swallowedDelimiterLine = 0;
    }

    // MySQL's client after a delimiter: the blanks that follow it, and a `#` or `-- `
    // comment that ends the line, go with the statement it ends. Returns where the next
    // statement begins; `extentEnd` becomes the end of what the statement took.
    qsizetype keepTrailingComment(QStringView line, qsizetype afterDelimiter, int lineNumber,
                                  qsizetype lineBegin, qsizetype &extentEnd)
    {
        qsizetype next = afterDelimiter;
        while (next < line.size() && isSpace(line[next]))
            ++next;
        const bool comment =
            next < line.size() &&
            (line[next] == u'#' || (line[next] == u'-' && next + 2 < line.size() &&
                                    line[next + 1] == u'-' && isSpace(line[next + 2])));
        if (!comment)
            return next;
        bool needSpace = false;
        keepPlainRun(line, afterDelimiter, line.size(), lineNumber, lineBegin, needSpace);
        extentEnd = line.size();
        return line.size();
    }

    // MySQL's client and a `#` or `-- ` comment: it is sent with the statement it stands
    // in, or on its own when no statement text is pending.
    void keepLineComment(QStringView line, qsizetype pos, int lineNumber, qsizetype lineBegin)
    {
        const bool alone = m_buffer.isEmpty();
        bool needSpace = false;
        keepPlainRun(line, pos, line.size(), lineNumber, lineBegin, needSpace);
        if (alone) {
            flush();
            emitStatement(lineBegin + line.size(), lineNumber);
        }
    }

    void processLine(qsizetype lineBegin, qsizetype lineEnd, int lineNumber)
    {
        const QStringView line = m_text.sliced(lineBegin, lineEnd - lineBegin);
        if (handleDelimiterCommand(line, lineNumber))
            return;
        if (line.isEmpty() && m_buffer.isEmpty())
            return;

        auto at = [&](qsizetype i) {
            return i < line.size() ? line[i] : QChar();
        };
        flush();
        bool needSpace = false;
        // Like the client, the executable-comment and hint flags live for one line only.
        bool executableComment = false;
        bool hint = false; // in a `/*+ */` hint that MySQL's client sends

        for (qsizetype pos = 0; pos < line.size(); ++pos) {
            // Most characters are plain: keep (or skip) them in runs.
            if (const qsizetype runEnd = plainRunEnd(line, pos); runEnd > pos) {
                keepPlainRun(line, pos, runEnd, lineNumber, lineBegin, needSpace);
                pos = runEnd - 1;
                continue;
            }
            QChar c = line[pos];
            // Spaces before a statement are never sent (by the mariadb client).
            if (isSpace(c) && m_buffer.isEmpty() && !m_keepComments)
                continue;

            if (!m_mlComment && c == u'\\' && m_inString != u'`') {
                if (pos + 1 >= line.size())
                    break; // The client drops a backslash that ends a line.
                const QChar next = line[++pos];
                if (!m_inString.isNull() || next == u'N') {
                    keep(u'\\', lineNumber, pos - 1, lineBegin + pos - 1);
                    keep(next, lineNumber, pos, lineBegin + pos);
                    continue;
                }
                error(lineNumber, pos - 1,
                      Tr::tr("the client command \\%1 is not allowed in a migration").arg(next));
                continue;
            }
            if (!m_mlComment && m_inString.isNull() && !hint && c.unicode() == m_delimiterFirst &&
                line.sliced(pos).startsWith(m_delimiter)) {
                qsizetype afterDelimiter = pos + m_delimiter.size();
                qsizetype extentEnd = afterDelimiter;
                if (m_keepComments)
                    afterDelimiter =
                        keepTrailingComment(line, afterDelimiter, lineNumber, lineBegin, extentEnd);
                flush();
                emitStatement(lineBegin + extentEnd, lineNumber);
                pos = afterDelimiter - 1;
                continue;
            }
            if (!m_mlComment && m_inString.isNull() &&
                (c == u'#' || (c == u'-' && at(pos + 1) == u'-' &&
                               (pos + 2 >= line.size() || isSpace(line[pos + 2]) ||
                                (m_buffer.isEmpty() && !m_keepComments))))) {
                flush();
                if (m_keepComments)
                    keepLineComment(line, pos, lineNumber, lineBegin);
                break; // The rest of the line is a comment.
            }
            // MariaDB's client drops `/*+ */` hints like any comment; MySQL's sends them,
            // and takes `/*M! */` for a plain comment.
            sqllex::CommentStart comment =
                c == u'/' ? sqllex::commentAt(line, pos) : sqllex::CommentStart::None;
            if (m_keepComments && comment == sqllex::CommentStart::MariaDbExecutable)
                comment = sqllex::CommentStart::Block;
            const bool blockStart = comment == sqllex::CommentStart::Block ||
                                    (comment == sqllex::CommentStart::Hint && !m_keepComments);
            if (m_inString.isNull() && blockStart && !hint) {
                if (!m_mlComment)
                    setOpenedAt(lineNumber, pos);
                if (m_keepComments) {
                    keep(c, lineNumber, pos, lineBegin + pos);
                    keep(line[pos + 1], lineNumber, pos + 1, lineBegin + pos + 1);
                }
                ++pos;
                m_mlComment = true;
                flush();
                continue;
            }
            if (m_mlComment && !executableComment && c == u'*' && at(pos + 1) == u'/') {
                if (m_keepComments) {
                    keep(c, lineNumber, pos, lineBegin + pos);
                    keep(line[pos + 1], lineNumber, pos + 1, lineBegin + pos + 1);
                }
                ++pos;
                m_mlComment = false;
                flush();
                // The client puts a space where a comment was, before the next word.
                needSpace = true;
                continue;
            }

            if (m_inString.isNull() && comment == sqllex::CommentStart::Executable) {
                executableComment = true;
            } else if (m_inString.isNull() && comment == sqllex::CommentStart::Hint) {
                hint = true; // only MySQL's client gets here: it sends the hint
            } else if (m_inString.isNull() && (executableComment || hint) && c == u'*' &&
                       at(pos + 1) == u'/') {
                executableComment = false;
                hint = false;
                keep(c, lineNumber, pos, lineBegin + pos);
                c = line[++pos];
            }
            if (c == m_inString) {
                m_inString = QChar();
            } else if (!m_mlComment && m_inString.isNull() && !hint &&
                       (c == u'\'' || c == u'"' || c == u'`')) {
                m_inString = c;
                setOpenedAt(lineNumber, pos);
            }
            if (!m_mlComment || m_keepComments) {
                if (needSpace && !isSpace(c))
                    m_buffer.append(u' ');
                needSpace = false;
                keep(c, lineNumber, pos, lineBegin + pos);
            }
        }

        if (!m_buffer.isEmpty()) {
            // Like the client, no line feed after a line that reads as a DELIMITER
            // command inside a pending statement: it joins the next line.
            const QStringView unflushed = m_buffer.view().sliced(m_flushed);
            const bool delimiterLine = startsWithDelimiterCommand(unflushed);
            if (!delimiterLine || !m_inString.isNull() || m_mlComment)
                m_buffer.appendLineFeed(lineBegin + line.size());
            if (delimiterLine && m_inString.isNull() && !m_mlComment &&
                m_swallowedDelimiterLine == 0) {
                m_swallowedDelimiterLine = lineNumber;
                m_swallowedDelimiterText = line.trimmed().toString();
            }
            // A line that ends inside a comment adds nothing after the comment's start
            // (MySQL's client keeps it all).
            if (m_mlComment && !m_keepComments)
                m_buffer.truncate(m_flushed);
        }
        // MySQL's client keeps even blanks, which then join the next statement.
        if (!m_keepComments && isBlank(m_buffer.view())) {
            m_buffer.clear();
            m_hasStart = false;
        }
    }

    void finish()
    {
        if (!m_inString.isNull()) {
            const QString what = m_inString == u'`' ? Tr::tr("unterminated quoted identifier")
                                                    : Tr::tr("unterminated string");
            m_result.errors.append({openedAt(), what});
            return;
        }
        if (m_mlComment) {
            m_result.errors.append({openedAt(), Tr::tr("unterminated comment")});
            return;
        }
        // A statement still pending under a delimiter that a DELIMITER line of the text set:
        // its author meant it to end with that delimiter, and it never does. The client
        // still sends it at the end of its input, so on its own that is a warning; when a
        // later DELIMITER line was swallowed into it, the text cannot mean what it says.
        if (m_delimiterCommandLine > 0 && m_hasStart && !isBlank(m_buffer.view())) {
            QString message =
                Tr::tr("DELIMITER %1 (line %2) is never closed: the statement that starts here "
                       "runs to the end of %3 (line %4) with no %1 to end it")
                    .arg(m_delimiter, QString::number(m_delimiterCommandLine),
                         m_options.sectionName.isEmpty() ? Tr::tr("the text")
                                                         : m_options.sectionName,
                         QString::number(m_lastKeptLine));
            if (m_swallowedDelimiterLine > 0)
                message +=
                    Tr::tr("; \"%1\" on line %2 is read as part of it")
                        .arg(m_swallowedDelimiterText, QString::number(m_swallowedDelimiterLine));
            Diagnostic diagnostic{{m_options.fileName, m_startLine, m_startColumn}, message};
            if (m_swallowedDelimiterLine > 0)
                m_result.errors.append(std::move(diagnostic));
            else
                m_result.warnings.append(std::move(diagnostic));
        }
        // In batch mode the client sends a final statement that lacks a delimiter.
        emitStatement(m_lastKeptOffset + 1, m_lastKeptLine);
    }

    QStringView m_text;
    const SplitOptions &m_options;
    PendingText m_buffer;
    // MySQL's client: comments and blanks are sent (`--comments`).
    bool m_keepComments = false;
    QString m_delimiter;
    QString m_initialDelimiter;
    char16_t m_delimiterFirst = u';';
    // The line of the DELIMITER command that set the delimiter now in force (0: the
    // initial one), and the first line inside the pending statement that reads like one.
    int m_delimiterCommandLine = 0;
    int m_swallowedDelimiterLine = 0;
    QString m_swallowedDelimiterText;
    sqllex::StopTable m_plainStops = specialCharacters;
    qsizetype m_flushed = 0;
    qsizetype m_columnShift = 0;

    QChar m_inString;
    bool m_mlComment = false;
    // Where the open string or comment started; a location is built only for an error.
    int m_openedLine = 0;
    int m_openedColumn = 0;

    bool m_hasStart = false;
    int m_startLine = 0;
    int m_startColumn = 0;
    qsizetype m_startOffset = 0;
    qsizetype m_lastKeptOffset = 0;
    int m_lastKeptLine = 0;

    SplitResult m_result;
};

} // namespace

SplitResult StatementSplitter::split(QStringView text, const SplitOptions &options)
{
    return ClientLineSplitter(text, options).run();
}

} // namespace backstep
