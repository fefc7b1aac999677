#include "core/formats/liquibasesplitter.h"

#include "core/sqllexer.h"

#include <QRegularExpression>

#include <deque>
#include <optional>

namespace backstep {

namespace {

using sqllex::TokenKind;

// A piece of Liquibase's token stream: a view of the text, or (for a delimiter merged
// from pieces a stripped comment separated) a view of the end delimiter it spells. No
// string of its own: a 100 MB changeset has tens of millions of pieces, and their size
// (page faults as the list grows) cost 50 times the lexing.
struct Fragment
{
    QStringView text;
    qsizetype begin = 0;
    qsizetype end = 0;
    bool merged = false; // `text` is not the slice [begin, end) of the SQL

    QStringView view() const { return text; }
};

bool isBlank(QStringView text)
{
    for (QChar c : text)
        if (c.unicode() > u' ')
            return false;
    return true;
}

// Java's String.trim(): every character up to and including U+0020 at both ends.
QStringView javaTrim(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text[begin].unicode() <= u' ')
        ++begin;
    while (end > begin && text[end - 1].unicode() <= u' ')
        --end;
    return text.sliced(begin, end - begin);
}

// Liquibase's token stream (comments gone when stripped, delimiters such as "//" that span
// tokens joined where the tokens spell them: mergeTokens), one fragment at a time with the
// look-ahead BEGIN and END need. Never a list of them all: a 100 MB changeset has tens of
// millions, and building that list cost five times the rest of the split.
class FragmentStream
{
public:
    FragmentStream(QStringView text, bool stripComments, const QString &endDelimiter)
        : m_lexer(text, lexRules())
        , m_stripComments(stripComments)
        , m_endDelimiter(endDelimiter)
    {}

    // The next fragment, or nullopt at the end.
    std::optional<Fragment> take()
    {
        // Nothing looked ahead and no delimiter to join: the lexer's next token as it is,
        // without a trip through the look-ahead (most of a changeset's tokens).
        if (m_ready.empty() && m_endDelimiter.isEmpty())
            return raw();
        if (!fill(1))
            return std::nullopt;
        Fragment next = m_ready.front();
        m_ready.pop_front();
        return next;
    }

    // The first fragment after the one last taken that is not blank, trimmed; empty at the
    // end.
    QStringView nextNonBlank()
    {
        for (std::size_t k = 0; fill(k + 1); ++k)
            if (!isBlank(m_ready[k].view()))
                return javaTrim(m_ready[k].view());
        return {};
    }

private:
    static sqllex::LexRules lexRules()
    {
        sqllex::LexRules rules;
        rules.dashes = sqllex::DashRule::Any;
        rules.hashComments = false;
        return rules;
    }

    // The lexer's next token that is kept, as a fragment.
    std::optional<Fragment> raw()
    {
        for (sqllex::Token token = m_lexer.next(); token.kind != TokenKind::End;
             token = m_lexer.next()) {
            const bool comment =
                token.kind == TokenKind::LineComment || token.kind == TokenKind::BlockComment;
            if (comment && m_stripComments)
                continue;
            return Fragment{m_lexer.textOf(token), token.begin, token.end};
        }
        return std::nullopt;
    }

    // Until `count` fragments are ready or the text has none more.
    bool fill(std::size_t count)
    {
        while (m_ready.size() < count && !m_ended)
            pullOne();
        return m_ready.size() >= count;
    }

    // Takes one token through the delimiter merge (the fragments it settles become ready).
    void pullOne()
    {
        std::optional<Fragment> piece = raw();
        if (!piece) {
            m_ended = true;
            m_ready.insert(m_ready.end(), m_possible.begin(), m_possible.end());
            m_possible.clear();
            return;
        }
        if (m_endDelimiter.isEmpty()) {
            m_ready.push_back(*piece);
            return;
        }
        if (m_possible.empty()) {
            if (m_endDelimiter.startsWith(piece->view())) {
                m_possible.push_back(*piece);
                m_joined = piece->view().toString();
            } else {
                m_ready.push_back(*piece);
            }
            return;
        }
        const QString candidate = m_joined + piece->view();
        if (candidate == m_endDelimiter) {
            // The delimiter outlives the fragments (split()'s options).
            m_ready.push_back(
                {QStringView(m_endDelimiter), m_possible.front().begin, piece->end, true});
            m_possible.clear();
        } else if (m_endDelimiter.startsWith(candidate)) {
            m_possible.push_back(*piece);
            m_joined = candidate;
        } else {
            m_ready.insert(m_ready.end(), m_possible.begin(), m_possible.end());
            m_ready.push_back(*piece);
            m_possible.clear();
        }
    }

    sqllex::Lexer m_lexer;
    const bool m_stripComments;
    const QString &m_endDelimiter;
    std::deque<Fragment> m_ready;    // settled, in order; the look-ahead
    std::deque<Fragment> m_possible; // may still be the start of the end delimiter
    QString m_joined;                // their text
    bool m_ended = false;
};

class DelimiterRule
{
public:
    explicit DelimiterRule(const QString &endDelimiter)
        : m_delimiter(endDelimiter)
    {
        // Liquibase also matches "[\s\n\r]*" + a longer endDelimiter as a regular expression.
        if (m_delimiter.size() > 1) {
            m_pattern = QRegularExpression(QRegularExpression::anchoredPattern(
                QStringLiteral(R"([\s\n\r]*)") + m_delimiter.toLower()));
            if (!m_pattern->isValid())
                m_pattern.reset();
        }
    }

