#include "core/formats/liquibasereader.h"

#include "core/formats/liquibasesplitter.h"
#include "core/formats/sectiontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <optional>
#include <utility>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiquibaseReader)
};

QRegularExpression lineRegex(const char *pattern)
{
    return QRegularExpression(QLatin1StringView(pattern),
                              QRegularExpression::CaseInsensitiveOption);
}

// Liquibase's own patterns (AbstractFormattedChangeLogParser), case-insensitive.
const QRegularExpression &headerPattern()
{
    static const QRegularExpression pattern =
        lineRegex(R"(^\x{feff}?\s*--\s*liquibase\s*formatted.*$)");
    return pattern;
}

const QRegularExpression &changesetLinePattern()
{
    static const QRegularExpression pattern = lineRegex(R"(^\s*--[\s]*changeset\b)");
    return pattern;
}

const QRegularExpression &changesetPattern()
{
    static const QRegularExpression pattern =
        lineRegex(R"re(^\s*--[\s]*changeset\s+("[^"]+"|[^:]+):(\s*)("[^"]+"|\S+)(.*)$)re");
    return pattern;
}

const QRegularExpression &rollbackPattern()
{
    static const QRegularExpression pattern = lineRegex(R"(^\s*--[\s]*rollback (.*)$)");
    return pattern;
}

const QRegularExpression &blockOpenPattern()
{
    static const QRegularExpression pattern = lineRegex(R"(^\s*/\*\s*liquibase\s*rollback\s*$)");
    return pattern;
}

const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern = lineRegex(
        R"(^\s*changesetId:\s*(\S+)\s+changesetAuthor:\s*("[^"]+"|\S+)(?:\s+changesetPath:\s*(\S+))?\s*$)");
    return pattern;
}

// Lines Liquibase reads as directives and never sends: --comment:, preconditions,
// --validCheckSum, --ignoreLines and the like.
const QRegularExpression &directivePattern()
{
    static const QRegularExpression pattern = lineRegex(
        R"(^\s*--\s*(comment|precondition[\w-]*|validCheckSum|ignoreLines|property|include\w*)\b\s*:?\s*(.*)$)");
    return pattern;
}

QString unquote(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        return text.sliced(1, text.size() - 2);
    return text;
}

// How a line starts, as far as Liquibase's line patterns (all anchored at the line's start:
// blanks, then "--" and a word, or "/*") could match it; each pattern still decides.
struct LineStart
{
    bool dashes = false;       // blanks, then "--"
    QStringView word;          // after the "--" and blanks: letters, digits, '_' and '-'
    bool blockComment = false; // blanks, then "/*"

    // The word begins with `prefix` (case-insensitively) after "--".
    bool isWord(QLatin1StringView prefix) const
    {
        return dashes && word.startsWith(prefix, Qt::CaseInsensitive);
    }
    // A word of directivePattern(): --comment, --preconditions..., --validCheckSum, ...
    bool isDirective() const
    {
        for (const char *directive :
             {"comment", "precondition", "validCheckSum", "ignoreLines", "property", "include"})
            if (isWord(QLatin1StringView(directive)))
                return true;
        return false;
    }
};

LineStart lineStart(QStringView line)
{
    // QChar::isSpace takes every blank a pattern's \s takes, and more: a line it lets
    // through can still fail the pattern, none that could match is held back.
    qsizetype at = 0;
    while (at < line.size() && line[at].isSpace())
        ++at;
    LineStart start;
    if (line.sliced(at).startsWith(u"/*")) {
        start.blockComment = true;
        return start;
    }
    if (!line.sliced(at).startsWith(u"--"))
        return start;
    start.dashes = true;
    at += 2;
    while (at < line.size() && line[at].isSpace())
        ++at;
    qsizetype end = at;
    while (end < line.size() &&
           (line[end].isLetterOrNumber() || line[end] == u'_' || line[end] == u'-'))
        ++end;
    start.word = line.sliced(at, end - at);
    return start;
}

bool isTrue(const QString &value)
{
    return value.compare(u"false", Qt::CaseInsensitive) != 0;
}

