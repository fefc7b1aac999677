#pragma once

#include "core/assertion.h"
#include "core/result.h"
#include "core/scenariodetector.h"
#include "core/verificationcheck.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace backstep {

class DatabaseSession;
struct RollbackPlan;

// What the data checks after a rollback need to know about it.
struct DataCheckRequest
{
    QStringList touchedTables;               // ScenarioDetector::touchedTables(plan)
    QList<ScenarioExpectation> expectations; // ScenarioDetector::detect(plan)
    // DataChecks::rowCounts taken just before the rollback: every table the plan does not
    // touch must have as many rows afterwards.
    QMap<QString, qint64> rowCountsBefore;
    // Tables whose rows change by design and are not compared (the history table).
    // Backstep's own progress table is never compared.
    QStringList ignoredTables;
};

// The data checks of a post-rollback verification (section "data"), the playbook's
// scenario checks ("scenario") and the DBA's own assertions ("assertion").
//  - MySQL/MariaDB: CHECK TABLE on every touched table that exists; orphaned rows for
//    every foreign key from or to a touched table (counted up to orphanLimit, with up to
//    sampleLimit sample keys); row counts of the untouched tables; each expectation.
//  - SQLite: PRAGMA integrity_check, PRAGMA foreign_key_check of the touched tables, row
//    counts and the expectations that apply; the others are Skipped with the reason.
class DataChecks
{
public:
    static constexpr int orphanLimit = 1000;
    static constexpr int sampleLimit = 5;
    static constexpr int assertionRowLimit = 1000; // rows of an assertion's result read

    // The request for `plan`: its touched tables and scenario expectations.
    // `ignoredTables`: the history table the rollback updates, at least.
    static DataCheckRequest request(const RollbackPlan &plan,
                                    const QMap<QString, qint64> &rowCountsBefore,
                                    const QStringList &ignoredTables);
    // Exact row counts of every base table of the session's database.
    // Tables estimated above this are not counted before a rollback: a COUNT(*) of each
    // would scan a production database whole while the DBA waits.
    static constexpr qint64 countedRowLimit = 1000000;
    static Result<QMap<QString, qint64>> rowCounts(DatabaseSession &session);
    static VerificationChecks run(DatabaseSession &session, const DataCheckRequest &request);

    // Each assertion that is one read-only statement runs in a transaction that is
    // rolled back (READ ONLY where the server has it), limited to timeoutSeconds
    // (MariaDB max_statement_time, MySQL max_execution_time for SELECT; SQLite has no
    // limit and is local); any other is an Error and never sent. Passed when the result
    // as text (see Assertion) matches.
    static VerificationChecks runAssertions(DatabaseSession &session,
                                            const QList<Assertion> &assertions,
                                            int timeoutSeconds = 30);
};

} // namespace backstep
