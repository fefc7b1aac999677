#include "core/connectionspec.h"
#include "core/jsonexport.h"
#include "core/migrationstatus.h"
#include "core/passwordsource.h"
#include "core/version.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {

Migration makeMigration(const QString &version, bool reversible = true)
{
    Migration migration;
    migration.version = version;
    migration.name = QStringLiteral("m") + version;
    migration.files = {QStringLiteral("/migrations/%1_m%1.sql").arg(version)};
    migration.up.present = true;
    Statement up;
    up.sql = QStringLiteral("CREATE TABLE t%1 (id INT)").arg(version);
    migration.up.statements.append(up);
    if (reversible) {
        migration.down.present = true;
        Statement down;
        down.sql = QStringLiteral("DROP TABLE t%1").arg(version);
        migration.down.statements.append(down);
    }
    return migration;
}

MigrationSet makeSet(const QStringList &versions)
{
    MigrationSet set;
    set.folder = QStringLiteral("/migrations");
    set.format = MigrationFormat::Dbmate;
    for (const QString &version : versions)
        set.migrations.append(makeMigration(version));
    return set;
}

AppliedMigration applied(const QString &version, const QDateTime &at = {}, bool dirty = false)
{
    AppliedMigration entry;
    entry.version = version;
    entry.appliedAt = at;
    entry.dirty = dirty;
    return entry;
}

QDateTime at(int day)
{
    return QDateTime(QDate(2024, 3, day), QTime(10, 30, 0), QTimeZone::UTC);
}

QStringList versionsOf(const QList<MigrationStatus> &rows)
{
    QStringList versions;
    for (const MigrationStatus &row : rows)
        versions.append(row.version);
    return versions;
}

QStringList statesOf(const QList<MigrationStatus> &rows)
{
    QStringList states;
    for (const MigrationStatus &row : rows)
        states.append(stateName(row.state));
    return states;
}

} // namespace

class TestHistoryMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dbmateHistory();
    void golangMigrateHistory();
    void golangMigrateDirty();
    void gooseAppliedOrder();
    void historyWithoutFile();
    void versionsMatchNumerically();
    void compareVersions_data();
    void compareVersions();
    void connectionSpec_data();
    void connectionSpec();
    void passwordFile_data();
    void passwordFile();
    void passwordFileMissing();
    void passwordFileEmpty_data();
    void passwordFileEmpty();
    void statusJson();
    void migrationSetJson();
};

