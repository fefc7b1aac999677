<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupManifest</name>
    <message numerus="yes">
        <source>the data of %n other table(s): %1</source>
        <translation>
            <numerusform>the data of %n other table: %1</numerusform>
            <numerusform>the data of %n other tables: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>table %1 has %n rows restored; the backup holds its structure only</source>
        <translation>
            <numerusform>table %1 has %n row restored; the backup holds its structure only</numerusform>
            <numerusform>table %1 has %n rows restored; the backup holds its structure only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows restored, not compared (the table changed while the backup was taken)</source>
        <translation>
            <numerusform>%1: %n row restored, not compared (the table changed while the backup was taken)</numerusform>
            <numerusform>%1: %n rows restored, not compared (the table changed while the backup was taken)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message numerus="yes">
        <source>the dump holds the structure of %n table(s) of the manifest</source>
        <translation>
            <numerusform>the dump holds the structure of %n table of the manifest</numerusform>
            <numerusform>the dump holds the structure of %n tables of the manifest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message numerus="yes">
        <source>error: %n problem(s) in the migrations folder; nothing was connected to or run</source>
        <translation>
            <numerusform>error: %n problem in the migrations folder; nothing was connected to or run</numerusform>
            <numerusform>error: %n problems in the migrations folder; nothing was connected to or run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataChecks</name>
    <message numerus="yes">
        <source>%n table(s) the rollback did not touch kept their row counts</source>
        <translation>
            <numerusform>%n table the rollback did not touch kept its row count</numerusform>
            <numerusform>%n tables the rollback did not touch kept their row counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 hold NULL or invalid JSON in %2 (%3 NULL, %4 invalid)</source>
        <translation>
            <numerusform>%n row of %1 holds NULL or invalid JSON in %2 (%3 NULL, %4 invalid)</numerusform>
            <numerusform>%n rows of %1 hold NULL or invalid JSON in %2 (%3 NULL, %4 invalid)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n partition(s): %2</source>
        <translation>
            <numerusform>%1 still has %n partition: %2</numerusform>
            <numerusform>%1 still has %n partitions: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message numerus="yes">
        <source>cannot connect to %1 (database %2): the server did not answer within %n second(s) (connect-timeout in the URL sets the limit): %3</source>
        <translation>
            <numerusform>cannot connect to %1 (database %2): the server did not answer within %n second (connect-timeout in the URL sets the limit): %3</numerusform>
            <numerusform>cannot connect to %1 (database %2): the server did not answer within %n seconds (connect-timeout in the URL sets the limit): %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlywayReader</name>
    <message numerus="yes">
        <source>%n file(s) Flyway does not run, because their names do not follow its convention (V&lt;version&gt;__&lt;description&gt;.sql): %1</source>
        <translation>
            <numerusform>%n file Flyway does not run, because its name does not follow its convention (V&lt;version&gt;__&lt;description&gt;.sql): %1</numerusform>
            <numerusform>%n files Flyway does not run, because their names do not follow its convention (V&lt;version&gt;__&lt;description&gt;.sql): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationState</name>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) missing</source>
        <translation>
            <numerusform>%n file missing</numerusform>
            <numerusform>%n files missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dirty (partial)</source>
        <translation>
            <numerusform>%n dirty (partial)</numerusform>
            <numerusform>%n dirty (partial)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below baseline</source>
        <translation>
            <numerusform>%n below baseline</numerusform>
            <numerusform>%n below baseline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookBackupAction</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookIdentifyAction</name>
    <message numerus="yes">
        <source>%n migration(s) to roll back, down to %1</source>
        <translation>
            <numerusform>%n migration to roll back, down to %1</numerusform>
            <numerusform>%n migrations to roll back, down to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookRollbackAction</name>
    <message numerus="yes">
        <source>rolled back: run %1, %n statement(s)</source>
        <translation>
            <numerusform>rolled back: run %1, %n statement</numerusform>
            <numerusform>rolled back: run %1, %n statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookValidateAction</name>
    <message numerus="yes">
        <source>%n validation command(s) failed:
%1</source>
        <translation>
            <numerusform>%n validation command failed:
