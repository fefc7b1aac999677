#pragma once

#include "core/playbook.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace backstep {

// One part of the incident report, the same for Markdown, HTML and PDF: a title,
// sentences, a table, definitions side by side and blocks of code or log text shown as
// they are. Written only from the run's journaled steps and their evidence.
struct ReportSection
{
    struct Block
    {
        QString caption; // "1203 at migrations/1203_activity.sql:14"; may be empty
        QString text;
    };
    // Two texts to read against each other: an object's expected and actual definitions.
    struct Pair
    {
        QString caption;
        QString leftTitle;
        QString left;
        QString rightTitle;
        QString right;
    };

    QString title;
    QStringList paragraphs;
    QStringList headers;
    QList<QStringList> rows;
    QList<Pair> pairs;
    QList<Block> blocks;
};

// The report's sections after its verdict: who and against what, the timeline, then one
// per step from its evidence (the keys PlaybookActions lists), then what was skipped.
QList<ReportSection> incidentSections(const PlaybookRun &run);

// The verdict in one sentence, the first thing every form of the report says.
QString incidentVerdictSentence(const PlaybookRun &run);

// "120 ms", "1.4 s", "2 min 5 s" (translated).
QString incidentDurationText(qint64 ms);

} // namespace backstep
