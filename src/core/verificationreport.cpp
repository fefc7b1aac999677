#include "core/verificationreport.h"

#include "core/connectionspec.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VerificationReport)
};

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

struct SectionTitle
{
    const char *section;
    const char *title;
};

// The check sections in the order the report shows them.
const SectionTitle checkSections[] = {
    {"data", QT_TRANSLATE_NOOP("VerificationReport", "Data checks")},
    {"scenario", QT_TRANSLATE_NOOP("VerificationReport", "Scenario checks")},
    {"assertion", QT_TRANSLATE_NOOP("VerificationReport", "Assertions")},
    {"command", QT_TRANSLATE_NOOP("VerificationReport", "Validation commands")},
};

QString outcomeCell(VerificationCheck::Outcome outcome)
{
    return QStringLiteral("<td class=\"%1\">%1</td>").arg(checkOutcomeName(outcome));
}

} // namespace

QString differenceKindName(SchemaDifference::Kind kind)
{
    switch (kind) {
    case SchemaDifference::Kind::Missing:
        return QStringLiteral("missing");
    case SchemaDifference::Kind::Extra:
        return QStringLiteral("extra");
    case SchemaDifference::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

int VerificationReport::checkCount(VerificationCheck::Outcome outcome) const
{
    return int(std::count_if(checks.cbegin(), checks.cend(), [outcome](const VerificationCheck &c) {
        return c.outcome == outcome;
    }));
}

int VerificationReport::failureCount() const
{
    return checkCount(VerificationCheck::Outcome::Failed) +
           checkCount(VerificationCheck::Outcome::Error) + int(schemaDifferences.size()) +
           int(errors.size());
}

VerificationVerdict VerificationReport::verdict() const
{
    if (failureCount() > 0)
        return VerificationVerdict::Fail;
    if (!inconclusiveReason.isEmpty())
        return VerificationVerdict::Inconclusive;
    return VerificationVerdict::Pass;
}

QString verdictName(VerificationVerdict verdict)
{
    switch (verdict) {
    case VerificationVerdict::Pass:
        return QStringLiteral("pass");
    case VerificationVerdict::Fail:
        return QStringLiteral("fail");
    case VerificationVerdict::Inconclusive:
        break;
    }
    return QStringLiteral("inconclusive");
}

QJsonObject checkToJson(const VerificationCheck &check)
{
    return QJsonObject{
        {QStringLiteral("section"), check.section},
        {QStringLiteral("name"), check.name},
        {QStringLiteral("outcome"), checkOutcomeName(check.outcome)},
        {QStringLiteral("detail"), check.detail},
        {QStringLiteral("evidence"), orNull(check.evidence)},
        {QStringLiteral("expected"), orNull(check.expected)},
        {QStringLiteral("actual"), orNull(check.actual)},
        {QStringLiteral("ms"), check.durationMs},
    };
}

QJsonObject reportToJson(const VerificationReport &report)
{
    QJsonArray differences;
    for (const SchemaDifference &difference : report.schemaDifferences)
        differences.append(QJsonObject{
            {QStringLiteral("kind"), differenceKindName(difference.kind)},
            {QStringLiteral("object"), difference.key},
            {QStringLiteral("expected"), orNull(difference.expected)},
            {QStringLiteral("actual"), orNull(difference.actual)},
            {QStringLiteral("summary"), difference.line},
        });
    QJsonArray checks;
    for (const VerificationCheck &check : report.checks)
        checks.append(checkToJson(check));
    QJsonObject object{
        {QStringLiteral("verdict"), verdictName(report.verdict())},
        {QStringLiteral("failures"), report.failureCount()},
        {QStringLiteral("counts"),
         QJsonObject{
             {QStringLiteral("schema_differences"), int(report.schemaDifferences.size())},
             {QStringLiteral("passed"), report.checkCount(VerificationCheck::Outcome::Passed)},
             {QStringLiteral("failed"), report.checkCount(VerificationCheck::Outcome::Failed)},
             {QStringLiteral("error"), report.checkCount(VerificationCheck::Outcome::Error)},
             {QStringLiteral("skipped"), report.checkCount(VerificationCheck::Outcome::Skipped)},
         }},
        {QStringLiteral("database"), report.databaseUrl},
        {QStringLiteral("connection"), orNull(report.connection)},
        {QStringLiteral("generated_at"), report.generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("run"), orNull(report.runId)},
        {QStringLiteral("target_version"), orNull(report.targetVersion)},
        {QStringLiteral("actual_version"), orNull(report.actualVersion)},
        {QStringLiteral("expected_source"), orNull(report.expectedSource)},
        {QStringLiteral("backup"), orNull(report.backup)},
        {QStringLiteral("schema_differences"), differences},
        {QStringLiteral("ignored"), QJsonArray::fromStringList(report.ignored)},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)},
    };
    if (!report.inconclusiveReason.isEmpty())
        object.insert(QStringLiteral("inconclusive_reason"), report.inconclusiveReason);
    if (report.positionBefore.recorded() || report.positionAfter.recorded())
        object.insert(QStringLiteral("server_position"),
                      QJsonObject{{QStringLiteral("before"), report.positionBefore.toJson()},
                                  {QStringLiteral("after"), report.positionAfter.toJson()}});
    return object;
}

