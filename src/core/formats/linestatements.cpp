#include "core/formats/linestatements.h"

#include <QCoreApplication>

namespace backstep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LineStatements)
};
} // namespace

bool endsWithSemicolon(QStringView line)
{
    QStringView previous;
    qsizetype pos = 0;
    while (pos < line.size()) {
        while (pos < line.size() && line[pos].isSpace())
            ++pos;
        const qsizetype begin = pos;
        while (pos < line.size() && !line[pos].isSpace())
            ++pos;
        if (pos == begin)
            break;
        const QStringView word = line.sliced(begin, pos - begin);
        if (word.startsWith(u"--"))
            break;
        previous = word;
    }
    return previous.endsWith(u';');
}

void addChunk(MigrationSection &section, const QString &path, const JoinedText &chunk,
              const QString &tool, const sqllex::LexRules &rules)
{
    if (chunk.isEmpty() || chunk.isBlank())
        return;
    // One ';' at most: one statement, without reading it again.
    if (chunk.text().count(u';') <= 1) {
        if (auto statement = chunk.statement(path))
            section.statements.append(std::move(*statement));
        return;
    }
    ServerSplitOptions options;
    options.tool = tool;
    options.rules = rules;
    const SplitResult pieces = ServerGrammarSplitter::split(chunk.text(), options);
    if (pieces.statements.size() == 1 && pieces.errors.isEmpty()) {
        // One statement, whatever follows its ';' (a comment): what the server runs.
        Statement statement = pieces.statements.first();
        chunk.locate(statement, path);
        section.statements.append(std::move(statement));
        return;
    }
    if (pieces.statements.size() > 1 && pieces.errors.isEmpty()) {
        const Statement &second = pieces.statements[1];
        section.warnings.append(
            {chunk.locationAt(path, second.beginOffset),
             Tr::tr("%1 sends this as one query with the statement before it; the server runs "
                    "that only when the application's connection allows several statements "
                    "(multiStatements=true), so Backstep runs them one by one as the server "
                    "would have")
                 .arg(tool)});
        for (Statement statement : pieces.statements) {
            chunk.locate(statement, path);
            section.statements.append(std::move(statement));
        }
        return;
    }
    if (auto statement = chunk.statement(path))
        section.statements.append(std::move(*statement));
}

} // namespace backstep