void TestHistoryMerge::dbmateHistory()
{
    const MigrationSet set =
        makeSet({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    History history;
    history.style = HistoryStyle::Dbmate;
    history.table = QStringLiteral("schema_migrations");
    history.applied = {applied(QStringLiteral("1"), at(1)), applied(QStringLiteral("2"))};

    const QList<MigrationStatus> rows = mergeHistory(set, history);
    QCOMPARE(versionsOf(rows),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(statesOf(rows), (QStringList{QStringLiteral("applied"), QStringLiteral("applied"),
                                          QStringLiteral("pending")}));
    QCOMPARE(rows[0].appliedAt, at(1));
    QVERIFY(!rows[1].appliedAt.isValid());
    QCOMPARE(rows[0].appliedOrder, 0);
    QCOMPARE(rows[1].appliedOrder, 1);
    QCOMPARE(rows[2].appliedOrder, -1);
    QCOMPARE(rows[2].migrationIndex, 2);
    QCOMPARE(rows[0].file, QStringLiteral("/migrations/1_m1.sql"));
    QCOMPARE(rows[0].name, QStringLiteral("m1"));
    QVERIFY(rows[0].reversible);
    QCOMPARE(rows[0].downStatementCount, 1);
}

void TestHistoryMerge::golangMigrateHistory()
{
    const MigrationSet set = makeSet(
        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
    History history;
    history.style = HistoryStyle::GolangMigrate;
    history.table = QStringLiteral("schema_migrations");
    history.currentVersionOnly = true;
    history.applied = {applied(QStringLiteral("3"))};

    const QList<MigrationStatus> rows = mergeHistory(set, history);
    QCOMPARE(versionsOf(rows), (QStringList{QStringLiteral("1"), QStringLiteral("2"),
                                            QStringLiteral("3"), QStringLiteral("4")}));
    QCOMPARE(statesOf(rows), (QStringList{QStringLiteral("applied"), QStringLiteral("applied"),
                                          QStringLiteral("applied"), QStringLiteral("pending")}));
    QCOMPARE(rows[2].appliedOrder, 2);
    QCOMPARE(rows[3].appliedOrder, -1);
}

void TestHistoryMerge::golangMigrateDirty()
{
    const MigrationSet set =
        makeSet({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    History history;
    history.style = HistoryStyle::GolangMigrate;
    history.currentVersionOnly = true;
    history.applied = {applied(QStringLiteral("2"), {}, true)};

    const QList<MigrationStatus> rows = mergeHistory(set, history);
    QCOMPARE(statesOf(rows), (QStringList{QStringLiteral("applied"), QStringLiteral("dirty"),
                                          QStringLiteral("pending")}));
    QCOMPARE(rows[1].state, MigrationState::Dirty);
}

void TestHistoryMerge::gooseAppliedOrder()
{
    const MigrationSet set =
        makeSet({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    History history;
    history.style = HistoryStyle::Goose;
    history.table = QStringLiteral("goose_db_version");
    history.recordsAppliedOrder = true;
    // 3 was applied before 1 (an out-of-order apply).
    history.applied = {applied(QStringLiteral("3"), at(5)), applied(QStringLiteral("1"), at(9))};

    const QList<MigrationStatus> rows = mergeHistory(set, history);
    QCOMPARE(versionsOf(rows),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(statesOf(rows), (QStringList{QStringLiteral("applied"), QStringLiteral("pending"),
                                          QStringLiteral("applied")}));
    QCOMPARE(rows[0].appliedOrder, 1);
    QCOMPARE(rows[2].appliedOrder, 0);
    QCOMPARE(rows[0].appliedAt, at(9));
    QCOMPARE(rows[2].appliedAt, at(5));
    QCOMPARE(rows[1].appliedOrder, -1);
}

void TestHistoryMerge::historyWithoutFile()
{
    const MigrationSet set = makeSet({QStringLiteral("1"), QStringLiteral("3")});
    History history;
    history.style = HistoryStyle::Dbmate;
    history.applied = {applied(QStringLiteral("1")), applied(QStringLiteral("2"), at(2)),
                       applied(QStringLiteral("3"))};

    const QList<MigrationStatus> rows = mergeHistory(set, history);
    QCOMPARE(versionsOf(rows),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(statesOf(rows), (QStringList{QStringLiteral("applied"), QStringLiteral("missing_file"),
                                          QStringLiteral("applied")}));
    const MigrationStatus &missing = rows[1];
    QCOMPARE(missing.state, MigrationState::MissingFile);
    QCOMPARE(missing.migrationIndex, -1);
    QVERIFY(missing.file.isEmpty());
    QVERIFY(!missing.reversible);
    QVERIFY(!missing.irreversibleReason.isEmpty());
    QCOMPARE(missing.appliedAt, at(2));
    QCOMPARE(rows[2].migrationIndex, 1);
}

// One version normalization per format (docs/formats.md): goose, golang-migrate, plain and
// Flyway read versions as numbers; dbmate keeps the digit string.
void TestHistoryMerge::versionsMatchNumerically()
{
    MigrationSet set = makeSet({QStringLiteral("0009"), QStringLiteral("0012")});
    set.format = MigrationFormat::Goose;
    History history;
    history.style = HistoryStyle::Goose;
    history.applied = {applied(QStringLiteral("12"), at(3))};

    QList<MigrationStatus> rows = mergeHistory(set, history);
    QCOMPARE(versionsOf(rows), (QStringList{QStringLiteral("0009"), QStringLiteral("0012")}));
    QCOMPARE(statesOf(rows), (QStringList{QStringLiteral("pending"), QStringLiteral("applied")}));
    QCOMPARE(rows[1].appliedAt, at(3));

    // dbmate.names.version-is-a-string: "12" in the table is not the file's "0012".
    MigrationSet dbmate = makeSet({QStringLiteral("0012")});
    History dbmateHistory;
    dbmateHistory.style = HistoryStyle::Dbmate;
    dbmateHistory.applied = {applied(QStringLiteral("12"))};
    rows = mergeHistory(dbmate, dbmateHistory);
    QCOMPARE(statesOf(rows),
             (QStringList{QStringLiteral("pending"), QStringLiteral("missing_file")}));

    // Flyway's versions are equal whatever their trailing zeros: 1.2 is 1.2.0.
    QVERIFY(sameVersion(MigrationFormat::Flyway, QStringLiteral("1.2"), QStringLiteral("1.2.0")));
    QVERIFY(!sameVersion(MigrationFormat::Flyway, QStringLiteral("1.2"), QStringLiteral("1.20")));
    QVERIFY(!sameVersion(MigrationFormat::Dbmate, QStringLiteral("01203"), QStringLiteral("1203")));
    QVERIFY(sameVersion(MigrationFormat::GolangMigrate, QStringLiteral("01203"),
                        QStringLiteral("1203")));

    History golang;
    golang.style = HistoryStyle::GolangMigrate;
    golang.currentVersionOnly = true;
    golang.applied = {applied(QStringLiteral("12"))};
    rows = mergeHistory(set, golang);
    QCOMPARE(versionsOf(rows), (QStringList{QStringLiteral("0009"), QStringLiteral("0012")}));
    QCOMPARE(statesOf(rows), (QStringList{QStringLiteral("applied"), QStringLiteral("applied")}));
}

void TestHistoryMerge::compareVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");

    QTest::newRow("9 < 10") << QStringLiteral("9") << QStringLiteral("10") << -1;
    QTest::newRow("10 > 9") << QStringLiteral("10") << QStringLiteral("9") << 1;
    QTest::newRow("equal") << QStringLiteral("42") << QStringLiteral("42") << 0;
    QTest::newRow("leading zeros") << QStringLiteral("0012") << QStringLiteral("12") << 0;
    QTest::newRow("zero") << QStringLiteral("000") << QStringLiteral("0") << 0;
    QTest::newRow("timestamps") << QStringLiteral("20240101120000")
                                << QStringLiteral("20240101120001") << -1;
    QTest::newRow("dotted, numeric parts")
        << QStringLiteral("1.2.10") << QStringLiteral("1.2.9") << 1;
    QTest::newRow("dotted, prefix first") << QStringLiteral("1.2") << QStringLiteral("1.2.0") << -1;
    QTest::newRow("runs kept apart") << QStringLiteral("1.23") << QStringLiteral("12.3") << -1;
    QTest::newRow("text") << QStringLiteral("abc") << QStringLiteral("abd") << -1;
    QTest::newRow("number before suffix") << QStringLiteral("1") << QStringLiteral("1a") << -1;
    QTest::newRow("digits before text") << QStringLiteral("1") << QStringLiteral("a") << -1;
    QTest::newRow("longer than 64 bits") << QStringLiteral("123456789012345678901234567890")
                                         << QStringLiteral("99999999999999999999") << 1;
}

void TestHistoryMerge::compareVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);

    QCOMPARE(backstep::compareVersions(a, b), expected);
    QCOMPARE(backstep::compareVersions(b, a), -expected);
    // The hash key agrees with the ordering on what is equal.
    QCOMPARE(backstep::versionKey(a) == backstep::versionKey(b), expected == 0);
    QCOMPARE(VersionLess()(a, b), expected < 0);
}

void TestHistoryMerge::connectionSpec_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("mysql");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sqlitePath");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("mysql with port")
        << QStringLiteral("mysql://app@db.example:3307/shop") << true << true
        << QStringLiteral("db.example") << 3307 << QStringLiteral("app") << QStringLiteral("shop")
        << QString() << QString();
    QTest::newRow("mariadb, explicit port")
        << QStringLiteral("mariadb://deploy@localhost:3306/inventory") << true << true
        << QStringLiteral("localhost") << 3306 << QStringLiteral("deploy")
        << QStringLiteral("inventory") << QString() << QString();
    QTest::newRow("TLS settings and timeout")
        << QStringLiteral("mysql://app@db.example:3307/shop?ssl-mode=VERIFY_IDENTITY&ssl-ca=/etc/"
                          "ca%20file.pem&connect-timeout=2")
        << true << true << QStringLiteral("db.example") << 3307 << QStringLiteral("app")
        << QStringLiteral("shop") << QString() << QString();
    // A missing port is no longer taken for 3306 silently, nor port 0 tried.
    QTest::newRow("no port") << QStringLiteral("mariadb://deploy@localhost/inventory") << false
                             << true << QString() << 0 << QString() << QString() << QString()
                             << QStringLiteral("no port");
    QTest::newRow("empty port") << QStringLiteral("mysql://deploy@localhost:/inventory") << false
                                << true << QString() << 0 << QString() << QString() << QString()
                                << QStringLiteral("no port");
    QTest::newRow("port 0") << QStringLiteral("mysql://deploy@localhost:0/inventory") << false
                            << true << QString() << 0 << QString() << QString() << QString()
                            << QStringLiteral("1 to 65535");
    QTest::newRow("port too large")
        << QStringLiteral("mysql://deploy@localhost:65536/inventory") << false << true << QString()
        << 0 << QString() << QString() << QString() << QStringLiteral("port");
    QTest::newRow("unknown parameter")
        << QStringLiteral("mysql://deploy@localhost:3306/inventory?x=1") << false << true
        << QString() << 0 << QString() << QString() << QString()
        << QStringLiteral("unknown parameter \"x\"");
    QTest::newRow("parameter twice")
        << QStringLiteral("mysql://deploy@localhost:3306/inventory?ssl-mode=required&ssl-mode="
                          "disabled")
        << false << true << QString() << 0 << QString() << QString() << QString()
        << QStringLiteral("twice");
    QTest::newRow("unknown TLS mode")
        << QStringLiteral("mysql://deploy@localhost:3306/inventory?ssl-mode=sometimes") << false
        << true << QString() << 0 << QString() << QString() << QString()
        << QStringLiteral("verify-identity");
    QTest::newRow("verify-ca without CA")
        << QStringLiteral("mysql://deploy@localhost:3306/inventory?ssl-mode=verify-ca") << false
        << true << QString() << 0 << QString() << QString() << QString()
        << QStringLiteral("ssl-ca=FILE");
    QTest::newRow("verify-identity at an IP address")
        << QStringLiteral("mysql://deploy@127.0.0.1:3306/inventory?ssl-mode=verify-identity&"
                          "ssl-ca=/ca.pem")
        << false << true << QString() << 0 << QString() << QString() << QString()
        << QStringLiteral("IP address 127.0.0.1");
    QTest::newRow("certificate without key")
        << QStringLiteral("mysql://deploy@localhost:3306/inventory?ssl-cert=/c.pem") << false
        << true << QString() << 0 << QString() << QString() << QString()
        << QStringLiteral("ssl-key");
    QTest::newRow("timeout not a number")
        << QStringLiteral("mysql://deploy@localhost:3306/inventory?connect-timeout=soon") << false
        << true << QString() << 0 << QString() << QString() << QString()
        << QStringLiteral("connect-timeout=soon");
    QTest::newRow("sqlite relative")
        << QStringLiteral("sqlite:data/app.db") << true << false << QString() << 3306 << QString()
        << QString()
        << QDir::cleanPath(QDir::current().absoluteFilePath(QStringLiteral("data/app.db")))
        << QString();
    QTest::newRow("sqlite absolute")
        << QStringLiteral("sqlite:/var/lib/app/app.db") << true << false << QString() << 3306
        << QString() << QString() << QStringLiteral("/var/lib/app/app.db") << QString();
    QTest::newRow("sqlite with slashes")
        << QStringLiteral("sqlite:///var/lib/app/app.db") << true << false << QString() << 3306
        << QString() << QString() << QStringLiteral("/var/lib/app/app.db") << QString();
    QTest::newRow("password in URL")
        << QStringLiteral("mysql://app:s3cr3t@db/shop") << false << true << QString() << 0
        << QString() << QString() << QString() << QStringLiteral("--password-file");
    QTest::newRow("missing user") << QStringLiteral("mysql://db.example/shop") << false << true
                                  << QString() << 0 << QString() << QString() << QString()
                                  << QStringLiteral("user");
    QTest::newRow("missing host") << QStringLiteral("mysql://app@/shop") << false << true
                                  << QString() << 0 << QString() << QString() << QString()
                                  << QStringLiteral("host");
    QTest::newRow("missing database")
        << QStringLiteral("mysql://app@db.example:3306") << false << true << QString() << 0
        << QString() << QString() << QString() << QStringLiteral("database");
    QTest::newRow("empty database")
        << QStringLiteral("mysql://app@db.example/") << false << true << QString() << 0 << QString()
        << QString() << QString() << QStringLiteral("database");
    QTest::newRow("unknown scheme")
        << QStringLiteral("postgres://app@db/shop") << false << false << QString() << 0 << QString()
        << QString() << QString() << QStringLiteral("sqlite:PATH");
    QTest::newRow("sqlite without path")
        << QStringLiteral("sqlite:") << false << false << QString() << 0 << QString() << QString()
        << QString() << QStringLiteral("sqlite:PATH");
}

void TestHistoryMerge::connectionSpec()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QFETCH(bool, mysql);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, sqlitePath);
    QFETCH(QString, errorPart);

    const Result<ConnectionSpec> spec = ConnectionSpec::parse(url);
    QCOMPARE(spec.ok(), valid);
    if (!valid) {
        QVERIFY2(spec.error().contains(errorPart, Qt::CaseInsensitive), qPrintable(spec.error()));
        QVERIFY2(!spec.error().contains(QStringLiteral("s3cr3t")), qPrintable(spec.error()));
        return;
    }
    QCOMPARE(spec->engine, mysql ? ConnectionSpec::Engine::MySql : ConnectionSpec::Engine::Sqlite);
    QCOMPARE(spec->needsPassword(), mysql);
    if (mysql) {
        QCOMPARE(spec->host, host);
        QCOMPARE(spec->port, port);
        QCOMPARE(spec->user, user);
        QCOMPARE(spec->database, database);
        QCOMPARE(spec->databaseName(), database);
        QCOMPARE(spec->url(),
                 QStringLiteral("mysql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database));
        // The full URL gives the same connection back, settings included.
        const Result<ConnectionSpec> again = ConnectionSpec::parse(spec->fullUrl());
        QVERIFY2(again.ok(), qPrintable(spec->fullUrl()));
        QCOMPARE(again->fullUrl(), spec->fullUrl());
        QCOMPARE(again->tlsMode, spec->tlsMode);
        QCOMPARE(again->sslCa, spec->sslCa);
        QCOMPARE(again->connectTimeoutSeconds, spec->connectTimeoutSeconds);
        if (url.contains(u'?')) {
            QCOMPARE(spec->tlsMode, ConnectionSpec::TlsMode::VerifyIdentity);
            QCOMPARE(spec->sslCa, QStringLiteral("/etc/ca file.pem"));
            QCOMPARE(spec->connectTimeoutSeconds, 2);
        } else {
            QCOMPARE(spec->tlsMode, ConnectionSpec::TlsMode::Preferred);
            QCOMPARE(spec->connectTimeoutSeconds, ConnectionSpec::defaultConnectTimeoutSeconds);
            QCOMPARE(spec->fullUrl(), spec->url());
        }
    } else {
        QCOMPARE(spec->sqlitePath, sqlitePath);
        QCOMPARE(spec->databaseName(), QStringLiteral("app"));
    }
}

void TestHistoryMerge::passwordFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    QTest::newRow("trailing line feed") << QByteArray("s3cret\n") << QStringLiteral("s3cret");
    QTest::newRow("trailing CRLF") << QByteArray("s3cret\r\n") << QStringLiteral("s3cret");
    QTest::newRow("no line feed") << QByteArray("s3cret") << QStringLiteral("s3cret");
    QTest::newRow("first line only") << QByteArray("first\nsecond\n") << QStringLiteral("first");
    QTest::newRow("inner and trailing spaces kept")
        << QByteArray("pa ss \n") << QStringLiteral("pa ss ");
    QTest::newRow("UTF-8") << QByteArray("p\xc3\xa4ss\n") << QStringLiteral("p\u00e4ss");
}

void TestHistoryMerge::passwordFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("password"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const Result<QString> password = PasswordSource::readFile(path);
    QVERIFY(password.ok());
    QCOMPARE(password.value(), expected);

    const Result<std::optional<QString>> resolved = PasswordSource::resolve(path);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value(), std::optional<QString>(expected));
}

void TestHistoryMerge::passwordFileMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("absent"));
    const Result<QString> password = PasswordSource::readFile(path);
    QVERIFY(!password.ok());
    QVERIFY2(password.error().contains(path), qPrintable(password.error()));
    QVERIFY(!PasswordSource::resolve(path).ok());
}

void TestHistoryMerge::passwordFileEmpty_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("empty first line") << QByteArray("\nsecond\n");
}

// An empty password file is a mistake (a file not yet filled in), never "no password".
void TestHistoryMerge::passwordFileEmpty()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("password"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Result<QString> password = PasswordSource::readFile(path);
    QVERIFY(!password.ok());
    QVERIFY2(password.error().contains(path), qPrintable(password.error()));
    QVERIFY2(password.error().contains(QStringLiteral("empty")), qPrintable(password.error()));
    QVERIFY(!PasswordSource::resolve(path).ok());
}

void TestHistoryMerge::statusJson()
{
    MigrationSet set = makeSet({QStringLiteral("1"), QStringLiteral("2")});
    set.migrations[1] = makeMigration(QStringLiteral("2"), false);
    History history;
    history.style = HistoryStyle::Dbmate;
    history.table = QStringLiteral("schema_migrations");
    history.applied = {applied(QStringLiteral("1"), at(1))};
    const QList<MigrationStatus> rows = mergeHistory(set, history);
    const Diagnostics errors{
        {{QStringLiteral("/migrations/2_m2.sql"), 4, 7}, QStringLiteral("unterminated string")}};

    const QJsonObject json = statusToJson(history, rows, errors);
    QCOMPARE(json.value(QStringLiteral("history_table")).toString(),
             QStringLiteral("schema_migrations"));
    QCOMPARE(json.value(QStringLiteral("history_style")).toString(), QStringLiteral("dbmate"));

    const QJsonArray migrations = json.value(QStringLiteral("migrations")).toArray();
    QCOMPARE(migrations.size(), 2);
    const QJsonObject first = migrations[0].toObject();
    QCOMPARE(first.value(QStringLiteral("version")).toString(), QStringLiteral("1"));
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("m1"));
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
    QCOMPARE(first.value(QStringLiteral("applied_at")).toString(),
             QStringLiteral("2024-03-01T10:30:00Z"));
    QCOMPARE(first.value(QStringLiteral("reversible")), QJsonValue(true));
    const QJsonObject second = migrations[1].toObject();
    QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QVERIFY(second.value(QStringLiteral("applied_at")).isNull());
    QCOMPARE(second.value(QStringLiteral("reversible")), QJsonValue(false));
    QCOMPARE(second.value(QStringLiteral("irreversible_reason")).toString(),
             QStringLiteral("no DOWN section"));

    const QJsonArray jsonErrors = json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(jsonErrors.size(), 1);
    const QJsonObject error = jsonErrors[0].toObject();
    QCOMPARE(error.value(QStringLiteral("file")).toString(),
             QStringLiteral("/migrations/2_m2.sql"));
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), 4);
    QCOMPARE(error.value(QStringLiteral("column")).toInt(), 7);
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             QStringLiteral("unterminated string"));

    // Without a history table, the table is null.
    const QJsonObject none = statusToJson(History(), {}, {});
    QVERIFY(none.value(QStringLiteral("history_table")).isNull());
    QCOMPARE(none.value(QStringLiteral("migrations")).toArray().size(), 0);
    QCOMPARE(none.value(QStringLiteral("errors")).toArray().size(), 0);
}