VerificationReport reportFromJson(const QJsonObject &json)
{
    VerificationReport report;
    report.databaseUrl = json.value(QStringLiteral("database")).toString();
    if (auto spec = ConnectionSpec::parse(report.databaseUrl))
        report.databaseName = spec->databaseName();
    report.connection = json.value(QStringLiteral("connection")).toString();
    report.generatedAt =
        QDateTime::fromString(json.value(QStringLiteral("generated_at")).toString(), Qt::ISODate);
    report.runId = json.value(QStringLiteral("run")).toString();
    report.targetVersion = json.value(QStringLiteral("target_version")).toString();
    report.actualVersion = json.value(QStringLiteral("actual_version")).toString();
    report.expectedSource = json.value(QStringLiteral("expected_source")).toString();
    report.backup = json.value(QStringLiteral("backup")).toString();
    const QJsonObject position = json.value(QStringLiteral("server_position")).toObject();
    report.positionBefore =
        ServerPosition::fromJson(position.value(QStringLiteral("before")).toObject());
    report.positionAfter =
        ServerPosition::fromJson(position.value(QStringLiteral("after")).toObject());
    for (const auto &value : json.value(QStringLiteral("schema_differences")).toArray()) {
        const QJsonObject object = value.toObject();
        SchemaDifference difference;
        const QString kind = object.value(QStringLiteral("kind")).toString();
        difference.kind = kind == u"missing" ? SchemaDifference::Kind::Missing
                          : kind == u"extra" ? SchemaDifference::Kind::Extra
                                             : SchemaDifference::Kind::Changed;
        difference.key = object.value(QStringLiteral("object")).toString();
        difference.expected = object.value(QStringLiteral("expected")).toString();
        difference.actual = object.value(QStringLiteral("actual")).toString();
        difference.line = object.value(QStringLiteral("summary")).toString();
        report.schemaDifferences.append(difference);
    }
    for (const auto &value : json.value(QStringLiteral("ignored")).toArray())
        report.ignored.append(value.toString());
    for (const auto &value : json.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject object = value.toObject();
        VerificationCheck check;
        check.section = object.value(QStringLiteral("section")).toString();
        check.name = object.value(QStringLiteral("name")).toString();
        const QString outcome = object.value(QStringLiteral("outcome")).toString();
        for (auto candidate :
             {VerificationCheck::Outcome::Passed, VerificationCheck::Outcome::Failed,
              VerificationCheck::Outcome::Error, VerificationCheck::Outcome::Skipped})
            if (checkOutcomeName(candidate) == outcome)
                check.outcome = candidate;
        check.detail = object.value(QStringLiteral("detail")).toString();
        check.evidence = object.value(QStringLiteral("evidence")).toString();
        check.expected = object.value(QStringLiteral("expected")).toString();
        check.actual = object.value(QStringLiteral("actual")).toString();
        check.durationMs = qint64(object.value(QStringLiteral("ms")).toDouble());
        report.checks.append(check);
    }
    for (const auto &value : json.value(QStringLiteral("errors")).toArray())
        report.errors.append(value.toString());
    return report;
}

