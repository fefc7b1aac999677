#pragma once

#include "core/playbook.h"
#include "core/result.h"
#include "core/verificationreport.h"

#include <QPageLayout>

namespace backstep {

// Writes a verification report as HTML, JSON or PDF, or a playbook run's incident report
// as Markdown, HTML, JSON or PDF, chosen by the file's suffix. The file
// appears whole or not at all (QSaveFile). PDF needs a QGuiApplication (fonts, layout);
// its pages are A4, or Letter where the locale measures in US units, unless `page` says.
class ReportExporter
{
public:
    static Result<void> write(const VerificationReport &report, const QString &path);
    static Result<void> write(const VerificationReport &report, const QString &path,
                              const QPageLayout &page);
    // The PDF's title and every page's footer.
    static QString pdfTitle(const VerificationReport &report);
    static QStringList suffixes(); // "html", "json", "pdf"

    static Result<void> write(const PlaybookRun &run, const QString &path);
    static Result<void> write(const PlaybookRun &run, const QString &path, const QPageLayout &page);
    static QString pdfTitle(const PlaybookRun &run);
    static QStringList incidentSuffixes(); // "md", "html", "json", "pdf"

private:
    static Result<void> save(const QString &path, const QByteArray &bytes);
};

} // namespace backstep
