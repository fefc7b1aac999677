#include "core/incidentreport.h"

#include "core/incidentsections.h"

#include <QCoreApplication>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReport)
};

QString markdownCell(QString cell)
{
    cell.replace(u'|', QStringLiteral("\\|"));
    cell.replace(u'\n', u' ');
    return cell.isEmpty() ? QStringLiteral(" ") : cell;
}

// A fence longer than any run of backticks in the text, so that nothing closes it early.
QString fence(const QString &block)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (QChar c : block) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max<qsizetype>(3, longest + 1), u'`');
}

QString fenced(const QString &caption, const QString &text)
{
    QString out;
    if (!caption.isEmpty())
        out += u'\n' + caption + QStringLiteral(":\n");
    return out + u'\n' + fence(text) + u'\n' + text + u'\n' + fence(text) + u'\n';
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString verdictClass(IncidentVerdict verdict)
{
    switch (verdict) {
    case IncidentVerdict::RolledBack:
        return QStringLiteral("pass");
    case IncidentVerdict::Failed:
    case IncidentVerdict::Aborted:
        return QStringLiteral("fail");
    case IncidentVerdict::Unfinished:
        break;
    }
    return QStringLiteral("inconclusive");
}

QString title(const PlaybookRun &run)
{
    return Tr::tr("Incident report: rollback of %1").arg(run.databaseName);
}

} // namespace

IncidentVerdict incidentVerdict(const PlaybookRun &run)
{
    switch (run.status) {
    case PlaybookRun::Status::Done:
        return IncidentVerdict::RolledBack;
    case PlaybookRun::Status::Failed:
        return IncidentVerdict::Failed;
    case PlaybookRun::Status::Aborted:
        return IncidentVerdict::Aborted;
    case PlaybookRun::Status::Running:
    case PlaybookRun::Status::Cancelled:
        break;
    }
    return IncidentVerdict::Unfinished;
}

QString incidentVerdictName(IncidentVerdict verdict)
{
    switch (verdict) {
    case IncidentVerdict::RolledBack:
        return QStringLiteral("rolled-back");
    case IncidentVerdict::Failed:
        return QStringLiteral("failed");
    case IncidentVerdict::Unfinished:
        return QStringLiteral("unfinished");
    case IncidentVerdict::Aborted:
        break;
    }
    return QStringLiteral("aborted");
}

QString incidentReportTitle(const PlaybookRun &run)
{
    return title(run);
}

QString incidentReportMarkdown(const PlaybookRun &run)
{
    QString out = QStringLiteral("# ") + title(run) + QStringLiteral("\n\n**") +
                  incidentVerdictSentence(run) + QStringLiteral("**\n");
    for (const ReportSection &section : incidentSections(run)) {
        out += QStringLiteral("\n## ") + section.title + u'\n';
        for (const QString &paragraph : section.paragraphs)
            out += u'\n' + paragraph + u'\n';
        if (!section.rows.isEmpty()) {
            out += QStringLiteral("\n|");
            QString rule = QStringLiteral("|");
            for (const QString &header : section.headers) {
                out += u' ' + markdownCell(header) + QStringLiteral(" |");
                rule += QStringLiteral(" --- |");
            }
            out += u'\n' + rule + u'\n';
            for (const QStringList &row : section.rows) {
                out += u'|';
                for (const QString &cell : row)
                    out += u' ' + markdownCell(cell) + QStringLiteral(" |");
                out += u'\n';
            }
        }
        // Markdown has no side by side that keeps line breaks: one block after the other.
        for (const ReportSection::Pair &pair : section.pairs) {
            out += QStringLiteral("\n### ") + pair.caption + u'\n';
            out += fenced(pair.leftTitle, pair.left) + fenced(pair.rightTitle, pair.right);
        }
        for (const ReportSection::Block &block : section.blocks)
            out += fenced(block.caption, block.text);
    }
    return out;
}

QString incidentReportHtml(const PlaybookRun &run, const ReportColours &colours)
{
    const IncidentVerdict verdict = incidentVerdict(run);
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") +
        esc(title(run)) +
        QStringLiteral("</title><style>\nbody{font-family:sans-serif;color:%1;margin:2em}\n"
                       "table{border-collapse:collapse;margin:0.5em 0}\n"
                       "th,td{border:1px solid %2;padding:0.2em 0.5em;text-align:left;"
                       "vertical-align:top}\nth{background:%3}\n"
                       "pre{background:%3;padding:0.5em;white-space:pre-wrap}\n"
                       "td.definition{white-space:pre-wrap;font-family:monospace}\n"
                       ".verdict{padding:0.5em 1em;font-weight:bold}\n"
                       ".pass{background:%4;color:%5}\n.fail{background:%6;color:%7}\n"
                       ".inconclusive{background:%8;color:%9}\n</style></head><body>\n")
            .arg(colours.text, colours.border, colours.headerBackground, colours.passBackground,
                 colours.passText, colours.failBackground, colours.failText,
                 colours.inconclusiveBackground, colours.inconclusiveText) +
        QStringLiteral("<h1>") + esc(title(run)) + QStringLiteral("</h1>\n<p class=\"verdict ") +
        verdictClass(verdict) + QStringLiteral("\">") + esc(incidentVerdictSentence(run)) +
        QStringLiteral("</p>\n");
    for (const ReportSection &section : incidentSections(run)) {
        out += QStringLiteral("<h2>") + esc(section.title) + QStringLiteral("</h2>\n");
        for (const QString &paragraph : section.paragraphs)
            out += QStringLiteral("<p>") + esc(paragraph) + QStringLiteral("</p>\n");
        if (!section.rows.isEmpty()) {
            out += QStringLiteral("<table><tr>");
            for (const QString &header : section.headers)
                out += QStringLiteral("<th>") + esc(header) + QStringLiteral("</th>");
            out += QStringLiteral("</tr>\n");
            for (const QStringList &row : section.rows) {
                out += QStringLiteral("<tr>");
                for (const QString &cell : row)
                    out += QStringLiteral("<td>") + esc(cell) + QStringLiteral("</td>");
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
        }
        // Expected and actual side by side, line breaks kept, long lines wrapped at spaces.
        for (const ReportSection::Pair &pair : section.pairs)
            out += QStringLiteral("<h3>") + esc(pair.caption) +
                   QStringLiteral("</h3>\n<table><tr><th>") + esc(pair.leftTitle) +
                   QStringLiteral("</th><th>") + esc(pair.rightTitle) +
                   QStringLiteral("</th></tr>\n<tr><td class=\"definition\">") + esc(pair.left) +
                   QStringLiteral("</td><td class=\"definition\">") + esc(pair.right) +
                   QStringLiteral("</td></tr>\n</table>\n");
        for (const ReportSection::Block &block : section.blocks) {
            if (!block.caption.isEmpty())
                out += QStringLiteral("<p>") + esc(block.caption) + QStringLiteral(":</p>\n");
            out += QStringLiteral("<pre>") + esc(block.text) + QStringLiteral("</pre>\n");
        }
    }
    return out + QStringLiteral("</body></html>\n");
}

QJsonObject incidentReportJson(const PlaybookRun &run)
{
    return {
        {QStringLiteral("verdict"), incidentVerdictName(incidentVerdict(run))},
        {QStringLiteral("summary"), incidentVerdictSentence(run)},
        {QStringLiteral("run"), playbookRunToJson(run)},
    };
}

} // namespace backstep
