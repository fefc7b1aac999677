#include "core/formats/sqlmigratereader.h"

#include "core/formats/linestatements.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlMigrateReader)
};

constexpr QStringView commandPrefix = u"-- +migrate ";

QStringList commandOf(QStringView line)
{
    if (!line.startsWith(commandPrefix))
        return {};
    return line.sliced(commandPrefix.size())
        .toString()
        .split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts);
}

void readFile(const SourceFile &file, Migration &migration, const ReadContext &context)
{
    enum class Direction { None, Up, Down };
    Direction direction = Direction::None;
    bool ignoreSemicolons = false;
    bool statementEnded = false;
    int blockLine = 0;
    JoinedText chunk;
    Diagnostics errors;
    const QString &path = file.path;
    auto error = [&](int line, const QString &message) {
        errors.append({{path, line, line > 0 ? 1 : 0}, message});
    };
    const QString noTerminator =
        Tr::tr("the statement before this has no ';' at the end of its last line and no "
               "'-- +migrate StatementEnd': sql-migrate refuses this file");
    auto section = [&]() -> MigrationSection & {
        return direction == Direction::Down ? migration.down : migration.up;
    };
    QStringList options;

    for (const TextLine &line : Lines(file.text)) {
        // sql-migrate drops "-- " comment lines first, wherever they are.
        if (line.text.startsWith(u"-- ") && !line.text.startsWith(u"-- +"))
            continue;
        const QStringList command = commandOf(line.text);
        if (line.text.startsWith(commandPrefix) && command.isEmpty())
            error(line.number, Tr::tr("an incomplete '-- +migrate' command"));
        if (!command.isEmpty()) {
            const QString &name = command.first();
            if (name == u"Up" || name == u"Down") {
                if (!chunk.isBlank())
                    error(line.number, noTerminator);
                chunk.clear();
                direction = name == u"Up" ? Direction::Up : Direction::Down;
                section().present = true;
                section().file = path;
                if (command.contains(QStringLiteral("notransaction")))
                    options.append(name + QStringLiteral(" notransaction"));
                section().execution =
                    command.contains(QStringLiteral("notransaction"))
                        ? Tr::tr("statement by statement, no transaction (notransaction)")
                        : Tr::tr("statement by statement, in one transaction with the history "
                                 "update (DDL commits implicitly all the same)");
            } else if (name == u"StatementBegin") {
                if (direction != Direction::None) {
                    ignoreSemicolons = true;
                    blockLine = line.number;
                }
            } else if (name == u"StatementEnd") {
                if (direction != Direction::None) {
                    statementEnded = ignoreSemicolons;
                    ignoreSemicolons = false;
                }
            }
        }
        if (direction == Direction::None)
            continue;
        if (!line.text.startsWith(u"-- +"))
            chunk.add(line);
        if ((!ignoreSemicolons && endsWithSemicolon(line.text)) || statementEnded) {
            statementEnded = false;
            addChunk(section(), path, chunk, QStringLiteral("sql-migrate"), context.rules);
            chunk.clear();
        }
    }
    if (ignoreSemicolons)
        error(blockLine, Tr::tr("'-- +migrate StatementBegin' with no '-- +migrate StatementEnd': "
                                "sql-migrate refuses this file"));
    else if (direction == Direction::None)
        error(0, Tr::tr("no '-- +migrate Up' or '-- +migrate Down' (exactly so written): "
                        "sql-migrate refuses this file"));
    else if (!chunk.isBlank())
        error(chunk.range().firstLine,
              Tr::tr("the last statement has no ';' at the end of its last line and no "
                     "'-- +migrate StatementEnd': sql-migrate refuses this file"));
    migration.options.append(options);
    migration.up.errors.append(errors);
}

} // namespace

bool SqlMigrateReader::claims(const SourceFile &file) const
{
    if (!file.isTopLevelSql())
        return false;
    for (const TextLine &line : Lines(file.text)) {
        const QStringList command = commandOf(line.text);
        if (!command.isEmpty() && (command.first() == u"Up" || command.first() == u"Down"))
            return true;
    }
    return false;
}

void SqlMigrateReader::read(const QList<SourceFile> &files, MigrationSet &set,
                            const ReadContext &context) const
{
    static const QRegularExpression name(QStringLiteral(R"(^\d*[-_ .]*(.*?)\.sql$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const SourceFile &file : files) {
        if (!file.isTopLevelSql())
            continue;
        Migration migration;
        // sql-migrate's id, and what gorp_migrations holds, is the file name.
        migration.version = file.fileName;
        migration.name = name.match(file.fileName).captured(1);
        migration.files = {file.path};
        readFile(file, migration, context);
        set.migrations.append(std::move(migration));
    }
}

} // namespace backstep
