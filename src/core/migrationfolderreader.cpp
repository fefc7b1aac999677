#include "core/migrationfolderreader.h"

#include "core/formats/formatregistry.h"
#include "core/migrationstatus.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MigrationFolderReader)
};

// Every version once: a second migration with a version already seen ("5" and "0005"
// are the same; for Liquibase, the same id by the same author) is an error naming both
// files, and is left out.
void dropDuplicates(MigrationSet &set)
{
    QHash<QString, qsizetype> seen;
    QList<Migration> kept;
    kept.reserve(set.migrations.size());
    for (Migration &migration : set.migrations) {
        const QString key = migrationKey(migration.version, migration.author);
        if (const qsizetype first = seen.value(key, -1); first >= 0) {
            const Migration &other = kept[first];
            const QString where = other.files.value(0);
            const int line =
                migration.up.statements.isEmpty() ? 0 : migration.up.statements.first().start.line;
            set.errors.append(
                {{migration.files.value(0), line, line > 0 ? 1 : 0},
                 Tr::tr("duplicate version %1: also in %2").arg(migration.version, where)});
            continue;
        }
        seen.insert(key, kept.size());
        kept.append(std::move(migration));
    }
    set.migrations = std::move(kept);
}

} // namespace

std::optional<MigrationFolderReader::FileName>
MigrationFolderReader::parseFileName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d+)(?:[_\-. ]+(.*?))?\.sql$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    return FileName{match.captured(1), match.captured(2)};
}

MigrationSet MigrationFolderReader::read(const QString &folder, MigrationFormat format,
                                         const std::atomic_bool *cancel)
{
    MigrationSet set;
    set.folder = folder;
    const QDir dir(folder);
    if (!dir.exists()) {
        set.errors.append({{folder, 0, 0}, Tr::tr("the migrations folder does not exist")});
        set.format = format == MigrationFormat::Auto ? MigrationFormat::Plain : format;
        return set;
    }

    QList<SourceFile> files;
    const QStringList names =
        dir.entryList({QStringLiteral("*.sql"), QStringLiteral("*.SQL")}, QDir::Files, QDir::Name);
    files.reserve(names.size());
    for (const QString &fileName : names) {
        if (cancel && cancel->load())
            return set;
        const QString path = dir.filePath(fileName);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            set.errors.append(
                {{path, 0, 0}, Tr::tr("cannot read the file: %1").arg(file.errorString())});
            continue;
        }
        files.append({path, fileName, QString::fromUtf8(file.readAll())});
    }
    if (cancel && cancel->load())
        return set;

    set.format = format == MigrationFormat::Auto ? FormatRegistry::detect(files, set) : format;
    FormatRegistry::reader(set.format).read(files, set);
    if (set.versionOrdered)
        std::stable_sort(set.migrations.begin(), set.migrations.end(),
                         [](const Migration &a, const Migration &b) {
                             return compareVersions(a.version, b.version) < 0;
                         });
    dropDuplicates(set);
    for (const Migration &migration : std::as_const(set.migrations))
        set.errors.append(migration.errors());
    return set;
}

} // namespace backstep
