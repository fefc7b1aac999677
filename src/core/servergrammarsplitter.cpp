#include "core/servergrammarsplitter.h"

#include "core/textlocator.h"

#include <QCoreApplication>

namespace backstep {

namespace {

using sqllex::Token;
using sqllex::TokenKind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerGrammarSplitter)
};

// What opens a level of a compound statement, and what closes it.
enum class Block : quint8 {
    Begin,          // BEGIN ... END
    If,             // IF ... END IF
    CaseStatement,  // CASE at a statement position ... END CASE
    CaseExpression, // CASE inside an expression ... END
    Loop,           // LOOP ... END LOOP
    Repeat,         // REPEAT ... UNTIL ... END REPEAT
    While,          // WHILE ... DO ... END WHILE
};

struct OpenBlock
{
    Block block;
    qsizetype at; // offset of its opening word
};

// The stored programs whose body is one statement however many `;` it holds.
enum class Program : quint8 { None, Procedure, Function, Trigger, Event };

// How a statement is being read.
enum class Mode : quint8 {
    Start,    // nothing significant yet
    Plain,    // not compound: it ends at the next `;`
    Compound, // a top-level compound statement (MariaDB), or a program's body
    Header,   // a program's header (name, parameters, characteristics): the body follows
};

class Splitter
{
public:
    Splitter(QStringView text, const ServerSplitOptions &options)
        : m_text(text)
        , m_options(options)
        , m_lexer(text, options.rules)
        , m_locator(text, options.fileName, options.firstLine)
    {}

    SplitResult run()
    {
        for (;;) {
            if (m_stopped)
                return std::move(m_result);
            if (m_mode == Mode::Plain && !m_lexer.inExecutableComment())
                m_lexer.skipPlain();
            const Token token = m_lexer.next();
            switch (token.kind) {
            case TokenKind::End:
                finish();
                return std::move(m_result);
            case TokenKind::Space:
            case TokenKind::LineComment:
                break;
            case TokenKind::BlockComment:
                if (!token.closed)
                    error(token.begin, [] { return Tr::tr("unterminated comment"); });
                break;
            case TokenKind::ExecutableStart:
            case TokenKind::ExecutableEnd:
                begin(token);
                if (m_mode == Mode::Start)
                    m_mode = Mode::Plain;
                break;
            case TokenKind::String:
            case TokenKind::QuotedName:
                begin(token);
                if (!token.closed)
                    error(token.begin, [&] {
                        return token.kind == TokenKind::String
                                   ? Tr::tr("unterminated string")
                                   : Tr::tr("unterminated quoted identifier");
                    });
                afterOther();
                break;
            case TokenKind::Word:
                word(token);
                break;
            case TokenKind::Punct:
                punct(token);
                break;
            }
        }
    }

    // Whether the first statement is compound, from its first words alone (firstWord()
    // decides, as it does while splitting): a statement that starts otherwise (a string, an
    // executable comment) is plain.
    bool startsCompound()
    {
        for (Token token = m_lexer.next(); token.kind != TokenKind::End; token = m_lexer.next()) {
            if (token.kind == TokenKind::Space || token.kind == TokenKind::LineComment ||
                token.kind == TokenKind::BlockComment)
                continue;
            if (token.kind != TokenKind::Word)
                return false;
            firstWord(token, textOf(token));
            return m_mode == Mode::Compound || m_mode == Mode::Header;
        }
        return false;
    }

private:
    QStringView textOf(const Token &token) const { return m_lexer.textOf(token); }

