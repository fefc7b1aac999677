#include "core/formats/dbmigratereader.h"

#include "core/formats/sectiontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DbMigrateReader)
};

// The stub db-migrate writes for --sql-file: it reads sqls/<name>-up.sql and runs it.
bool isSqlLoader(const SourceFile &file)
{
    return file.text.contains(QLatin1StringView("runSql")) &&
           file.text.contains(QLatin1StringView("'sqls'")) &&
           file.text.contains(QLatin1StringView("-up.sql"));
}

void readScript(MigrationSection &section, const SourceFile *file, bool down,
                const ReadContext &context)
{
    if (!file)
        return;
    section.present = true;
    section.file = file->path;
    section.execution = Tr::tr("one multi-statement query (multipleStatements), in a transaction "
                               "unless db-migrate ran with --non-transactional (DDL commits "
                               "implicitly all the same)");
    const TextRange range = wholeFileRange(file->text);
    if (range.endOffset <= range.beginOffset)
        return;
    section.ranges.append(range);
    addSplit(section,
             splitRangeByServer(file->path, file->text, range, QStringLiteral("db-migrate"),
                                sectionName(down), context.rules));
}

} // namespace

bool DbMigrateReader::claims(const SourceFile &file) const
{
    return file.read && file.isTopLevel() && file.fileName.endsWith(QLatin1StringView(".js")) &&
           isSqlLoader(file);
}

void DbMigrateReader::read(const QList<SourceFile> &files, MigrationSet &set,
                           const ReadContext &context) const
{
    static const QRegularExpression name(QStringLiteral(R"(^(\d+)-(.*)\.js$)"));
    QHash<QString, const SourceFile *> byPath;
    for (const SourceFile &file : files)
        byPath.insert(file.relativePath, &file);
    for (const SourceFile &file : files) {
        if (!file.isTopLevel() || !file.fileName.endsWith(QLatin1StringView(".js")))
            continue;
        const auto match = name.match(file.fileName);
        if (!match.hasMatch()) {
            set.warnings.append({{file.path, 0, 0},
                                 Tr::tr("not a db-migrate migration name "
                                        "(<timestamp>-<name>.js): db-migrate ignores it")});
            continue;
        }
        if (!isSqlLoader(file)) {
            set.errors.append({{file.path, 0, 0},
                               Tr::tr("a JavaScript migration Backstep cannot read: only the "
                                      "stub db-migrate writes for --sql-file (which runs "
                                      "sqls/<name>-up.sql and -down.sql) is understood")});
            continue;
        }
        const QString base = file.fileName.chopped(3);
        Migration migration;
        migration.version = match.captured(1);
        migration.name = match.captured(2);
        const SourceFile *up = byPath.value(QStringLiteral("sqls/%1-up.sql").arg(base));
        const SourceFile *down = byPath.value(QStringLiteral("sqls/%1-down.sql").arg(base));
        migration.files = {up ? up->path : file.path};
        if (!up)
            set.errors.append(
                {{file.path, 0, 0}, Tr::tr("its SQL file sqls/%1-up.sql is missing").arg(base)});
        readScript(migration.up, up, false, context);
        if (down) {
            migration.files.append(down->path);
            readScript(migration.down, down, true, context);
        } else if (!migration.up.statements.isEmpty()) {
            migration.irreversibleNote = Tr::tr("no sqls/%1-down.sql").arg(base);
        }
        migration.files.append(file.path);
        set.migrations.append(std::move(migration));
    }
}

} // namespace backstep
