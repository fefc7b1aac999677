#include "support/incidentfixture.h"

#include <QJsonArray>
#include <QTimeZone>

namespace backstep::test {

namespace {

QDateTime at(int minute, int second, int ms = 0)
{
    return QDateTime(QDate(2026, 11, 23), QTime(3, minute, second, ms), QTimeZone::UTC);
}

void finish(PlaybookStep &step, QDateTime from, QDateTime to, const QString &summary)
{
    step.status = PlaybookStep::Status::Done;
    step.attempts = 1;
    step.startedAt = std::move(from);
    step.finishedAt = std::move(to);
    step.summary = summary;
}

QJsonObject planStatement(const char *version, const char *file, int line, const char *sql)
{
    return {{QStringLiteral("version"), QString::fromUtf8(version)},
            {QStringLiteral("file"), QString::fromUtf8(file)},
            {QStringLiteral("line"), line},
            {QStringLiteral("sql"), QString::fromUtf8(sql)}};
}

} // namespace

PlaybookRun incidentFixtureRun()
{
    PlaybookRun run = PlaybookRun::withAllSteps();
    run.id = QStringLiteral("pb-0001");
    run.profile = QStringLiteral("heartguard");
    run.databaseUrl = QStringLiteral("mysql://dba@db.example:3307/heartguard");
    run.databaseName = QStringLiteral("heartguard");
    run.target = QStringLiteral("the last 2 migrations");
    run.targetOption = QStringLiteral("--steps 2");
    run.backupKind = PlaybookBackupKind::Targeted;
    run.status = PlaybookRun::Status::Done;
    run.startedAt = at(0, 0);
    run.finishedAt = at(9, 30);
    run.operatorName = QStringLiteral("dba");
    run.host = QStringLiteral("ops-1");
    run.pid = 4242;
    run.server = QStringLiteral("MariaDB 11.8.3");
    run.connection = QStringLiteral("TLS (TLS_AES_256_GCM_SHA384)");

    using K = PlaybookStepKind;
    PlaybookStep &identify = *run.step(K::Identify);
    finish(identify, at(0, 0), at(0, 1, 250), QStringLiteral("1203 and 1202, down to 1201"));
    identify.evidence = {
        {QStringLiteral("migrations"),
         QJsonArray{
             QJsonObject{{QStringLiteral("version"), QStringLiteral("1203")},
                         {QStringLiteral("name"), QStringLiteral("activity_events")},
                         {QStringLiteral("file"), QStringLiteral("migrations/1203_activity.sql")},
                         {QStringLiteral("appliedAt"), QStringLiteral("2026-11-22T23:41:07Z")}},
             QJsonObject{
                 {QStringLiteral("version"), QStringLiteral("1202")},
                 {QStringLiteral("name"), QStringLiteral("food_logs items json")},
                 {QStringLiteral("file"), QStringLiteral("migrations/1202_items | json.sql")},
                 {QStringLiteral("appliedAt"), QStringLiteral("2026-11-22T23:41:05Z")}}}},
        {QStringLiteral("fromVersion"), QStringLiteral("1203")},
        {QStringLiteral("toVersion"), QStringLiteral("1201")},
        {QStringLiteral("target"), QStringLiteral("the last 2 migrations")},
        {QStringLiteral("plannedTables"), QJsonArray{QStringLiteral("heartguard.activity_events"),
                                                     QStringLiteral("heartguard.food_logs")}},
        {QStringLiteral("statements"), 2},
        {QStringLiteral("planStatements"),
         QJsonArray{planStatement("1203", "migrations/1203_activity.sql", 14,
                                  "DROP TABLE activity_events"),
                    planStatement("1202", "migrations/1202_items | json.sql", 9,
                                  "ALTER TABLE food_logs\n  MODIFY COLUMN items TEXT")}},
    };

    PlaybookStep &stop = *run.step(K::StopService);
    finish(stop, at(0, 1, 250), at(0, 4), QStringLiteral("heartguard-app inactive"));
    stop.evidence = {{QStringLiteral("unit"), QStringLiteral("heartguard-app")},
                     {QStringLiteral("backend"), QStringLiteral("commands")},
                     {QStringLiteral("stateBefore"), QStringLiteral("active")},
                     {QStringLiteral("stateAfter"), QStringLiteral("inactive")}};

    PlaybookStep &backUp = *run.step(K::BackUp);
    finish(backUp, at(0, 4), at(0, 19), QStringLiteral("verified targeted backup"));
    backUp.evidence = {
        {QStringLiteral("kind"), QStringLiteral("targeted")},
        {QStringLiteral("file"),
         QStringLiteral("/srv/backups/heartguard_rollback_backup_20261123_030004.sql")},
        {QStringLiteral("size"), 1'234'567},
        {QStringLiteral("sha256"),
         QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")},
        {QStringLiteral("backupId"), 17},
        {QStringLiteral("notRestorable"),
         QStringLiteral("the rows of the 41 tables the plan does not touch")},
    };

    PlaybookStep &rehearse = *run.step(K::Rehearse);
    finish(rehearse, at(0, 19), at(0, 58), QStringLiteral("pass in heartguard_rehearsal"));
    rehearse.evidence = {
        {QStringLiteral("scratchDatabase"), QStringLiteral("heartguard_rehearsal_20261123030019")},
        {QStringLiteral("result"), QStringLiteral("pass")},
        {QStringLiteral("restoreMs"), 31'200},
        {QStringLiteral("rollbackMs"), 1'650},
        {QStringLiteral("verifyMs"), 4'100},
        {QStringLiteral("dropped"), true},
    };

    PlaybookStep &rollBack = *run.step(K::RollBack);
    finish(rollBack, at(0, 58), at(1, 0), QStringLiteral("2 statements, 2 history updates"));
    rollBack.evidence = {
        {QStringLiteral("rollbackRun"), QStringLiteral("r-0042")},
        {QStringLiteral("outcome"), QStringLiteral("completed")},
        {QStringLiteral("statements"), 2},
        {QStringLiteral("checksumsBefore"),
         QJsonObject{{QStringLiteral("tables"), 41}, {QStringLiteral("chunks"), 118}}},
    };

    PlaybookStep &verify = *run.step(K::Verify);
    finish(verify, at(1, 0), at(1, 20), QStringLiteral("pass; 118 chunks the same"));
    verify.evidence = {
        {QStringLiteral("verdict"), QStringLiteral("pass")},
        {QStringLiteral("reportId"), 9},
        {QStringLiteral("differences"), QJsonArray{}},
        {QStringLiteral("checksums"),
         QJsonObject{
             {QStringLiteral("compared"), 118},
             {QStringLiteral("differing"), QJsonArray{}},
             {QStringLiteral("notCovered"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("table"), QStringLiteral("heartguard.audit_log")},
                  {QStringLiteral("range"), QStringLiteral("id > 480000")},
                  {QStringLiteral("reason"), QStringLiteral("the time budget ran out")}}}}}},
    };

    PlaybookStep &validate = *run.step(K::Validate);
    finish(validate, at(1, 20), at(1, 50), QStringLiteral("2 commands passed"));
    validate.evidence = {
        {QStringLiteral("commands"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("validate:data")},
                         {QStringLiteral("command"), QStringLiteral("npm run validate:data")},
                         {QStringLiteral("exitCode"), 0},
                         {QStringLiteral("outcome"), QStringLiteral("passed")},
                         {QStringLiteral("outputTail"), QStringLiteral("42 rows <ok>")}},
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("test")},
                 {QStringLiteral("command"), QStringLiteral("npm run test")},
                 {QStringLiteral("exitCode"), 0},
                 {QStringLiteral("outcome"), QStringLiteral("passed")},
                 {QStringLiteral("outputTail"),
                  QStringLiteral("PASS food_logs.test.js\nTests: 118 passed, 118 total")}}}},
    };

    PlaybookStep &start = *run.step(K::StartService);
    finish(start, at(1, 50), at(1, 55), QStringLiteral("heartguard-app active"));
    start.evidence = {{QStringLiteral("unit"), QStringLiteral("heartguard-app")},
                      {QStringLiteral("backend"), QStringLiteral("commands")},
                      {QStringLiteral("stateBefore"), QStringLiteral("inactive")},
                      {QStringLiteral("stateAfter"), QStringLiteral("active")}};

    PlaybookStep &watch = *run.step(K::WatchLog);
    finish(watch, at(1, 55), at(6, 55), QStringLiteral("0.2 errors a minute, as before"));
    watch.evidence = {
        {QStringLiteral("seconds"), 300},
        {QStringLiteral("threshold"), 5},
        {QStringLiteral("before"),
         QJsonObject{{QStringLiteral("errors"), 0.2}, {QStringLiteral("warnings"), 0.6}}},
        {QStringLiteral("after"),
         QJsonObject{{QStringLiteral("errors"), 0.2}, {QStringLiteral("warnings"), 0.4}}},
        {QStringLiteral("lines"), QJsonArray{QStringLiteral("03:02:01 ERROR cache miss storm"),
                                             QStringLiteral("03:02:09 WARN slow query ```")}},
    };

    PlaybookStep &report = *run.step(K::Report);
    finish(report, at(9, 29), at(9, 30), QStringLiteral("stored in the journal"));
    report.evidence = {{QStringLiteral("formats"), QStringLiteral("md html json")}};
    return run;
}