    bool matches(QStringView piece, std::optional<QStringView> previous) const
    {
        if (m_delimiter.isEmpty())
            return piece == u";" ||
                   ((piece.compare(u"go", Qt::CaseInsensitive) == 0 || piece == u"/") &&
                    (!previous || previous->endsWith(u'\n')));
        if (m_delimiter.size() == 1) {
            if (m_delimiter == u"/" && previous && !previous->endsWith(u'\n'))
                return false;
            return piece.compare(m_delimiter, Qt::CaseInsensitive) == 0;
        }
        if (piece.compare(m_delimiter, Qt::CaseInsensitive) == 0)
            return true;
        if (!m_pattern)
            return false;
        const QString both = (previous ? previous->toString() : QString()) + piece;
        return m_pattern->match(both.toLower()).hasMatch();
    }

private:
    QString m_delimiter;
    std::optional<QRegularExpression> m_pattern;
};

bool isOneOfIgnoringCase(QStringView word, std::initializer_list<const char *> words)
{
    for (const char *candidate : words)
        if (word.compare(QLatin1StringView(candidate), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// The statement being gathered: a slice of the text while its pieces are adjacent (the
// usual case), its own string once a stripped comment leaves a gap. Adjacent pieces are
// copied as one run when the next gap (or the end) comes, not one token at a time.
class Gathered
{
public:
    explicit Gathered(QStringView text)
        : m_text(text)
    {}

    bool isEmpty() const { return m_begin < 0; }
    void append(const Fragment &piece)
    {
        if (m_begin < 0) {
            m_begin = piece.begin;
            m_runBegin = piece.begin;
            m_end = piece.begin;
        }
        if (piece.merged) {
            // A delimiter spelled across a stripped comment: its own text, not the file's.
            flushRun();
            m_owned = true;
            m_string += piece.view();
            m_runBegin = m_end = piece.end;
            return;
        }
        if (piece.begin != m_end) {
            flushRun();
            m_owned = true;
            m_runBegin = piece.begin;
        }
        m_end = piece.end;
    }
    // The statement's text so far.
    QStringView view()
    {
        if (!m_owned)
            return m_text.sliced(m_begin, m_end - m_begin);
        flushRun();
        return m_string;
    }
    qsizetype begin() const { return m_begin; }
    void clear()
    {
        m_begin = -1;
        m_owned = false;
        m_string.clear();
    }

private:
    void flushRun()
    {
        m_string += m_text.sliced(m_runBegin, m_end - m_runBegin);
        m_runBegin = m_end;
    }

    QStringView m_text;
    qsizetype m_begin = -1;
    qsizetype m_runBegin = 0; // the run of adjacent pieces not yet in m_string
    qsizetype m_end = 0;
    bool m_owned = false;
    QString m_string;
};

} // namespace

QList<LiquibaseSplitter::Piece> LiquibaseSplitter::split(QStringView text, const Options &options)
{
    FragmentStream pieces(text, options.stripComments, options.endDelimiter);
    const DelimiterRule delimiter(options.endDelimiter);
    QList<Piece> statements;
    Gathered current(text);
    bool previousDelimiter = false;
    int inClause = 0;
    std::optional<QStringView> previous;
    qsizetype lastEnd = 0;
    bool countedBegin = false;
    auto emitCurrent = [&](qsizetype extentEnd) {
        if (!current.isEmpty()) {
            const QStringView trimmed = javaTrim(current.view());
            if (!trimmed.isEmpty())
                statements.append({trimmed.toString(), current.begin(), extentEnd, countedBegin});
        }
        current.clear();
        countedBegin = false;
    };
    while (const std::optional<Fragment> next = pieces.take()) {
        const Fragment &piece = *next;
        const QStringView word = piece.view();
        if (word.size() == 5 && word.compare(u"BEGIN", Qt::CaseInsensitive) == 0 &&
            !isOneOfIgnoringCase(pieces.nextNonBlank(), {"transaction", "trans", "tran", "dialog",
                                                         "conversation", "distributed"})) {
            ++inClause;
            countedBegin = true;
        }
        if (word.size() == 3 && inClause > 0 && word.compare(u"END", Qt::CaseInsensitive) == 0 &&
            !isOneOfIgnoringCase(pieces.nextNonBlank(), {"transaction", "trans", "tran"}))
            --inClause;
        if (inClause == 0 && options.splitStatements && delimiter.matches(word, previous)) {
            emitCurrent(piece.end);
            previousDelimiter = true;
        } else {
            const bool blank = isBlank(word);
            if ((!previousDelimiter || !blank) && (!current.isEmpty() || !blank))
                current.append(piece);
            previousDelimiter = false;
        }
        previous = word;
        lastEnd = piece.end;
    }
    emitCurrent(lastEnd);
    return statements;
}

} // namespace backstep
