#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace backstep {

// Watches the SQL text of a dump as it streams past, chunk by chunk: the table being
// dumped (from the dump's own "-- Table structure for table `t`" and "-- Dumping data
// for table `t`" lines) and the last bytes, for the completion line. Chunks are scanned
// where they lie; only a short line carry and the tail are ever copied, since a
// gigabyte dump passes through here.
class DumpTextWatcher
{
public:
    void reset();
    void feed(QByteArrayView chunk);

    // The latest marker seen, empty before the first.
    const QString &currentTable() const { return m_currentTable; }
    // Every table (or view) whose structure the text has held so far, in order.
    const QStringList &structures() const { return m_structures; }
    // True when the last line of the text so far is the dump's completion line: a dump cut
    // short never has it.
    bool endsWithCompletionLine() const;

private:
    void watchLine(QByteArrayView line);
    void keepTail(QByteArrayView chunk);

    QString m_currentTable;
    QStringList m_structures;
    QByteArray m_tail;      // the last bytes of the text
    QByteArray m_lineCarry; // the start of a line the previous chunk ended in
};

} // namespace backstep