PlaybookRun incidentFixtureFailedRun()
{
    PlaybookRun run = incidentFixtureRun();
    run.status = PlaybookRun::Status::Failed;
    run.finishedAt = {};
    using K = PlaybookStepKind;
    PlaybookStep &verify = *run.step(K::Verify);
    verify.status = PlaybookStep::Status::Failed;
    verify.attempts = 2;
    verify.summary.clear();
    verify.error = QStringLiteral("the verification failed: 1 difference, 1 chunk differs");
    verify.evidence = {
        {QStringLiteral("verdict"), QStringLiteral("fail")},
        {QStringLiteral("reportId"), 9},
        {QStringLiteral("differences"),
         QJsonArray{QJsonObject{
             {QStringLiteral("kind"), QStringLiteral("changed")},
             {QStringLiteral("object"), QStringLiteral("table food_logs")},
             {QStringLiteral("expected"),
              QStringLiteral("CREATE TABLE `food_logs` (\n  `id` bigint NOT NULL,\n  `items` "
                             "text DEFAULT NULL,\n  PRIMARY KEY (`id`)\n)")},
             {QStringLiteral("actual"),
              QStringLiteral("CREATE TABLE `food_logs` (\n  `id` bigint NOT NULL,\n  `items` "
                             "longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL "
                             "CHECK (json_valid(`items`)),\n  PRIMARY KEY (`id`)\n)")}}}},
        {QStringLiteral("checksums"),
         QJsonObject{
             {QStringLiteral("compared"), 118},
             {QStringLiteral("differing"),
              QJsonArray{QJsonObject{{QStringLiteral("table"), QStringLiteral("heartguard.users")},
                                     {QStringLiteral("range"), QStringLiteral("id 5001–10000")}}}},
             {QStringLiteral("notCovered"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("table"), QStringLiteral("heartguard.audit_log")},
                  {QStringLiteral("range"), QStringLiteral("id > 480000")},
                  {QStringLiteral("reason"), QStringLiteral("the time budget ran out")}}}}}},
    };
    for (K later : {K::Validate, K::StartService, K::WatchLog, K::Report}) {
        PlaybookStep pending;
        pending.kind = later;
        *run.step(later) = pending;
    }
    return run;
}

} // namespace backstep::test
