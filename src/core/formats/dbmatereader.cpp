#include "core/formats/dbmatereader.h"

#include "core/formats/sectiontext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DbmateReader)
};

// dbmate's own patterns (pkg/dbmate/migration.go, db.go), case-sensitive.
const QRegularExpression &upMarker()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^--\s*migrate:up(\s*$|\s+\S+))"));
    return pattern;
}

const QRegularExpression &downMarker()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^--\s*migrate:down(\s*$|\s+\S+))"));
    return pattern;
}

const QRegularExpression &fileNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d+)(.*)\.sql$)"));
    return pattern;
}

// `key:value` pairs after a marker: "-- migrate:up transaction:false".
QStringList optionsOf(QStringView line)
{
    static const QRegularExpression marker(QStringLiteral(R"(^--\s*migrate:(up|down))"));
    QString rest = line.toString();
    rest.remove(marker);
    QStringList options;
    for (const QString &pair :
         rest.split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts))
        if (pair.count(u':') == 1)
            options.append(pair);
    return options;
}

QString executionOf(const QStringList &options)
{
    return options.contains(QStringLiteral("transaction:false"))
               ? Tr::tr("one multi-statement query, no transaction (transaction:false)")
               : Tr::tr("one multi-statement query, in a transaction with the history update "
                        "(DDL commits implicitly all the same)");
}

void readFile(const SourceFile &file, Migration &migration, const ReadContext &context)
{
    struct Marker
    {
        bool up;
        TextLine line;
    };
    const QList<TextLine> lines = linesOf(file.text);
    QList<Marker> markers;
    int firstStatementLine = 0;
    for (const TextLine &line : lines) {
        // Both patterns start with "--" at the line's start: the others are not tried.
        const bool comment = line.text.startsWith(u"--");
        const bool up = comment && upMarker().matchView(line.text).hasMatch();
        const bool down = comment && !up && downMarker().matchView(line.text).hasMatch();
        if (up || down) {
            markers.append({up, line});
            continue;
        }
        const QStringView trimmed = line.text.trimmed();
        if (markers.isEmpty() && firstStatementLine == 0 && !trimmed.isEmpty() &&
            !trimmed.startsWith(u"--"))
            firstStatementLine = line.number;
    }
    MigrationSection &upSection = migration.up;
    MigrationSection &downSection = migration.down;
    auto refuse = [&](int line, const QString &message) {
        upSection.errors.append({{file.path, line, line > 0 ? 1 : 0},
                                 message + Tr::tr(": dbmate refuses this file, so it cannot have "
                                                  "applied it")});
    };
    const qsizetype firstUp =
        std::find_if(markers.cbegin(), markers.cend(), [](const Marker &m) { return m.up; }) -
        markers.cbegin();
    const qsizetype firstDown =
        std::find_if(markers.cbegin(), markers.cend(), [](const Marker &m) { return !m.up; }) -
        markers.cbegin();
    if (firstUp == markers.size()) {
        refuse(0, Tr::tr("no '-- migrate:up' block"));
        return;
    }
    if (firstDown == markers.size()) {
        refuse(0, Tr::tr("no '-- migrate:down' block"));
        return;
    }
    if (firstDown < firstUp) {
        refuse(markers[firstDown].line.number,
               Tr::tr("'-- migrate:down' comes before '-- migrate:up'"));
        return;
    }
    if (firstStatementLine > 0) {
        refuse(firstStatementLine, Tr::tr("a statement before the '-- migrate:up' block"));
        return;
    }

    // Each marker's section runs from its line (a comment dbmate sends too) to the next
    // marker. With several up/down pairs, dbmate runs every DOWN in file order.
    for (qsizetype m = 0; m < markers.size(); ++m) {
        const Marker &marker = markers[m];
        const qsizetype end = m + 1 < markers.size() ? markers[m + 1].line.begin : file.text.size();
        const int lastLine = m + 1 < markers.size() ? markers[m + 1].line.number - 1
                                                    : (lines.isEmpty() ? 1 : lines.last().number);
        const TextRange range{marker.line.number, lastLine, marker.line.begin, end};
        MigrationSection &section = marker.up ? upSection : downSection;
        const QStringList options = optionsOf(marker.line.text);
        for (const QString &option : options)
            if (!migration.options.contains(option))
                migration.options.append(option);
        section.present = true;
        section.file = file.path;
        section.execution = executionOf(options);
        section.ranges.append(range);
        addSplit(section, splitRangeByServer(file.path, file.text, range, QStringLiteral("dbmate"),
                                             sectionName(!marker.up), context.rules));
    }
    if (std::count_if(markers.cbegin(), markers.cend(), [](const Marker &m) { return !m.up; }) > 1)
        downSection.warnings.append(
            {{file.path, markers[firstDown].line.number, 1},
             Tr::tr("several migrate:down blocks: dbmate runs them in file order, not reversed, "
                    "and so does Backstep")});
}

} // namespace

bool DbmateReader::claims(const SourceFile &file) const
{
    return file.isTopLevelSql() && hasMarkerLine(file.text, upMarker(), downMarker());
}

void DbmateReader::read(const QList<SourceFile> &files, MigrationSet &set,
                        const ReadContext &context) const
{
    for (const SourceFile &file : files) {
        if (!file.isTopLevelSql())
            continue;
        const auto match = fileNamePattern().match(file.fileName);
        if (!match.hasMatch()) {
            set.warnings.append({{file.path, 0, 0},
                                 Tr::tr("not a dbmate migration (its name does not start with "
                                        "digits): dbmate ignores it")});
            continue;
        }
        Migration migration;
        migration.version = match.captured(1);
        QString name = match.captured(2);
        while (!name.isEmpty() && (name.front() == u'_' || name.front() == u'-'))
            name.remove(0, 1);
        migration.name = name;
        migration.files = {file.path};
        readFile(file, migration, context);
        set.migrations.append(std::move(migration));
    }
}

} // namespace backstep
