// The playbook's webhook: a JSON POST to a receiver on loopback (a QTcpServer in the test
// that answers as an HTTP server would), the receiver's refusal and silence as clear
// errors that never show the URL's token, and the report step that posts after storing
// the report and records a failed notification without failing.
#include "core/incidentnotice.h"
#include "db/journal.h"
#include "db/playbookjournal.h"
#include "ops/incidentreportaction.h"
#include "ops/webhooknotifier.h"
#include "support/incidentfixture.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {

// One HTTP request as the receiver read it.
struct Received
{
    QByteArray method;
    QByteArray path;
    QByteArray contentType;
    QByteArray body;
};

// Answers every request with `status` and `answer`, or never when `silent`; keeps what it
// was sent. Runs on the test's thread: the notifier's own event loop drives it.
class Receiver : public QObject
{
public:
    explicit Receiver(int status = 200, QByteArray answer = "ok", bool silent = false)
        : m_status(status)
        , m_answer(std::move(answer))
        , m_silent(silent)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { read(socket); });
        });
    }

    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    QList<Received> received;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Received request;
        qsizetype length = 0;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "content-type")
                request.contentType = value;
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        received.append(request);
        if (m_silent)
            return;
        socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                      " Whatever\r\nContent-Type: text/plain\r\nConnection: close\r\n"
                      "Content-Length: " +
                      QByteArray::number(m_answer.size()) + "\r\n\r\n" + m_answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_status;
    QByteArray m_answer;
    bool m_silent;
    std::map<QTcpSocket *, QByteArray> m_buffers;
};

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
