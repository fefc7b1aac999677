#include "db/toolchecks.h"

#include "db/databasesession.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace backstep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ToolChecks)
};
} // namespace

VerificationCheck ToolChecks::runScript(DatabaseSession &session, const QString &name,
                                        const Statements &statements, bool expectSuccess)
{
    VerificationCheck check;
    check.section = QStringLiteral("tool");
    check.name = name;
    check.expected = expectSuccess ? Tr::tr("succeeds") : Tr::tr("fails");
    QString failure;
    QString where;
    for (const Statement &statement : statements) {
        QSqlQuery query(session.database());
        if (!query.exec(statement.sql)) {
            failure = query.lastError().text();
            where = statement.start.toString();
            break;
        }
    }
    // Whatever the script left open is undone: a verification changes nothing.
    QSqlQuery(session.database()).exec(QStringLiteral("ROLLBACK"));
    const bool succeeded = failure.isEmpty();
    check.actual = succeeded ? Tr::tr("succeeds") : Tr::tr("fails");
    check.outcome = succeeded == expectSuccess ? VerificationCheck::Outcome::Passed
                                               : VerificationCheck::Outcome::Failed;
    check.detail =
        succeeded ? Tr::tr("the script ran to its end") : Tr::tr("%1: %2").arg(where, failure);
    return check;
}

} // namespace backstep
