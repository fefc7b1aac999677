#pragma once

#include "core/playbook.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace backstep {

class Journal;

// The playbook runs in Backstep's journal (schema revision 7): each run, each of its steps
// with its state, times and evidence, and its incident report in every format. Written
// like a rollback run: a step is marked running before its effect begins and settled after
// it ends, each write durable when it returns, so that a killed flow reopens where it was.
// A step that is done or skipped never starts again; a run's status only moves forward.
class PlaybookJournal
{
public:
    explicit PlaybookJournal(Journal &journal)
        : m_journal(journal)
    {}

    // The run and all its steps (as the run has them) in one transaction.
    Result<void> create(const PlaybookRun &run);
    // Before the step's effect: running, one more attempt. Refused when the step is done
    // or skipped (a step is never done twice) or the run is no longer open.
    Result<void> stepStarted(const QString &runId, int index);
    // What is known while the step runs (the backup file being written, the rollback run
    // it started): written before the effect it names, so a resume finds it.
    Result<void> noteEvidence(const QString &runId, int index, const QJsonObject &evidence);
    // After the step's effect: done, failed or cancelled, with its summary and evidence.
    Result<void> stepFinished(const QString &runId, int index, PlaybookStep::Status status,
                              const QString &summary, const QJsonObject &evidence,
                              const QString &error = {});
    // Skipped without running, and why. Refused for a step that is done.
    Result<void> stepSkipped(const QString &runId, int index, PlaybookSkipReason reason,
                             const QString &note);
    // Refused when the run is already done or aborted (a status never moves backwards).
    Result<void> setStatus(const QString &runId, PlaybookRun::Status status,
                           const QString &error = {});
    // The process that executes it now (a resume sets its own).
    Result<void> setExecutor(const QString &runId, qint64 pid);

    // The incident report in one format ("html", "md", "json"), replaced when written again.
    Result<void> storeReport(const QString &runId, const QString &format, const QByteArray &body);
    // nullopt when no report of that format is stored.
    Result<std::optional<QByteArray>> report(const QString &runId, const QString &format) const;

    // The run with its steps; nullopt when the journal has no run with that id.
    Result<std::optional<PlaybookRun>> load(const QString &runId) const;
    // The run with its steps, or an error that says it is not in the journal.
    Result<PlaybookRun> get(const QString &runId) const;
    // Newest first, without their steps.
    Result<QList<PlaybookRun>> list(const QString &databaseUrl = {}, int limit = 100) const;
    // Runs that can still go on (running, failed, cancelled), newest first, with their steps.
    Result<QList<PlaybookRun>> unfinished(const QString &databaseUrl = {}) const;

private:
    // Runs `sql` with `values`; an error when it fails or changes no row (`refusal`).
    // `refusal` words the error from the step's (or, for index -1, the run's) status.
    Result<void> update(const QString &sql, const QVariantList &values, const QString &runId,
                        int index, const std::function<QString(const QString &)> &refusal);
    Journal &m_journal;
};

} // namespace backstep
