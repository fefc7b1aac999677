#include "core/formats/liquibasereader.h"

#include "core/formats/sectiontext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

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

const QRegularExpression &headerPattern()
{
    static const QRegularExpression pattern =
        lineRegex(R"(^\x{feff}?--\s*liquibase\s+formatted\s+sql\b)");
    return pattern;
}

const QRegularExpression &changesetPattern()
{
    static const QRegularExpression pattern =
        lineRegex(R"re(^--\s*changeset\s+(?:"([^"]+)"|([^\s:]+)):("[^"]+"|\S+)\s*(.*)$)re");
    return pattern;
}

const QRegularExpression &changesetLinePattern()
{
    static const QRegularExpression pattern = lineRegex(R"(^--\s*changeset\b)");
    return pattern;
}

const QRegularExpression &rollbackPattern()
{
    static const QRegularExpression pattern = lineRegex(R"(^--\s*rollback\b ?(.*)$)");
    return pattern;
}

const QRegularExpression &blockOpenPattern()
{
    static const QRegularExpression pattern = lineRegex(R"(^/\*\s*liquibase\s+rollback\b(.*)$)");
    return pattern;
}

// Lines Liquibase reads as directives and never sends: --comment:, preconditions,
// --validCheckSum, --ignoreLines and the like.
const QRegularExpression &directivePattern()
{
    static const QRegularExpression pattern = lineRegex(
        R"(^--\s*(comment|precondition[\w-]*|validCheckSum|ignoreLines|property|include\w*)\b\s*:?\s*(.*)$)");
    return pattern;
}

// The rollback text gathered from --rollback lines and rollback blocks, with where each
// of its lines comes from, so that statements keep their file locations.
struct RollbackText
{
    QString text;
    struct Piece
    {
        qsizetype textOffset;
        qsizetype fileOffset;
        int line;
        int column; // 1-based column of the piece's first character
    };
    QList<Piece> pieces;
    int firstLine = 0;
    int lastLine = 0;

    void add(const TextLine &line, qsizetype column)
    {
        if (pieces.isEmpty())
            firstLine = line.number;
        lastLine = line.number;
        pieces.append({text.size(), line.begin + column, line.number, int(column) + 1});
        text += line.text.sliced(column);
        text += u'\n';
    }

    const Piece &pieceAt(qsizetype offset) const
    {
        qsizetype i = pieces.size() - 1;
        while (i > 0 && pieces[i].textOffset > offset)
            --i;
        return pieces[i];
    }

    // Moves a statement found in `text` to where it stands in the file.
    void locate(Statement &statement, const QString &path) const
    {
        const Piece &start = pieceAt(statement.beginOffset);
        statement.start = {path, start.line,
                           start.column + int(statement.beginOffset - start.textOffset)};
        const Piece &end = pieceAt(qMax<qsizetype>(0, statement.endOffset - 1));
        statement.endLine = end.line;
        statement.beginOffset = start.fileOffset + (statement.beginOffset - start.textOffset);
        statement.endOffset = end.fileOffset + (statement.endOffset - end.textOffset);
    }
};

struct Changeset
{
    Migration migration;
    int line = 0;
    QString endDelimiter = QStringLiteral(";");
    bool split = true;
    QString rollbackDelimiter = QStringLiteral(";");
    bool rollbackSplit = true;
    QList<TextRange> upRuns;
    RollbackText rollback;
    bool rollbackNotRequired = false;
    bool rollbackEmpty = false;
};

QString unquote(QString text)
{
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        return text.sliced(1, text.size() - 2);
    return text;
}

void applyAttributes(Changeset &changeset, const QString &attributes)
{
    static const QRegularExpression attribute(QStringLiteral(R"re((\w+):("[^"]*"|\S+))re"));
    for (auto it = attribute.globalMatch(attributes); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1);
        const QString value = unquote(match.captured(2));
        changeset.migration.options.append(name + u':' + value);
        if (name.compare(u"endDelimiter", Qt::CaseInsensitive) == 0)
            changeset.endDelimiter = value;
        else if (name.compare(u"splitStatements", Qt::CaseInsensitive) == 0)
            changeset.split = value.compare(u"false", Qt::CaseInsensitive) != 0;
        else if (name.compare(u"rollbackEndDelimiter", Qt::CaseInsensitive) == 0)
            changeset.rollbackDelimiter = value;
        else if (name.compare(u"rollbackSplitStatements", Qt::CaseInsensitive) == 0)
            changeset.rollbackSplit = value.compare(u"false", Qt::CaseInsensitive) != 0;
    }
}

void finish(Changeset &changeset, const SourceFile &file, MigrationSet &set)
{
    Migration &migration = changeset.migration;
    migration.up.present = true;
    migration.up.file = file.path;
    for (const TextRange &run : std::as_const(changeset.upRuns))
        addRange(migration.up, file.path, file.text, run, !changeset.split, changeset.endDelimiter);

    if (changeset.rollbackNotRequired) {
        migration.irreversibleNote =
            Tr::tr("the changeset says --rollback not required: Liquibase does not undo it");
    } else if (changeset.rollbackEmpty) {
        migration.down.present = true;
        migration.down.file = file.path;
        migration.irreversibleNote =
            Tr::tr("the changeset's rollback is declared empty (--rollback empty)");
    } else if (!changeset.rollback.pieces.isEmpty()) {
        MigrationSection &down = migration.down;
        down.present = true;
        down.file = file.path;
        const RollbackText &rollback = changeset.rollback;
        down.ranges.append({rollback.firstLine, rollback.lastLine,
                            rollback.pieces.first().fileOffset,
                            rollback.pieces.first().fileOffset});
        Statements statements;
        Diagnostics errors;
        if (changeset.rollbackSplit) {
            SplitOptions options;
            options.fileName = file.path;
            options.delimiter = changeset.rollbackDelimiter;
            SplitResult split = StatementSplitter::split(rollback.text, options);
            statements = split.statements;
            for (Diagnostic &error : split.errors) {
                const auto &piece = rollback.pieces[qMin<qsizetype>(
                    qMax(0, error.location.line - 1), rollback.pieces.size() - 1)];
                error.location = {file.path, piece.line, piece.column + error.location.column - 1};
                errors.append(error);
            }
        } else {
            Statement whole =
                wholeStatement(file.path, rollback.text,
                               {1, int(rollback.pieces.size()), 0, rollback.text.size()});
            if (!whole.sql.isEmpty())
                statements.append(whole);
        }
        for (Statement &statement : statements)
            rollback.locate(statement, file.path);
        down.statements = statements;
        down.errors = errors;
        if (!statements.isEmpty())
            down.ranges.last().endOffset = statements.last().endOffset;
    } else {
        migration.irreversibleNote =
            Tr::tr("the changeset has no --rollback: Liquibase cannot undo raw SQL by itself");
    }
    set.migrations.append(std::move(migration));
}

} // namespace

