#pragma once

#include "core/connectionprofile.h"
#include "core/playbook.h"

#include <QJsonObject>
#include <QString>

namespace backstep {

// What the profile's contacts are told when a playbook run ends: a short summary of the
// incident report (verdict, the steps with their durations, the backup, where the whole
// report is), as Markdown for the clipboard, as a prefilled e-mail and as a webhook's JSON.

// The summary in Markdown: the verdict, one line per step, the backup and the
// verification, then where the whole report is (`reportLocation`: the file it was written
// to, or how to show it again when empty).
QString incidentSummaryMarkdown(const PlaybookRun &run, const QString &reportLocation = {});

// A `mailto:` URL (RFC 6068) to the contacts with a subject and the summary as its body:
// addresses and fields percent-encoded, line breaks as CRLF (%0D%0A). Mail clients and
// desktops cut long URLs, so a body that would make the URL longer than `maxLength` is cut
// at a line with a note that says where the whole report is. Contacts without an e-mail
// address are left out; `cut` says whether the body was shortened.
struct IncidentMail
{
    QString url;
    bool cut = false;
    int recipients = 0;
};
IncidentMail incidentMailto(const PlaybookRun &run, const QList<Contact> &contacts,
                            const QString &reportLocation = {}, int maxLength = 2000);
QString incidentMailSubject(const PlaybookRun &run);

// The webhook's JSON, Slack-compatible: `text` (the summary in Slack's mrkdwn) plus a
// `backstep` object with the same facts as fields (run, profile, database, verdict,
// target, the steps with status and duration, the report's location).
QJsonObject incidentWebhookPayload(const PlaybookRun &run, const QString &reportLocation = {});

// A URL as logs, reports and errors may show it: scheme, host and port only, the rest
// (user, path, query, fragment: where webhooks keep their token) replaced by "…".
QString redactedUrl(const QString &url);

} // namespace backstep
