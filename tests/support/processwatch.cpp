#include "support/processwatch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMultiMap>

#include <unistd.h>

namespace backstep::test {

QMap<qint64, QList<QByteArray>> descendants()
{
    QMultiMap<qint64, qint64> children; // parent -> child
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        if (close < 0)
            continue;
        children.insert(text.mid(close + 2).split(' ').value(1).toLongLong(), entry.toLongLong());
    }
    QMap<qint64, QList<QByteArray>> found;
    QList<qint64> parents{qint64(::getpid())};
    while (!parents.isEmpty()) {
        for (const qint64 child : children.values(parents.takeFirst())) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(child));
            found.insert(child, cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll().split('\0')
                                                                  : QList<QByteArray>());
            parents.append(child);
        }
    }
    return found;
}

QByteArray programOf(const QList<QByteArray> &argv)
{
    const qsizetype argv0Option = argv.indexOf(QByteArrayLiteral("--argv0"));
    return (argv0Option > 0 ? argv.value(argv0Option + 1) : argv.value(0)).split('/').last();
}

void CommandLineWatch::sample()
{
    ++samples;
    const auto processes = descendants();
    for (auto it = processes.cbegin(); it != processes.cend(); ++it) {
        programsSeen.insert(programOf(it.value()));
        for (const char *what : {"cmdline", "environ"}) {
            QFile file(QStringLiteral("/proc/%1/%2").arg(it.key()).arg(QLatin1StringView(what)));
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                leaks.append(QStringLiteral("%1 of %2 (%3)")
                                 .arg(QLatin1StringView(what))
                                 .arg(it.key())
                                 .arg(QString::fromUtf8(programOf(it.value()))));
        }
    }
}

QStringList filesHolding(const QString &dir, const QByteArray &secret)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            found.append(path);
    }
    return found;
}

} // namespace backstep::test
