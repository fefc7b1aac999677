#include "core/statementsplitter.h"
#include "db/checksupport.h"
#include "db/databasesession.h"
#include "db/datachecks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace backstep {

using namespace checks;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)
};

// The assertion's result as text: columns joined by a tab, rows by a newline.
QString resultText(QSqlQuery &query, bool &truncated)
{
    QStringList lines;
    truncated = false;
    while (query.next()) {
        if (lines.size() >= DataChecks::assertionRowLimit) {
            truncated = true;
            break;
        }
        QStringList cells;
        for (int c = 0; c < query.record().count(); ++c)
            cells.append(cellText(query.value(c)));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n');
}

enum class Dialect { Sqlite, MariaDb, MySql };

VerificationCheck runAssertion(DatabaseSession &session, Dialect dialect,
                               const Assertion &assertion, int timeoutSeconds)
{
    QElapsedTimer timer;
    timer.start();
    VerificationCheck check = started(assertionSection, assertion.name, assertion.sql);
    check.expected = assertion.expected;
    const QString problem = assertionSqlProblem(assertion.sql);
    if (!problem.isEmpty()) {
        fail(check, Outcome::Error, Tr::tr("not run: %1").arg(problem));
        return check;
    }
    const bool sqlite = dialect == Dialect::Sqlite;
    const bool mariadb = dialect == Dialect::MariaDb;
    // As the client would send it: comments and the delimiter gone.
    QString sql = StatementSplitter::split(assertion.sql).statements.value(0).sql;
    QSqlQuery query(session.database());
    QString restore;
    QString limit; // how the time limit was set, for the evidence
    if (mariadb) {
        sql = QStringLiteral("SET STATEMENT max_statement_time=%1 FOR %2")
                  .arg(timeoutSeconds)
                  .arg(sql);
    } else if (!sqlite) {
        // MySQL limits only SELECT statements, in milliseconds.
        if (query.exec(QStringLiteral("SELECT @@SESSION.max_execution_time")) && query.next()) {
            restore = QStringLiteral("SET SESSION max_execution_time = %1")
                          .arg(query.value(0).toLongLong());
            const QString set = QStringLiteral("SET SESSION max_execution_time = %1")
                                    .arg(qint64(timeoutSeconds) * 1000);
            if (query.exec(set))
                limit = set + QStringLiteral(";\n");
        }
    }
    // The evidence says how the statement was bounded on MySQL too, not only on MariaDB.
    check.evidence = limit + sql;
    const QString begin =
        sqlite ? QStringLiteral("BEGIN") : QStringLiteral("START TRANSACTION READ ONLY");
    if (!query.exec(begin)) {
        fail(check, Outcome::Error,
             Tr::tr("cannot start a transaction: %1").arg(query.lastError().text()));
        return check;
    }
    query.setForwardOnly(true);
    const bool ran = query.exec(sql);
    bool truncated = false;
    const QString actual = ran ? resultText(query, truncated) : QString();
    const QString serverError = ran ? QString() : query.lastError().text();
    query.finish();
    QSqlQuery cleanup(session.database());
    cleanup.exec(QStringLiteral("ROLLBACK"));
    if (!restore.isEmpty())
        cleanup.exec(restore);
    check.durationMs = timer.elapsed();
    if (!ran) {
        fail(check, Outcome::Error, Tr::tr("the server said: %1").arg(serverError));
        return check;
    }
    check.actual = truncated ? actual + QStringLiteral("\n…") : actual;
    if (!truncated && assertionMatches(assertion.expected, actual)) {
        check.detail = Tr::tr("the result is as expected");
        return check;
    }
    fail(check, Outcome::Failed,
         Tr::tr("expected \"%1\", got \"%2\"")
             .arg(assertion.expected.trimmed(), check.actual.trimmed()));
    return check;
}

} // namespace

VerificationChecks DataChecks::runAssertions(DatabaseSession &session,
                                             const QList<Assertion> &assertions, int timeoutSeconds)
{
    Dialect dialect = Dialect::Sqlite;
    if (session.spec().engine != ConnectionSpec::Engine::Sqlite)
        dialect =
            session.serverVersion().startsWith(u"MariaDB") ? Dialect::MariaDb : Dialect::MySql;
    VerificationChecks checks;
    for (const Assertion &assertion : assertions)
        checks.append(runAssertion(session, dialect, assertion, timeoutSeconds));
    return checks;
}

} // namespace backstep
