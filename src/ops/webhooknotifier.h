#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace backstep {

// Posts a JSON document to a webhook (a Slack-compatible incoming webhook, or any HTTP
// receiver) and waits for the answer on the calling thread, which must not be the GUI's
// (a local event loop runs until the answer or the timeout). Errors name the URL only as
// redactedUrl() shows it: a webhook's path and query are its secret.
//
// https: the receiver's certificate must verify against the system's CAs, plus the CA in
// `caFile` when given (a PEM file: an organization's own CA); a certificate that does not
// verify fails the post with the reason, never ignored.
class WebhookNotifier
{
public:
    // Long enough for a chat service across the internet, short enough that a dead
    // receiver does not hold up the end of an incident.
    static constexpr int defaultTimeoutMs = 10'000;

    explicit WebhookNotifier(int timeoutMs = defaultTimeoutMs, QString caFile = {});
    // Done on a 2xx answer; otherwise what went wrong: refused, timed out, the HTTP status
    // and the start of the receiver's answer.
    Result<void> post(const QString &url, const QJsonObject &payload) const;

private:
    int m_timeoutMs;
    QString m_caFile;
};

} // namespace backstep
