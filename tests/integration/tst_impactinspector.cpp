// ImpactInspector against the real MariaDB server (and SQLite): table and column facts of
// a fresh database, and the other connections that would block a rollback, held open on
// second connections while the inspector looks.
#include "core/connectionspec.h"
#include "db/databasesession.h"
#include "db/impactinspector.h"
#include "support/testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

using namespace backstep;
using namespace backstep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const LockRisk *findRisk(const QList<LockRisk> &risks, qint64 connectionId, const QString &table)
{
    for (const LockRisk &risk : risks)
        if (risk.connectionId == connectionId && risk.table == table)
            return &risk;
    return nullptr;
}

QString describe(const QList<LockRisk> &risks)
{
    QStringList lines;
    for (const LockRisk &risk : risks)
        lines.append(QStringLiteral("%1 #%2 %3 %4s: %5")
                         .arg(risk.kind)
                         .arg(risk.connectionId)
                         .arg(risk.table)
                         .arg(risk.seconds)
                         .arg(risk.detail));
    return lines.join(u'\n');
}

qint64 connectionId(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(s("SELECT CONNECTION_ID()")) || !query.next())
        qFatal("CONNECTION_ID(): %s", qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

} // namespace

class TestImpactInspector : public QObject
{
    Q_OBJECT

    MariaDbSandbox m_server;
    QString m_database;
    std::unique_ptr<DatabaseSession> m_session;
    bool m_installedPlugin = false;

    // A second connection to the test database, as another application would hold it.
    QSqlDatabase other(const QString &name) { return m_server.connect(name, m_database); }

    QList<LockRisk> lockRisks(const QStringList &tables)
    {
        auto risks = ImpactInspector::lockRisks(*m_session, tables);
        if (!risks)
            qFatal("lockRisks: %s", qPrintable(risks.error()));
        return risks.value();
    }
    // information_schema.INNODB_TRX is a snapshot that the server refreshes only when it
    // was last read more than 0.1 s ago: polling must be slower than that, or it sees the
    // same snapshot for ever.
    template <typename Predicate>
    QList<LockRisk> waitForRisks(const QStringList &tables, Predicate until)
    {
        QList<LockRisk> risks = lockRisks(tables);
        for (int attempt = 0; attempt < 20 && !until(risks); ++attempt) {
            QTest::qWait(150);
            risks = lockRisks(tables);
        }
        return risks;
    }

