#pragma once

// What the corpus and peer-tool tests share: a corpus of tests/data/corpus applied the way
// its tool applies it, the state of a database (schema and data, the tools' own tables left
// out), and Backstep's CLI on it.
#include "core/migration.h"
#include "support/testsupport.h"

#include <QString>
#include <QStringList>

namespace backstep::test {

struct CorpusFormat
{
    QString format;         // --format
    QString migrations;     // the folder --migrations takes, under the corpus' copy
    QStringList cliExtras;  // e.g. --history-table for plain
    QStringList toolTables; // the tool's own tables: not part of the compared state
};

// The format's corpus as the tests use it: a copy of tests/data/corpus/<format> in `dir`
// (Sqitch's registry renamed `registry`, so that runs never share one).
CorpusFormat prepareCorpus(const QString &format, const QString &dir, const QString &registry);

// Applies migration `index` of `set` to `database` as its tool would: its UP statements as
// Backstep reads the tool's rules, one at a time, then the history row the tool writes.
void applyAsTool(const MariaDbSandbox &server, const QString &database, const MigrationSet &set,
                 qsizetype index);

// The database's schema and data as text, the tables in `ignored` (and Backstep's own
// backstep_rollback_progress) left out: what "the same state" means in these tests.
QString stateOf(const MariaDbSandbox &server, const QString &database, const QStringList &ignored);

// backstep-cli with the sandbox's password file and `journal` as its journal.
ProcessResult runCliOn(const MariaDbSandbox &server, const QString &journal,
                       const QStringList &arguments);

// The mysql client Sqitch should run for `server`: the client of the server's family; for
// MySQL 9.7 a wrapper in `dir` that adds --commands (off by default there, and Sqitch's
// `source FILE` needs it).
QString sqitchClient(const MariaDbSandbox &server, const QString &dir);

// Deploys the Sqitch project in `project` to `database` with the real sqitch and the client
// of the server's family (the registry as the project's sqitch.conf names it); false, with
// the tool's output in `output`, when it fails or is not installed.
bool sqitchDeploy(const MariaDbSandbox &server, const QString &project, const QString &database,
                  QByteArray &output);

} // namespace backstep::test