bool LiquibaseReader::claims(const SourceFile &file) const
{
    const qsizetype feed = file.text.indexOf(u'\n');
    return headerPattern()
        .matchView(QStringView(file.text).first(feed < 0 ? file.text.size() : feed))
        .hasMatch();
}

void LiquibaseReader::read(const QList<SourceFile> &files, MigrationSet &set) const
{
    set.versionOrdered = false;
    for (const SourceFile &file : files) {
        if (!claims(file)) {
            set.errors.append({{file.path, 1, 1},
                               Tr::tr("not a Liquibase formatted SQL file: its first line must be "
                                      "--liquibase formatted sql")});
            continue;
        }
        readFile(file, set);
    }
}

void LiquibaseReader::readFile(const SourceFile &file, MigrationSet &set) const
{
    std::optional<Changeset> current;
    std::optional<TextRange> run;
    bool inBlock = false;
    int blockLine = 0;
    const QString baseName = QFileInfo(file.path).completeBaseName();

    auto closeRun = [&] {
        if (run && current)
            current->upRuns.append(*run);
        run.reset();
    };
    auto addRollbackLine = [&](const TextLine &line, qsizetype column) {
        const QStringView rest = line.text.sliced(column).trimmed();
        if (current->rollback.pieces.isEmpty() &&
            rest.compare(u"not required", Qt::CaseInsensitive) == 0) {
            current->rollbackNotRequired = true;
            return;
        }
        if (current->rollback.pieces.isEmpty() &&
            rest.compare(u"empty", Qt::CaseInsensitive) == 0) {
            current->rollbackEmpty = true;
            return;
        }
        current->rollback.add(line, column);
    };

    const QList<TextLine> lines = linesOf(file.text);
    for (const TextLine &line : lines) {
        if (line.number == 1)
            continue; // the header
        if (inBlock) {
            const qsizetype close = line.text.indexOf(u"*/");
            if (close < 0) {
                current->rollback.add(line, 0);
                continue;
            }
            if (!line.text.first(close).trimmed().isEmpty()) {
                TextLine head = line;
                head.text = line.text.first(close);
                current->rollback.add(head, 0);
            }
            inBlock = false;
            continue;
        }
        if (changesetLinePattern().matchView(line.text).hasMatch()) {
            closeRun();
            if (current)
                finish(*current, file, set);
            current.reset();
            const auto match = changesetPattern().matchView(line.text);
            if (!match.hasMatch()) {
                set.errors.append({{file.path, line.number, 1},
                                   Tr::tr("cannot read the changeset (expected --changeset "
                                          "author:id [attribute:value ...])")});
                continue;
            }
            current.emplace();
            current->line = line.number;
            Migration &migration = current->migration;
            migration.author = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
            migration.version = unquote(match.captured(3));
            migration.name = baseName;
            migration.files = {file.path};
            applyAttributes(*current, match.captured(4));
            continue;
        }
        const auto rollback = rollbackPattern().matchView(line.text);
        const auto blockOpen = blockOpenPattern().matchView(line.text);
        if (!current) {
            if (rollback.hasMatch() || blockOpen.hasMatch())
                set.errors.append(
                    {{file.path, line.number, 1}, Tr::tr("a rollback outside any changeset")});
            continue; // text before the first changeset is not run by Liquibase
        }
        if (rollback.hasMatch()) {
            closeRun();
            addRollbackLine(line, rollback.capturedStart(1));
            continue;
        }
        if (blockOpen.hasMatch()) {
            closeRun();
            inBlock = true;
            blockLine = line.number;
            const qsizetype column = blockOpen.capturedStart(1);
            const QStringView rest = line.text.sliced(column);
            const qsizetype close = rest.indexOf(u"*/");
            TextLine head = line;
            head.text = close < 0 ? line.text : line.text.first(column + close);
            if (!head.text.sliced(column).trimmed().isEmpty())
                current->rollback.add(head, column);
            inBlock = close < 0;
            continue;
        }
        if (const auto directive = directivePattern().matchView(line.text); directive.hasMatch()) {
            closeRun();
            if (directive.captured(1).compare(u"comment", Qt::CaseInsensitive) == 0 &&
                current->migration.name == baseName)
                current->migration.name = directive.captured(2).trimmed();
            continue;
        }
        if (!run)
            run = rangeOfLines(line, line);
        else {
            run->lastLine = line.number;
            run->endOffset = line.end;
        }
    }
    closeRun();
    if (inBlock)
        set.errors.append(
            {{file.path, blockLine, 1}, Tr::tr("/* liquibase rollback without its closing */")});
    if (current)
        finish(*current, file, set);
}

} // namespace backstep
