#include "core/formats/goosereader.h"

#include "core/formats/linestatements.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GooseReader)
};

enum class Annotation {
    None,
    Up,
    Down,
    StatementBegin,
    StatementEnd,
    NoTransaction,
    EnvsubOn,
    EnvsubOff,
    Unknown
};

bool isAnnotationLine(QStringView line)
{
    return line.trimmed().startsWith(u"--") && line.contains(u"+goose");
}

Annotation annotationOf(QStringView line)
{
    QString text = line.trimmed().sliced(2).trimmed().toString();
    if (!text.startsWith(u"+goose"))
        return Annotation::Unknown;
    const QString command = text.sliced(6).simplified().toLower();
    if (command == u"up")
        return Annotation::Up;
    if (command == u"down")
        return Annotation::Down;
    if (command == u"statementbegin")
        return Annotation::StatementBegin;
    if (command == u"statementend")
        return Annotation::StatementEnd;
    if (command == u"no transaction")
        return Annotation::NoTransaction;
    if (command == u"envsub on")
        return Annotation::EnvsubOn;
    if (command == u"envsub off")
        return Annotation::EnvsubOff;
    return Annotation::Unknown;
}

bool hasVariable(QStringView text)
{
    static const QRegularExpression variable(QStringLiteral(R"(\$(\{[A-Za-z_]|[A-Za-z_]))"));
    return variable.matchView(text).hasMatch();
}

void readFile(const SourceFile &file, Migration &migration, const ReadContext &context)
{
    enum class State { Start, Up, Down };
    State state = State::Start;
    bool inBlock = false;
    int blockLine = 0;
    bool envsub = false;
    bool noTransaction = false;
    JoinedText chunk;
    Diagnostics errors;
    const QString &path = file.path;
    auto error = [&](int line, const QString &message) {
        errors.append({{path, line, line > 0 ? 1 : 0}, message});
    };
    auto section = [&]() -> MigrationSection & {
        return state == State::Down ? migration.down : migration.up;
    };
    auto emitChunk = [&] {
        if (envsub && hasVariable(chunk.text()))
            error(chunk.range().firstLine,
                  Tr::tr("goose replaces ${VAR} here from its own environment at deploy time "
                         "(-- +goose ENVSUB ON): Backstep cannot know the value it had"));
        addChunk(section(), path, chunk, QStringLiteral("goose"), context.rules);
        chunk.clear();
    };
    auto unfinished = [&](int line) {
        if (!chunk.isBlank())
            error(line, Tr::tr("an unfinished statement (from line %1): goose wants a ';' at the "
                               "end of its last line (missing semicolon?)")
                            .arg(chunk.range().firstLine));
        chunk.clear();
    };

    for (const TextLine &line : Lines(file.text)) {
        if (state == State::Start && line.text.trimmed().isEmpty())
            continue;
        if (isAnnotationLine(line.text)) {
            if (!line.text.startsWith(u"--")) {
                error(line.number, Tr::tr("a goose annotation must start at the beginning of "
                                          "the line: goose refuses this file"));
                continue;
            }
            switch (annotationOf(line.text)) {
            case Annotation::Up:
                if (state != State::Start)
                    error(line.number, Tr::tr("a second '-- +goose Up': goose refuses this file"));
                state = State::Up;
                migration.up.present = true;
                migration.up.file = path;
                break;
            case Annotation::Down:
                if (state == State::Start) {
                    error(line.number, Tr::tr("'-- +goose Down' before '-- +goose Up': goose "
                                              "refuses this file"));
                } else if (inBlock) {
                    error(line.number, Tr::tr("'-- +goose Down' inside a StatementBegin block "
                                              "(line %1)")
                                           .arg(blockLine));
                    inBlock = false;
                }
                unfinished(line.number);
                state = State::Down;
                migration.down.present = true;
                migration.down.file = path;
                break;
            case Annotation::StatementBegin:
                if (state == State::Start)
                    error(line.number, Tr::tr("'-- +goose StatementBegin' before '-- +goose Up'"));
                else if (inBlock)
                    error(line.number, Tr::tr("'-- +goose StatementBegin' inside a block (line %1)")
                                           .arg(blockLine));
                unfinished(line.number);
                inBlock = true;
                blockLine = line.number;
                break;
            case Annotation::StatementEnd:
                if (!inBlock) {
                    error(line.number,
                          Tr::tr("'-- +goose StatementEnd' without '-- +goose StatementBegin'"));
                    break;
                }
                emitChunk();
                inBlock = false;
                break;
            case Annotation::NoTransaction:
                noTransaction = true;
                break;
            case Annotation::EnvsubOn:
                envsub = true;
                break;
            case Annotation::EnvsubOff:
                envsub = false;
                break;
            case Annotation::Unknown:
            case Annotation::None:
                error(line.number,
                      Tr::tr("an annotation goose does not know (Up, Down, StatementBegin, "
                             "StatementEnd, NO TRANSACTION, ENVSUB ON, ENVSUB OFF): goose refuses "
                             "this file"));
                break;
            }
            continue;
        }
        // Blank lines and comments before a statement are not part of it.
        if (chunk.isEmpty() && (line.text.trimmed().startsWith(u"--") || line.text.isEmpty()))
            continue;
        if (state == State::Start) {
            error(line.number,
                  Tr::tr("a statement before '-- +goose Up': goose refuses this file"));
            continue;
        }
        chunk.add(line);
        if (!inBlock && endsWithSemicolon(line.text))
            emitChunk();
    }
    if (state == State::Start)
        error(0, Tr::tr("no '-- +goose Up' annotation: goose refuses this file"));
    if (inBlock) {
        error(blockLine, Tr::tr("'-- +goose StatementBegin' without '-- +goose StatementEnd': the "
                                "block runs to the end of the file"));
        chunk.clear();
    }
    unfinished(chunk.isEmpty() ? 0 : chunk.range().lastLine);

    const QString execution =
        noTransaction ? Tr::tr("statement by statement, no transaction (-- +goose NO TRANSACTION)")
                      : Tr::tr("statement by statement, in one transaction with the history "
                               "update (DDL commits implicitly all the same)");
    migration.up.execution = execution;
    migration.down.execution = execution;
    if (noTransaction)
        migration.options.append(QStringLiteral("NO TRANSACTION"));
    migration.up.errors.append(errors);
}

} // namespace

bool GooseReader::claims(const SourceFile &file) const
{
    if (!file.isTopLevelSql())
        return false;
    for (const TextLine &line : Lines(file.text))
        if (isAnnotationLine(line.text)) {
            const Annotation annotation = annotationOf(line.text);
            if (annotation == Annotation::Up || annotation == Annotation::Down)
                return true;
        }
    return false;
}

void GooseReader::read(const QList<SourceFile> &files, MigrationSet &set,
                       const ReadContext &context) const
{
    static const QRegularExpression name(QStringLiteral(R"(^(\d+)_(.*)\.sql$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const SourceFile &file : files) {
        if (!file.isTopLevelSql())
            continue;
        const auto match = name.match(file.fileName);
        bool ok = false;
        const qint64 number = match.hasMatch() ? match.captured(1).toLongLong(&ok) : 0;
        if (!ok || number <= 0) {
            set.warnings.append({{file.path, 0, 0},
                                 Tr::tr("not a goose migration (no version above 0 before the "
                                        "first '_'): goose skips it")});
            continue;
        }
        Migration migration;
        migration.version = match.captured(1);
        migration.name = match.captured(2);
        migration.files = {file.path};
        readFile(file, migration, context);
        set.migrations.append(std::move(migration));
    }
}

} // namespace backstep