    // A diagnostic's message is made only when diagnostics are wanted: a reader that looks
    // for compound statements alone asks for none (ServerSplitOptions::diagnostics).
    template <typename Message> void error(qsizetype offset, const Message &message)
    {
        if (m_options.diagnostics)
            m_result.errors.append({m_locator.at(offset), message()});
    }
    template <typename Message> void warning(qsizetype offset, const Message &message)
    {
        if (m_options.diagnostics)
            m_result.warnings.append({m_locator.at(offset), message()});
    }
    QString toolName() const
    {
        return m_options.tool.isEmpty() ? Tr::tr("the tool") : m_options.tool;
    }
    QString delimiterMessage() const
    {
        return Tr::tr("DELIMITER is a command of the mysql client; %1 sends this text to the "
                      "server, which rejects it")
            .arg(toolName());
    }
    QString sectionName() const
    {
        return m_options.sectionName.isEmpty() ? Tr::tr("the section") : m_options.sectionName;
    }

    void begin(const Token &token)
    {
        if (m_begin < 0)
            m_begin = token.begin;
    }

    // The next significant token, without consuming it.
    Token peek() const
    {
        sqllex::Lexer ahead = m_lexer;
        return ahead.nextSignificant();
    }
    bool nextIsKeyword(const char *keyword) const
    {
        sqllex::Lexer ahead = m_lexer;
        return ahead.isKeyword(ahead.nextSignificant(), keyword);
    }
    // Consumes the next significant token (after a peek said what it is).
    void take() { (void)m_lexer.nextSignificant(); }

    void push(Block block, qsizetype at)
    {
        m_blocks.append({block, at});
        m_openedBlock = true;
    }
    Block top() const { return m_blocks.isEmpty() ? Block::Begin : m_blocks.last().block; }

    void afterOther()
    {
        m_statementPosition = false;
        if (m_mode == Mode::Start)
            m_mode = Mode::Plain;
    }

    void punct(const Token &token)
    {
        const char16_t c = m_text[token.begin].unicode();
        if (c == u';') {
            semicolon(token);
            return;
        }
        begin(token);
        if (c == u'(') {
            ++m_parens;
        } else if (c == u')' && m_parens > 0) {
            --m_parens;
            if (m_parens == 0 && m_mode == Mode::Header)
                m_parametersDone = true;
        }
        afterOther();
    }

    void semicolon(const Token &token)
    {
        if (m_lexer.inExecutableComment()) {
            warning(token.begin, [] {
                return Tr::tr("a ';' inside an executable comment: whether the server ends the "
                              "statement here depends on its version; Backstep keeps the "
                              "comment in the statement");
            });
            return;
        }
        if (!m_blocks.isEmpty()) {
            m_statementPosition = true; // the next statement of the block
            return;
        }
        if (m_begin < 0) {
            error(token.begin, [&] {
                return Tr::tr("an empty statement before this ';': the server rejects it (error "
                              "1064), so %1 could not have run this text")
                    .arg(toolName());
            });
            return;
        }
        emitStatement(token.begin, token.end);
    }

    void emitStatement(qsizetype contentEnd, qsizetype extentEnd)
    {
        qsizetype end = contentEnd;
        while (end > m_begin && sqllex::isSpace(m_text[end - 1].unicode()))
            --end;
        const bool wanted = !m_options.compoundOnly || m_program != Program::None || m_openedBlock;
        if (end > m_begin && wanted) {
            Statement statement;
            statement.sql = m_text.sliced(m_begin, end - m_begin).toString();
            statement.start = m_locator.at(m_begin);
            statement.beginOffset = m_options.baseOffset + m_begin;
            statement.endOffset = m_options.baseOffset + extentEnd;
            statement.endLine = m_locator.lineAt(std::max(m_begin, extentEnd - 1));
            m_result.statements.append(std::move(statement));
        }
        m_stopped =
            m_options.stopAfterStatementAt >= 0 && extentEnd >= m_options.stopAfterStatementAt;
        resetStatement();
    }

    void resetStatement()
    {
        m_begin = -1;
        m_mode = Mode::Start;
        m_program = Program::None;
        m_blocks.clear();
        m_parens = 0;
        m_statementPosition = false;
        m_parametersDone = false;
        m_skipNext = false;
        m_afterRow = false;
        m_previousWasCharacter = false;
        m_openedBlock = false;
    }