struct Changeset
{
    Migration migration;
    int line = 0;
    LiquibaseSplitter::Options up;
    LiquibaseSplitter::Options down;
    bool runInTransaction = true;
    JoinedText body;
    JoinedText rollback;
    QString declared; // "empty", "not required"
    QString referenceId;
    QString referenceAuthor;
    QString referencePath;
    int referenceLine = 0;
};

struct Reference
{
    qsizetype migration; // index in set.migrations
    QString id;
    QString author;
    QString path;
    SourceLocation where;
};

void applyAttributes(Changeset &changeset, const QString &attributes)
{
    static const QRegularExpression attribute(QStringLiteral(R"re((\w+):("[^"]*"|\S*))re"));
    for (auto it = attribute.globalMatch(attributes); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1).toLower();
        const QString value = unquote(match.captured(2));
        changeset.migration.options.append(match.captured(1) + u':' + value);
        if (name == u"enddelimiter")
            changeset.up.endDelimiter = value;
        else if (name == u"splitstatements")
            changeset.up.splitStatements = isTrue(value);
        else if (name == u"stripcomments")
            changeset.up.stripComments = changeset.down.stripComments = isTrue(value);
        else if (name == u"rollbackenddelimiter")
            changeset.down.endDelimiter = value;
        else if (name == u"rollbacksplitstatements")
            changeset.down.splitStatements = isTrue(value);
        else if (name == u"runintransaction")
            changeset.runInTransaction = isTrue(value);
    }
}

// The changelog parameters Liquibase would expand (`${name}`), from liquibase.properties
// next to the changelog (`parameter.name=value`).
QHash<QString, QString> parametersIn(const QString &folder)
{
    QHash<QString, QString> parameters;
    QFile file(QDir(folder).filePath(QStringLiteral("liquibase.properties")));
    if (!file.open(QIODevice::ReadOnly))
        return parameters;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(QLatin1StringView("parameter.")))
            continue;
        const qsizetype separator = trimmed.indexOf(QRegularExpression(QStringLiteral("[=:]")));
        if (separator > 10)
            parameters.insert(trimmed.sliced(10, separator - 10).trimmed(),
                              trimmed.sliced(separator + 1).trimmed());
    }
    return parameters;
}

// Statements from a changeset's pieces as Liquibase split them; `${name}` expanded.
Statements statementsOf(const JoinedText &text, const QList<LiquibaseSplitter::Piece> &pieces,
                        const QString &path, const QHash<QString, QString> &parameters,
                        Diagnostics &errors)
{
    static const QRegularExpression parameter(QStringLiteral(R"(\$\{([^}]*)\})"));
    Statements statements;
    statements.reserve(pieces.size()); // at most one each: no growth of a million
    for (const LiquibaseSplitter::Piece &piece : pieces) {
        Statement statement;
        statement.sql = piece.sql;
        if (statement.sql.endsWith(u';')) // sent alone, "X;" is "X" to the server
            statement.sql = statement.sql.chopped(1).trimmed();
        statement.beginOffset = piece.begin;
        statement.endOffset = piece.end;
        text.locate(statement, path);
        // Only a string, a quoted name or a comment can be left open: the lexer skips the
        // plain text between them (words, blanks) without making tokens of it, which was
        // most of reading a changeset of a million statements.
        sqllex::Lexer lexer(statement.sql);
        lexer.skipPlain();
        for (sqllex::Token token = lexer.next(); token.kind != sqllex::TokenKind::End;
             lexer.skipPlain(), token = lexer.next())
            if (!token.closed) {
                errors.append(
                    {statement.start, token.kind == sqllex::TokenKind::String
                                          ? Tr::tr("unterminated string")
                                          : Tr::tr("unterminated quoted identifier or comment")});
                break;
            }
        // The pattern only where it can match: a million statements, a microsecond each.
        const bool mentionsParameter = statement.sql.contains(QLatin1StringView("${"));
        for (auto it = mentionsParameter ? parameter.globalMatch(statement.sql)
                                         : QRegularExpressionMatchIterator();
             it.hasNext();) {
            const auto match = it.next();
            if (parameters.contains(match.captured(1)))
                continue;
            errors.append({statement.start,
                           Tr::tr("Liquibase replaces %1 before it runs this, and its value is "
                                  "not in liquibase.properties (parameter.%2=...)")
                               .arg(match.captured(0), match.captured(1))});
        }
        for (auto it = parameters.cbegin(); mentionsParameter && it != parameters.cend(); ++it)
            statement.sql.replace(QStringLiteral("${%1}").arg(it.key()), it.value());
        if (!statement.sql.isEmpty())
            statements.append(std::move(statement));
    }
    return statements;
}

