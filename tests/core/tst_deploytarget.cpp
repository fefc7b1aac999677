// The playbook's default target (issue 13): "before the first migration of the last
// deploy", a deploy being the migrations recorded at most ten minutes apart, going back from
// the latest; without recorded times, the latest migration alone, and the reason says so.
#include "core/deploytarget.h"

#include <QTest>

using namespace backstep;

namespace {

// Applied rows in this order, at these times (an invalid one: the table records none).
QList<MigrationStatus> applied(const QList<std::pair<QString, QDateTime>> &versions)
{
    QList<MigrationStatus> rows;
    int order = 0;
    for (const auto &[version, at] : versions) {
        MigrationStatus row;
        row.version = version;
        row.state = MigrationState::Applied;
        row.appliedAt = at;
        row.appliedOrder = order++;
        rows.append(row);
    }
    return rows;
}

QDateTime at(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

} // namespace

class TestDeployTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLastDeployIsRolledBack()
    {
        // The demo's history: days apart, then a deploy of four, seconds apart.
        QList<MigrationStatus> rows =
            applied({{QStringLiteral("1198"), at("2026-03-01T09:00:00Z")},
                     {QStringLiteral("1199"), at("2026-03-05T09:00:00Z")},
                     {QStringLiteral("1200"), at("2026-03-09T22:14:03Z")},
                     {QStringLiteral("1201"), at("2026-03-09T22:14:06Z")},
                     {QStringLiteral("1202"), at("2026-03-09T22:20:06Z")},
                     {QStringLiteral("1203"), at("2026-03-09T22:29:00Z")}});
        // A pending migration (no appliedOrder) is no part of any deploy.
        MigrationStatus pending;
        pending.version = QStringLiteral("1204");
        rows.append(pending);
        const DeployTarget chosen = lastDeployTarget(rows).value();
        QCOMPARE(chosen.target.mode, RollbackTarget::Mode::ToVersion);
        QCOMPARE(chosen.target.version, QStringLiteral("1199"));
        QCOMPARE(chosen.versions, QStringList({QStringLiteral("1200"), QStringLiteral("1201"),
                                               QStringLiteral("1202"), QStringLiteral("1203")}));
        QVERIFY(chosen.fromTimes);
        QCOMPARE(chosen.reason,
                 QStringLiteral("the last deploy applied 1200 to 1203 at 2026-03-09 22:14:03 UTC; "
                                "1199 was applied at 2026-03-05 09:00:00 UTC, more than 10 "
                                "minutes earlier: back to 1199"));
    }

    void aGapOfMoreThanTenMinutesEndsTheDeploy()
    {
        const auto rows = applied({{QStringLiteral("1"), at("2026-03-09T10:00:00Z")},
                                   {QStringLiteral("2"), at("2026-03-09T10:10:01Z")}});
        const DeployTarget chosen = lastDeployTarget(rows).value();
        QCOMPARE(chosen.target.mode, RollbackTarget::Mode::ToVersion);
        QCOMPARE(chosen.target.version, QStringLiteral("1"));
        QCOMPARE(chosen.versions, QStringList{QStringLiteral("2")});
        // Ten minutes exactly is the same deploy.
        const auto close = applied({{QStringLiteral("1"), at("2026-03-09T10:00:00Z")},
                                    {QStringLiteral("2"), at("2026-03-09T10:10:00Z")}});
        QCOMPARE(lastDeployTarget(close).value().versions.size(), 2);
    }

    void everythingAppliedInOneDeployIsRolledBackBySteps()
    {
        const auto rows = applied({{QStringLiteral("1"), at("2026-03-09T10:00:00Z")},
                                   {QStringLiteral("2"), at("2026-03-09T10:00:02Z")},
                                   {QStringLiteral("3"), at("2026-03-09T10:00:04Z")}});
        const DeployTarget chosen = lastDeployTarget(rows).value();
        QCOMPARE(chosen.target.mode, RollbackTarget::Mode::Steps);
        QCOMPARE(chosen.target.steps, 3);
        QVERIFY2(chosen.reason.contains(QStringLiteral("nothing was applied before it")),
                 qPrintable(chosen.reason));
    }

