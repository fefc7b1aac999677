#pragma once

// What the no-trace tests sample while Backstep runs programs: every process below the
// test (children, their children, ...) and where a secret shows in their command lines or
// environments (/proc/PID/cmdline, /proc/PID/environ: readable by others on the machine).
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace backstep::test {

// Every process below this one, with its command line.
QMap<qint64, QList<QByteArray>> descendants();

// The program a command line runs: argv[0]'s file name, or what follows the MySQL root
// loader's --argv0 (tests/support/mysql-root).
QByteArray programOf(const QList<QByteArray> &argv);

// Samples every descendant's command line and environment for `secret`: what each program
// was seen running as, and where the secret leaked.
struct CommandLineWatch
{
    QByteArray secret;
    QSet<QByteArray> programsSeen;
    QStringList leaks;
    int samples = 0;

    void sample();
};

// Every regular file under `dir` (recursively, hidden ones too) whose bytes hold `secret`.
QStringList filesHolding(const QString &dir, const QByteArray &secret);

} // namespace backstep::test