// Where Liquibase's splitting cut a statement the server reads as one (a routine whose
// END IF closed the counted BEGIN): a warning at the cut. A piece is read by the server's
// grammar, from its start to the end of the statement that reaches the piece's end, when
// it may hold or start a compound statement: its BEGIN was counted (it can hold several
// statements, a routine among them), or the grammar reads its first words as the start of
// one. Every other piece is one plain statement to the server as to Liquibase, and is not
// read again: reading the whole changeset by the server's grammar cost as much as reading
// it.
void warnAboutCuts(const JoinedText &text, const QList<LiquibaseSplitter::Piece> &pieces,
                   const QString &path, MigrationSection &section)
{
    static const QRegularExpression begin(QStringLiteral(R"(\bBEGIN\b)"),
                                          QRegularExpression::CaseInsensitiveOption);
    ServerSplitOptions compoundOnly;
    compoundOnly.compoundOnly = true;
    compoundOnly.diagnostics = false;
    for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
        const LiquibaseSplitter::Piece &piece = pieces[i];
        if (!piece.countedBegin && !ServerGrammarSplitter::startsCompound(piece.sql))
            continue;
        const qsizetype pieceEnd = piece.end - piece.begin;
        compoundOnly.stopAfterStatementAt = pieceEnd;
        const SplitResult read =
            ServerGrammarSplitter::split(text.text().sliced(piece.begin), compoundOnly);
        // Offsets from the piece's start. A compound statement that goes on past the
        // piece's end (its `;` included) was cut there.
        for (const Statement &whole : read.statements) {
            if (whole.beginOffset >= pieceEnd || pieceEnd >= whole.endOffset - 1 ||
                !begin.matchView(whole.sql).hasMatch())
                continue;
            section.warnings.append(
                {text.locationAt(path, pieces[i + 1].begin),
                 Tr::tr("Liquibase cuts the statement that starts on line %1 here: its "
                        "BEGIN/END counting ends the block at an END IF, END CASE or END "
                        "LOOP, so it sends the routine in pieces, which the server rejects; "
                        "give the changeset an endDelimiter")
                     .arg(text.locationAt(path, piece.begin + whole.beginOffset).line)});
            return;
        }
    }
}

// A changeset's text (its body or its rollback) as the statements of `section`, with
// the cut warning where Liquibase's own splitting decides.
void readStatements(const JoinedText &text, const LiquibaseSplitter::Options &options,
                    const QString &path, const QHash<QString, QString> &parameters,
                    MigrationSection &section)
{
    const QList<LiquibaseSplitter::Piece> pieces = LiquibaseSplitter::split(text.text(), options);
    section.statements = statementsOf(text, pieces, path, parameters, section.errors);
    if (options.splitStatements && options.endDelimiter.isEmpty())
        warnAboutCuts(text, pieces, path, section);
}

