#pragma once

#include "core/backuprecord.h"
#include "core/connectionspec.h"
#include "ops/backupstream.h"
#include "ops/processrunner.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace backstep {

class ClientOptionFile;
struct ServerFacts;

struct BackupRequest
{
    ConnectionSpec connection;
    QString password;
    QString folder;
    BackupCompression compression = BackupCompression::None;
    QString migrationVersion; // recorded in the catalog
    // A targeted backup: the data of these tables only (those that exist), with the whole
    // schema, routines, triggers and events without data. Empty: a full backup.
    QStringList dataTables;
    QString journalPath; // empty: Journal::defaultPath()
};

struct BackupProgress
{
    qint64 bytesWritten = 0;   // to the file (compressed bytes when compressing)
    qint64 dumpBytes = 0;      // SQL text produced by the dump
    qint64 estimatedBytes = 0; // from information_schema, 0 when unknown
    QString currentTable;      // from the dump's own "-- Dumping data for table" markers
    qint64 elapsedMs = 0;
};

// Takes the playbook's backup (or a targeted one: a schema-only dump of everything, then a
// data-only dump of the tables a plan touches, in one file): `mariadb-dump --single-transaction
// --quick --routines
// --triggers --events DB` (SQLite: VACUUM INTO), optionally compressed, into
// <db>_rollback_backup_YYYYMMDD_HHMMSS.sql[.gz|.zst]. Everything is asynchronous: the
// dump is a process (a ProcessRunner, in its own process group) whose standard output a
// BackupStream reads on a thread of its own, compresses in this process and writes to a
// ".partial" file while hashing it (SHA-256) and watching for the current table; the
// file gets its name only when the dump exited 0, the stream drained its pipe, and the
// text's last line is the completion marker. Anything else —
// failure, cancel, a full disk, a killed dump — removes the partial file and is recorded
// as such in the catalog. A complete backup is recorded with its manifest (what it held:
// ManifestReader before the dump and again after it, or from the SQLite copy itself), which
// verify and test-restore compare with. Lives on the thread that created it (normally the GUI
// thread); the catalog and the journal are read and written on workers, never there.
class BackupJob : public QObject
{
    Q_OBJECT
public:
    explicit BackupJob(QObject *parent = nullptr);
    ~BackupJob() override;

    void start(const BackupRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }
    const BackupRecord &record() const { return m_record; }

Q_SIGNALS:
    void progress(const backstep::BackupProgress &progress);
    void finished(const backstep::BackupRecord &record);

private:
    struct Prepared;
    void startDump(const Prepared &prepared);
    // The dump of the request's database (only `tables` when given), with the option file.
    ProcessSpec dumpSpec(const QString &program, const QStringList &arguments,
                         const QStringList &tables = {}) const;
    // Starts one dump with its stdout on a new source of the stream.
    void runDump(ProcessSpec spec);
    void dumpFinished(const ProcessOutcome &outcome);
    void streamDrained(bool endsWithCompletionLine);
    // Both the dump exited 0 and the stream drained its pipe: the next part, or the end.
    void partEnded();
    void complete();
    void manifestReadAgain(const std::optional<BackupManifest> &after);
    void fail(BackupStatus status, const QString &reason);
    void finish();
    void reportProgress();
    // On workers, each with its own connection to the journal.
    static QString prepare(const BackupRequest &request, const QString &partial,
                           Prepared &prepared);
    static QString beginInCatalog(BackupRecord record, Prepared &prepared,
                                  const QString &journalPath);
    static BackupRecord recordOutcome(BackupRecord record, const QString &journalPath);

    BackupRequest m_request;
    BackupRecord m_record;
    bool m_running = false;
    bool m_finishing = false; // the outcome is being written to the catalog
    QFutureWatcher<BackupRecord> m_finishWatcher;
    std::unique_ptr<ClientOptionFile> m_optionFile;
    QFuture<std::shared_ptr<Prepared>> m_preparing; // invalid until a backup is prepared
    QFutureWatcher<std::shared_ptr<Prepared>> m_prepareWatcher;
    ProcessRunner m_dump;
    BackupStream m_stream;
    QString m_finalPath;
    QElapsedTimer m_clock;
    BackupProgress m_progress;
    QByteArray m_dumpErrors;
    bool m_dumpExited = false;    // the current dump exited 0
    bool m_sourceDrained = false; // the stream read the current dump's pipe to its end
    bool m_textComplete = false;  // the text so far ends with the completion line
    // What the backup holds: read before the dump, confirmed after it.
    std::optional<BackupManifest> m_manifest;
    QFutureWatcher<std::optional<BackupManifest>> m_manifestWatcher;
    bool m_settling = false; // the file is complete; the manifest is read again
    // A targeted backup's second dump (data of the touched tables); empty for a full one.
    QStringList m_dataTables;
    QString m_dumpProgram;
    QStringList m_dumpOptions; // of every dump of this backup (both parts of a targeted one)
    bool m_schemaPartDone = false;
};

} // namespace backstep

Q_DECLARE_METATYPE(backstep::BackupProgress)
Q_DECLARE_METATYPE(backstep::BackupRecord)
