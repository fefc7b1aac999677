#pragma once

#include "support/testsupport.h"

#include <QMap>
#include <QSet>

namespace backstep::test {

// The schema fingerprint, the history (schema_migrations) and a checksum of every table's
// rows, Backstep's progress table left out: equal for two databases in the same state.
QString databaseState(const MariaDbSandbox &server, const QString &database);
// Whether backstep_rollback_progress exists in `database`.
bool hasProgressTable(const MariaDbSandbox &server, const QString &database);

// The server's general query log (log_output=TABLE), on while the object lives. Tests that
// use it share the ctest RESOURCE_LOCK general_log.
class GeneralLog
{
public:
    explicit GeneralLog(const MariaDbSandbox &server);
    ~GeneralLog();
    GeneralLog(const GeneralLog &) = delete;
    GeneralLog &operator=(const GeneralLog &) = delete;

    // How many times each of `texts` took effect through the connections of Backstep's
    // account to `database`: a statement outside a transaction (and any in `immediate`,
    // which no transaction can undo) when it was received; one inside a transaction only
    // when that connection then committed it (COMMIT, or the implicit commit of a schema
    // statement). A transaction cut off by a kill was rolled back by the server.
    QMap<QString, int> effects(const QString &database, const QStringList &texts,
                               const QSet<QString> &immediate = {}) const;

private:
    QString m_connection;
};

} // namespace backstep::test
