#include "core/formats/golangmigratereader.h"

#include "core/formats/sectiontext.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GolangMigrateReader)
};

// golang-migrate's own pattern (source/parse.go), case-sensitive; only .sql files are SQL.
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([0-9]+)_(.*)\.(up|down)\.sql$)"));
    return pattern;
}

void readSection(MigrationSection &section, const SourceFile &file, bool down,
                 const ReadContext &context)
{
    section.present = true;
    section.file = file.path;
    section.execution = Tr::tr("the whole file as one multi-statement query, no transaction "
                               "(golang-migrate)");
    const TextRange range = wholeFileRange(file.text);
    if (range.endOffset <= range.beginOffset)
        return;
    section.ranges.append(range);
    addSplit(section,
             splitRangeByServer(file.path, file.text, range, QStringLiteral("golang-migrate"),
                                sectionName(down), context.rules));
}

} // namespace

bool GolangMigrateReader::claims(const SourceFile &file) const
{
    return file.isTopLevelSql() && namePattern().match(file.fileName).hasMatch();
}

void GolangMigrateReader::read(const QList<SourceFile> &files, MigrationSet &set,
                               const ReadContext &context) const
{
    // The up files make the migrations; the down files join them by version.
    QHash<QString, const SourceFile *> downs;
    QList<const SourceFile *> ups;
    for (const SourceFile &file : files) {
        if (!file.isTopLevelSql())
            continue;
        const auto match = namePattern().match(file.fileName);
        if (!match.hasMatch()) {
            set.errors.append({{file.path, 0, 0},
                               Tr::tr("not a golang-migrate file name (expected "
                                      "{version}_{title}.up.sql or {version}_{title}.down.sql)")});
            continue;
        }
        if (match.captured(3) == u"up") {
            ups.append(&file);
            continue;
        }
        const QString key = versionKey(match.captured(1));
        if (const SourceFile *other = downs.value(key)) {
            set.errors.append(
                {{file.path, 0, 0},
                 Tr::tr("duplicate version %1: also in %2").arg(match.captured(1), other->path)});
            continue;
        }
        downs.insert(key, &file);
    }

    for (const SourceFile *up : ups) {
        const auto match = namePattern().match(up->fileName);
        Migration migration;
        migration.version = match.captured(1);
        migration.name = match.captured(2);
        migration.files = {up->path};
        readSection(migration.up, *up, false, context);
        const SourceFile *down = downs.take(versionKey(migration.version));
        if (down) {
            migration.files.append(down->path);
            readSection(migration.down, *down, true, context);
        }
        if (!migration.up.statements.isEmpty() && migration.down.statements.isEmpty()) {
            const QString downName =
                QStringLiteral("%1_%2.down.sql").arg(migration.version, migration.name);
            if (!down)
                migration.irreversibleNote =
                    Tr::tr("no %1 file: golang-migrate would change the version and run nothing")
                        .arg(downName);
            else if (down->text.isEmpty())
                migration.irreversibleNote =
                    Tr::tr("%1 is empty: golang-migrate would send an empty query, which the "
                           "server refuses (error 1065), and leave the database dirty")
                        .arg(QFileInfo(down->path).fileName());
            else
                migration.irreversibleNote =
                    Tr::tr("%1 holds only comments: golang-migrate would run nothing and change "
                           "the version")
                        .arg(QFileInfo(down->path).fileName());
        }
        set.migrations.append(std::move(migration));
    }
    for (const SourceFile *orphan : std::as_const(downs))
        set.errors.append({{orphan->path, 0, 0},
                           Tr::tr("a .down.sql file without its .up.sql file (same version)")});
}

} // namespace backstep
