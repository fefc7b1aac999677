#pragma once

#include <QJsonObject>
#include <QString>

namespace backstep {

// Where a server's binary log stood at one moment: its GTID set (MariaDB gtid_current_pos,
// MySQL gtid_executed) and binary log file and offset. A rollback records it before and
// after its run, so a DBA can find the run's transactions in the binary log and on the
// replicas. Claims only what was read: unknown, with the reason, when it could not be.
struct ServerPosition
{
    bool known = false;
    QString unknownReason; // why not, when !known
    QString gtid;          // empty: no GTID recorded (GTIDs off, or none yet)
    bool binlogOn = false; // false: the server writes no binary log
    QString binlogFile;
    qint64 binlogPosition = 0;

    static ServerPosition unknown(const QString &reason);
    // One line for people: "GTID 0-1-42; binary log mysql-bin.000003 at 1234".
    QString describe() const;
    // {"known": true, "gtid", "binlog": {"file", "position"} or null} or
    // {"known": false, "reason"}; an empty object for a run recorded before positions were.
    QJsonObject toJson() const;
    static ServerPosition fromJson(const QJsonObject &json);
    // The text stored in the journal (compact JSON); empty for a default position.
    QString toText() const;
    static ServerPosition fromText(const QString &text);
    // Nothing recorded (a run from before positions were recorded).
    bool recorded() const { return known || !unknownReason.isEmpty(); }

    friend bool operator==(const ServerPosition &, const ServerPosition &) = default;
};

} // namespace backstep
