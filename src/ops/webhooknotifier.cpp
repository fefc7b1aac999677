#include "ops/webhooknotifier.h"

#include "core/incidentnotice.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WebhookNotifier)
};

} // namespace

WebhookNotifier::WebhookNotifier(int timeoutMs, QString caFile)
    : m_timeoutMs(timeoutMs)
    , m_caFile(std::move(caFile))
{}

Result<void> WebhookNotifier::post(const QString &url, const QJsonObject &payload) const
{
    const QString shown = redactedUrl(url);
    const QUrl target(url, QUrl::StrictMode);
    if (!target.isValid() || target.host().isEmpty() ||
        (target.scheme() != QLatin1StringView("http") &&
         target.scheme() != QLatin1StringView("https")))
        return Error{Tr::tr("the webhook %1 is not an http or https URL").arg(shown)};

    QNetworkAccessManager manager;
    QNetworkRequest request(target);
    if (!m_caFile.isEmpty()) {
        if (target.scheme() != QLatin1StringView("https"))
            return Error{Tr::tr("the webhook %1 is not https, so its CA file %2 cannot be used")
                             .arg(shown, m_caFile)};
        QFile pem(m_caFile);
        if (!pem.open(QIODevice::ReadOnly))
            return Error{Tr::tr("the webhook's CA file %1 cannot be read: %2")
                             .arg(m_caFile, pem.errorString())};
        const QList<QSslCertificate> authorities = QSslCertificate::fromDevice(&pem);
        if (authorities.isEmpty())
            return Error{Tr::tr("the webhook's CA file %1 holds no PEM certificate").arg(m_caFile)};
        // Named in full: adding to the default configuration's list switches off its
        // loading of the system's CAs on demand, which would leave the file's CA alone.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + authorities);
        request.setSslConfiguration(tls);
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Backstep"));
    request.setTransferTimeout(m_timeoutMs);
    // A redirect could send the summary elsewhere: the profile names the receiver.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply =
        manager.post(request, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    // Never ignored: the reply fails with them; they are kept to say why.
    QStringList tlsErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&tlsErrors](const QList<QSslError> &errors) {
                         for (const QSslError &error : errors)
                             tlsErrors.append(error.errorString());
                     });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->read(200);
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return Error{Tr::tr("the webhook %1 did not answer within %2 s")
                         .arg(shown, QString::number(m_timeoutMs / 1000.0, 'g', 3))};
    if (status >= 200 && status < 300)
        return {};
    if (!tlsErrors.isEmpty())
        return Error{Tr::tr("the webhook %1's certificate is not trusted: %2")
                         .arg(shown, tlsErrors.join(QStringLiteral("; ")))};
    if (status != 0)
        return Error{
            Tr::tr("the webhook %1 answered HTTP %2: %3")
                .arg(shown, QString::number(status), QString::fromUtf8(answer).simplified())};
    // The network's own words can repeat the URL, whose path or query may be the token:
    // keep them only without it. An empty path or "/" hides nothing (and every text holds
    // the empty string), so it does not cost the DBA the reason.
    const auto repeats = [&errorText](const QString &part) {
        return part.size() > 1 && errorText.contains(part);
    };
    QString why = errorText;
    if (repeats(url) || repeats(target.path()) || repeats(target.query()) ||
        repeats(target.userInfo()))
        why = Tr::tr("network error %1").arg(int(error));
    return Error{Tr::tr("cannot reach the webhook %1: %2").arg(shown, why)};
}

} // namespace backstep