void finish(Changeset &changeset, const SourceFile &file, MigrationSet &set,
            QList<Reference> &references, const QHash<QString, QString> &parameters)
{
    Migration &migration = changeset.migration;
    const QString execution = changeset.runInTransaction
                                  ? Tr::tr("statement by statement, in a transaction (DDL "
                                           "commits implicitly all the same)")
                                  : Tr::tr("statement by statement, no transaction "
                                           "(runInTransaction:false)");
    MigrationSection &up = migration.up;
    up.present = true;
    up.file = file.path;
    up.execution = execution;
    if (!changeset.body.isEmpty()) {
        up.ranges.append(changeset.body.range());
        readStatements(changeset.body, changeset.up, file.path, parameters, up);
    }

    MigrationSection &down = migration.down;
    down.file = file.path;
    down.execution = execution;
    if (!changeset.declared.isEmpty()) {
        down.present = true;
        migration.declaredNoOp =
            Tr::tr("changeset %1 by %2 declares its rollback %3 (--rollback %3): nothing runs, "
                   "its row in DATABASECHANGELOG is removed as Liquibase does")
                .arg(migration.version, migration.author, changeset.declared);
    } else if (!changeset.referenceId.isEmpty()) {
        down.present = true;
        references.append({set.migrations.size(),
                           changeset.referenceId,
                           changeset.referenceAuthor,
                           changeset.referencePath,
                           {file.path, changeset.referenceLine, 1}});
    } else if (!changeset.rollback.isEmpty()) {
        down.present = true;
        down.ranges.append(changeset.rollback.range());
        readStatements(changeset.rollback, changeset.down, file.path, parameters, down);
    } else {
        migration.irreversibleNote =
            Tr::tr("the changeset has no --rollback: Liquibase cannot undo raw SQL by itself");
    }
    set.migrations.append(std::move(migration));
}

void readFile(const SourceFile &file, MigrationSet &set, QList<Reference> &references,
              const QHash<QString, QString> &parameters)
{
    std::optional<Changeset> current;
    bool inBlock = false;
    int blockLine = 0;
    bool headerSeen = false;
    const QString baseName = QFileInfo(file.path).completeBaseName();

    for (const TextLine &line : Lines(file.text)) {
        if (!headerSeen) {
            if (line.text.trimmed().isEmpty())
                continue;
            headerSeen = true; // claims() checked that it is the header
            continue;
        }
        // A block is opened only inside a changeset (`current` is set while it lasts).
        if (inBlock && current) {
            // Liquibase joins a rollback block's lines without line feeds.
            const QStringView trimmed = line.text.trimmed();
            if (trimmed.contains(u"--"))
                current->migration.down.warnings.append(
                    {{file.path, line.number, int(line.text.indexOf(u"--")) + 1},
                     Tr::tr("a -- comment inside a liquibase rollback block: Liquibase joins the "
                            "block's lines without line feeds, so the comment runs to the end "
                            "of the block and swallows what follows")});
            if (trimmed.endsWith(u"*/")) {
                TextLine head = line;
                head.text = line.text.first(line.text.lastIndexOf(u"*/"));
                if (!head.text.trimmed().isEmpty())
                    current->rollback.add(head, 0, false);
                inBlock = false;
            } else {
                current->rollback.add(line, 0, false);
            }
            continue;
        }
        // Every pattern below starts its line with "--" and a word after it (or, for the
        // rollback block's opening, with "/*"): a pattern is tried only on a line that
        // starts so and names the pattern's word (most lines are SQL, many are comments).
        const LineStart start = lineStart(line.text);
        if (start.isWord(QLatin1StringView("changeset")) &&
            changesetLinePattern().matchView(line.text).hasMatch()) {
            if (current)
                finish(*current, file, set, references, parameters);
            current.reset();
            const auto match = changesetPattern().matchView(line.text);
            if (!match.hasMatch() || unquote(match.captured(3)).isEmpty()) {
                set.errors.append({{file.path, line.number, 1},
                                   Tr::tr("cannot read the changeset (expected --changeset "
                                          "author:id [attribute:value ...])")});
                continue;
            }
            if (!match.captured(2).isEmpty()) {
                set.errors.append(
                    {{file.path, line.number, int(match.capturedStart(2)) + 1},
                     Tr::tr("a blank between ':' and the changeset's id: Liquibase refuses it")});
                continue;
            }
            current.emplace();
            current->line = line.number;
            Migration &migration = current->migration;
            migration.author = unquote(match.captured(1));
            migration.version = unquote(match.captured(3));
            migration.name = baseName;
            migration.files = {file.path};
            applyAttributes(*current, match.captured(4));
            continue;
        }
        // Matched only on a line that starts with "--rollback": even an empty
        // QRegularExpressionMatch allocates (and a default pattern with it).
        std::optional<QRegularExpressionMatch> rollbackMatch;
        if (start.isWord(QLatin1StringView("rollback")))
            rollbackMatch = rollbackPattern().matchView(line.text);
        const bool isRollback = rollbackMatch && rollbackMatch->hasMatch();
        const bool blockOpen =
            start.blockComment && blockOpenPattern().matchView(line.text).hasMatch();
        if (!current) {
            if (isRollback || blockOpen)
                set.errors.append(
                    {{file.path, line.number, 1}, Tr::tr("a rollback outside any changeset")});
            continue; // text before the first changeset is not run by Liquibase
        }
        if (isRollback) {
            const QRegularExpressionMatch &rollback = *rollbackMatch;
            const QString rest = rollback.captured(1).trimmed();
            if (current->rollback.isEmpty() &&
                (rest.compare(u"not required", Qt::CaseInsensitive) == 0 ||
                 rest.compare(u"empty", Qt::CaseInsensitive) == 0)) {
                current->declared = rest.toLower();
                continue;
            }
            if (const auto reference = referencePattern().match(rest); reference.hasMatch()) {
                current->referenceId = reference.captured(1);
                current->referenceAuthor = unquote(reference.captured(2));
                current->referencePath = reference.captured(3);
                current->referenceLine = line.number;
                continue;
            }
            current->rollback.add(line, rollback.capturedStart(1));
            continue;
        }
        if (blockOpen) {
            inBlock = true;
            blockLine = line.number;
            continue;
        }
        if (start.isDirective()) {
            if (const auto directive = directivePattern().matchView(line.text);
                directive.hasMatch()) {
                if (directive.captured(1).compare(u"comment", Qt::CaseInsensitive) == 0 &&
                    current->migration.name == baseName)
                    current->migration.name = directive.captured(2).trimmed();
                continue;
            }
        }
        current->body.add(line);
    }
    if (inBlock)
        set.errors.append({{file.path, blockLine, 1},
                           Tr::tr("/* liquibase rollback without its closing */: the block runs "
                                  "to the end of the file")});
    if (current)
        finish(*current, file, set, references, parameters);
}

} // namespace

