#include "ops/reportexporter.h"

#include "core/incidentreport.h"
#include "ops/printlayout.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
};

} // namespace

QString ReportExporter::pdfTitle(const VerificationReport &report)
{
    return QCoreApplication::translate("VerificationReport", "Verification of %1")
        .arg(report.databaseName);
}

QStringList ReportExporter::suffixes()
{
    return {QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("pdf")};
}

Result<void> ReportExporter::write(const VerificationReport &report, const QString &path)
{
    return write(report, path, PrintLayout::defaultPage(QLocale()));
}

Result<void> ReportExporter::write(const VerificationReport &report, const QString &path,
                                   const QPageLayout &page)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"html" || suffix == u"htm") {
        bytes = reportToHtml(report).toUtf8();
    } else if (suffix == u"json") {
        bytes = QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
    } else if (suffix == u"pdf") {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return Error{Tr::tr("writing a PDF needs the fonts of a GUI application")};
        bytes = PrintLayout(reportToHtml(report), pdfTitle(report), page).toPdf();
    } else {
        return Error{Tr::tr("%1: a report is written as .html, .json or .pdf").arg(path)};
    }
    return save(path, bytes);
}

QString ReportExporter::pdfTitle(const PlaybookRun &run)
{
    return incidentReportTitle(run);
}

QStringList ReportExporter::incidentSuffixes()
{
    return {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json"),
            QStringLiteral("pdf")};
}

Result<void> ReportExporter::write(const PlaybookRun &run, const QString &path)
{
    return write(run, path, PrintLayout::defaultPage(QLocale()));
}

Result<void> ReportExporter::write(const PlaybookRun &run, const QString &path,
                                   const QPageLayout &page)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"md") {
        bytes = incidentReportMarkdown(run).toUtf8();
    } else if (suffix == u"html" || suffix == u"htm") {
        bytes = incidentReportHtml(run).toUtf8();
    } else if (suffix == u"json") {
        bytes = QJsonDocument(incidentReportJson(run)).toJson(QJsonDocument::Indented);
    } else if (suffix == u"pdf") {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return Error{Tr::tr("writing a PDF needs the fonts of a GUI application")};
        bytes = PrintLayout(incidentReportHtml(run), pdfTitle(run), page).toPdf();
    } else {
        return Error{
            Tr::tr("%1: an incident report is written as .md, .html, .json or .pdf").arg(path)};
    }
    return save(path, bytes);
}

Result<void> ReportExporter::save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("cannot write the report %1: %2").arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{Tr::tr("cannot write the report %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace backstep
