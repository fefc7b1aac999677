#pragma once

// A webhook receiver on loopback for tests (link Qt6::Network): answers every HTTP request
// as a server would, with `status` and `answer` (or never, when silent), and keeps what it
// was sent. Plain HTTP (a QTcpServer), or https (a QSslServer) with a certificate and key.
// It runs on the test's thread: a caller's own event loop (the notifier's, or a wait for a
// program to end) drives it.
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <map>
#include <memory>

namespace backstep::test {

// One HTTP request as the receiver read it.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray contentType;
    QByteArray body;
};

class WebhookReceiver : public QObject
{
public:
    explicit WebhookReceiver(int status = 200, QByteArray answer = "ok", bool silent = false)
        : m_status(status)
        , m_answer(std::move(answer))
        , m_silent(silent)
        , m_server(std::make_unique<QTcpServer>())
    {
        listen();
    }

    // https with this certificate and key (PEM files).
    WebhookReceiver(const QString &certificateFile, const QString &keyFile)
        : m_answer("ok")
        , m_tls(true)
    {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile);
        QFile key(keyFile);
        if (certificates.isEmpty() || !key.open(QIODevice::ReadOnly))
            qFatal("the receiver's certificate %s or key %s cannot be read",
                   qPrintable(certificateFile), qPrintable(keyFile));
        configuration.setLocalCertificate(certificates.first());
        configuration.setPrivateKey(QSslKey(&key, QSsl::Rsa));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(configuration);
        QObject::connect(
            server.get(), &QSslServer::errorOccurred, this,
            [this](QSslSocket *, QAbstractSocket::SocketError) { ++handshakeFailures; });
        QObject::connect(server.get(), &QSslServer::peerVerifyError, this,
                         [this](QSslSocket *, const QSslError &) { ++handshakeFailures; });
        m_server = std::move(server);
        listen();
    }

    QString url(const QString &path) const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3")
            .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"),
                 QString::number(m_server->serverPort()), path);
    }
    QList<ReceivedRequest> received;
    int handshakeFailures = 0;

private:
    void listen()
    {
        QVERIFY(m_server->listen(QHostAddress::LocalHost));
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { read(socket); });
                // A TLS socket is handed over after its handshake: the request may have
                // come with its end, before readyRead could be connected.
                if (socket->bytesAvailable() > 0)
                    read(socket);
            }
        });
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        ReceivedRequest request;
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

    int m_status = 200;
    QByteArray m_answer;
    bool m_silent = false;
    bool m_tls = false;
    std::unique_ptr<QTcpServer> m_server;
    std::map<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace backstep::test
