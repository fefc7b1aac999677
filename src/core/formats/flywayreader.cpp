#include "core/formats/flywayreader.h"

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
    Q_DECLARE_TR_FUNCTIONS(FlywayReader)
};

const QRegularExpression &versionedPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([VUB])(\d+(?:[._]\d+)*)__(.+)\.sql$)"));
    return pattern;
}

const QRegularExpression &repeatablePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^R__(.+)\.sql$)"));
    return pattern;
}

// Flyway's SQL callbacks (beforeMigrate.sql, afterUndo__notify.sql, ...) live next to
// the migrations and are not migrations.
bool isCallback(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(before|after)[A-Za-z]*(__.*)?\.sql$)"));
    return pattern.match(fileName).hasMatch();
}

// A name that looks like a migration but cannot be read, e.g. V__x.sql or V1_x.sql.
bool looksVersioned(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[VUBR](\d|_|$))"));
    return pattern.match(fileName).hasMatch();
}

} // namespace

std::optional<FlywayReader::FileName> FlywayReader::parseFileName(const QString &fileName)
{
    if (const auto match = versionedPattern().match(fileName); match.hasMatch()) {
        QString version = match.captured(2);
        version.replace(u'_', u'.');
        return FileName{match.captured(1).at(0), version, match.captured(3).replace(u'_', u' ')};
    }
    if (const auto match = repeatablePattern().match(fileName); match.hasMatch())
        return FileName{u'R', {}, match.captured(1).replace(u'_', u' ')};
    return std::nullopt;
}

bool FlywayReader::claims(const SourceFile &file) const
{
    return parseFileName(file.fileName).has_value();
}

void FlywayReader::read(const QList<SourceFile> &files, MigrationSet &set) const
{
    struct Named
    {
        const SourceFile *file;
        FileName name;
    };
    QList<Named> versioned;
    QList<Named> baselines;
    QHash<QString, Named> undos;
    for (const SourceFile &file : files) {
        const auto name = parseFileName(file.fileName);
        if (!name) {
            if (isCallback(file.fileName))
                continue;
            set.errors.append(
                {{file.path, 0, 0},
                 looksVersioned(file.fileName)
                     ? Tr::tr("cannot read a Flyway version from the file name (expected "
                              "V<version>__<description>.sql, e.g. V1.2__add_index.sql)")
                     : Tr::tr(
                           "not a Flyway migration name (expected V<version>__<description>.sql, "
                           "U<version>__<description>.sql or R__<description>.sql)")});
            continue;
        }
        switch (name->prefix.unicode()) {
        case u'U': {
            const QString key = versionKey(name->version);
            if (undos.contains(key)) {
                set.errors.append({{file.path, 0, 0},
                                   Tr::tr("duplicate undo version %1: also in %2")
                                       .arg(name->version, undos.value(key).file->path)});
                continue;
            }
            undos.insert(key, {&file, *name});
            break;
        }
        case u'B':
            baselines.append({&file, *name});
            break;
        case u'R': {
            Migration migration;
            migration.version = QStringLiteral("R__") + name->description;
            migration.name = name->description;
            migration.kind = MigrationKind::Repeatable;
            migration.files = {file.path};
            readWholeFile(migration.up, file.path, file.text);
            migration.irreversibleNote = Tr::tr("a repeatable migration (R__) has no undo: Flyway "
                                                "runs it again whenever it changes");
            set.migrations.append(std::move(migration));
            break;
        }
        default:
            versioned.append({&file, *name});
            break;
        }
    }

    QHash<QString, qsizetype> indexOfVersion;
    for (const Named &v : std::as_const(versioned)) {
        Migration migration;
        migration.version = v.name.version;
        migration.name = v.name.description;
        migration.files = {v.file->path};
        readWholeFile(migration.up, v.file->path, v.file->text);
        const QString key = versionKey(v.name.version);
        if (const auto undo = undos.find(key); undo != undos.end()) {
            migration.files.append(undo->file->path);
            readWholeFile(migration.down, undo->file->path, undo->file->text);
            undos.erase(undo);
        } else {
            migration.irreversibleNote = Tr::tr("no undo file U%1__*.sql").arg(v.name.version);
        }
        indexOfVersion.insert(key, set.migrations.size());
        set.migrations.append(std::move(migration));
    }
    // A baseline stands for every migration up to its version on a new database; next
    // to a V file of the same version it is one more file of that migration.
    for (const Named &b : std::as_const(baselines)) {
        const QString key = versionKey(b.name.version);
        if (const qsizetype index = indexOfVersion.value(key, -1); index >= 0) {
            Migration &existing = set.migrations[index];
            if (existing.kind == MigrationKind::Baseline)
                set.errors.append({{b.file->path, 0, 0},
                                   Tr::tr("duplicate baseline version %1: also in %2")
                                       .arg(b.name.version, existing.files.value(0))});
            else
                existing.files.append(b.file->path);
            continue;
        }
        Migration migration;
        migration.version = b.name.version;
        migration.name = b.name.description;
        migration.kind = MigrationKind::Baseline;
        migration.files = {b.file->path};
        readWholeFile(migration.up, b.file->path, b.file->text);
        migration.irreversibleNote =
            Tr::tr("a baseline migration (B) has no undo: it stands for every migration up to "
                   "its version");
        indexOfVersion.insert(key, set.migrations.size());
        set.migrations.append(std::move(migration));
    }
    for (const Named &orphan : std::as_const(undos))
        set.errors.append({{orphan.file->path, 0, 0},
                           Tr::tr("an undo file without its versioned migration V%1__*.sql")
                               .arg(orphan.name.version)});
}

} // namespace backstep