    void withoutTimesTheLatestAlone()
    {
        // dbmate and Rails, golang-migrate: a version per row, no time.
        const auto rows = applied({{QStringLiteral("0001"), QDateTime()},
                                   {QStringLiteral("0002"), QDateTime()},
                                   {QStringLiteral("0003"), QDateTime()}});
        const DeployTarget chosen = lastDeployTarget(rows).value();
        QCOMPARE(chosen.target.mode, RollbackTarget::Mode::Steps);
        QCOMPARE(chosen.target.steps, 1);
        QCOMPARE(chosen.versions, QStringList{QStringLiteral("0003")});
        QVERIFY(!chosen.fromTimes);
        QVERIFY2(chosen.reason.contains(QStringLiteral("records no times")),
                 qPrintable(chosen.reason));
    }

    // Liquibase names each deploy (DEPLOYMENT_ID): two deploys three minutes apart, which
    // the times alone would take for one, are told apart by it.
    void liquibasesDeploymentIdNamesTheDeploy()
    {
        auto rows = applied({{QStringLiteral("users"), at("2026-03-09T10:00:00Z")},
                             {QStringLiteral("seed"), at("2026-03-09T10:00:01Z")},
                             {QStringLiteral("orders"), at("2026-03-09T10:03:00Z")},
                             {QStringLiteral("index"), at("2026-03-09T10:03:02Z")}});
        for (qsizetype i = 0; i < rows.size(); ++i)
            rows[i].deploymentId =
                i < 2 ? QStringLiteral("3290400001") : QStringLiteral("3290580002");
        const DeployTarget chosen = lastDeployTarget(rows).value();
        QCOMPARE(chosen.target.mode, RollbackTarget::Mode::ToVersion);
        QCOMPARE(chosen.target.version, QStringLiteral("seed"));
        QCOMPARE(chosen.versions, QStringList({QStringLiteral("orders"), QStringLiteral("index")}));
        QVERIFY(chosen.fromDeploymentId);
        QVERIFY(!chosen.fromTimes);
        QCOMPARE(chosen.reason,
                 QStringLiteral("the last deploy (Liquibase's DEPLOYMENT_ID 3290580002) applied "
                                "orders to index at 2026-03-09 10:03:00 UTC; seed was applied by "
                                "the deploy before it (DEPLOYMENT_ID 3290400001): back to seed"));

        // One deploy, hours long (a slow data changeset): still one deploy.
        for (MigrationStatus &row : rows)
            row.deploymentId = QStringLiteral("3290400001");
        rows[3].appliedAt = at("2026-03-09T14:00:00Z");
        const DeployTarget whole = lastDeployTarget(rows).value();
        QCOMPARE(whole.target.mode, RollbackTarget::Mode::Steps);
        QCOMPARE(whole.target.steps, 4);
        QVERIFY2(whole.reason.contains(QStringLiteral("nothing was applied before it")),
                 qPrintable(whole.reason));

        // Rows of an older Liquibase (no id) before the last deploy's.
        rows[0].deploymentId.clear();
        rows[1].deploymentId.clear();
        const DeployTarget afterOld = lastDeployTarget(rows).value();
        QCOMPARE(afterOld.target.version, QStringLiteral("seed"));
        QVERIFY2(afterOld.reason.contains(QStringLiteral("by a deploy without an id")),
                 qPrintable(afterOld.reason));
        // The latest without an id: the times decide, as for the other tools.
        rows[3].deploymentId.clear();
        QVERIFY(lastDeployTarget(rows).value().fromTimes);
    }

    void nothingAppliedHasNoDefault()
    {
        MigrationStatus pending;
        pending.version = QStringLiteral("1");
        const auto chosen = lastDeployTarget({pending});
        QVERIFY(!chosen.ok());
        QVERIFY2(chosen.error().contains(QStringLiteral("no migration is applied")),
                 qPrintable(chosen.error()));
    }
};

QTEST_GUILESS_MAIN(TestDeployTarget)
#include "tst_deploytarget.moc"
