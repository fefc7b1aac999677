#pragma once

#include "core/schemadiff.h"
#include "core/serverposition.h"
#include "core/verificationcheck.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace backstep {

// One way the database's schema differs from the expected state at the target version.
using SchemaDifference = SchemaDiffEntry;

QString differenceKindName(SchemaDifference::Kind kind); // "missing", "extra", "changed"

// What a verification concludes. Inconclusive when the expected state could not be
// established (and nothing checked was found wrong): verify claims only what it knows.
enum class VerificationVerdict { Pass, Fail, Inconclusive };
QString verdictName(VerificationVerdict verdict); // "pass", "fail", "inconclusive"

// The verification of a database after a rollback (playbook steps 5 and 6): the schema
// against the expected state, the data checks, the DBA's assertions and the application's
// validation commands. The verdict comes first; the evidence follows.
struct VerificationReport
{
    QString databaseUrl;
    QString databaseName;
    // The server and whether the connection was encrypted: "MariaDB 11.8.9, unencrypted".
    QString connection;
    QDateTime generatedAt;
    QString runId;         // the rollback run it verifies; empty for a manual verification
    QString targetVersion; // the version the database should be at
    QString actualVersion; // the version its history says it is at
    // Where the expected schema came from: a snapshot recorded at that version, or a
    // replay of the UP sections in a scratch database.
    QString expectedSource;
    QString backup; // the backup that guarded the run, in words
    // The server's binary log before the run and after it (the run's journal); not
    // recorded for a manual verification, SQLite, or a run from before they were.
    ServerPosition positionBefore;
    ServerPosition positionAfter;
    QList<SchemaDifference> schemaDifferences;
    QStringList ignored; // what the comparison left out on purpose, and why
    VerificationChecks checks;
    QStringList errors; // parts that could not be checked at all
    // Why the expected state at the target version could not be established (the reason
    // comes first in every rendering); the schema was then not compared.
    QString inconclusiveReason;

    VerificationVerdict verdict() const;
    bool passed() const { return verdict() == VerificationVerdict::Pass; }
    int failureCount() const; // failed and errored checks + schema differences + errors
    int checkCount(VerificationCheck::Outcome outcome) const;
};

QJsonObject reportToJson(const VerificationReport &report);
// The report again from what reportToJson wrote (the journal keeps reports as JSON): the
// run history shows a stored report exactly as the Verification dock showed it.
VerificationReport reportFromJson(const QJsonObject &json);
// One check as reportToJson writes it (also `backstep-cli validate --json`).
QJsonObject checkToJson(const VerificationCheck &check);
// The colours of the HTML report, as CSS colours. The defaults are for paper and for a
// browser's white page; the window passes its palette's (light or dark theme).
struct ReportColours
{
    QString text = QStringLiteral("#1a1a1a");
    QString passBackground = QStringLiteral("#dff3e0");
    QString passText = QStringLiteral("#14532d");
    QString failBackground = QStringLiteral("#fde2e1");
    QString failText = QStringLiteral("#7f1d1d");
    QString border = QStringLiteral("#c8c8c8");
    QString headerBackground = QStringLiteral("#f0f0f0");
    QString muted = QStringLiteral("#555");
    QString inconclusiveBackground = QStringLiteral("#fef3c7");
    QString inconclusiveText = QStringLiteral("#78350f");
};

// A self-contained HTML page (inline style, no scripts, no external resources).
QString reportToHtml(const VerificationReport &report,
                     const ReportColours &colours = ReportColours());

} // namespace backstep
