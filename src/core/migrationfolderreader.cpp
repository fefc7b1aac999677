#include "core/migrationfolderreader.h"

#include "core/markedfileformat.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace backstep {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MigrationFolderReader", text);
}

struct LoadedFile
{
    QString path;
    MigrationFolderReader::FileName name;
    QString text;
};

MigrationFormat detectFormat(const QList<LoadedFile> &files, MigrationSet &set)
{
    QHash<MigrationFormat, QStringList> claimed;
    for (const LoadedFile &file : files) {
        for (MigrationFormat format : MarkedFileFormat::formats()) {
            if (MarkedFileFormat::forFormat(format).recognizes(file.text)) {
                claimed[format].append(file.path);
                break; // formats() lists the most specific markers first
            }
        }
    }
    if (claimed.size() == 1)
        return claimed.begin().key();
    if (claimed.isEmpty()) {
        if (!files.isEmpty())
            set.errors.append({{set.folder, 0, 0},
                               tr("no migration markers found (-- UP / -- DOWN, "
                                  "-- migrate:up / -- migrate:down, -- +goose Up / Down); "
                                  "choose the format explicitly")});
        return MigrationFormat::Plain;
    }
    QStringList kinds;
    for (auto it = claimed.cbegin(); it != claimed.cend(); ++it)
        kinds.append(QStringLiteral("%1 (%2, ...)").arg(formatName(it.key()), it.value().first()));
    kinds.sort();
    set.errors.append(
        {{set.folder, 0, 0}, tr("the folder mixes migration formats: %1").arg(kinds.join(u"; "))});
    // Read with the format most files use, so that the rest is still shown.
    auto most = std::max_element(
        claimed.cbegin(), claimed.cend(),
        [](const QStringList &a, const QStringList &b) { return a.size() < b.size(); });
    return most.key();
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
        set.errors.append({{folder, 0, 0}, tr("the migrations folder does not exist")});
        set.format = format == MigrationFormat::Auto ? MigrationFormat::Plain : format;
        return set;
    }

    QList<LoadedFile> files;
    const QStringList names =
        dir.entryList({QStringLiteral("*.sql"), QStringLiteral("*.SQL")}, QDir::Files, QDir::Name);
    files.reserve(names.size());
    for (const QString &fileName : names) {
        if (cancel && cancel->load())
            return set;
        const QString path = dir.filePath(fileName);
        const auto parsed = parseFileName(fileName);
        if (!parsed) {
            set.errors.append({{path, 0, 0},
                               tr("cannot read a version from the file name (expected "
                                  "<version>_<name>.sql, e.g. 1203_add_index.sql)")});
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            set.errors.append(
                {{path, 0, 0}, tr("cannot read the file: %1").arg(file.errorString())});
            continue;
        }
        files.append({path, *parsed, QString::fromUtf8(file.readAll())});
    }
    std::stable_sort(files.begin(), files.end(), [](const LoadedFile &a, const LoadedFile &b) {
        return compareVersions(a.name.version, b.name.version) < 0;
    });

    set.format = format == MigrationFormat::Auto ? detectFormat(files, set) : format;
    const MarkedFileFormat &reader = MarkedFileFormat::forFormat(set.format);

    for (qsizetype i = 0; i < files.size(); ++i) {
        if (cancel && cancel->load())
            return set;
        const LoadedFile &file = files[i];
        if (i > 0 && compareVersions(files[i - 1].name.version, file.name.version) == 0) {
            set.errors.append(
                {{file.path, 0, 0},
                 tr("duplicate version %1: also in %2").arg(file.name.version, files[i - 1].path)});
            continue;
        }
        Migration migration;
        migration.version = file.name.version;
        migration.name = file.name.name;
        migration.files = {file.path};
        reader.read(file.path, file.text, migration);
        if (format == MigrationFormat::Auto && !migration.up.ranges.isEmpty() &&
            migration.down.ranges.isEmpty() && !reader.recognizes(file.text)) {
            // A file without this format's markers in a folder of that format.
            for (MigrationFormat other : MarkedFileFormat::formats()) {
                if (other != set.format &&
                    MarkedFileFormat::forFormat(other).recognizes(file.text)) {
                    set.errors.append({{file.path, 0, 0},
                                       tr("this file is in the %1 format, the folder in %2")
                                           .arg(formatName(other), formatName(set.format))});
                    break;
                }
            }
        }
        set.errors.append(migration.errors());
        set.migrations.append(std::move(migration));
    }
    return set;
}

} // namespace backstep
