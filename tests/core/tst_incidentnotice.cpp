// What the profile's contacts are told: the summary in Markdown, a mailto: URL (RFC 6068,
// cut with a note when long), the webhook's Slack-compatible JSON, and URLs with a token
// shown redacted.
#include "core/incidentnotice.h"
#include "support/incidentfixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace backstep;

namespace {

QList<Contact> contacts()
{
    return {{QStringLiteral("Database Administrator"), QStringLiteral("dba@heartguard.com")},
            {QStringLiteral("No address"), QString()},
            {QStringLiteral("On call"), QStringLiteral("on+call@heartguard.com")}};
}

// The body of a mailto: URL decoded as a mail client does.
QString decodedBody(const QString &url)
{
    const qsizetype at = url.indexOf(QStringLiteral("&body="));
    return QUrl::fromPercentEncoding(url.mid(at + 6).toLatin1());
}

} // namespace

class TestIncidentNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryHasTheVerdictStepsAndWhereTheReportIs()
    {
        const PlaybookRun run = test::incidentFixtureRun();
        const QString summary = incidentSummaryMarkdown(run, QStringLiteral("/tmp/r.html"));
        const QStringList lines = summary.split(u'\n');
        QCOMPARE(lines[0], QStringLiteral("### Incident report: rollback of heartguard"));
        QVERIFY2(lines[2].startsWith(QStringLiteral("**Rolled back heartguard")),
                 qPrintable(lines[2]));
        QVERIFY(summary.contains(QStringLiteral("- Roll back: done (2.0 s) — 2 statements")));
        QVERIFY(summary.contains(QStringLiteral("/tmp/r.html")));
        QVERIFY(
            summary.contains(QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd")));
        // Without a file, how to show the stored report again.
        QVERIFY(incidentSummaryMarkdown(run).contains(
            QStringLiteral("backstep-cli playbook show pb-0001")));
    }

    void mailtoIsEncodedAsRfc6068Says()
    {
        const PlaybookRun run = test::incidentFixtureRun();
        const IncidentMail mail = incidentMailto(run, contacts(), {}, 100'000);
        QVERIFY(!mail.cut);
        QCOMPARE(mail.recipients, 2);
        QVERIFY2(mail.url.startsWith(
                     QStringLiteral("mailto:dba@heartguard.com,on%2Bcall@heartguard.com?subject=")),
                 qPrintable(mail.url.left(80)));
        // Only unreserved characters and the escapes: no space, no raw line break, no
        // raw & or # that would end the field.
        const QString query = mail.url.mid(mail.url.indexOf(u'?') + 1);
        for (const QString &field : query.split(u'&')) {
            const QString value = field.section(u'=', 1);
            QVERIFY2(!value.contains(u' ') && !value.contains(u'\n') && !value.contains(u'#') &&
                         !value.contains(u'?'),
                     qPrintable(field.left(60)));
        }
        QVERIFY(mail.url.contains(QStringLiteral("%0D%0A")));
        const QUrlQuery parsed(QUrl(mail.url).query(QUrl::FullyEncoded));
        QCOMPARE(parsed.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("[Backstep] heartguard: rolled-back (pb-0001)"));
        const QString body = decodedBody(mail.url);
        QVERIFY(body.contains(QStringLiteral("Rolled back heartguard (the last 2 migrations)")));
        QVERIFY(body.contains(QStringLiteral("\r\n- Verify: done")));
    }

    void longMailIsCutWithANote()
    {
        const PlaybookRun run = test::incidentFixtureRun();
        const IncidentMail mail =
            incidentMailto(run, contacts(), QStringLiteral("/srv/r.pdf"), 800);
        QVERIFY(mail.cut);
        QVERIFY2(mail.url.size() <= 800, qPrintable(QString::number(mail.url.size())));
        const QString body = decodedBody(mail.url);
        QVERIFY2(body.endsWith(QStringLiteral("(Cut to fit an e-mail link.) The whole report: "
                                              "/srv/r.pdf (also stored with the run pb-0001).")),
                 qPrintable(body.right(120)));
        // Cut at a line: the verdict, the first thing, is kept.
        QVERIFY(body.contains(QStringLiteral("Rolled back heartguard")));
    }

    void webhookPayloadIsSlackCompatibleWithFields()
    {
        const PlaybookRun run = test::incidentFixtureFailedRun();
        const QJsonObject payload = incidentWebhookPayload(run, QStringLiteral("/srv/r.html"));
        const QString text = payload.value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(QStringLiteral("*FAILED at \"Verify\"")), qPrintable(text));
        const QJsonObject facts = payload.value(QStringLiteral("backstep")).toObject();
        QCOMPARE(facts.value(QStringLiteral("verdict")).toString(), QStringLiteral("failed"));
        QCOMPARE(facts.value(QStringLiteral("run")).toString(), QStringLiteral("pb-0001"));
        QCOMPARE(facts.value(QStringLiteral("report")).toString(), QStringLiteral("/srv/r.html"));
        const QJsonArray steps = facts.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 10);
        const QJsonObject verify = steps.at(5).toObject();
        QCOMPARE(verify.value(QStringLiteral("step")).toString(), QStringLiteral("verify"));
        QCOMPARE(verify.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(verify.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("1 difference, 1 chunk differs")));
    }

    void urlsWithATokenAreRedacted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::newRow("slack") << QStringLiteral(
                                      "https://hooks.slack.com/services/T000/B000/XXXXsecretXXXX")
                               << QStringLiteral("https://hooks.slack.com/…");
        QTest::newRow("query") << QStringLiteral("http://127.0.0.1:8080/hook?token=abc")
                               << QStringLiteral("http://127.0.0.1:8080/…");
        QTest::newRow("user") << QStringLiteral("https://bot:pw@chat.example/")
                              << QStringLiteral("https://chat.example/…");
        QTest::newRow("bare") << QStringLiteral("https://chat.example")
                              << QStringLiteral("https://chat.example");
        QTest::newRow("garbage") << QStringLiteral("not a url") << QStringLiteral("…");
    }

    void urlsWithATokenAreRedacted()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QCOMPARE(redactedUrl(url), shown);
    }
};

QTEST_GUILESS_MAIN(TestIncidentNotice)
#include "tst_incidentnotice.moc"
