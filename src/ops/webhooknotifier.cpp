#include "ops/webhooknotifier.h"

#include "core/incidentnotice.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WebhookNotifier)
};

} // namespace

WebhookNotifier::WebhookNotifier(int timeoutMs)
    : m_timeoutMs(timeoutMs)
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
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Backstep"));
    request.setTransferTimeout(m_timeoutMs);
    // A redirect could send the summary elsewhere: the profile names the receiver.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply =
        manager.post(request, QJsonDocument(payload).toJson(QJsonDocument::Compact));
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
    if (status != 0)
        return Error{
            Tr::tr("the webhook %1 answered HTTP %2: %3")
                .arg(shown, QString::number(status), QString::fromUtf8(answer).simplified())};
    // The network's own words can repeat the whole URL: keep them only without it.
    QString why = errorText;
    if (why.contains(url) || why.contains(target.path()))
        why = Tr::tr("network error %1").arg(int(error));
    return Error{Tr::tr("cannot reach the webhook %1: %2").arg(shown, why)};
}

} // namespace backstep
