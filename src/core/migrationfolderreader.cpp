#include "core/migrationfolderreader.h"

#include "core/formats/formatregistry.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MigrationFolderReader)
};

// The files a migrations folder's tools read: SQL files, Sqitch's plan and configuration,
// db-migrate's JavaScript stubs, Flyway's per-script configuration.
bool isReadable(const QString &fileName)
{
    return fileName.endsWith(QLatin1StringView(".sql"), Qt::CaseInsensitive) ||
           fileName.endsWith(QLatin1StringView(".js")) ||
           fileName.endsWith(QLatin1StringView(".sql.conf")) ||
           fileName == QLatin1StringView("sqitch.plan") ||
           fileName == QLatin1StringView("sqitch.conf");
}

// Names listed without being read: they matter to a format (Flyway ignores and warns
// about V1__x.sql.disabled and the like).
bool isListed(const QString &fileName)
{
    static const QRegularExpression flywayLike(QStringLiteral(R"(^[VURB]\d*.*__.*\.sql\.\w+$)"));
    return flywayLike.match(fileName).hasMatch();
}

// Subfolders some tools keep their scripts in: Sqitch's deploy/revert/verify, db-migrate's
// sqls.
const QStringList &scriptFolders()
{
    static const QStringList folders{QStringLiteral("deploy"), QStringLiteral("revert"),
                                     QStringLiteral("verify"), QStringLiteral("sqls")};
    return folders;
}

struct ListedFile
{
    QString path;
    QString relativePath;
    QString fileName;
    bool read = true;
};

// The files to read, in name order (top level first, then each script folder), and the
// problems found listing them (dangling links).
QList<ListedFile> listFiles(const QDir &dir, Diagnostics &errors)
{
    QList<ListedFile> listed;
    auto listIn = [&](const QDir &folder, const QString &prefix) {
        const QFileInfoList entries =
            folder.entryInfoList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString name = entry.fileName();
            const bool readable = isReadable(name);
            if (!readable && !(prefix.isEmpty() && isListed(name)))
                continue;
            const QString path = folder.filePath(name);
            if (entry.isSymLink() && !entry.exists()) {
                errors.append({{path, 0, 0},
                               Tr::tr("a symbolic link to %1, which does not exist")
                                   .arg(entry.readSymLink())});
                continue;
            }
            if (!entry.isFile())
                continue;
            listed.append({path, prefix + name, name, readable});
        }
    };
    listIn(dir, QString());
    for (const QString &sub : scriptFolders())
        if (dir.exists(sub) && QFileInfo(dir.filePath(sub)).isDir())
            listIn(QDir(dir.filePath(sub)), sub + u'/');
    return listed;
}

// Which part of its migration a line of a file is in ("the DOWN", "the UP"), for the
// message about a byte that is not text.
QString partAt(const MigrationSet &set, const QString &path, int line)
{
    for (const Migration &migration : set.migrations) {
        auto within = [&](const MigrationSection &section) {
            if (section.file != path)
                return false;
            for (const TextRange &range : section.ranges)
                if (line >= range.firstLine && line <= range.lastLine)
                    return true;
            return false;
        };
        if (within(migration.down))
            return Tr::tr("the DOWN");
        if (within(migration.up))
            return Tr::tr("the UP");
    }
    return Tr::tr("the file");
}

// Every version once, by the format's own identity (0012 and 12 are one version for
// golang-migrate, two for dbmate; sql-migrate tells files apart by name; Liquibase by id
// and author): a later migration with a version already seen is an error naming both
// files, and is left out.
void dropDuplicates(MigrationSet &set)
{
    QHash<QString, qsizetype> seen;
    QList<Migration> kept;
    kept.reserve(set.migrations.size());
    for (Migration &migration : set.migrations) {
        QString key = versionKey(set.format, migration.version);
        if (!migration.author.isEmpty())
            key += u'\x1e' + migration.author;
        if (const qsizetype first = seen.value(key, -1); first >= 0) {
            const Migration &other = kept[first];
            const QString where = other.files.value(0);
            const QString file = migration.files.value(0);
            const bool sameFile = file == where;
            set.errors.append(
                {{file, 0, 0},
                 sameFile
                     ? Tr::tr("duplicate version %1: defined twice in this file")
                           .arg(migration.version)
                     : Tr::tr("duplicate version %1: also in %2").arg(migration.version, where)});
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
    FolderReadOptions options;
    options.format = format;
    return read(folder, options, cancel);
}

MigrationSet MigrationFolderReader::read(const QString &folder, const FolderReadOptions &options,
                                         const std::atomic_bool *cancel)
{
    MigrationSet set;
    set.folder = folder;
    set.format = options.format == MigrationFormat::Auto ? MigrationFormat::Plain : options.format;
    const QFileInfo info(folder);
    if (info.isSymLink() && !info.exists()) {
        set.errors.append({{folder, 0, 0},
                           Tr::tr("a symbolic link to %1, which does not exist: --migrations "
                                  "takes the folder that holds the migration files")
                               .arg(info.readSymLink())});
        return set;
    }
    if (!info.exists()) {
        set.errors.append({{folder, 0, 0}, Tr::tr("the migrations folder does not exist")});
        return set;
    }
    if (!info.isDir()) {
        set.errors.append({{folder, 0, 0},
                           Tr::tr("this is a file, not a folder: --migrations takes the folder "
                                  "that holds the migration files")});
        return set;
    }

    const QDir dir(folder);
    QList<SourceFile> files;
    QList<EncodingProblem> problems;
    const QList<ListedFile> listed = listFiles(dir, set.errors);
    files.reserve(listed.size());
    for (const ListedFile &entry : listed) {
        if (cancel && cancel->load())
            return set;
        SourceFile source{entry.path, entry.fileName, entry.relativePath, QString(), entry.read};
        if (entry.read) {
            QFile file(entry.path);
            if (!file.open(QIODevice::ReadOnly)) {
                set.errors.append({{entry.path, 0, 0},
                                   Tr::tr("cannot read the file: %1").arg(file.errorString())});
                continue;
            }
            DecodedSource decoded = decodeSource(file.readAll(), entry.path, options.encoding);
            source.text = std::move(decoded.text);
            if (decoded.problem)
                problems.append(*decoded.problem);
        }
        files.append(std::move(source));
    }
    if (cancel && cancel->load())
        return set;

    set.format = options.format == MigrationFormat::Auto ? FormatRegistry::detect(files, set)
                                                         : options.format;
    ReadContext context;
    context.rules = options.rules;
    context.client = options.client;
    FormatRegistry::reader(set.format).read(files, set, context);
    if (set.versionOrdered)
        std::stable_sort(set.migrations.begin(), set.migrations.end(),
                         [&](const Migration &a, const Migration &b) {
                             return compareVersions(set.format, a.version, b.version) < 0;
                         });
    dropDuplicates(set);
    for (const EncodingProblem &problem : std::as_const(problems))
        set.errors.append(
            {problem.location, describeEncodingProblem(problem, partAt(set, problem.location.file,
                                                                       problem.location.line))});
    for (const Migration &migration : std::as_const(set.migrations)) {
        set.errors.append(migration.errors());
        set.warnings.append(migration.warnings());
    }
    return set;
}

} // namespace backstep
