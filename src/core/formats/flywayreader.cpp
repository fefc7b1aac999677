#include "core/formats/flywayreader.h"

#include "core/formats/flywayparser.h"
#include "core/formats/sectiontext.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

// The placeholders Flyway replaces before parsing: flyway.placeholders.x = value in
// flyway.conf, or [flyway.placeholders] x = "value" in flyway.toml, in the migrations
// folder or the one above it (where the config usually is).
struct FlywayConfig
{
    QHash<QString, QString> placeholders;
    bool replacement = true;
};

FlywayConfig configNear(const QString &folder)
{
    FlywayConfig config;
    const QDir here(folder);
    QDir parent(folder);
    parent.cdUp();
    for (const QDir &dir : {parent, here}) {
        QFile conf(dir.filePath(QStringLiteral("flyway.conf")));
        if (conf.open(QIODevice::ReadOnly)) {
            for (const QString &line : QString::fromUtf8(conf.readAll()).split(u'\n')) {
                const QString trimmed = line.trimmed();
                const qsizetype equals = trimmed.indexOf(u'=');
                if (equals < 0)
                    continue;
                const QString key = trimmed.first(equals).trimmed();
                const QString value = trimmed.sliced(equals + 1).trimmed();
                if (key.startsWith(QLatin1StringView("flyway.placeholders.")))
                    config.placeholders.insert(key.sliced(20), value);
                else if (key == u"flyway.placeholderReplacement")
                    config.replacement = value != u"false";
            }
        }
        QFile toml(dir.filePath(QStringLiteral("flyway.toml")));
        if (toml.open(QIODevice::ReadOnly)) {
            bool inPlaceholders = false;
            for (const QString &line : QString::fromUtf8(toml.readAll()).split(u'\n')) {
                const QString trimmed = line.trimmed();
                if (trimmed.startsWith(u'[')) {
                    inPlaceholders = trimmed.endsWith(QLatin1StringView(".placeholders]"));
                    continue;
                }
                const qsizetype equals = trimmed.indexOf(u'=');
                if (equals < 0)
                    continue;
                QString key = trimmed.first(equals).trimmed();
                QString value = trimmed.sliced(equals + 1).trimmed();
                if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
                    value = value.sliced(1, value.size() - 2);
                if (inPlaceholders)
                    config.placeholders.insert(key, value);
                else if (key == u"placeholderReplacement")
                    config.replacement = value != u"false";
            }
        }
    }
    return config;
}

// Whether Flyway runs this script in a transaction: `executeInTransaction=false` in
// <script>.sql.conf next to it turns it off.
QString executionOf(const SourceFile &file, const QList<SourceFile> &files)
{
    for (const SourceFile &other : files)
        if (other.relativePath == file.relativePath + QStringLiteral(".conf") &&
            other.text.contains(
                QRegularExpression(QStringLiteral(R"(executeInTransaction\s*=\s*false)"))))
            return Tr::tr("statement by statement, no transaction (executeInTransaction=false in "
                          "%1)")
                .arg(other.fileName);
    return Tr::tr("statement by statement, in a transaction (DDL commits implicitly all the "
                  "same)");
}

void readScript(MigrationSection &section, const SourceFile &file, const QList<SourceFile> &files,
                const FlywayConfig &config)
{
    section.present = true;
    section.file = file.path;
    section.execution = executionOf(file, files);
    const TextRange range = wholeFileRange(file.text);
    if (range.endOffset <= range.beginOffset)
        return;
    section.ranges.append(range);
    SplitResult split = FlywayParser::split(file.text, file.path);
    if (config.replacement) {
        static const QRegularExpression placeholder(QStringLiteral(R"(\$\{([^}]*)\})"));
        for (Statement &statement : split.statements) {
            QString sql = statement.sql;
            for (auto it = placeholder.globalMatch(statement.sql); it.hasNext();) {
                const auto match = it.next();
                const QString name = match.captured(1);
                if (name == u"flyway:filename") {
                    sql.replace(match.captured(0), file.fileName);
                } else if (config.placeholders.contains(name)) {
                    sql.replace(match.captured(0), config.placeholders.value(name));
                } else {
                    split.errors.append(
                        {statement.start,
                         Tr::tr("Flyway replaces %1 before it runs this, and its value is not in "
                                "flyway.conf or flyway.toml")
                             .arg(match.captured(0))});
                }
            }
            statement.sql = sql;
        }
    }
    addSplit(section, std::move(split));
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
    return file.isTopLevelSql() && parseFileName(file.fileName).has_value();
}

void FlywayReader::read(const QList<SourceFile> &files, MigrationSet &set,
                        const ReadContext &) const
{
    struct Named
    {
        const SourceFile *file;
        FileName name;
    };
    const FlywayConfig config = configNear(set.folder);
    QList<Named> versioned;
    QList<Named> baselines;
    QHash<QString, Named> undos;
    QStringList ignored;
    for (const SourceFile &file : files) {
        if (!file.isTopLevel() || file.fileName.endsWith(QLatin1StringView(".sql.conf")))
            continue;
        const auto name = file.isTopLevelSql() ? parseFileName(file.fileName) : std::nullopt;
        if (!name) {
            if (!isCallback(file.fileName))
                ignored.append(file.fileName);
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
            readScript(migration.up, file, files, config);
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
    if (!ignored.isEmpty())
        set.warnings.append(
            {{set.folder, 0, 0},
             Tr::tr("%n file(s) Flyway does not run, because their names do not follow its "
                    "convention (V<version>__<description>.sql): %1",
                    nullptr, int(ignored.size()))
                 .arg(ignored.join(QStringLiteral(", ")))});

    QHash<QString, qsizetype> indexOfVersion;
    for (const Named &v : std::as_const(versioned)) {
        Migration migration;
        migration.version = v.name.version;
        migration.name = v.name.description;
        migration.files = {v.file->path};
        readScript(migration.up, *v.file, files, config);
        const QString key = versionKey(v.name.version);
        if (const auto undo = undos.find(key); undo != undos.end()) {
            migration.files.append(undo->file->path);
            readScript(migration.down, *undo->file, files, config);
            undos.erase(undo);
        } else if (!migration.up.statements.isEmpty()) {
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
        readScript(migration.up, *b.file, files, config);
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
