#include "core/gtiddumpfilter.h"

#include <QCoreApplication>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GtidDumpFilter)
};

// Only a line's start is looked at: a dump's INSERT lines run to megabytes.
constexpr qsizetype lookedAt = 80;

bool startsWithNoCase(const QByteArray &line, const char *prefix)
{
    return line.first(qMin(line.size(), lookedAt)).trimmed().toUpper().startsWith(prefix);
}

// What mysqldump writes, spaced as it spells it or as a DBA may: compared without blanks.
QByteArray compact(const QByteArray &line)
{
    QByteArray out;
    out.reserve(lookedAt);
    for (const char c : line.first(qMin(line.size(), lookedAt)))
        if (c != ' ' && c != '\t' && c != '\r')
            out.append(char(QChar::toUpper(uint(uchar(c)))));
    return out;
}

QByteArray commented(const QByteArray &line)
{
    return QByteArrayLiteral("-- ") + line;
}

} // namespace

QByteArray GtidDumpFilter::feed(const QByteArray &bytes)
{
    m_pending += bytes;
    QByteArray out;
    qsizetype start = 0;
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0;
         start = end + 1, end = m_pending.indexOf('\n', start))
        out += filterLine(m_pending.mid(start, end - start + 1));
    m_pending.remove(0, start);
    return out;
}

QByteArray GtidDumpFilter::finish()
{
    QByteArray rest = filterLine(m_pending);
    m_pending.clear();
    return rest;
}

QByteArray GtidDumpFilter::filterLine(const QByteArray &line)
{
    ++m_line;
    if (m_inGtidPurged) {
        m_gtidSet += line.trimmed();
        if (line.trimmed().endsWith(';'))
            m_inGtidPurged = false;
        return commented(line);
    }
    const QByteArray key = compact(line);
    if (key.startsWith("SET@@SESSION.SQL_LOG_BIN=@MYSQLDUMP_TEMP_LOG_BIN"))
        return commented(line);
    if (m_headerDone)
        return line;
    if (key.startsWith("SET@MYSQLDUMP_TEMP_LOG_BIN=@@SESSION.SQL_LOG_BIN"))
        return commented(line);
    if (key.startsWith("SET@@SESSION.SQL_LOG_BIN=0")) {
        m_logBinOffLine = m_line;
        return commented(line);
    }
    if (key.startsWith("SET@@GLOBAL.GTID_PURGED=")) {
        m_gtidPurgedLine = m_line;
        m_gtidSet = line.trimmed();
        m_inGtidPurged = !line.trimmed().endsWith(';');
        return commented(line);
    }
    // The head ends with the first table, view or routine; what follows is data.
    if (startsWithNoCase(line, "CREATE ") || startsWithNoCase(line, "INSERT ") ||
        startsWithNoCase(line, "DROP TABLE") || startsWithNoCase(line, "LOCK TABLES"))
        m_headerDone = true;
    return line;
}

QList<GtidDumpFilter::LeftOut> GtidDumpFilter::leftOut() const
{
    QList<LeftOut> found;
    if (m_gtidPurgedLine > 0) {
        // The set as the dump wrote it, without the statement around it.
        QByteArray set = m_gtidSet;
        const qsizetype quote = set.lastIndexOf("'", set.lastIndexOf("'") - 1);
        set = quote >= 0 ? set.mid(quote + 1, set.lastIndexOf("'") - quote - 1) : set;
        found.append(
            {m_gtidPurgedLine,
             Tr::tr("not run: the dump's SET @@GLOBAL.GTID_PURGED (%1); this server already "
                    "executed those transactions and refuses it")
                 .arg(QString::fromUtf8(set.simplified()))});
    }
    if (m_logBinOffLine > 0)
        found.append({m_logBinOffLine,
                      Tr::tr("not run: the dump's SET @@SESSION.SQL_LOG_BIN = 0; the restore "
                             "is written to the binary log like Backstep's other statements")});
    return found;
}

QStringList GtidDumpFilter::removed() const
{
    QStringList sentences;
    for (const LeftOut &item : leftOut())
        sentences.append(item.why);
    return sentences;
}

} // namespace backstep