    void finish()
    {
        if (m_begin < 0)
            return;
        if (!m_blocks.isEmpty()) {
            const OpenBlock &open = m_blocks.first();
            error(m_begin, [&] {
                return Tr::tr("this statement never ends: %1 on line %2 has no END before "
                              "the end of %3")
                    .arg(m_text.sliced(open.at, wordEnd(open.at) - open.at).toString().toUpper())
                    .arg(m_locator.lineAt(open.at))
                    .arg(sectionName());
            });
        }
        // The last statement needs no `;`; it ends with its last token that is not a
        // blank or a comment.
        sqllex::Lexer rest(m_text, m_options.rules, m_begin);
        qsizetype end = m_begin;
        for (Token token = rest.nextSignificant(); token.kind != TokenKind::End;
             token = rest.nextSignificant())
            end = token.end;
        emitStatement(end, end);
    }

    qsizetype wordEnd(qsizetype from) const
    {
        qsizetype end = from;
        while (end < m_text.size() && sqllex::isWordChar(m_text[end].unicode()))
            ++end;
        return end;
    }

    // The first word of a statement decides how it is read.
    void firstWord(const Token &token, QStringView text)
    {
        if (sqllex::isKeyword(text, "CREATE") || sqllex::isKeyword(text, "ALTER")) {
            m_program = programAhead(sqllex::isKeyword(text, "ALTER"));
            m_mode = m_program == Program::None ? Mode::Plain : Mode::Header;
            return;
        }
        if (sqllex::isKeyword(text, "DELIMITER")) {
            error(token.begin, [&] { return delimiterMessage(); });
            m_mode = Mode::Plain;
            return;
        }
        if (sqllex::isKeyword(text, "BEGIN")) {
            // BEGIN NOT ATOMIC is MariaDB's anonymous block; any other BEGIN starts a
            // transaction.
            sqllex::Lexer ahead = m_lexer;
            const Token notToken = ahead.nextSignificant();
            const Token atomic = ahead.nextSignificant();
            if (ahead.isKeyword(notToken, "NOT") && ahead.isKeyword(atomic, "ATOMIC")) {
                m_lexer = ahead;
                m_mode = Mode::Compound;
                push(Block::Begin, token.begin);
                m_statementPosition = true;
                return;
            }
            m_mode = Mode::Plain;
            return;
        }
        // MariaDB runs IF, CASE, LOOP, REPEAT and WHILE outside stored programs too.
        m_mode = Mode::Compound;
        m_statementPosition = true;
        if (!compoundOpener(token, text))
            m_mode = Mode::Plain;
    }

    // CREATE [OR REPLACE] [DEFINER = ...] [AGGREGATE] PROCEDURE | FUNCTION | TRIGGER | EVENT,
    // or ALTER [DEFINER = ...] EVENT: which program, if any, from the words ahead.
    Program programAhead(bool alter) const
    {
        sqllex::Lexer ahead = m_lexer;
        for (int i = 0; i < 24; ++i) {
            const Token token = ahead.nextSignificant();
            if (token.kind == TokenKind::End || ahead.isPunct(token, u';'))
                return Program::None;
            if (token.kind != TokenKind::Word)
                continue;
            const QStringView word = ahead.textOf(token);
            if (sqllex::isKeyword(word, "EVENT"))
                return Program::Event;
            if (alter) {
                if (isOneOfKeywords(word, {"TABLE", "VIEW", "DATABASE", "SCHEMA", "PROCEDURE",
                                           "FUNCTION", "USER", "SEQUENCE", "SERVER", "INDEX"}))
                    return Program::None;
                continue;
            }
            if (sqllex::isKeyword(word, "PROCEDURE"))
                return Program::Procedure;
            if (sqllex::isKeyword(word, "FUNCTION"))
                return Program::Function;
            if (sqllex::isKeyword(word, "TRIGGER"))
                return Program::Trigger;
            if (isOneOfKeywords(word, {"TABLE", "VIEW", "INDEX", "UNIQUE", "FULLTEXT", "SPATIAL",
                                       "DATABASE", "SCHEMA", "USER", "ROLE", "SEQUENCE", "SERVER",
                                       "TABLESPACE", "TEMPORARY", "PACKAGE", "LOGFILE"}))
                return Program::None;
        }
        return Program::None;
    }

