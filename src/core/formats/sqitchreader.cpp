#include "core/formats/sqitchreader.h"

#include "core/formats/sectiontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqitchReader)
};

struct PlannedChange
{
    QString name;
    QString note;
    QString scriptName; // name, or name@tag for a change reworked later
    int line = 0;
};

// The registry database from sqitch.conf's [engine "mysql"] section (registry = ...).
QString registryOf(const QString &conf)
{
    bool inEngine = false;
    for (const QString &line : conf.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'[')) {
            inEngine = trimmed.contains(QLatin1StringView("engine")) &&
                       trimmed.contains(QLatin1StringView("mysql"));
            continue;
        }
        if (!inEngine)
            continue;
        const qsizetype equals = trimmed.indexOf(u'=');
        if (equals > 0 && trimmed.first(equals).trimmed() == u"registry")
            return trimmed.sliced(equals + 1).trimmed();
    }
    return QStringLiteral("sqitch");
}

// The variables `sqitch revert` sets before each script: the keys of sqitch.conf's
// [core "variables"], [deploy "variables"], [revert "variables"] and of an engine's or a
// target's "<name>.variables" section (Sqitch 1.3.1 Command/revert.pm, _collect_vars).
QStringList revertVariablesOf(const QString &conf)
{
    static const QRegularExpression header(
        QStringLiteral(R"re(^\[\s*(core|deploy|revert|engine|target)\s+"([^"]*)"\s*\]$)re"));
    QStringList names;
    bool inVariables = false;
    for (const QString &line : conf.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'[')) {
            const auto match = header.match(trimmed);
            const QString sub = match.captured(2);
            const QString section = match.captured(1);
            inVariables = match.hasMatch() && (section == u"engine" || section == u"target"
                                                   ? sub.endsWith(QLatin1StringView(".variables"))
                                                   : sub == u"variables");
            continue;
        }
        const qsizetype equals = trimmed.indexOf(u'=');
        if (inVariables && equals > 0) {
            const QString name = trimmed.first(equals).trimmed();
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

void readScript(MigrationSection &section, const SourceFile *file, bool down, ClientFamily client)
{
    if (!file)
        return;
    section.present = true;
    section.file = file->path;
    section.execution = Tr::tr("the mysql client (source FILE), stopping at the first error "
                               "(--abort-source-on-error); transactions as the script writes "
                               "them");
    const TextRange range = wholeFileRange(file->text);
    if (range.endOffset <= range.beginOffset)
        return;
    section.ranges.append(range);
    addSplit(section, splitRange(file->path, file->text, range, QStringLiteral(";"),
                                 sectionName(down), client));
}

} // namespace

bool SqitchReader::claims(const SourceFile &file) const
{
    return file.relativePath == u"sqitch.plan";
}

void SqitchReader::read(const QList<SourceFile> &files, MigrationSet &set,
                        const ReadContext &context) const
{
    set.versionOrdered = false;
    QHash<QString, const SourceFile *> byPath;
    const SourceFile *plan = nullptr;
    for (const SourceFile &file : files) {
        byPath.insert(file.relativePath, &file);
        if (file.relativePath == u"sqitch.plan")
            plan = &file;
    }
    const QString conf = byPath.contains(QStringLiteral("sqitch.conf"))
                             ? byPath.value(QStringLiteral("sqitch.conf"))->text
                             : QString();
    set.tool.registry = registryOf(conf);
    const QStringList variables = revertVariablesOf(conf);
    if (!plan) {
        set.errors.append({{set.folder, 0, 0}, Tr::tr("no sqitch.plan in the folder")});
        return;
    }

    static const QRegularExpression changeLine(QStringLiteral(
        R"(^([A-Za-z_][^\s@:#\[]*)\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(.*?)<[^>]*>\s*(?:#\s*(.*))?$)"));
    QList<PlannedChange> changes;
    // Where each tag stands among the changes: a change planned again after a tag
    // (reworked) keeps its earlier scripts as name@tag.sql.
    QList<std::pair<qsizetype, QString>> tags;
    for (const TextLine &line : Lines(plan->text)) {
        const QString text = line.text.trimmed().toString();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        if (text.startsWith(u'%')) {
            if (text.startsWith(QLatin1StringView("%project=")))
                set.tool.project = text.sliced(9).trimmed();
            continue;
        }
        if (text.startsWith(u'@')) {
            tags.append({changes.size(), text.section(u' ', 0, 0)});
            continue;
        }
        const auto match = changeLine.match(text);
        if (!match.hasMatch()) {
            set.errors.append({{plan->path, line.number, 1},
                               Tr::tr("cannot read this plan line (expected: change [deps] "
                                      "timestamp planner <email> # note)")});
            continue;
        }
        changes.append(
            {match.captured(1), match.captured(4).trimmed(), match.captured(1), line.number});
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        bool reworkedLater = false;
        for (qsizetype k = i + 1; k < changes.size(); ++k)
            reworkedLater = reworkedLater || changes[k].name == changes[i].name;
        if (!reworkedLater)
            continue;
        for (const auto &[position, tag] : std::as_const(tags))
            if (position > i) {
                changes[i].scriptName = changes[i].name + tag;
                break;
            }
    }

    for (const PlannedChange &change : std::as_const(changes)) {
        Migration migration;
        migration.version = change.name;
        migration.name = change.note.isEmpty() ? change.name : change.note;
        const auto script = [&](const char *folder) -> const SourceFile * {
            return byPath.value(QString::fromLatin1(folder) + u'/' + change.scriptName +
                                QStringLiteral(".sql"));
        };
        const SourceFile *deploy = script("deploy");
        const SourceFile *revert = script("revert");
        const SourceFile *verify = script("verify");
        if (!deploy) {
            set.errors.append(
                {{plan->path, change.line, 1},
                 Tr::tr("no deploy/%1.sql for the change %2").arg(change.scriptName, change.name)});
            continue;
        }
        migration.files = {deploy->path};
        readScript(migration.up, deploy, false, context.client);
        if (revert) {
            migration.files.append(revert->path);
            readScript(migration.down, revert, true, context.client);
            // Sqitch prepends SET @"name" = 'value'; Backstep would have to paste the
            // values into SQL, so it says so instead (docs/formats.md,
            // sqitch.scripts.variables).
            if (!variables.isEmpty())
                migration.down.warnings.append(
                    {{revert->path, 1, 1},
                     Tr::tr("sqitch revert sets the variables %1 (sqitch.conf) before this "
                            "script; Backstep does not set them: a script that reads them "
                            "gets NULL")
                         .arg(u'@' + variables.join(QStringLiteral(", @")))});
        } else if (!migration.up.statements.isEmpty()) {
            migration.irreversibleNote = Tr::tr("no revert/%1.sql").arg(change.scriptName);
        }
        if (verify) {
            migration.files.append(verify->path);
            readScript(migration.verify, verify, false, context.client);
        }
        set.migrations.append(std::move(migration));
    }
}

} // namespace backstep
