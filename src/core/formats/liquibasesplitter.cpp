#include "core/formats/liquibasesplitter.h"

#include "core/sqllexer.h"

#include <QRegularExpression>

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

QList<Fragment> piecesOf(QStringView text, bool stripComments)
{
    sqllex::LexRules rules;
    rules.dashes = sqllex::DashRule::Any;
    rules.hashComments = false;
    sqllex::Lexer lexer(text, rules);
    QList<Fragment> pieces;
    for (sqllex::Token token = lexer.next(); token.kind != TokenKind::End; token = lexer.next()) {
        const bool comment =
            token.kind == TokenKind::LineComment || token.kind == TokenKind::BlockComment;
        if (comment && stripComments)
            continue;
        pieces.append({lexer.textOf(token), token.begin, token.end});
    }
    return pieces;
}

// Delimiters such as "//" span pieces: joined where the pieces spell it (mergeTokens).
QList<Fragment> mergeDelimiterPieces(const QList<Fragment> &pieces, const QString &endDelimiter)
{
    if (endDelimiter.isEmpty())
        return pieces;
    QList<Fragment> merged;
    merged.reserve(pieces.size());
    QList<Fragment> possible;
    QString joined;
    for (const Fragment &piece : pieces) {
        if (possible.isEmpty()) {
            if (endDelimiter.startsWith(piece.view())) {
                possible.append(piece);
                joined = piece.view().toString();
            } else {
                merged.append(piece);
            }
            continue;
        }
        const QString candidate = joined + piece.view();
        if (candidate == endDelimiter) {
            // endDelimiter outlives the pieces (split()'s options).
            merged.append({QStringView(endDelimiter), possible.first().begin, piece.end, true});
            possible.clear();
        } else if (endDelimiter.startsWith(candidate)) {
            possible.append(piece);
            joined = candidate;
        } else {
            merged.append(possible);
            merged.append(piece);
            possible.clear();
        }
    }
    merged.append(possible);
    return merged;
}

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
// usual case), its own string once a stripped comment leaves a gap.
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
            m_end = piece.begin;
        }
        if (!m_owned && (piece.begin != m_end || piece.merged)) {
            m_string = m_text.sliced(m_begin, m_end - m_begin).toString();
            m_owned = true;
        }
        if (m_owned)
            m_string += piece.view();
        m_end = piece.end;
    }
    QStringView view() const
    {
        return m_owned ? QStringView(m_string) : m_text.sliced(m_begin, m_end - m_begin);
    }
    qsizetype begin() const { return m_begin; }
    void clear()
    {
        m_begin = -1;
        m_owned = false;
        m_string.clear();
    }

private:
    QStringView m_text;
    qsizetype m_begin = -1;
    qsizetype m_end = 0;
    bool m_owned = false;
    QString m_string;
};

} // namespace

QList<LiquibaseSplitter::Piece> LiquibaseSplitter::split(QStringView text, const Options &options)
{
    const QList<Fragment> pieces =
        mergeDelimiterPieces(piecesOf(text, options.stripComments), options.endDelimiter);
    const DelimiterRule delimiter(options.endDelimiter);
    QList<Piece> statements;
    Gathered current(text);
    bool previousDelimiter = false;
    int inClause = 0;
    std::optional<QStringView> previous;
    auto emitCurrent = [&](qsizetype extentEnd) {
        if (!current.isEmpty()) {
            const QStringView trimmed = javaTrim(current.view());
            if (!trimmed.isEmpty())
                statements.append({trimmed.toString(), current.begin(), extentEnd});
        }
        current.clear();
    };
    // The next piece that is not blank, for BEGIN and END only.
    auto nextOf = [&](qsizetype i) -> QStringView {
        for (qsizetype k = i + 1; k < pieces.size(); ++k)
            if (!isBlank(pieces[k].view()))
                return javaTrim(pieces[k].view());
        return {};
    };
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Fragment &piece = pieces[i];
        const QStringView word = piece.view();
        if (word.size() == 5 && word.compare(u"BEGIN", Qt::CaseInsensitive) == 0 &&
            !isOneOfIgnoringCase(nextOf(i), {"transaction", "trans", "tran", "dialog",
                                             "conversation", "distributed"}))
            ++inClause;
        if (word.size() == 3 && inClause > 0 && word.compare(u"END", Qt::CaseInsensitive) == 0 &&
            !isOneOfIgnoringCase(nextOf(i), {"transaction", "trans", "tran"}))
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
    }
    emitCurrent(pieces.isEmpty() ? 0 : pieces.last().end);
    return statements;
}

} // namespace backstep
