// The playbook's webhook: a JSON POST to a receiver on loopback (test::WebhookReceiver,
// answering as an HTTP server would), the receiver's refusal and silence as clear errors
// that never show the URL's token, https with the test CA given as the webhook's CA file
// (and refused with an unrelated CA or none), and the report step that posts after
// storing the report and records a failed notification without failing.
#include "core/incidentnotice.h"
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "ops/incidentreportaction.h"
#include "ops/webhooknotifier.h"
#include "support/incidentfixture.h"
#include "support/testsupport.h"
#include "support/webhookreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {

using Receiver = test::WebhookReceiver;
using Received = test::ReceivedRequest;

// A port on loopback where nothing listens.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 9;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

const QString kSecret = QStringLiteral("/services/T000/B000/s3cr3tT0k3n");

// Every step before the report done at once: the report step is what is tested.
class DoneAction : public PlaybookStepAction
{
public:
    PlaybookStepResult run(PlaybookStepContext &) override { return {}; }
};

} // namespace

class TestWebhookNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postsTheJsonToTheReceiver()
    {
        Receiver receiver;
        const QJsonObject payload =
            incidentWebhookPayload(test::incidentFixtureRun(), QStringLiteral("/srv/r.html"));
        const auto posted = WebhookNotifier().post(receiver.url(kSecret), payload);
        QVERIFY2(posted.ok(), qPrintable(posted.error()));
        QCOMPARE(receiver.received.size(), 1);
        const Received &request = receiver.received.first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, kSecret.toUtf8());
        QCOMPARE(request.contentType, QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), payload);
    }

    void aRefusalIsAClearErrorWithoutTheToken()
    {
        Receiver receiver(404, "no_service");
        const auto posted = WebhookNotifier().post(receiver.url(kSecret), {});
        QVERIFY(!posted.ok());
        QVERIFY2(posted.error().contains(QStringLiteral("answered HTTP 404: no_service")),
                 qPrintable(posted.error()));
        QVERIFY2(!posted.error().contains(QStringLiteral("s3cr3t")), qPrintable(posted.error()));
    }

    void silenceTimesOut()
    {
        Receiver receiver(200, "ok", true);
        const auto posted = WebhookNotifier(1000).post(receiver.url(kSecret), {});
        QVERIFY(!posted.ok());
        QVERIFY2(posted.error().contains(QStringLiteral("did not answer within 1 s")),
                 qPrintable(posted.error()));
    }

    void unreachableIsAClearError()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1%2").arg(closedPort()).arg(kSecret);
        const auto posted = WebhookNotifier().post(url, {});
        QVERIFY(!posted.ok());
        QVERIFY2(posted.error().startsWith(
                     QStringLiteral("cannot reach the webhook http://127.0.0.1:%1/…: ")
                         .arg(url.section(u':', 2).section(u'/', 0, 0))),
                 qPrintable(posted.error()));
        QVERIFY(!posted.error().contains(QStringLiteral("s3cr3t")));
        QVERIFY(!WebhookNotifier().post(QStringLiteral("ftp://example.com/x"), {}).ok());
    }

    void unreachableWithoutAPathSaysWhy_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("no path") << QString();
        QTest::newRow("root") << QStringLiteral("/");
    }

    // A URL without a secret path keeps the network's reason (it was "network error 1":
    // every text holds the empty path).
    void unreachableWithoutAPathSaysWhy()
    {
        QFETCH(QString, path);
        const QString url = QStringLiteral("http://127.0.0.1:%1%2").arg(closedPort()).arg(path);
        const auto posted = WebhookNotifier().post(url, {});
        QVERIFY(!posted.ok());
        QVERIFY2(posted.error().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(posted.error()));
        QVERIFY2(!posted.error().contains(QStringLiteral("network error")),
                 qPrintable(posted.error()));
    }

    void httpsWithTheWebhooksCa()
    {
        QTemporaryDir dir(test::temporaryTemplate(QStringLiteral("webhook-tls")));
        QProcess certificates;
        certificates.start(test::supportDir() + QStringLiteral("/test-certificates"), {dir.path()});
        QVERIFY(certificates.waitForFinished(120000));
        QCOMPARE(certificates.exitCode(), 0);
        Receiver receiver(dir.filePath(QStringLiteral("certs/server-cert.pem")),
                          dir.filePath(QStringLiteral("certs/server-key.pem")));
        const QJsonObject payload{{QStringLiteral("text"), QStringLiteral("over TLS")}};

        const auto trusted = WebhookNotifier(10'000, dir.filePath(QStringLiteral("ca.pem")))
                                 .post(receiver.url(kSecret), payload);
        QVERIFY2(trusted.ok(), qPrintable(trusted.error()));
        QCOMPARE(receiver.received.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(receiver.received.first().body).object(), payload);

        // An unrelated CA, or none (the system's CAs alone, which never hold this test's
        // CA): refused with the reason, nothing sent.
        for (const QString &caFile : {dir.filePath(QStringLiteral("wrong-ca.pem")), QString()}) {
            const auto untrusted =
                WebhookNotifier(10'000, caFile).post(receiver.url(kSecret), payload);
            QVERIFY(!untrusted.ok());
            QVERIFY2(untrusted.error().startsWith(
                         QStringLiteral("the webhook %1's certificate is not trusted: ")
                             .arg(redactedUrl(receiver.url(kSecret)))),
                     qPrintable(untrusted.error()));
            QVERIFY(!untrusted.error().contains(QStringLiteral("s3cr3t")));
        }
        QCOMPARE(receiver.received.size(), 1);

        const auto notPem = WebhookNotifier(10'000, dir.filePath(QStringLiteral("openssl.log")))
                                .post(receiver.url(kSecret), payload);
        QVERIFY2(!notPem.ok() &&
                     notPem.error().contains(QStringLiteral("holds no PEM certificate")),
                 qPrintable(notPem.error()));
        const QString missing = dir.filePath(QStringLiteral("no such ca.pem"));
        const auto unreadable =
            WebhookNotifier(10'000, missing).post(receiver.url(kSecret), payload);
        QVERIFY2(!unreadable.ok() &&
                     unreadable.error().startsWith(
                         QStringLiteral("the webhook's CA file %1 cannot be read: ").arg(missing)),
                 qPrintable(unreadable.error()));
        const auto plain = WebhookNotifier(10'000, dir.filePath(QStringLiteral("ca.pem")))
                               .post(Receiver().url(kSecret), payload);
        QVERIFY2(!plain.ok() && plain.error().contains(QStringLiteral("is not https")),
                 qPrintable(plain.error()));
    }

    void theReportStepPostsAndRecordsTheOutcome_data()
    {
        QTest::addColumn<bool>("reachable");
        QTest::newRow("sent") << true;
        QTest::newRow("unreachable") << false;
    }

    void theReportStepPostsAndRecordsTheOutcome()
    {
        QFETCH(bool, reachable);
        QTemporaryDir dir(test::temporaryTemplate(QStringLiteral("webhook")));
        auto journal = test::checked(Journal::open(dir.filePath(QStringLiteral("j.sqlite"))));
        Receiver receiver;
        const QString url =
            reachable ? receiver.url(kSecret)
                      : QStringLiteral("http://127.0.0.1:%1%2").arg(closedPort()).arg(kSecret);
        IncidentReportAction report(*journal, {}, url);
        DoneAction done;
        PlaybookFlow::Actions actions;
        for (PlaybookStepKind kind : playbookStepOrder())
            actions[kind] = &done;
        actions[PlaybookStepKind::Report] = &report;
        PlaybookRun fresh = PlaybookRun::withAllSteps();
        fresh.id = QStringLiteral("pb-hook");
        fresh.profile = QStringLiteral("heartguard");
        fresh.databaseName = QStringLiteral("heartguard");
        fresh.target = QStringLiteral("the last 2 migrations");
        auto run = PlaybookFlow(*journal, actions).start(fresh, {});
        QVERIFY2(run.ok(), qPrintable(run.error()));
        // The notification's fate never fails the report: the run is done and its report
        // stored either way.
        QCOMPARE(run->status, PlaybookRun::Status::Done);
        QVERIFY(test::checked(PlaybookJournal(*journal).report(QStringLiteral("pb-hook"),
                                                               QStringLiteral("md")))
                    .has_value());
        const PlaybookStep &step = *run->step(PlaybookStepKind::Report);
        const QJsonObject webhook = step.evidence.value(QStringLiteral("webhook")).toObject();
        QVERIFY(webhook.value(QStringLiteral("url")).toString().endsWith(QStringLiteral("/…")));
        const QString journaled =
            QString::fromUtf8(QJsonDocument(playbookRunToJson(run.value())).toJson());
        QVERIFY2(!journaled.contains(QStringLiteral("s3cr3t")), qPrintable(journaled));
        // Nor does the stored report, in any of its formats.
        for (const QString &format :
             {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")}) {
            const auto stored =
                test::checked(PlaybookJournal(*journal).report(QStringLiteral("pb-hook"), format));
            QVERIFY(stored.has_value());
            QVERIFY2(!stored->contains("s3cr3t"), qPrintable(format));
        }
        if (reachable) {
            QCOMPARE(webhook.value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
            QCOMPARE(receiver.received.size(), 1);
            const QJsonObject sent = QJsonDocument::fromJson(receiver.received[0].body).object();
            QVERIFY(sent.value(QStringLiteral("text"))
                        .toString()
                        .contains(QStringLiteral("*Rolled back heartguard")));
            QCOMPARE(sent.value(QStringLiteral("backstep"))
                         .toObject()
                         .value(QStringLiteral("run"))
                         .toString(),
                     QStringLiteral("pb-hook"));
        } else {
            QCOMPARE(webhook.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
            QVERIFY2(webhook.value(QStringLiteral("error"))
                         .toString()
                         .startsWith(QStringLiteral("cannot reach the webhook")),
                     qPrintable(webhook.value(QStringLiteral("error")).toString()));
            QVERIFY2(step.summary.contains(QStringLiteral("the webhook failed")),
                     qPrintable(step.summary));
        }
    }
};

QTEST_GUILESS_MAIN(TestWebhookNotifier)
#include "tst_webhooknotifier.moc"
