// libFuzzer target: the splitters on random text: StatementSplitter::split (the mariadb
// client, and MySQL's mysql client) with a random starting delimiter, position and first line, the
// server-grammar splitter (dbmate, golang-migrate, db-migrate) and Flyway's parser. Checks that
// statements and errors stay in the text and that every statement's location matches its offset.
#include "core/formats/flywayparser.h"
#include "core/servergrammarsplitter.h"
#include "core/sqltokens.h"
#include "core/statementsplitter.h"
#include "fuzzchecks.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace backstep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    static const char *const delimiters[] = {";", "//", "$$", ";;", "|", "~~~", "GO", "-", "'"};
    SplitOptions options;
    options.fileName = QStringLiteral("fuzz.sql");
    options.firstLine = input.ConsumeIntegralInRange<int>(1, 100000);
    options.baseOffset = input.ConsumeIntegralInRange<qsizetype>(0, 1 << 20);
    const uint8_t choice = input.ConsumeIntegral<uint8_t>();
    if (choice < std::size(delimiters)) {
        options.delimiter = QString::fromLatin1(delimiters[choice]);
    } else {
        // Any other delimiter a DELIMITER command could have set: no spaces, no backslash.
        QString custom = QString::fromUtf8(input.ConsumeRandomLengthString(4));
        custom.remove(u'\\');
        custom.removeIf([](QChar c) { return c.isSpace(); });
        if (!custom.isEmpty())
            options.delimiter = custom;
    }
    const std::string bytes = input.ConsumeRemainingBytesAsString();
    const QString text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));

    const SplitResult result = StatementSplitter::split(text, options);
    fuzz::checkStatements(text, options.baseOffset, options.firstLine, result.statements);
    fuzz::checkErrors(text, options.firstLine, result.errors);
    for (const Statement &statement : result.statements)
        fuzz::check(statement.start.file == options.fileName, "statement file name");

    // The same text as MySQL's `mysql` client sends it (comments kept).
    options.client = ClientFamily::MySql;
    const SplitResult asMySql = StatementSplitter::split(text, options);
    fuzz::checkStatements(text, options.baseOffset, options.firstLine, asMySql.statements);
    fuzz::checkErrors(text, options.firstLine, asMySql.errors);
    // Bodies compared without comments: never longer than the text.
    fuzz::check(withoutComments(text).size() <= text.size(), "code without comments");

    ServerSplitOptions server;
    server.fileName = options.fileName;
    server.firstLine = options.firstLine;
    server.baseOffset = options.baseOffset;
    const SplitResult byServer = ServerGrammarSplitter::split(text, server);
    fuzz::checkStatements(text, server.baseOffset, server.firstLine, byServer.statements);
    fuzz::checkErrors(text, server.firstLine, byServer.errors);
    fuzz::checkErrors(text, server.firstLine, byServer.warnings);

    const SplitResult byFlyway = FlywayParser::split(text, options.fileName);
    fuzz::checkStatements(text, 0, 1, byFlyway.statements);
    fuzz::checkErrors(text, 1, byFlyway.errors);
    return 0;
}