%1</numerusform>
            <numerusform>%n validation commands failed:
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation command(s) passed</source>
        <translation>
            <numerusform>%n validation command passed</numerusform>
            <numerusform>%n validation commands passed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookVerifyAction</name>
    <message numerus="yes">
        <source>%n range(s) of untouched tables not checked</source>
        <translation>
            <numerusform>%n range of untouched tables not checked</numerusform>
            <numerusform>%n ranges of untouched tables not checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n check(s) passed</source>
        <translation>
            <numerusform>verified: %n check passed</numerusform>
            <numerusform>verified: %n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n chunk(s) of untouched tables unchanged</source>
        <translation>
            <numerusform>and %n chunk of untouched tables unchanged</numerusform>
            <numerusform>and %n chunks of untouched tables unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookWatchLogAction</name>
    <message numerus="yes">
        <source>cancelled after %n second(s) of the log watch</source>
        <translation>
            <numerusform>cancelled after %n second of the log watch</numerusform>
            <numerusform>cancelled after %n seconds of the log watch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message numerus="yes">
        <source>moved %n profile(s) from %1 to %2</source>
        <translation>
            <numerusform>moved %n profile from %1 to %2</numerusform>
            <numerusform>moved %n profiles from %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n migration(s), </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n migration, </numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n migrations, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) and one history update per migration, </source>
        <translation>
            <numerusform>%n statement and one history update per migration, </numerusform>
            <numerusform>%n statements and one history update per migration, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) commit implicitly and cannot be undone by a transaction.</source>
        <translation>
            <numerusform>%n statement commits implicitly and cannot be undone by a transaction.</numerusform>
            <numerusform>%n statements commit implicitly and cannot be undone by a transaction.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollbackOutcome</name>
    <message numerus="yes">
        <source>rolled back: %n step(s) settled</source>
        <translation>
            <numerusform>rolled back: %n step settled</numerusform>
            <numerusform>rolled back: %n steps settled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the %n data statement(s) before it in the same transaction were rolled back with it and run again when the run goes on</source>
        <translation>
            <numerusform>; the %n data statement before it in the same transaction was rolled back with it and is run again when the run goes on</numerusform>
            <numerusform>; the %n data statements before it in the same transaction were rolled back with it and run again when the run goes on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollbackRunner</name>
    <message numerus="yes">
        <source>%1 rolled back; %n row(s) of %2 written</source>
        <translation>
            <numerusform>%1 rolled back; %n row of %2 written</numerusform>
            <numerusform>%1 rolled back; %n rows of %2 written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message numerus="yes">
        <source>%n problem(s); verified by hand</source>
        <translation>
            <numerusform>%n problem; verified by hand</numerusform>
            <numerusform>%n problems; verified by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); verifies run %1</source>
        <translation>
            <numerusform>%n problem; verifies run %1</numerusform>
            <numerusform>%n problems; verifies run %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableChecksum</name>
    <message numerus="yes">
        <source>%n chunk(s) of %1 changed: %2</source>
        <translation>
            <numerusform>%n chunk of %1 changed: %2</numerusform>
            <numerusform>%n chunks of %1 changed: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::BackupsController</name>
    <message numerus="yes">
        <source>Left out of the restore (%n statement(s)):</source>
        <translation>
            <numerusform>Left out of the restore (%n statement):</numerusform>
            <numerusform>Left out of the restore (%n statements):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::LogFileView</name>
    <message numerus="yes">
        <source>Paused: %n line(s) arrived since</source>
        <translation>
            <numerusform>Paused: %n line arrived since</numerusform>
            <numerusform>Paused: %n lines arrived since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n line</numerusform>
            <numerusform>%1 · %2 · %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (%n shown)</numerusform>
            <numerusform> (%n shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s) in the migrations folder:</source>
        <translation>
            <numerusform>%n problem in the migrations folder:</numerusform>
            <numerusform>%n problems in the migrations folder:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DOWN: %n statement(s)</source>
        <translation>
            <numerusform>DOWN: %n statement</numerusform>
            <numerusform>DOWN: %n statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::MigrationHistoryModel</name>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::MigrationSourceView</name>
    <message numerus="yes">
        <source>DOWN section: %n statement(s), run in this order on rollback</source>
        <translation>
            <numerusform>DOWN section: %n statement, run in this order on rollback</numerusform>
            <numerusform>DOWN section: %n statements, run in this order on rollback</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::PlaybookDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Playbook for %1&lt;/b&gt; — %n migration(s) applied.</source>
        <translation>
            <numerusform>&lt;b&gt;Playbook for %1&lt;/b&gt; — %n migration applied.</numerusform>
            <numerusform>&lt;b&gt;Playbook for %1&lt;/b&gt; — %n migrations applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::ProfileEditor</name>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>Imported %n profile from %1.</numerusform>
            <numerusform>Imported %n profiles from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::RollbackDialog</name>
    <message numerus="yes">
        <source>What should be rolled back on &lt;b&gt;%1&lt;/b&gt;? %n migration(s) are applied; DOWN sections run most recent first.</source>
        <translation>
            <numerusform>What should be rolled back on &lt;b&gt;%1&lt;/b&gt;? %n migration is applied; DOWN sections run most recent first.</numerusform>
            <numerusform>What should be rolled back on &lt;b&gt;%1&lt;/b&gt;? %n migrations are applied; DOWN sections run most recent first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n step(s); %2</source>
        <translation>
            <numerusform>Run %1: %n step; %2</numerusform>
            <numerusform>Run %1: %n steps; %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::RunningStatementPanel</name>
    <message numerus="yes">
        <source>Running for &lt;b&gt;%n s&lt;/b&gt;</source>
        <translation>
            <numerusform>Running for &lt;b&gt;%n s&lt;/b&gt;</numerusform>
            <numerusform>Running for &lt;b&gt;%n s&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::UnfinishedRunBanner</name>
    <message numerus="yes">
        <source>(%n older unfinished run(s) too.)</source>
        <translation>
            <numerusform>(%n older unfinished run too.)</numerusform>
            <numerusform>(%n older unfinished runs too.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::ValidationRunner</name>
    <message numerus="yes">
        <source>[%n earlier line(s) not kept]</source>
        <translation>
            <numerusform>[%n earlier line not kept]</numerusform>
            <numerusform>[%n earlier lines not kept]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parse</name>
    <message numerus="yes">
        <source>%1: %n migration(s), format %2</source>
        <translation>
            <numerusform>%1: %n migration, format %2</numerusform>
            <numerusform>%1: %n migrations, format %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DOWN %n statement(s)</source>
        <translation>
            <numerusform>DOWN %n statement</numerusform>
            <numerusform>DOWN %n statements</numerusform>
        </translation>
    </message>
</context>
</TS>
