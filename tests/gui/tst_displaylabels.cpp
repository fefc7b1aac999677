// The words the window shows pass through tr(), and the names machines read do not: with a
// translator installed that marks every text it translates, each display label comes back
// marked and each machine name comes back as it was.

#include "core/backuprecord.h"
#include "core/rollbackplan.h"
#include "core/statementkind.h"
#include "db/rollbackjournal.h"
#include "db/runhistory.h"
#include "models/rollbackplanmodel.h"
#include "models/runhistorymodel.h"
#include "models/statepresentation.h"
#include "ops/rollbackoutcome.h"
#include "ops/rollbackpreview.h"
#include "ops/servicecontroller.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace backstep;

namespace {

// Translates every text into itself between brackets, so a test can tell translated
// words from words that never reached a translator.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("[%1]").arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestDisplayLabels : public QObject
{
    Q_OBJECT
private:
    MarkingTranslator m_translator;

private Q_SLOTS:
    void initTestCase() { QVERIFY(QCoreApplication::installTranslator(&m_translator)); }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    void labelsAreTranslatedNamesAreNot()
    {
        QCOMPARE(statementKindLabel(StatementKind::Schema), QStringLiteral("[schema]"));
        QCOMPARE(statementKindName(StatementKind::Schema), QStringLiteral("schema"));
        QCOMPARE(runStatusLabel(RollbackRun::Status::Done), QStringLiteral("[done]"));
        QCOMPARE(runStatusName(RollbackRun::Status::Done), QStringLiteral("done"));
        QCOMPARE(runStepStatusLabel(RunStep::Status::Skipped), QStringLiteral("[skipped]"));
        QCOMPARE(runStepStatusName(RunStep::Status::Skipped), QStringLiteral("skipped"));
        QCOMPARE(serviceActionLabel(ServiceAction::Stop), QStringLiteral("[stop]"));
        QCOMPARE(serviceActionName(ServiceAction::Stop), QStringLiteral("stop"));
        QCOMPARE(serviceStateLabel(ServiceState::Inactive), QStringLiteral("[inactive]"));
        QCOMPARE(serviceStateName(ServiceState::Inactive), QStringLiteral("inactive"));
        QCOMPARE(impactKindLabel(ImpactItem::Kind::DropsTable), QStringLiteral("[drops table]"));
        QCOMPARE(impactKindName(ImpactItem::Kind::DropsTable), QStringLiteral("drops table"));
        QCOMPARE(outcomeLabel(RollbackOutcome::Result::Refused), QStringLiteral("[refused]"));
        QCOMPARE(outcomeName(RollbackOutcome::Result::Refused), QStringLiteral("refused"));
        QCOMPARE(backupStatusLabel(BackupStatus::Complete), QStringLiteral("[complete]"));
        QCOMPARE(backupStatusName(BackupStatus::Complete), QStringLiteral("complete"));
    }

    void stateCountsAreOnePluralEach()
    {
        // The count is inside the translated text, where a language can inflect around it.
        QCOMPARE(StatePresentation::countLabel(MigrationState::Applied, 9),
                 QStringLiteral("[9 applied]"));
        QCOMPARE(StatePresentation::countLabel(MigrationState::Pending, 1),
                 QStringLiteral("[1 pending]"));
    }

    void planTypeColumnIsTranslatedKindRoleIsNot()
    {
        PlannedMigration migration;
        migration.version = QStringLiteral("2");
        migration.file = QStringLiteral("/m/2.down.sql");
        Statement statement;
        statement.sql = QStringLiteral("DROP TABLE t");
        statement.start.line = 1;
        migration.statements = {statement};
        migration.kinds = {StatementKind::Schema};
        RollbackPlan plan;
        plan.migrations = {migration};
        plan.steps = {PlanStep{0, 0}, PlanStep{0, -1}};
        RollbackPlanModel model;
        model.setPlan(plan, true);
        const QModelIndex schema = model.index(0, RollbackPlanModel::KindColumn);
        const QModelIndex history = model.index(1, RollbackPlanModel::KindColumn);
        QCOMPARE(schema.data().toString(), QStringLiteral("[schema]"));
        QCOMPARE(schema.data(RollbackPlanModel::KindRole).toString(), QStringLiteral("schema"));
        QCOMPARE(history.data().toString(), QStringLiteral("[history]"));
        QCOMPARE(history.data(RollbackPlanModel::KindRole).toString(), QStringLiteral("history"));
    }

    void runHistoryStatusIsTranslatedStatusRoleIsNot()
    {
        RunHistoryEntry entry;
        entry.id = QStringLiteral("r1");
        entry.status = runStatusName(RollbackRun::Status::Failed);
        entry.statusLabel = runStatusLabel(RollbackRun::Status::Failed);
        RunHistoryModel model;
        model.setEntries({entry});
        const QModelIndex status = model.index(0, RunHistoryModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("[failed]"));
        QCOMPARE(status.data(RunHistoryModel::StatusRole).toString(), QStringLiteral("failed"));
    }
};

QTEST_MAIN(TestDisplayLabels)
#include "tst_displaylabels.moc"
