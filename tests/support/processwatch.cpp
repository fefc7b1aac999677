#include "support/processwatch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMultiMap>
#include <QSaveFile>

#include <chrono>
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
        const QByteArray program = programOf(it.value());
        programsSeen.insert(program);
        for (const char *what : {"cmdline", "environ"}) {
            if (qstrcmp(what, "environ") == 0 && givenTheSecret.contains(program))
                continue;
            QFile file(QStringLiteral("/proc/%1/%2").arg(it.key()).arg(QLatin1StringView(what)));
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                leaks.append(QStringLiteral("%1 of %2 (%3)")
                                 .arg(QLatin1StringView(what))
                                 .arg(it.key())
                                 .arg(QString::fromUtf8(program)));
        }
    }
}

HeldProgramWatch::HeldProgramWatch(QByteArray secret, QString holdFile)
    : m_holdFile(std::move(holdFile))
{
    m_watch.secret = std::move(secret);
    QFile::remove(m_holdFile);
    m_thread = std::thread([this] { run(); });
}

HeldProgramWatch::~HeldProgramWatch()
{
    m_stop = true;
    m_thread.join();
    QFile::remove(m_holdFile); // nothing stays held after the test
}

void HeldProgramWatch::setEnvironment(const QString &holdFile)
{
    qputenv("BACKSTEP_FAILPOINT", "child-started:hold");
    qputenv("BACKSTEP_FAILPOINT_HOLD", holdFile.toUtf8());
}

void HeldProgramWatch::setGivenTheSecret(const QSet<QByteArray> &programs)
{
    const std::lock_guard lock(m_mutex);
    m_watch.givenTheSecret = programs;
}

void HeldProgramWatch::hold(const QList<QByteArray> &programs)
{
    const std::lock_guard lock(m_mutex);
    m_watch.programsSeen.clear(); // a new phase: each must be seen again
    m_held = programs;
    writeHoldFile();
}

void HeldProgramWatch::writeHoldFile()
{
    if (m_held.isEmpty()) {
        QFile::remove(m_holdFile);
        return;
    }
    // Renamed over the old list: the product never reads half of one.
    QSaveFile file(m_holdFile);
    if (file.open(QIODevice::WriteOnly)) {
        for (const QByteArray &program : std::as_const(m_held))
            file.write(program + '\n');
        file.commit();
    }
}

QList<QByteArray> HeldProgramWatch::stillHeld() const
{
    const std::lock_guard lock(m_mutex);
    return m_held;
}

QSet<QByteArray> HeldProgramWatch::programsSeen() const
{
    const std::lock_guard lock(m_mutex);
    return m_watch.programsSeen;
}

QStringList HeldProgramWatch::leaks() const
{
    const std::lock_guard lock(m_mutex);
    return m_watch.leaks;
}

void HeldProgramWatch::run()
{
    while (!m_stop) {
        {
            const std::lock_guard lock(m_mutex);
            m_watch.sample();
            const qsizetype before = m_held.size();
            m_held.removeIf([this](const QByteArray &program) {
                return m_watch.programsSeen.contains(program);
            });
            if (m_held.size() != before)
                writeHoldFile();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
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
