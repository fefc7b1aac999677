#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace backstep {

// MySQL's mysqldump, with its default --set-gtid-purged=AUTO on a server with GTIDs,
// writes three things a restore into the server the dump came from must not run:
//   SET @MYSQLDUMP_TEMP_LOG_BIN = @@SESSION.SQL_LOG_BIN;
//   SET @@SESSION.SQL_LOG_BIN= 0;                       (the restore off the binary log)
//   SET @@GLOBAL.GTID_PURGED=/*!80000 '+'*/ '<set>';    (refused: the server already
//                                                         executed these transactions)
//   SET @@SESSION.SQL_LOG_BIN = @MYSQLDUMP_TEMP_LOG_BIN; (at the end)
// A DBA restoring such a dump into a scratch database (or back into its database) on the
// same server removes them, as this filter does: each of those lines, and the GTID set's
// continuation lines, becomes a `-- ` comment (line numbers kept), so the restore runs
// and is written to the binary log like Backstep's other statements, reaching the
// replicas as the scratch database's CREATE and DROP do. What was removed is listed in
// words for the report, with the line of the dump's text where each began.
//
// Fed the dump's bytes in pieces of any size; a line is decided when it is whole.
class GtidDumpFilter
{
public:
    // The bytes to pass on for `bytes`, less what an unfinished line holds back.
    QByteArray feed(const QByteArray &bytes);
    // The rest (an unfinished last line) at the end of the input.
    QByteArray finish();
    // A statement left out: the line of the dump's text where it began (1-based) and why.
    struct LeftOut
    {
        qsizetype line = 0;
        QString why;
    };
    // What was removed, one sentence each (the GTID_PURGED first); empty when the dump had
    // none of it.
    QList<LeftOut> leftOut() const;
    QStringList removed() const;

private:
    QByteArray filterLine(const QByteArray &line);

    QByteArray m_pending;        // the unfinished line
    qsizetype m_line = 0;        // the line being filtered, 1-based
    bool m_inGtidPurged = false; // inside a GTID_PURGED statement that spans lines
    bool m_headerDone = false;   // past the dump's head: only the end's restore is looked for
    QByteArray m_gtidSet;
    qsizetype m_gtidPurgedLine = 0; // where the GTID_PURGED began; 0: none removed
    qsizetype m_logBinOffLine = 0;  // where SQL_LOG_BIN = 0 was; 0: none removed
};

} // namespace backstep