    QString nonTransactionalEngine() const { return m_server.isMySql() ? s("MyISAM") : s("Aria"); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = MariaDbSandbox::current();
        m_database = m_server.createDatabase(s("impact"));
        {
            QSqlDatabase db = other(s("setup"));
            for (const char *sql : {
                     "CREATE TABLE food_logs (id INT PRIMARY KEY, calories INT NOT NULL, notes "
                     "VARCHAR(200) NULL) ENGINE=InnoDB",
                     "INSERT INTO food_logs VALUES (1, 500, 'toast'), (2, 300, NULL), (3, 800, "
                     "'pasta'), (4, 100, NULL), (5, 50, NULL)",
                     "CREATE TABLE food_log_items (id INT PRIMARY KEY, log_id INT NOT NULL, "
                     "KEY k_log (log_id)) ENGINE=InnoDB",
                     "INSERT INTO food_log_items VALUES (1, 1), (2, 1), (3, 3)",
                     "CREATE VIEW v_logs AS SELECT id, calories FROM food_logs",
                 })
                exec(db, s(sql));
            // A table without transactions: Aria on MariaDB, MyISAM on MySQL (no Aria).
            exec(db, s("CREATE TABLE archive (id INT) ENGINE=") + nonTransactionalEngine());
        }
        QSqlDatabase::removeDatabase(s("setup"));
        auto spec = ConnectionSpec::parse(m_server.url(m_database));
        QVERIFY(spec.ok());
        auto session = DatabaseSession::open(spec.value(), m_server.password);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error()));
        m_session = std::move(session.value());
    }

    void cleanupTestCase()
    {
        if (m_installedPlugin) {
            QSqlQuery query(m_session->database());
            query.exec(s("UNINSTALL SONAME 'metadata_lock_info'"));
        }
        m_session.reset();
    }

    void tableFacts()
    {
        const QStringList tables{s("food_logs"),     s("food_log_items"),
                                 s("missing_table"), m_database + s(".food_logs"),
                                 s("v_logs"),        s("archive")};
        auto facts = ImpactInspector::tableFacts(*m_session, tables);
        QVERIFY2(facts.ok(), qPrintable(facts.ok() ? QString() : facts.error()));
        QCOMPARE(facts->size(), tables.size());
        for (qsizetype i = 0; i < tables.size(); ++i)
            QCOMPARE(facts->at(i).table, tables.at(i));

        const TableFacts &logs = facts->at(0);
        QVERIFY(logs.exists);
        QCOMPARE(logs.engine, s("InnoDB"));
        QCOMPARE(logs.rows, 5);
        QVERIFY(!logs.rowsEstimated);
        QVERIFY(logs.dataBytes > 0);
        QCOMPARE(facts->at(1).rows, 3);
        QVERIFY(facts->at(1).indexBytes > 0); // k_log

        const TableFacts &missing = facts->at(2);
        QVERIFY(!missing.exists);
        QCOMPARE(missing.rows, -1);
        QVERIFY(missing.engine.isEmpty());

        QVERIFY(facts->at(3).exists); // qualified
        QCOMPARE(facts->at(3).rows, 5);

        const TableFacts &view = facts->at(4);
        QVERIFY(view.exists);
        QVERIFY(view.engine.isEmpty());
        QCOMPARE(view.rows, -1);

        QCOMPARE(facts->at(5).engine, nonTransactionalEngine());
        QCOMPARE(facts->at(5).rows, 0);
    }

    void bigTablesAreEstimated()
    {
        // A negative limit stands for "every table is big": no COUNT(*) at all.
        auto facts = ImpactInspector::tableFacts(*m_session, {s("food_logs")}, -1);
        QVERIFY(facts.ok());
        QVERIFY(facts->at(0).exists);
        QVERIFY(facts->at(0).rowsEstimated);
        QVERIFY(facts->at(0).rows >= 0);
    }

    void columnFacts()
    {
        const QList<QPair<QString, QString>> columns{
            {s("food_logs"), s("notes")},
            {s("food_logs"), s("calories")},
            {s("food_logs"), s("no_such_column")},
            {s("missing_table"), s("x")},
            {m_database + s(".food_log_items"), s("LOG_ID")}};
        auto facts = ImpactInspector::columnFacts(*m_session, columns);
        QVERIFY2(facts.ok(), qPrintable(facts.ok() ? QString() : facts.error()));
        QCOMPARE(facts->size(), columns.size());
        QVERIFY(facts->at(0).exists);
        QCOMPARE(facts->at(0).type, s("varchar(200)"));
        QCOMPARE(facts->at(0).nonNullRows, 2);
        // MySQL 8 and later show no display width.
        QCOMPARE(facts->at(1).type, m_server.isMySql() ? s("int") : s("int(11)"));
        QCOMPARE(facts->at(1).nonNullRows, 5);
        QVERIFY(!facts->at(2).exists);
        QCOMPARE(facts->at(2).nonNullRows, -1);
        QVERIFY(!facts->at(3).exists);
        QVERIFY(facts->at(4).exists); // column names do not depend on case
        QCOMPARE(facts->at(4).column, s("LOG_ID"));
        QCOMPARE(facts->at(4).nonNullRows, 3);

        auto uncounted = ImpactInspector::columnFacts(*m_session, columns.mid(0, 1), -1);
        QVERIFY(uncounted.ok());
        QVERIFY(uncounted->at(0).exists);
        QCOMPARE(uncounted->at(0).nonNullRows, -1);
    }

    void openTransactionOnAnotherConnection()
    {
        const bool metadataLocks = ImpactInspector::canReadMetadataLocks(*m_session);
        const qint64 ownId = connectionId(m_session->database());
        qint64 otherId = 0;
        {
            QSqlDatabase db = other(s("open-trx"));
            otherId = connectionId(db);
            QVERIFY(db.transaction());
            exec(db, s("UPDATE food_logs SET calories = calories + 1 WHERE id = 1"));
            // The session's own transaction is never a risk to itself.
            QVERIFY(m_session->database().transaction());
            exec(m_session->database(), s("UPDATE food_log_items SET log_id = 1 WHERE id = 1"));

            const QString table = metadataLocks ? s("food_logs") : QString();
            const QList<LockRisk> risks =
                waitForRisks({s("food_logs"), s("food_log_items")}, [&](const QList<LockRisk> &r) {
                    const LockRisk *found = findRisk(r, otherId, table);
                    return found && found->kind == s("open transaction");
                });
            QVERIFY(m_session->database().rollback());
            const LockRisk *risk = findRisk(risks, otherId, table);
            QVERIFY2(risk, qPrintable(describe(risks)));
            QCOMPARE(risk->kind, s("open transaction"));
            QCOMPARE(risk->user, s("backstep"));
            QVERIFY(!risk->host.isEmpty());
            QVERIFY(risk->seconds >= 0);
            QVERIFY2(risk->detail.contains(s("rows changed: 1")), qPrintable(risk->detail));
            if (!metadataLocks)
                QVERIFY2(risk->detail.contains(s("metadata_lock_info")), qPrintable(risk->detail));
            for (const LockRisk &each : risks)
                QVERIFY2(each.connectionId != ownId, qPrintable(describe(risks)));

            QVERIFY(db.commit());
            // Other tests share the server: only this test's connection and tables count.
            const QList<LockRisk> after =
                waitForRisks({s("food_logs")}, [&](const QList<LockRisk> &r) {
                    return std::none_of(r.begin(), r.end(), [&](const LockRisk &each) {
                        return each.connectionId == otherId;
                    });
                });
            for (const LockRisk &each : after) {
                QVERIFY2(each.connectionId != otherId, qPrintable(describe({each})));
                QVERIFY2(each.table.isEmpty(), qPrintable(describe({each})));
            }
        }
        QSqlDatabase::removeDatabase(s("open-trx"));
    }

    void runningStatement()
    {
        std::atomic<qint64> runnerId{0};
        std::thread runner([&] {
            {
                QSqlDatabase db = other(s("runner"));
                runnerId = connectionId(db);
                QSqlQuery query(db);
                // Ended early by KILL QUERY below; its error is expected.
                query.exec(s("SELECT SLEEP(30) FROM `food_log_items` LIMIT 1"));
            }
            QSqlDatabase::removeDatabase(s("runner"));
        });
        const LockRisk *risk = nullptr;
        QList<LockRisk> risks;
        for (int attempt = 0; attempt < 40 && !risk; ++attempt) {
            QTest::qWait(150);
            if (runnerId == 0)
                continue;
            risks = lockRisks({s("food_log_items")});
            risk = findRisk(risks, runnerId, s("food_log_items"));
        }
        QSqlQuery kill(m_session->database());
        const bool killed = kill.exec(QStringLiteral("KILL QUERY %1").arg(runnerId.load()));
        runner.join();
        QVERIFY(killed);
        QVERIFY2(risk, qPrintable(describe(risks)));
        // With the plugin the SELECT's shared metadata lock is found first, and says the
        // statement too; MySQL lists even an autocommit SELECT in INNODB_TRX, so there the
        // open transaction (with its statement) comes first.
        QVERIFY2(risk->kind == s("running statement") || risk->kind == s("metadata lock") ||
                     (m_server.isMySql() && risk->kind == s("open transaction")),
                 qPrintable(risk->kind));
        QVERIFY2(risk->detail.contains(s("SLEEP(30)")), qPrintable(risk->detail));
    }

    void metadataLocks()
    {
        if (!ImpactInspector::canReadMetadataLocks(*m_session)) {
            // MySQL's performance_schema records metadata locks by default.
            if (m_server.isMySql())
                QFAIL("performance_schema records no metadata locks on this MySQL server");
            QSqlQuery install(m_session->database());
            if (!install.exec(s("INSTALL SONAME 'metadata_lock_info'")))
                QSKIP(qPrintable(s("the metadata_lock_info plugin cannot be installed: ") +
                                 install.lastError().text()));
            m_installedPlugin = true;
        }
        QVERIFY(ImpactInspector::canReadMetadataLocks(*m_session));
        const QStringList tables{s("food_logs"), s("food_log_items")};
        {
            QSqlDatabase writer = other(s("mdl-writer"));
            QSqlDatabase locker = other(s("mdl-locker"));
            const qint64 writerId = connectionId(writer);
            const qint64 lockerId = connectionId(locker);
            QVERIFY(writer.transaction());
            exec(writer, s("UPDATE food_logs SET notes = 'x' WHERE id = 2"));
            exec(locker, s("LOCK TABLES food_log_items READ"));

            const QList<LockRisk> risks = waitForRisks(tables, [&](const QList<LockRisk> &r) {
                const LockRisk *found = findRisk(r, writerId, s("food_logs"));
                return found && found->kind == s("open transaction");
            });
            const LockRisk *transaction = findRisk(risks, writerId, s("food_logs"));
            QVERIFY2(transaction, qPrintable(describe(risks)));
            QCOMPARE(transaction->kind, s("open transaction"));
            QVERIFY2(transaction->detail.contains(s("MDL_SHARED_WRITE")),
                     qPrintable(transaction->detail));
            const LockRisk *lock = findRisk(risks, lockerId, s("food_log_items"));
            QVERIFY2(lock, qPrintable(describe(risks)));
            QCOMPARE(lock->kind, s("metadata lock"));
            QVERIFY2(lock->detail.contains(s("MDL_SHARED_READ_ONLY")), qPrintable(lock->detail));
            // Neither holds anything on the other's table.
            QVERIFY(!findRisk(risks, writerId, s("food_log_items")));
            QVERIFY(!findRisk(risks, lockerId, s("food_logs")));
            // Nor is the writer reported for a table it does not touch.
            const QList<LockRisk> archive = lockRisks({s("archive")});
            QVERIFY2(!findRisk(archive, writerId, s("archive")), qPrintable(describe(archive)));

            exec(locker, s("UNLOCK TABLES"));
            QVERIFY(writer.commit());
            auto involved = [&](const LockRisk &each) {
                return each.connectionId == writerId || each.connectionId == lockerId;
            };
            const QList<LockRisk> after = waitForRisks(tables, [&](const QList<LockRisk> &r) {
                return std::none_of(r.begin(), r.end(), involved);
            });
            for (const LockRisk &each : after)
                QVERIFY2(!involved(each), qPrintable(describe({each})));
        }
        QSqlDatabase::removeDatabase(s("mdl-writer"));
        QSqlDatabase::removeDatabase(s("mdl-locker"));
    }

    void sqlite()
    {
        QTemporaryDir dir(temporaryTemplate(s("impact-sqlite")));
        const QString path = dir.filePath(s("app.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("sqlite-setup"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const char *sql : {"CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT)",
                                    "CREATE INDEX t_note ON t (note)",
                                    "INSERT INTO t VALUES (1, 'a'), (2, NULL), (3, 'c')",
                                    "CREATE VIEW v AS SELECT id FROM t"})
                exec(db, s(sql));
        }
        QSqlDatabase::removeDatabase(s("sqlite-setup"));
        ConnectionSpec spec;
        spec.engine = ConnectionSpec::Engine::Sqlite;
        spec.sqlitePath = path;
        auto session = DatabaseSession::open(spec, {});
        QVERIFY(session.ok());
        DatabaseSession &sqlite = *session.value();

        auto tables =
            ImpactInspector::tableFacts(sqlite, {s("t"), s("missing"), s("v"), s("main.T")});
        QVERIFY2(tables.ok(), qPrintable(tables.ok() ? QString() : tables.error()));
        QVERIFY(tables->at(0).exists);
        QCOMPARE(tables->at(0).engine, s("SQLite"));
        QCOMPARE(tables->at(0).rows, 3);
        QSqlQuery dbstat(sqlite.database());
        if (dbstat.exec(s("SELECT 1 FROM dbstat LIMIT 1"))) // SQLITE_ENABLE_DBSTAT_VTAB
            QVERIFY(tables->at(0).dataBytes > 0 && tables->at(0).indexBytes > 0);
        else
            QCOMPARE(tables->at(0).dataBytes, 0);
        QVERIFY(!tables->at(1).exists);
        QCOMPARE(tables->at(1).rows, -1);
        QVERIFY(tables->at(2).exists);
        QCOMPARE(tables->at(2).rows, -1);
        QCOMPARE(tables->at(3).rows, 3); // SQLite names do not depend on case

        auto columns = ImpactInspector::columnFacts(
            sqlite, {{s("t"), s("note")}, {s("t"), s("nope")}, {s("missing"), s("x")}});
        QVERIFY2(columns.ok(), qPrintable(columns.ok() ? QString() : columns.error()));
        QVERIFY(columns->at(0).exists);
        QCOMPARE(columns->at(0).type, s("TEXT"));
        QCOMPARE(columns->at(0).nonNullRows, 2);
        QVERIFY(!columns->at(1).exists);
        QVERIFY(!columns->at(2).exists);

        auto risks = ImpactInspector::lockRisks(sqlite, {s("t")});
        QVERIFY(risks.ok());
        QVERIFY(risks->isEmpty());
        QVERIFY(!ImpactInspector::canReadMetadataLocks(sqlite));
    }
};

QTEST_GUILESS_MAIN(TestImpactInspector)
#include "tst_impactinspector.moc"
