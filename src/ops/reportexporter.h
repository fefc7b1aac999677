#pragma once

#include "core/result.h"
#include "core/verificationreport.h"

namespace backstep {

// Writes a verification report as HTML, JSON or PDF, chosen by the file's suffix. The file
// appears whole or not at all (QSaveFile). PDF needs a QGuiApplication (fonts, layout).
class ReportExporter
{
public:
    static Result<void> write(const VerificationReport &report, const QString &path);
    static QStringList suffixes(); // "html", "json", "pdf"
};

} // namespace backstep
