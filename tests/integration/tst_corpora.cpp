// Every corpus of tests/data/corpus (one heartguard history per migration format, with
// procedures, a function, a trigger, a view and a procedure replaced and restored), on the
// real MariaDB server: applied migration by migration the way its tool applies it (its
// statements as Backstep reads the tool's rules, then the history row the tool writes;
// Sqitch with the real sqitch), then rolled back one migration at a time by backstep-cli.
// After each rollback the database must be exactly as it was before that migration's UP
// (schema and data, the tool's own tables aside), and `backstep-cli verify` must pass at
// every version. A ctest test per format (tst_corpora_<format>).
#include "core/migrationfolderreader.h"
#include "corpusround.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;
using namespace backstep::test;

namespace {

bool tableExists(const MariaDbSandbox &server, const QString &database, const QString &table)
{
    bool exists = false;
    {
        QSqlDatabase db = server.connect(database + QStringLiteral("-exists"), database);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                     "table_schema = DATABASE() AND table_name = ?"));
        query.addBindValue(table);
        exists = query.exec() && query.next() && query.value(0).toInt() == 1;
    }
    QSqlDatabase::removeDatabase(database + QStringLiteral("-exists"));
    return exists;
}

} // namespace

class TestCorpora : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *format : {"plain", "dbmate", "golang-migrate", "goose", "sql-migrate",
                                   "flyway", "liquibase", "sqitch", "db-migrate"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void roundTrip()
    {
        QFETCH(QString, format);
        const MariaDbSandbox server = MariaDbSandbox::current();
        QTemporaryDir dir(temporaryTemplate(QStringLiteral("corpus")));
        QVERIFY(dir.isValid());
        const QString reference = server.createDatabase(QStringLiteral("reference"));
        const QString target = server.createDatabase(QStringLiteral("corpus"));
        const QString registry = target + QStringLiteral("_sqitch");
        const CorpusFormat corpus =
            prepareCorpus(format, dir.filePath(QStringLiteral("corpus")), registry);
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));

        FolderReadOptions options;
        options.format = formatFromName(format).value();
        // Plain files and Sqitch's scripts go through the client of the server's family
        // (MySQL's keeps comments), as backstep-cli reads them against this server.
        options.client = server.isMySql() ? ClientFamily::MySql : ClientFamily::MariaDb;
        const MigrationSet set = MigrationFolderReader::read(corpus.migrations, options);
        QVERIFY2(set.errors.isEmpty(), qPrintable(set.errors.value(0).toString()));
        QVERIFY(set.migrations.size() >= 6);
        const bool sqitch = set.format == MigrationFormat::Sqitch;

        // The state before each UP, applied one by one in the reference database.
        QStringList before;
        for (qsizetype i = 0; i < set.migrations.size(); ++i) {
            before.append(stateOf(server, reference, corpus.toolTables));
            if (sqitch)
                server.execute(reference, statementTexts(set.migrations[i].up.statements));
            else
                applyAsTool(server, reference, set, i);
        }
        const QString applied = stateOf(server, reference, corpus.toolTables);

        // The target: applied as its tool does.
        if (sqitch) {
            QByteArray output;
            const bool deployed = sqitchDeploy(server, corpus.migrations, target, output);
            if (!deployed && qEnvironmentVariableIsEmpty("CI") && output.contains("not installed"))
                QSKIP(output.constData());
            QVERIFY2(deployed, output.constData());
        } else {
            for (qsizetype i = 0; i < set.migrations.size(); ++i)
                applyAsTool(server, target, set, i);
        }
        QCOMPARE(stateOf(server, target, corpus.toolTables), applied);

        const QStringList common = QStringList{QStringLiteral("--url"),        server.url(target),
                                               QStringLiteral("--migrations"), corpus.migrations,
                                               QStringLiteral("--format"),     format} +
                                   corpus.cliExtras;
        // common.tool-tables-excluded: the tool's own tables stand beside the application's
        // (Liquibase's DATABASECHANGELOGLOCK too) and verify passes all the same.
        for (const QString &table : std::as_const(corpus.toolTables))
            QVERIFY2(sqitch || tableExists(server, target, table), qPrintable(table));
        QJsonObject report;
        auto verify = [&](const QString &when) {
            const ProcessResult verified =
                runCliOn(server, journal,
                         QStringList{QStringLiteral("verify"), QStringLiteral("--json")} + common);
            report = QJsonDocument::fromJson(verified.out).object();
            QVERIFY2(verified.exitCode == 0 &&
                         report.value(QStringLiteral("verdict")).toString() == u"pass",
                     qPrintable(when + QStringLiteral(": ") + QString::fromUtf8(verified.out) +
                                QString::fromUtf8(verified.err)));
        };
        // sqitch.verify.after-revert: the change now last passes its verify script, and
        // the reverted one's verify script fails, as Backstep's own check expects.
        auto sqitchChecks = [&](const QString &reverted, const QString &last) {
            QStringList names;
            for (const QJsonValue &check : report.value(QStringLiteral("checks")).toArray())
                if (check[QStringLiteral("name")].toString().startsWith(u"Sqitch verify of"))
                    names.append(check[QStringLiteral("name")].toString() + u'=' +
                                 check[QStringLiteral("outcome")].toString());
            QStringList expected{
                QStringLiteral("Sqitch verify of %1 (reverted: fails)=passed").arg(reverted)};
            if (!last.isEmpty())
                expected.prepend(
                    QStringLiteral("Sqitch verify of %1 (applied: passes)=passed").arg(last));
            QCOMPARE(names, expected);
        };
        verify(QStringLiteral("with every migration applied"));
        if (QTest::currentTestFailed())
            return;

        for (qsizetype i = set.migrations.size() - 1; i >= 0; --i) {
            const QString version = set.migrations[i].version;
            const ProcessResult rolledBack = runCliOn(
                server, journal,
                QStringList{QStringLiteral("rollback"), QStringLiteral("--steps"),
                            QStringLiteral("1"), QStringLiteral("--yes"),
                            QStringLiteral("--no-backup"), QStringLiteral("--confirm"), target} +
                    common);
            QVERIFY2(rolledBack.exitCode == 0,
                     qPrintable(version + QStringLiteral(": ") +
                                QString::fromUtf8(rolledBack.out + rolledBack.err)));
            QCOMPARE(stateOf(server, target, corpus.toolTables), before[i]);
            verify(QStringLiteral("after rolling back ") + version);
            if (QTest::currentTestFailed())
                return;
            if (sqitch)
                sqitchChecks(version, i > 0 ? set.migrations[i - 1].version : QString());
            if (QTest::currentTestFailed())
                return;
        }
        server.execute(target, {QStringLiteral("DROP DATABASE `%1`").arg(target),
                                QStringLiteral("DROP DATABASE `%1`").arg(reference),
                                QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(registry)});
    }
};

QTEST_GUILESS_MAIN(TestCorpora)
#include "tst_corpora.moc"