bool LiquibaseReader::claims(const SourceFile &file) const
{
    if (!file.isTopLevelSql())
        return false;
    // Only the first line that is not blank decides: a 100 MB file is not cut into lines
    // to find it.
    const std::optional<TextLine> first = firstNonBlankLine(file.text);
    return first && headerPattern().matchView(first->text).hasMatch();
}

void LiquibaseReader::read(const QList<SourceFile> &files, MigrationSet &set,
                           const ReadContext &) const
{
    set.versionOrdered = false;
    const QHash<QString, QString> parameters = parametersIn(set.folder);
    QList<Reference> references;
    for (const SourceFile &file : files) {
        if (!file.isTopLevelSql())
            continue;
        if (!claims(file)) {
            set.errors.append({{file.path, 1, 1},
                               Tr::tr("not a Liquibase formatted SQL file: its first line that is "
                                      "not blank must be --liquibase formatted sql")});
            continue;
        }
        readFile(file, set, references, parameters);
    }
    // --rollback changesetId:x changesetAuthor:y: the other changeset's changes undo it.
    for (const Reference &reference : std::as_const(references)) {
        const Migration *target = nullptr;
        for (const Migration &migration : std::as_const(set.migrations))
            if (migration.version == reference.id && migration.author == reference.author &&
                (reference.path.isEmpty() || migration.files.value(0).endsWith(reference.path)))
                target = &migration;
        Migration &migration = set.migrations[reference.migration];
        if (!target) {
            migration.down.errors.append(
                {reference.where,
                 Tr::tr("the rollback names changeset %1 by %2, which is not in the changelog")
                     .arg(reference.id, reference.author)});
            continue;
        }
        migration.down.statements = target->up.statements;
        migration.down.ranges = target->up.ranges;
        migration.down.file = target->up.file;
    }
}

} // namespace backstep