    static bool isOneOfKeywords(QStringView word, std::initializer_list<const char *> keywords)
    {
        for (const char *keyword : keywords)
            if (sqllex::isKeyword(word, keyword))
                return true;
        return false;
    }

    // IF, CASE, LOOP, REPEAT, WHILE at a statement position: opens its block.
    bool compoundOpener(const Token &token, QStringView text)
    {
        if (sqllex::isKeyword(text, "IF")) {
            push(Block::If, token.begin);
            m_statementPosition = false;
            return true;
        }
        if (sqllex::isKeyword(text, "CASE")) {
            push(Block::CaseStatement, token.begin);
            m_statementPosition = false;
            return true;
        }
        if (sqllex::isKeyword(text, "LOOP")) {
            push(Block::Loop, token.begin);
            m_statementPosition = true;
            return true;
        }
        if (sqllex::isKeyword(text, "REPEAT")) {
            push(Block::Repeat, token.begin);
            m_statementPosition = true;
            return true;
        }
        if (sqllex::isKeyword(text, "WHILE")) {
            push(Block::While, token.begin);
            m_statementPosition = false;
            return true;
        }
        return false;
    }

    void word(const Token &token)
    {
        const QStringView text = textOf(token);
        if (m_begin < 0) {
            begin(token);
            firstWord(token, text);
            return;
        }
        if (m_mode == Mode::Header) {
            headerWord(token, text);
            return;
        }
        if (m_mode == Mode::Compound)
            compoundWord(token, text);
    }

    // The words of a stored program's header, until its body starts.
    void headerWord(const Token &token, QStringView text)
    {
        const bool previousWasCharacter = m_previousWasCharacter;
        m_previousWasCharacter = false;
        if (m_parens > 0)
            return; // parameters, a type's length
        if (m_skipNext) {
            m_skipNext = false;
            return;
        }
        switch (m_program) {
        case Program::Trigger:
            // ... FOR EACH ROW [FOLLOWS | PRECEDES other] body
            if (!m_afterRow) {
                m_afterRow = sqllex::isKeyword(text, "ROW");
                return;
            }
            if (sqllex::isKeyword(text, "FOLLOWS") || sqllex::isKeyword(text, "PRECEDES")) {
                m_skipNext = true;
                return;
            }
            break;
        case Program::Event:
            // ... DO body
            if (sqllex::isKeyword(text, "DO"))
                m_afterRow = true;
            else if (!m_afterRow)
                return;
            else
                break;
            return;
        case Program::Procedure:
        case Program::Function:
            if (!m_parametersDone)
                return; // the name, IF NOT EXISTS
            if (m_program == Program::Function && sqllex::isKeyword(text, "RETURNS")) {
                m_skipNext = true; // the type's name
                return;
            }
            if (isOneOfKeywords(text, {"CHARSET", "COLLATE"})) {
                m_skipNext = true;
                return;
            }
            if (sqllex::isKeyword(text, "CHARACTER")) {
                m_previousWasCharacter = true;
                return;
            }
            if (previousWasCharacter && sqllex::isKeyword(text, "SET")) {
                m_skipNext = true;
                return;
            }
            if (isOneOfKeywords(text, {"BINARY", "UNSIGNED", "SIGNED", "ZEROFILL", "PRECISION",
                                       "VARYING", "COMMENT", "LANGUAGE", "SQL", "NOT",
                                       "DETERMINISTIC", "CONTAINS", "NO", "READS", "MODIFIES",
                                       "DATA", "SECURITY", "DEFINER", "INVOKER"}))
                return;
            break;
        case Program::None:
            return;
        }
        // The body starts here, at a statement position.
        m_mode = Mode::Compound;
        m_statementPosition = true;
        compoundWord(token, text);
        if (m_blocks.isEmpty() && !m_statementPosition)
            m_mode = Mode::Plain; // a body of one simple statement: it ends at its `;`
    }

