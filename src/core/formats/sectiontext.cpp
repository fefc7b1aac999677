#include "core/formats/sectiontext.h"

namespace backstep {

QList<TextLine> linesOf(QStringView text)
{
    QList<TextLine> lines;
    qsizetype begin = 0;
    int number = 1;
    while (begin < text.size()) {
        const qsizetype feed = text.indexOf(u'\n', begin);
        const qsizetype end = feed < 0 ? text.size() : feed + 1;
        qsizetype contentEnd = feed < 0 ? text.size() : feed;
        if (contentEnd > begin && text[contentEnd - 1] == u'\r')
            --contentEnd;
        lines.append({text.sliced(begin, contentEnd - begin), begin, end, number++});
        begin = end;
    }
    return lines;
}

TextRange rangeOfLines(const TextLine &from, const TextLine &to)
{
    return TextRange{from.number, to.number, from.begin, to.end};
}

SplitResult splitRange(const QString &path, QStringView text, const TextRange &range,
                       const QString &delimiter)
{
    SplitOptions options;
    options.fileName = path;
    options.firstLine = range.firstLine;
    options.baseOffset = range.beginOffset;
    options.delimiter = delimiter;
    return StatementSplitter::split(
        text.sliced(range.beginOffset, range.endOffset - range.beginOffset), options);
}

Statement wholeStatement(const QString &path, QStringView text, const TextRange &range)
{
    const QStringView body = text.sliced(range.beginOffset, range.endOffset - range.beginOffset);
    qsizetype lead = 0;
    int line = range.firstLine;
    qsizetype column = 0;
    while (lead < body.size() && body[lead].isSpace()) {
        if (body[lead] == u'\n') {
            ++line;
            column = 0;
        } else {
            ++column;
        }
        ++lead;
    }
    QString sql = body.sliced(lead).trimmed().toString();
    if (sql.endsWith(u';'))
        sql.chop(1);
    Statement statement;
    statement.sql = sql.trimmed();
    statement.start = {path, line, int(column) + 1};
    statement.beginOffset = range.beginOffset + lead;
    statement.endOffset = range.endOffset;
    statement.endLine = range.lastLine;
    return statement;
}

void addRange(MigrationSection &section, const QString &path, QStringView text,
              const TextRange &range, bool whole, const QString &delimiter)
{
    if (range.endOffset <= range.beginOffset)
        return;
    section.ranges.append(range);
    if (whole) {
        Statement statement = wholeStatement(path, text, range);
        if (!statement.sql.isEmpty())
            section.statements.append(std::move(statement));
        return;
    }
    SplitResult split = splitRange(path, text, range, delimiter);
    section.statements.append(split.statements);
    section.errors.append(split.errors);
}

void readWholeFile(MigrationSection &section, const QString &path, QStringView text)
{
    section.present = true;
    section.file = path;
    const QList<TextLine> lines = linesOf(text);
    if (lines.isEmpty())
        return;
    addRange(section, path, text, rangeOfLines(lines.first(), lines.last()));
}

} // namespace backstep
