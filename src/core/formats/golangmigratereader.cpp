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

const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d+)_(.*)\.(up|down)\.sql$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

bool GolangMigrateReader::claims(const SourceFile &file) const
{
    return namePattern().match(file.fileName).hasMatch();
}

void GolangMigrateReader::read(const QList<SourceFile> &files, MigrationSet &set) const
{
    // The up files make the migrations; the down files join them by version.
    QHash<QString, const SourceFile *> downs;
    QList<const SourceFile *> ups;
    for (const SourceFile &file : files) {
        const auto match = namePattern().match(file.fileName);
        if (!match.hasMatch()) {
            set.errors.append({{file.path, 0, 0},
                               Tr::tr("not a golang-migrate file name (expected "
                                      "{version}_{title}.up.sql or {version}_{title}.down.sql)")});
            continue;
        }
        if (match.captured(3).compare(u"up", Qt::CaseInsensitive) == 0) {
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
        readWholeFile(migration.up, up->path, up->text);
        const SourceFile *down = downs.take(versionKey(migration.version));
        if (!down) {
            migration.irreversibleNote =
                Tr::tr("no %1_%2.down.sql file").arg(migration.version, migration.name);
        } else {
            migration.files.append(down->path);
            readWholeFile(migration.down, down->path, down->text);
            if (migration.down.statements.isEmpty())
                migration.irreversibleNote =
                    Tr::tr("%1 is empty").arg(QFileInfo(down->path).fileName());
        }
        set.migrations.append(std::move(migration));
    }
    for (const SourceFile *orphan : std::as_const(downs))
        set.errors.append({{orphan->path, 0, 0},
                           Tr::tr("a .down.sql file without its .up.sql file (same version)")});
}

} // namespace backstep