    void compoundWord(const Token &token, QStringView text)
    {
        const bool atPosition = m_statementPosition;
        m_statementPosition = false;
        if (atPosition) {
            // label: BEGIN | LOOP | REPEAT | WHILE
            sqllex::Lexer ahead = m_lexer;
            if (ahead.isPunct(ahead.nextSignificant(), u':')) {
                m_lexer = ahead;
                m_statementPosition = true;
                return;
            }
        }
        if (sqllex::isKeyword(text, "BEGIN")) {
            // Inside a program, BEGIN always opens a block (a transaction is START
            // TRANSACTION there): also a handler's body after DECLARE ... HANDLER FOR.
            push(Block::Begin, token.begin);
            sqllex::Lexer ahead = m_lexer;
            const Token notToken = ahead.nextSignificant();
            const Token atomic = ahead.nextSignificant();
            if (ahead.isKeyword(notToken, "NOT") && ahead.isKeyword(atomic, "ATOMIC"))
                m_lexer = ahead;
            m_statementPosition = true;
            return;
        }
        if (sqllex::isKeyword(text, "END")) {
            // END IF, END CASE, END LOOP, END REPEAT, END WHILE close their block; a bare
            // END closes a BEGIN or a CASE expression.
            const Token next = peek();
            if (next.kind == TokenKind::Word &&
                isOneOfKeywords(textOf(next), {"IF", "CASE", "LOOP", "REPEAT", "WHILE"}))
                take();
            if (!m_blocks.isEmpty())
                m_blocks.removeLast();
            return;
        }
        if (sqllex::isKeyword(text, "CASE")) {
            if (atPosition)
                push(Block::CaseStatement, token.begin);
            else
                push(Block::CaseExpression, token.begin);
            return;
        }
        if (atPosition) {
            if (sqllex::isKeyword(text, "DELIMITER"))
                error(token.begin, [&] { return delimiterMessage(); });
            compoundOpener(token, text);
            return;
        }
        const Block current = top();
        if (isOneOfKeywords(text, {"THEN", "ELSE"}))
            m_statementPosition =
                !m_blocks.isEmpty() && (current == Block::If || current == Block::CaseStatement);
        else if (sqllex::isKeyword(text, "DO"))
            m_statementPosition = !m_blocks.isEmpty() && current == Block::While;
    }

    QStringView m_text;
    const ServerSplitOptions &m_options;
    sqllex::Lexer m_lexer;
    TextLocator m_locator;
    SplitResult m_result;

    // The statement being read.
    qsizetype m_begin = -1;
    Mode m_mode = Mode::Start;
    Program m_program = Program::None;
    QList<OpenBlock> m_blocks;
    int m_parens = 0;
    bool m_statementPosition = false;
    bool m_parametersDone = false;
    bool m_skipNext = false;
    bool m_afterRow = false; // a trigger's FOR EACH ROW, an event's DO
    bool m_previousWasCharacter = false;
    bool m_openedBlock = false; // a BEGIN, IF, CASE, LOOP, ... opened a level
    bool m_stopped = false;     // the statement at stopAfterStatementAt has ended
};

} // namespace

SplitResult ServerGrammarSplitter::split(QStringView text, const ServerSplitOptions &options)
{
    return Splitter(text, options).run();
}

bool ServerGrammarSplitter::startsCompound(QStringView text, const sqllex::LexRules &rules)
{
    ServerSplitOptions options;
    options.rules = rules;
    options.diagnostics = false;
    return Splitter(text, options).startsCompound();
}

} // namespace backstep