QString reportToHtml(const VerificationReport &report, const ReportColours &colours)
{
    QString html;
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n")
            .arg(esc(Tr::tr("Verification of %1").arg(report.databaseName)));
    html += QStringLiteral(
                "<style>\nbody{font-family:sans-serif;margin:2em;color:%1}\n"
                "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}\n"
                ".verdict{font-size:1.3em;font-weight:bold;padding:.6em 1em;border-radius:4px}\n"
                ".pass{background:%2;color:%3}.fail{background:%4;color:%5}"
                ".inconclusive{background:%9;color:%10}\n"
                "table{border-collapse:collapse;width:100%}th,td{border:1px solid %6;"
                "padding:4px 6px;text-align:left;vertical-align:top}\nth{background:%7}\n"
                "td.passed{color:%3}td.failed,td.error{color:%5;font-weight:bold}"
                "td.skipped{color:%8}\npre{white-space:pre-wrap;margin:0;font-size:.9em}\n"
                "</style></head><body>\n")
                .arg(colours.text, colours.passBackground, colours.passText, colours.failBackground,
                     colours.failText, colours.border, colours.headerBackground, colours.muted,
                     colours.inconclusiveBackground, colours.inconclusiveText);
    html += QStringLiteral("<h1>%1</h1>\n")
                .arg(esc(Tr::tr("Verification of %1").arg(report.databaseName)));
    QString verdict;
    switch (report.verdict()) {
    case VerificationVerdict::Pass:
        verdict = Tr::tr("PASS: %1 checks passed, the schema matches the expected state")
                      .arg(report.checkCount(VerificationCheck::Outcome::Passed));
        break;
    case VerificationVerdict::Inconclusive:
        verdict = Tr::tr("INCONCLUSIVE: %1; %2 checks passed, the schema was not compared")
                      .arg(report.inconclusiveReason)
                      .arg(report.checkCount(VerificationCheck::Outcome::Passed));
        break;
    case VerificationVerdict::Fail:
        verdict =
            Tr::tr("FAIL: %1 problems (%2 schema differences, %3 failed checks, "
                   "%4 errors); %5 checks passed")
                .arg(report.failureCount())
                .arg(report.schemaDifferences.size())
                .arg(report.checkCount(VerificationCheck::Outcome::Failed))
                .arg(report.checkCount(VerificationCheck::Outcome::Error) + report.errors.size())
                .arg(report.checkCount(VerificationCheck::Outcome::Passed));
        break;
    }
    html += QStringLiteral("<p class=\"verdict %1\">%2</p>\n")
                .arg(verdictName(report.verdict()), esc(verdict));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
    auto fact = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
                    .arg(esc(label), esc(value.isEmpty() ? Tr::tr("none") : value));
    };
    fact(Tr::tr("Database"), report.databaseUrl);
    // Not "none": a report without it was made before Backstep recorded how it connected.
    fact(Tr::tr("Connection"),
         report.connection.isEmpty() ? Tr::tr("unknown (not recorded)") : report.connection);
    fact(Tr::tr("Generated"), report.generatedAt.toUTC().toString(Qt::ISODate));
    fact(Tr::tr("Rollback run"), report.runId);
    fact(Tr::tr("Target version"), report.targetVersion);
    fact(Tr::tr("Version in the history"), report.actualVersion);
    fact(Tr::tr("Expected schema from"), report.expectedSource);
    fact(Tr::tr("Backup"), report.backup);
    if (report.positionBefore.recorded() || report.positionAfter.recorded()) {
        fact(Tr::tr("Binary log before the run"), report.positionBefore.describe());
        fact(Tr::tr("Binary log after the run"), report.positionAfter.describe());
    }
    html += QStringLiteral("</table>\n");

    if (!report.errors.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(Tr::tr("Could not be checked")));
        for (const QString &error : report.errors)
            html += QStringLiteral("<li>%1</li>\n").arg(esc(error));
        html += QStringLiteral("</ul>\n");
    }

    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Schema")));
    if (report.schemaDifferences.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(esc(Tr::tr("The schema matches the expected state at %1.")
                                 .arg(report.targetVersion)));
    } else {
        html += QStringLiteral(
                    "<table border=\"1\" cellspacing=\"0\" "
                    "cellpadding=\"4\">\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                    .arg(esc(Tr::tr("Difference")), esc(Tr::tr("Object")), esc(Tr::tr("Expected")),
                         esc(Tr::tr("Actual")));
        for (const SchemaDifference &difference : report.schemaDifferences)
            html += QStringLiteral("<tr><td class=\"failed\">%1</td><td>%2</td><td><pre>%3</pre>"
                                   "</td><td><pre>%4</pre></td></tr>\n")
                        .arg(esc(differenceKindName(difference.kind)), esc(difference.key),
                             esc(difference.expected), esc(difference.actual));
        html += QStringLiteral("</table>\n");
    }
    if (!report.ignored.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n<ul>\n").arg(esc(Tr::tr("Left out of the comparison:")));
        for (const QString &ignored : report.ignored)
            html += QStringLiteral("<li>%1</li>\n").arg(esc(ignored));
        html += QStringLiteral("</ul>\n");
    }

    for (const SectionTitle &section : checkSections) {
        const QString name = QString::fromLatin1(section.section);
        VerificationChecks checks;
        for (const VerificationCheck &check : report.checks)
            if (check.section == name)
                checks.append(check);
        // Failures first: the DBA reads the top of each section.
        std::stable_sort(checks.begin(), checks.end(),
                         [](const VerificationCheck &a, const VerificationCheck &b) {
                             return a.failed() && !b.failed();
                         });
        html += QStringLiteral("<h2>%1</h2>\n")
                    .arg(esc(QCoreApplication::translate("VerificationReport", section.title)));
        if (checks.isEmpty()) {
            html +=
                QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("None configured or applicable.")));
            continue;
        }
        html +=
            QStringLiteral("<table border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"4\">\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                           "<th>%5</th></tr>\n")
                .arg(esc(Tr::tr("Check")), esc(Tr::tr("Outcome")), esc(Tr::tr("Detail")),
                     esc(Tr::tr("Evidence")), esc(Tr::tr("Time")));
        for (const VerificationCheck &check : checks) {
            QString detail = esc(check.detail);
            if (!check.expected.isEmpty() || !check.actual.isEmpty())
                detail += QStringLiteral("<br>%1 <pre>%2</pre>%3 <pre>%4</pre>")
                              .arg(esc(Tr::tr("expected:")), esc(check.expected),
                                   esc(Tr::tr("actual:")), esc(check.actual));
            html +=
                QStringLiteral("<tr><td>%1</td>%2<td>%3</td><td><pre>%4</pre></td>"
                               "<td>%5 ms</td></tr>\n")
                    .arg(esc(check.name), outcomeCell(check.outcome), detail, esc(check.evidence))
                    .arg(check.durationMs);
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace backstep