void TestHistoryMerge::migrationSetJson()
{
    MigrationSet set = makeSet({QStringLiteral("1"), QStringLiteral("2")});
    set.migrations[1] = makeMigration(QStringLiteral("2"), false);
    set.migrations[0].options = {QStringLiteral("transaction:false")};
    set.errors.append({{QStringLiteral("/migrations/x.sql"), 0, 0},
                       QStringLiteral("cannot read a version from the file name")});

    const QJsonObject json = migrationSetToJson(set);
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("dbmate"));
    QCOMPARE(json.value(QStringLiteral("folder")).toString(), QStringLiteral("/migrations"));
    const QJsonArray migrations = json.value(QStringLiteral("migrations")).toArray();
    QCOMPARE(migrations.size(), 2);
    const QJsonObject first = migrations[0].toObject();
    QCOMPARE(first.value(QStringLiteral("version")).toString(), QStringLiteral("1"));
    QCOMPARE(first.value(QStringLiteral("reversible")), QJsonValue(true));
    QVERIFY(first.value(QStringLiteral("irreversible_reason")).isNull());
    QCOMPARE(first.value(QStringLiteral("options")).toArray(),
             QJsonArray{QStringLiteral("transaction:false")});
    QCOMPARE(first.value(QStringLiteral("up")).toArray().size(), 1);
    QCOMPARE(first.value(QStringLiteral("up"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("sql"))
                 .toString(),
             QStringLiteral("CREATE TABLE t1 (id INT)"));
    QCOMPARE(first.value(QStringLiteral("down")).toArray().size(), 1);
    const QJsonObject second = migrations[1].toObject();
    QCOMPARE(second.value(QStringLiteral("reversible")), QJsonValue(false));
    QCOMPARE(second.value(QStringLiteral("down")).toArray().size(), 0);

    const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject error = errors[0].toObject();
    QCOMPARE(error.keys(), (QStringList{QStringLiteral("column"), QStringLiteral("file"),
                                        QStringLiteral("line"), QStringLiteral("message")}));
    QCOMPARE(error.value(QStringLiteral("file")).toString(), QStringLiteral("/migrations/x.sql"));
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestHistoryMerge)
#include "tst_historymerge.moc"
