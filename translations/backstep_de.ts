<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Backstep</source>
        <translation>Über Backstep</translation>
    </message>
    <message>
        <source>Roll back database migrations safely, by pointing and clicking, with evidence of every step.</source>
        <translation>Datenbankmigrationen sicher per Mausklick zurückrollen, mit Nachweis jedes Schritts.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later. Icons: Breeze by the KDE community (LGPL-3.0-or-later).</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder später. Symbole: Breeze von der KDE-Gemeinschaft (LGPL-3.0-or-later).</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>unknown theme &quot;%1&quot; (system, light or dark)</source>
        <translation>unbekanntes Farbschema „%1“ (system, light oder dark)</translation>
    </message>
</context>
<context>
    <name>Assertion</name>
    <message>
        <source>an assertion is a SELECT, WITH, SHOW or VALUES statement, not &quot;%1&quot;</source>
        <translation>eine Zusicherung ist eine SELECT-, WITH-, SHOW- oder VALUES-Anweisung, nicht „%1“</translation>
    </message>
    <message>
        <source>an assertion may not write (%1)</source>
        <translation>eine Zusicherung darf nicht schreiben (%1)</translation>
    </message>
    <message>
        <source>an assertion may not lock rows (FOR UPDATE, LOCK IN SHARE MODE)</source>
        <translation>eine Zusicherung darf keine Zeilen sperren (FOR UPDATE, LOCK IN SHARE MODE)</translation>
    </message>
    <message>
        <source>an assertion may not store its result (SELECT ... INTO)</source>
        <translation>eine Zusicherung darf ihr Ergebnis nicht speichern (SELECT ... INTO)</translation>
    </message>
    <message>
        <source>the assertion has no query</source>
        <translation>die Zusicherung hat keine Abfrage</translation>
    </message>
    <message>
        <source>the assertion holds %1 statements; it must be exactly one</source>
        <translation>die Zusicherung enthält %1 Anweisungen; es muss genau eine sein</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: kein solcher Ordner</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:1: no &quot;-- expect: &lt;result&gt;&quot; line</source>
        <translation>%1:1: keine Zeile „-- expect: &lt;result&gt;“</translation>
    </message>
    <message>
        <source>%1:1: no query</source>
        <translation>%1:1: keine Abfrage</translation>
    </message>
    <message>
        <source>%1:%2: a second statement; an assertion file holds one query</source>
        <translation>%1:%2: eine zweite Anweisung; eine Zusicherungsdatei enthält genau eine Abfrage</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>cannot read the backup catalog</source>
        <translation>der Backup-Katalog kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot record the backup: %1</source>
        <translation>das Backup kann nicht verzeichnet werden: %1</translation>
    </message>
    <message>
        <source>cannot record the backup&apos;s check</source>
        <translation>die Prüfung des Backups kann nicht verzeichnet werden</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>the copy failed its integrity check: %1</source>
        <translation>die Kopie hat ihre Integritätsprüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>der Backup-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>not enough free space in %1: the backup needs about %2, %3 are free</source>
        <translation>nicht genug freier Speicher in %1: das Backup braucht etwa %2, frei sind %3</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the dump does not end with its completion line: it is incomplete</source>
        <translation>der Dump endet nicht mit seiner Abschlusszeile: er ist unvollständig</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>cannot rename the copy to %1: %2</source>
        <translation>die Kopie kann nicht in %1 umbenannt werden: %2</translation>
    </message>
    <message>
        <source>the dump program was killed before it finished (signal %1)</source>
        <translation>das Dump-Programm wurde beendet, bevor es fertig war (Signal %1)</translation>
    </message>
    <message>
        <source>the dump program failed (%1): %2</source>
        <translation>das Dump-Programm ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>cannot rename the backup to %1: %2</source>
        <translation>das Backup kann nicht in %1 umbenannt werden: %2</translation>
    </message>
    <message>
        <source>-- Backstep targeted backup: the schema, routines, triggers and events of %1, and the data of %2 only. It cannot restore the data of any other table.
</source>
        <translation>-- Gezieltes Backup von Backstep: Schema, Routinen, Trigger und Events von %1 und nur die Daten von %2. Die Daten anderer Tabellen kann es nicht wiederherstellen.
</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>keine Tabelle</translation>
    </message>
    <message>
        <source>the schema dump does not end with its completion line: it is incomplete</source>
        <translation>der Schema-Dump endet nicht mit seiner Abschlusszeile: er ist unvollständig</translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <source>%1 %2 is missing from the restored copy</source>
        <translation>%1 %2 fehlt in der wiederhergestellten Kopie</translation>
    </message>
    <message>
        <source>%1 %2 was restored but the manifest does not list it</source>
        <translation>%1 %2 wurde wiederhergestellt, fehlt aber im Manifest</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Read from the backup copy itself: the manifest and the backup agree.</source>
        <translation>Aus der Backup-Kopie selbst gelesen: Manifest und Backup stimmen überein.</translation>
    </message>
    <message>
        <source>Read on its own connection just before the dump and again right after it, not in the dump&apos;s snapshot: rows written between the reads may or may not be in the dump. A table whose exact count changed between the two reads is marked, and its count and checksum are not compared.</source>
        <translation>Auf einer eigenen Verbindung unmittelbar vor dem Dump und erneut direkt danach gelesen, nicht im Snapshot des Dumps: Zeilen, die zwischen den beiden Lesevorgängen geschrieben wurden, können im Dump enthalten sein oder nicht. Eine Tabelle, deren exakte Zeilenzahl sich zwischen den beiden Lesevorgängen geändert hat, wird markiert; ihre Zeilenzahl und Prüfsumme werden nicht verglichen.</translation>
    </message>
    <message numerus="yes">
        <source>the data of %n other table(s): %1</source>
        <translation>
            <numerusform>die Daten von %n anderen Tabelle: %1</numerusform>
            <numerusform>die Daten von %n anderen Tabellen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup&apos;s manifest is not valid JSON (offset %1): %2</source>
        <translation>das Manifest des Backups ist kein gültiges JSON (Offset %1): %2</translation>
    </message>
    <message>
        <source>table %1 is missing from the restored copy</source>
        <translation>die Tabelle %1 fehlt in der wiederhergestellten Kopie</translation>
    </message>
    <message numerus="yes">
        <source>table %1 has %n rows restored; the backup holds its structure only</source>
        <translation>
            <numerusform>die Tabelle %1 hat %n wiederhergestellte Zeile; das Backup enthält nur ihre Struktur</numerusform>
            <numerusform>die Tabelle %1 hat %n wiederhergestellte Zeilen; das Backup enthält nur ihre Struktur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: structure only, empty</source>
        <translation>%1: nur Struktur, leer</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows restored, not compared (the table changed while the backup was taken)</source>
        <translation>
            <numerusform>%1: %n Zeile wiederhergestellt, nicht verglichen (die Tabelle hat sich während des Backups geändert)</numerusform>
            <numerusform>%1: %n Zeilen wiederhergestellt, nicht verglichen (die Tabelle hat sich während des Backups geändert)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 rows restored; the manifest has an estimate only (%3 rows)</source>
        <translation>%1: %2 Zeilen wiederhergestellt; das Manifest enthält nur eine Schätzung (%3 Zeilen)</translation>
    </message>
    <message>
        <source>table %1 has %2 rows restored; the backup held %3</source>
        <translation>die Tabelle %1 hat %2 wiederhergestellte Zeilen; das Backup enthielt %3</translation>
    </message>
    <message>
        <source>table %1: CHECKSUM TABLE of the restored copy is %2; the backup held %3</source>
        <translation>Tabelle %1: CHECKSUM TABLE der wiederhergestellten Kopie ergibt %2; das Backup enthielt %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <source>%1: %2 rows, checksum %3</source>
        <translation>%1: %2 Zeilen, Prüfsumme %3</translation>
    </message>
    <message>
        <source>table %1 was restored but the manifest does not list it</source>
        <translation>die Tabelle %1 wurde wiederhergestellt, fehlt aber im Manifest</translation>
    </message>
    <message>
        <source>view</source>
        <translation>View</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Dumped with --set-gtid-purged=OFF: restoring it leaves GTID_PURGED alone and is written to the binary log like any change (with new GTIDs where GTIDs are on), so it reaches the replicas. It is not meant to provision a new replica.</source>
        <translation>Mit --set-gtid-purged=OFF gesichert: die Wiederherstellung lässt GTID_PURGED unverändert und wird wie jede Änderung ins Binärlog geschrieben (mit neuen GTIDs, wo GTIDs aktiv sind), sie erreicht also die Replikate. Zum Aufsetzen eines neuen Replikats ist sie nicht gedacht.</translation>
    </message>
</context>
<context>
    <name>BackupRecord</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>BackupStream</name>
    <message>
        <source>cannot create a pipe: %1</source>
        <translation>es kann keine Pipe angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1 to disk: %2</source>
        <translation>%1 kann nicht auf die Festplatte geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read the dump: %1</source>
        <translation>der Dump kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>the file %1 is missing</source>
        <translation>die Datei %1 fehlt</translation>
    </message>
    <message>
        <source>the size is %1 bytes, %2 were recorded</source>
        <translation>die Größe ist %1 Byte, verzeichnet wurden %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the SHA-256 differs from the one recorded: the file changed</source>
        <translation>die SHA-256-Prüfsumme weicht von der verzeichneten ab: die Datei hat sich geändert</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>the dump does not end with its completion line</source>
        <translation>der Dump endet nicht mit seiner Abschlusszeile</translation>
    </message>
    <message>
        <source>table %1 is missing from the restored copy</source>
        <translation>die Tabelle %1 fehlt in der wiederhergestellten Kopie</translation>
    </message>
    <message>
        <source>table %1 has %2 rows restored, %3 live</source>
        <translation>die Tabelle %1 hat %2 wiederhergestellte Zeilen, %3 live</translation>
    </message>
    <message>
        <source>table %1 exists only in the backup</source>
        <translation>die Tabelle %1 existiert nur im Backup</translation>
    </message>
    <message>
        <source>the backup has no manifest (taken before manifests were recorded)</source>
        <translation>das Backup hat kein Manifest (erstellt, bevor Manifeste verzeichnet wurden)</translation>
    </message>
    <message>
        <source>size: %1 bytes</source>
        <translation>Größe: %1 Byte</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>integrity check: ok</source>
        <translation>Integritätsprüfung: ok</translation>
    </message>
    <message>
        <source>the completion line</source>
        <translation>die Abschlusszeile</translation>
    </message>
    <message>
        <source>table %1 of the manifest is not in the dump</source>
        <translation>die Tabelle %1 des Manifests ist nicht im Dump</translation>
    </message>
    <message numerus="yes">
        <source>the dump holds the structure of %n table(s) of the manifest</source>
        <translation>
            <numerusform>der Dump enthält die Struktur von %n Tabelle des Manifests</numerusform>
            <numerusform>der Dump enthält die Struktur von %n Tabellen des Manifests</numerusform>
        </translation>
    </message>
    <message>
        <source>: compared with the live database</source>
        <translation>: mit der Live-Datenbank verglichen</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <source>not compared: %1</source>
        <translation>nicht verglichen: %1</translation>
    </message>
</context>
<context>
    <name>ClientTools</name>
    <message>
        <source>%1 not found on PATH (%2)</source>
        <translation>%1 nicht im PATH gefunden (%2)</translation>
    </message>
    <message>
        <source>install mariadb-client</source>
        <translation>installieren Sie mariadb-client</translation>
    </message>
    <message>
        <source>cannot create a private folder: %1</source>
        <translation>ein privater Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 not found in BACKSTEP_MYSQL_CLIENT_DIR (%2)</source>
        <translation>%1 nicht in BACKSTEP_MYSQL_CLIENT_DIR gefunden (%2)</translation>
    </message>
    <message>
        <source>install MySQL&apos;s client programs or set BACKSTEP_MYSQL_CLIENT_DIR to their folder</source>
        <translation>installieren Sie die Client-Programme von MySQL oder setzen Sie BACKSTEP_MYSQL_CLIENT_DIR auf ihren Ordner</translation>
    </message>
    <message>
        <source>%1 not found on PATH (install %1)</source>
        <translation>%1 nicht im PATH gefunden (installieren Sie %1)</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Open a database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>Datenbank&amp;system:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>SQLite &amp;file:</source>
        <translation>SQLite-Dat&amp;ei:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>&amp;Migrations:</source>
        <translation>&amp;Migrationen:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>kept only in the keyring, when asked</source>
        <translation>nur im Schlüsselbund aufbewahrt, wenn gewünscht</translation>
    </message>
    <message>
        <source>Remember the password in the &amp;keyring</source>
        <translation>Passwort im Sch&amp;lüsselbund merken</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>the authority that signed the server&apos;s certificate</source>
        <translation>die Stelle, die das Zertifikat des Servers signiert hat</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-Ze&amp;rtifikat:</translation>
    </message>
    <message>
        <source>certificate (optional)</source>
        <translation>Zertifikat (optional)</translation>
    </message>
    <message>
        <source>its key</source>
        <translation>sein Schlüssel</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>&amp;Verbindungs-Timeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>The database: mysql://USER@HOST:PORT/DB, mariadb://... or sqlite:PATH.</source>
        <translation>Die Datenbank: mysql://USER@HOST:PORT/DB, mariadb://... oder sqlite:PATH.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The history table to read (default: the one known tool&apos;s table found in the database).</source>
        <translation>Die zu lesende Historientabelle (Vorgabe: die in der Datenbank gefundene Tabelle eines bekannten Werkzeugs).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>With --history-table: a table of your own with a row per applied version in this column.</source>
        <translation>Mit --history-table: eine eigene Tabelle mit einer Zeile je angewendeter Version in dieser Spalte.</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>With --version-column: the column that says when each version was applied (rollback then follows the applied order).</source>
        <translation>Mit --version-column: die Spalte, die angibt, wann jede Version angewendet wurde (das Rollback folgt dann der Reihenfolge der Anwendung).</translation>
    </message>
    <message>
        <source>The migrations folder.</source>
        <translation>Der Migrationsordner.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>The migrations&apos; format: %1.</source>
        <translation>Das Format der Migrationen: %1.</translation>
    </message>
    <message>
        <source>error: unknown format &quot;%1&quot; (known: %2)</source>
        <translation>Fehler: unbekanntes Format „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>error: --migrations DIR is required</source>
        <translation>Fehler: --migrations DIR ist erforderlich</translation>
    </message>
    <message>
        <source>error: --url is required (mysql://USER@HOST:PORT/DB or sqlite:PATH)</source>
        <translation>Fehler: --url ist erforderlich (mysql://USER@HOST:PORT/DB oder sqlite:PATH)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: --version-column needs --history-table NAME</source>
        <translation>Fehler: --version-column braucht --history-table NAME</translation>
    </message>
    <message>
        <source>error: --applied-at-column needs --version-column COLUMN</source>
        <translation>Fehler: --applied-at-column braucht --version-column COLUMN</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>TLS: %1 (default preferred: TLS when the server offers it; overrides the URL&apos;s ssl-mode).</source>
        <translation>TLS: %1 (Vorgabe preferred: TLS, wenn der Server es anbietet; hat Vorrang vor dem ssl-mode der URL).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>The certificate authority that signed the server&apos;s certificate (verify-ca, verify-identity).</source>
        <translation>Die Zertifizierungsstelle, die das Zertifikat des Servers signiert hat (verify-ca, verify-identity).</translation>
    </message>
    <message>
        <source>A client certificate (with --ssl-key).</source>
        <translation>Ein Client-Zertifikat (mit --ssl-key).</translation>
    </message>
    <message>
        <source>The client certificate&apos;s key.</source>
        <translation>Der Schlüssel des Client-Zertifikats.</translation>
    </message>
    <message>
        <source>Seconds a server may take to answer a connection (default %1).</source>
        <translation>Sekunden, die ein Server für die Antwort auf einen Verbindungsaufbau brauchen darf (Vorgabe %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>The migration files&apos; encoding: %1 (default utf-8; anything that is not valid in it is refused).</source>
        <translation>Die Zeichenkodierung der Migrationsdateien: %1 (Vorgabe utf-8; alles, was darin nicht gültig ist, wird abgelehnt).</translation>
    </message>
    <message>
        <source>error: unknown encoding &quot;%1&quot; (known: %2)</source>
        <translation>Fehler: unbekannte Kodierung „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1 (Warnung)</translation>
    </message>
    <message numerus="yes">
        <source>error: %n problem(s) in the migrations folder; nothing was connected to or run</source>
        <translation>
            <numerusform>Fehler: %n Problem im Migrationsordner; es wurde weder eine Verbindung hergestellt noch etwas ausgeführt</numerusform>
            <numerusform>Fehler: %n Probleme im Migrationsordner; es wurde weder eine Verbindung hergestellt noch etwas ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (else BACKSTEP_PASSWORD, else the keyring for a --profile that remembers its password, else a prompt).</source>
        <translation>Das Passwort aus der ersten Zeile dieser Datei lesen (sonst BACKSTEP_PASSWORD, sonst aus dem Schlüsselbund für ein --profile, das sein Passwort speichert, sonst eine Abfrage).</translation>
    </message>
    <message>
        <source>Take what the options do not give from this profile: the URL, the migrations folder and format, the history table, and the password from the keyring when the profile remembers it.</source>
        <translation>Was die Optionen nicht angeben, aus diesem Profil nehmen: die URL, Migrationsordner und -format, die Verlaufstabelle und das Passwort aus dem Schlüsselbund, wenn das Profil es speichert.</translation>
    </message>
    <message>
        <source>error: --migrations DIR is required (the profile %1 names no migrations folder)</source>
        <translation>Fehler: --migrations DIR ist erforderlich (das Profil %1 nennt keinen Migrationsordner)</translation>
    </message>
    <message>
        <source>error: the profile %1 names the unknown format &quot;%2&quot;</source>
        <translation>Fehler: das Profil %1 nennt das unbekannte Format „%2“</translation>
    </message>
    <message>
        <source>note: the profile %1 keeps its password in the keyring, but the keyring cannot be read: %2; give --password-file FILE or the BACKSTEP_PASSWORD variable instead</source>
        <translation>Hinweis: Das Profil %1 speichert sein Passwort im Schlüsselbund, aber der Schlüsselbund kann nicht gelesen werden: %2; geben Sie stattdessen --password-file DATEI oder die Variable BACKSTEP_PASSWORD an</translation>
    </message>
    <message>
        <source>note: the keyring holds no password for %1 (profile %2); give --password-file FILE or the BACKSTEP_PASSWORD variable</source>
        <translation>Hinweis: Der Schlüsselbund enthält kein Passwort für %1 (Profil %2); geben Sie --password-file DATEI oder die Variable BACKSTEP_PASSWORD an</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>no service unit is named</source>
        <translation>es ist keine Service-Unit angegeben</translation>
    </message>
    <message>
        <source>the commands backend needs a %1 command</source>
        <translation>das Backend „commands“ braucht einen Befehl für %1</translation>
    </message>
    <message>
        <source>the timeout must be at least one second</source>
        <translation>die Zeitüberschreitung muss mindestens eine Sekunde betragen</translation>
    </message>
    <message>
        <source>Database Administrator</source>
        <translation>Datenbankadministration</translation>
    </message>
    <message>
        <source>Development Team Lead</source>
        <translation>Leitung des Entwicklungsteams</translation>
    </message>
    <message>
        <source>Infrastructure Team</source>
        <translation>Infrastruktur-Team</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; in %2: unknown service backend &quot;%3&quot; (known: systemd, commands)</source>
        <translation>Profil „%1“ in %2: unbekanntes Dienst-Backend „%3“ (bekannt: systemd, commands)</translation>
    </message>
    <message>
        <source>a connection profile needs a name</source>
        <translation>ein Verbindungsprofil braucht einen Namen</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: a version column is named but no history table</source>
        <translation>Profil „%1“: eine Versionsspalte ist angegeben, aber keine Historientabelle</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: the assertion &quot;%2&quot;: %3</source>
        <translation>Profil „%1“: die Zusicherung „%2“: %3</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is not a profile setting (misspelt?)</source>
        <translation>ist keine Profileinstellung (Tippfehler?)</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;: known backends are systemd and commands</source>
        <translation>ist „%1“: bekannte Backends sind systemd und commands</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 is kept as written (%4); the INI format read it as &quot;%5&quot;</source>
        <translation>%1:%2: %3 bleibt wie geschrieben erhalten (%4); das INI-Format hat es als „%5“ gelesen</translation>
    </message>
    <message>
        <source>cannot read the settings file %1</source>
        <translation>die Einstellungsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the webhook URL must be an http or https URL with a host, such as https://hooks.slack.com/services/…</source>
        <translation>die Webhook-URL muss eine http- oder https-URL mit Host sein, etwa https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: a webhook CA file goes with an https webhook URL</source>
        <translation>Profil „%1“: eine CA-Datei für den Webhook gehört zu einer https-Webhook-URL</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>the SQLite URL names no file: use sqlite:PATH</source>
        <translation>die SQLite-URL nennt keine Datei: verwenden Sie sqlite:PATH</translation>
    </message>
    <message>
        <source>the connection URL contains a password: it would show in the process list and the shell history. Remove it and use --password-file, the BACKSTEP_PASSWORD variable or the prompt</source>
        <translation>die Verbindungs-URL enthält ein Passwort: es wäre in der Prozessliste und im Shell-Verlauf sichtbar. Entfernen Sie es und verwenden Sie --password-file, die Variable BACKSTEP_PASSWORD oder die Abfrage</translation>
    </message>
    <message>
        <source>the connection URL names no host: mysql://USER@HOST:PORT/DB</source>
        <translation>die Verbindungs-URL nennt keinen Host: mysql://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <source>the connection URL names no user: mysql://USER@HOST:PORT/DB</source>
        <translation>die Verbindungs-URL nennt keinen Benutzer: mysql://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <source>the connection URL names no database: mysql://USER@HOST:PORT/DB</source>
        <translation>die Verbindungs-URL nennt keine Datenbank: mysql://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <source>use mysql://USER@HOST:PORT/DB[?ssl-mode=MODE&amp;ssl-ca=FILE&amp;...], mariadb://... or sqlite:PATH</source>
        <translation>verwenden Sie mysql://USER@HOST:PORT/DB[?ssl-mode=MODE&amp;ssl-ca=FILE&amp;...], mariadb://... oder sqlite:PATH</translation>
    </message>
    <message>
        <source>the connection URL&apos;s %1=%2 is not a number of seconds from %3 to %4</source>
        <translation>der Parameter %1=%2 der Verbindungs-URL ist keine Anzahl Sekunden von %3 bis %4</translation>
    </message>
    <message>
        <source>the connection URL has an unknown parameter &quot;%1&quot; (known: %2)</source>
        <translation>die Verbindungs-URL hat einen unbekannten Parameter „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>the connection URL gives &quot;%1&quot; twice</source>
        <translation>die Verbindungs-URL gibt „%1“ zweimal an</translation>
    </message>
    <message>
        <source>the connection URL&apos;s parameter &quot;%1&quot; is empty</source>
        <translation>der Parameter „%1“ der Verbindungs-URL ist leer</translation>
    </message>
    <message>
        <source>the connection URL gives TLS files with ssl-mode=disabled</source>
        <translation>die Verbindungs-URL gibt TLS-Dateien mit ssl-mode=disabled an</translation>
    </message>
    <message>
        <source>ssl-mode=%1 needs the certificate authority&apos;s file: add &amp;ssl-ca=FILE to the connection URL</source>
        <translation>ssl-mode=%1 braucht die Datei der Zertifizierungsstelle: fügen Sie &amp;ssl-ca=FILE zur Verbindungs-URL hinzu</translation>
    </message>
    <message>
        <source>the connection URL needs both ssl-cert and ssl-key (a client certificate and its key), or neither</source>
        <translation>die Verbindungs-URL braucht sowohl ssl-cert als auch ssl-key (ein Client-Zertifikat und seinen Schlüssel) oder keines von beiden</translation>
    </message>
    <message>
        <source>ssl-mode=verify-identity cannot be checked for the IP address %1: the MySQL driver compares only host names with the server&apos;s certificate. Connect by the host name the certificate names, or use ssl-mode=verify-ca</source>
        <translation>ssl-mode=verify-identity kann für die IP-Adresse %1 nicht geprüft werden: der MySQL-Treiber vergleicht nur Hostnamen mit dem Zertifikat des Servers. Verbinden Sie sich über den Hostnamen, den das Zertifikat nennt, oder verwenden Sie ssl-mode=verify-ca</translation>
    </message>
    <message>
        <source>cannot read the connection URL &quot;%1&quot; (%2): %3</source>
        <translation>die Verbindungs-URL „%1“ kann nicht gelesen werden (%2): %3</translation>
    </message>
    <message>
        <source>cannot read the connection URL &quot;%1&quot;: %2</source>
        <translation>die Verbindungs-URL „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the connection URL &quot;%1&quot; has a fragment (#...): %2</source>
        <translation>die Verbindungs-URL „%1“ hat ein Fragment (#...): %2</translation>
    </message>
    <message>
        <source>the connection URL names no port: mysql://USER@%1:PORT/DB (MySQL and MariaDB listen on 3306 unless configured otherwise)</source>
        <translation>die Verbindungs-URL nennt keinen Port: mysql://USER@%1:PORT/DB (MySQL und MariaDB lauschen auf 3306, sofern nicht anders konfiguriert)</translation>
    </message>
    <message>
        <source>the connection URL&apos;s port %1 is not a TCP port (1 to 65535)</source>
        <translation>der Port %1 der Verbindungs-URL ist kein TCP-Port (1 bis 65535)</translation>
    </message>
    <message>
        <source>unknown TLS mode &quot;%1&quot; (known: %2)</source>
        <translation>unbekannter TLS-Modus „%1“ (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>DataChecks</name>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>cannot tell whether %1 exists: %2</source>
        <translation>es lässt sich nicht feststellen, ob %1 existiert: %2</translation>
    </message>
    <message>
        <source>%1 is sound</source>
        <translation>%1 ist intakt</translation>
    </message>
    <message>
        <source>CHECK TABLE %1 reports: %2</source>
        <translation>CHECK TABLE %1 meldet: %2</translation>
    </message>
    <message>
        <source>orphans of %1</source>
        <translation>verwaiste Zeilen von %1</translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; %3 (%4)</source>
        <translation>%1 (%2) -&gt; %3 (%4)</translation>
    </message>
    <message>
        <source>no count came back</source>
        <translation>es kam keine Anzahl zurück</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>every row of %1 finds its %2 row (%3)</source>
        <translation>jede Zeile von %1 findet ihre Zeile in %2 (%3)</translation>
    </message>
    <message>
        <source>%1 rows of %2 reference no row of %3 through %4 (%5); e.g. %6</source>
        <translation>%1 Zeilen von %2 verweisen über %4 (%5) auf keine Zeile von %3; z. B. %6</translation>
    </message>
    <message>
        <source>orphaned rows</source>
        <translation>verwaiste Zeilen</translation>
    </message>
    <message>
        <source>cannot read the foreign keys: %1</source>
        <translation>die Fremdschlüssel können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no foreign key leads from or to a table the rollback touched</source>
        <translation>kein Fremdschlüssel führt von oder zu einer Tabelle, die das Rollback berührt hat</translation>
    </message>
    <message>
        <source>the database file is sound</source>
        <translation>die Datenbankdatei ist intakt</translation>
    </message>
    <message>
        <source>integrity_check reports: %1</source>
        <translation>integrity_check meldet: %1</translation>
    </message>
    <message>
        <source>every foreign key of %1 finds its row</source>
        <translation>jeder Fremdschlüssel von %1 findet seine Zeile</translation>
    </message>
    <message>
        <source>rowid %1 -&gt; %2</source>
        <translation>rowid %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 rows of %2 reference no row; e.g. %3</source>
        <translation>%1 Zeilen von %2 verweisen auf keine Zeile; z. B. %3</translation>
    </message>
    <message>
        <source>row counts of the untouched tables</source>
        <translation>Zeilenzahlen der unberührten Tabellen</translation>
    </message>
    <message>
        <source>no row counts were taken before the rollback</source>
        <translation>vor dem Rollback wurden keine Zeilenzahlen erfasst</translation>
    </message>
    <message>
        <source>%1 (%2 rows before) no longer exists</source>
        <translation>%1 (vorher %2 Zeilen) existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1: %2 rows before, %3 after</source>
        <translation>%1: vorher %2 Zeilen, nachher %3</translation>
    </message>
    <message>
        <source>the rollback touches every table</source>
        <translation>das Rollback berührt jede Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) the rollback did not touch kept their row counts</source>
        <translation>
            <numerusform>%n vom Rollback nicht berührte Tabelle hat ihre Zeilenzahl behalten</numerusform>
            <numerusform>%n vom Rollback nicht berührte Tabellen haben ihre Zeilenzahlen behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>row counts changed in tables the rollback did not touch: %1</source>
        <translation>Zeilenzahlen haben sich in Tabellen geändert, die das Rollback nicht berührt hat: %1</translation>
    </message>
    <message>
        <source>JSON column %1.%2 restored</source>
        <translation>JSON-Spalte %1.%2 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 has no column %2</source>
        <translation>%1 hat keine Spalte %2</translation>
    </message>
    <message>
        <source>every row of %1 holds valid JSON in %2</source>
        <translation>jede Zeile von %1 enthält gültiges JSON in %2</translation>
    </message>
    <message>
        <source>foreign keys of %1 gone</source>
        <translation>Fremdschlüssel von %1 entfernt</translation>
    </message>
    <message>
        <source>foreign key %1 gone</source>
        <translation>Fremdschlüssel %1 entfernt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>SQLite does not name its foreign keys</source>
        <translation>SQLite benennt seine Fremdschlüssel nicht</translation>
    </message>
    <message>
        <source>%1 has no foreign key</source>
        <translation>%1 hat keinen Fremdschlüssel</translation>
    </message>
    <message>
        <source>no foreign key of %1 remains</source>
        <translation>kein Fremdschlüssel von %1 ist übrig</translation>
    </message>
    <message>
        <source>%1 no longer exists on %2</source>
        <translation>%1 existiert nicht mehr auf %2</translation>
    </message>
    <message>
        <source>still there: %1</source>
        <translation>noch vorhanden: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>index %1 present</source>
        <translation>Index %1 vorhanden</translation>
    </message>
    <message>
        <source>index %1 gone</source>
        <translation>Index %1 entfernt</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>index %1 is missing</source>
        <translation>Index %1 fehlt</translation>
    </message>
    <message>
        <source>index %1 exists</source>
        <translation>Index %1 existiert</translation>
    </message>
    <message>
        <source>partitioning of %1 removed</source>
        <translation>Partitionierung von %1 entfernt</translation>
    </message>
    <message>
        <source>SQLite has no partitioning</source>
        <translation>SQLite kennt keine Partitionierung</translation>
    </message>
    <message>
        <source>table %1 does not exist</source>
        <translation>die Tabelle %1 existiert nicht</translation>
    </message>
    <message>
        <source>no partitions; indexes present</source>
        <translation>keine Partitionen; Indizes vorhanden</translation>
    </message>
    <message>
        <source>partitions: %1; indexes: %2</source>
        <translation>Partitionen: %1; Indizes: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n partition(s): %2</source>
        <translation>
            <numerusform>%1 hat noch %n Partition: %2</numerusform>
            <numerusform>%1 hat noch %n Partitionen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no index left, not even a primary key</source>
        <translation>%1 hat keinen Index mehr, nicht einmal einen Primärschlüssel</translation>
    </message>
    <message>
        <source>%1 is one partition again, with its indexes %2</source>
        <translation>%1 ist wieder eine einzige Partition, mit ihren Indizes %2</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>es kann keine Transaktion gestartet werden: %1</translation>
    </message>
    <message>
        <source>the server said: %1</source>
        <translation>der Server meldete: %1</translation>
    </message>
    <message>
        <source>the result is as expected</source>
        <translation>das Ergebnis ist wie erwartet</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>erwartet „%1“, erhalten „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 hold NULL or invalid JSON in %2 (%3 NULL, %4 invalid)</source>
        <translation>
            <numerusform>%n Zeile von %1 enthält NULL oder ungültiges JSON in %2 (%3 NULL, %4 ungültig)</numerusform>
            <numerusform>%n Zeilen von %1 enthalten NULL oder ungültiges JSON in %2 (%3 NULL, %4 ungültig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseInspector</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot estimate the database&apos;s size: %1</source>
        <translation>die Größe der Datenbank kann nicht geschätzt werden: %1</translation>
    </message>
    <message>
        <source>cannot read the default collation of %1: %2</source>
        <translation>die Standard-Kollation von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no database %1</source>
        <translation>es gibt keine Datenbank %1</translation>
    </message>
    <message>
        <source>VACUUM INTO %1 failed: %2</source>
        <translation>VACUUM INTO %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot read whether the server is read-only: %1</source>
        <translation>es lässt sich nicht lesen, ob der Server schreibgeschützt ist: %1</translation>
    </message>
    <message>
        <source>the server at %1 is read-only (%2): a replica or a server kept from writes. Nothing was run; roll back on the primary, or switch %3 off if this server really is the one to change</source>
        <translation>der Server unter %1 ist schreibgeschützt (%2): ein Replikat oder ein vor Schreibzugriffen geschützter Server. Es wurde nichts ausgeführt; rollen Sie auf dem Primärserver zurück, oder schalten Sie %3 aus, wenn genau dieser Server geändert werden soll</translation>
    </message>
    <message>
        <source>cannot read the session&apos;s sql_mode: %1</source>
        <translation>der sql_mode der Sitzung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the GTID position: %1</source>
        <translation>die GTID-Position kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the binary log position: %1</source>
        <translation>die Binärlog-Position kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot list the tables</source>
        <translation>die Tabellen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot count the rows of %1</source>
        <translation>die Zeilen von %1 können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot ask for current table statistics</source>
        <translation>aktuelle Tabellenstatistiken können nicht angefordert werden</translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>the Qt SQL driver %1 is not installed (available: %2)</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht installiert (verfügbar: %2)</translation>
    </message>
    <message>
        <source>there is no SQLite database at %1</source>
        <translation>unter %1 gibt es keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>the TLS file %1 has a &apos;;&apos; in its path, which the MySQL driver cannot take: move or link it elsewhere</source>
        <translation>der Pfad der TLS-Datei %1 enthält ein „;“, das der MySQL-Treiber nicht verarbeiten kann: verschieben oder verlinken Sie die Datei an einen anderen Ort</translation>
    </message>
    <message>
        <source>cannot read the TLS file %1</source>
        <translation>die TLS-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the MySQL driver gave no connection handle (%1)</source>
        <translation>der MySQL-Treiber hat kein Verbindungs-Handle geliefert (%1)</translation>
    </message>
    <message>
        <source>cannot turn multiple statements per query off: %1</source>
        <translation>mehrere Anweisungen pro Abfrage können nicht abgeschaltet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>cannot connect to %1 (database %2): the server did not answer within %n second(s) (connect-timeout in the URL sets the limit): %3</source>
        <translation>
            <numerusform>keine Verbindung zu %1 (Datenbank %2): der Server hat nicht innerhalb von %n Sekunde geantwortet (connect-timeout in der URL setzt die Grenze): %3</numerusform>
            <numerusform>keine Verbindung zu %1 (Datenbank %2): der Server hat nicht innerhalb von %n Sekunden geantwortet (connect-timeout in der URL setzt die Grenze): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot connect to %1 (database %2): %3</source>
        <translation>keine Verbindung zu %1 (Datenbank %2): %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the server at %1 does not offer TLS, and ssl-mode=%2 requires it: the connection was unencrypted and has been closed. Use ssl-mode=preferred to accept an unencrypted connection</source>
        <translation>der Server unter %1 bietet kein TLS an, und ssl-mode=%2 verlangt es: die Verbindung war unverschlüsselt und wurde geschlossen. Verwenden Sie ssl-mode=preferred, um eine unverschlüsselte Verbindung zu akzeptieren</translation>
    </message>
    <message>
        <source>cannot read whether the connection to %1 is encrypted: %2</source>
        <translation>es lässt sich nicht lesen, ob die Verbindung zu %1 verschlüsselt ist: %2</translation>
    </message>
    <message>
        <source>local file</source>
        <translation>lokale Datei</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <source>TLS (%1)</source>
        <translation>TLS (%1)</translation>
    </message>
</context>
<context>
    <name>DbMigrateReader</name>
    <message>
        <source>one multi-statement query (multipleStatements), in a transaction unless db-migrate ran with --non-transactional (DDL commits implicitly all the same)</source>
        <translation>eine Abfrage mit mehreren Anweisungen (multipleStatements), in einer Transaktion, sofern db-migrate nicht mit --non-transactional lief (DDL committet trotzdem implizit)</translation>
    </message>
    <message>
        <source>not a db-migrate migration name (&lt;timestamp&gt;-&lt;name&gt;.js): db-migrate ignores it</source>
        <translation>kein db-migrate-Migrationsname (&lt;timestamp&gt;-&lt;name&gt;.js): db-migrate ignoriert die Datei</translation>
    </message>
    <message>
        <source>a JavaScript migration Backstep cannot read: only the stub db-migrate writes for --sql-file (which runs sqls/&lt;name&gt;-up.sql and -down.sql) is understood</source>
        <translation>eine JavaScript-Migration, die Backstep nicht lesen kann: verstanden wird nur der Stub, den db-migrate für --sql-file schreibt (der sqls/&lt;name&gt;-up.sql und -down.sql ausführt)</translation>
    </message>
    <message>
        <source>its SQL file sqls/%1-up.sql is missing</source>
        <translation>ihre SQL-Datei sqls/%1-up.sql fehlt</translation>
    </message>
    <message>
        <source>no sqls/%1-down.sql</source>
        <translation>keine sqls/%1-down.sql</translation>
    </message>
</context>
<context>
    <name>DbmateReader</name>
    <message>
        <source>one multi-statement query, no transaction (transaction:false)</source>
        <translation>eine Abfrage mit mehreren Anweisungen, keine Transaktion (transaction:false)</translation>
    </message>
    <message>
        <source>one multi-statement query, in a transaction with the history update (DDL commits implicitly all the same)</source>
        <translation>eine Abfrage mit mehreren Anweisungen, in einer Transaktion mit der Historienaktualisierung (DDL committet trotzdem implizit)</translation>
    </message>
    <message>
        <source>: dbmate refuses this file, so it cannot have applied it</source>
        <translation>: dbmate lehnt diese Datei ab, kann sie also nicht angewendet haben</translation>
    </message>
    <message>
        <source>no &apos;-- migrate:up&apos; block</source>
        <translation>kein Block „-- migrate:up“</translation>
    </message>
    <message>
        <source>no &apos;-- migrate:down&apos; block</source>
        <translation>kein Block „-- migrate:down“</translation>
    </message>
    <message>
        <source>&apos;-- migrate:down&apos; comes before &apos;-- migrate:up&apos;</source>
        <translation>„-- migrate:down“ steht vor „-- migrate:up“</translation>
    </message>
    <message>
        <source>a statement before the &apos;-- migrate:up&apos; block</source>
        <translation>eine Anweisung vor dem Block „-- migrate:up“</translation>
    </message>
    <message>
        <source>several migrate:down blocks: dbmate runs them in file order, not reversed, and so does Backstep</source>
        <translation>mehrere migrate:down-Blöcke: dbmate führt sie in Dateireihenfolge aus, nicht umgekehrt, und Backstep ebenso</translation>
    </message>
    <message>
        <source>not a dbmate migration (its name does not start with digits): dbmate ignores it</source>
        <translation>keine dbmate-Migration (ihr Name beginnt nicht mit Ziffern): dbmate ignoriert sie</translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <source>the demo&apos;s service %1 did not start: it %2</source>
        <translation>der Dienst %1 der Demo ist nicht gestartet: sein Startbefehl %2</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot create the demo folder %1</source>
        <translation>der Demo-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>creating the history table</source>
        <translation>Historientabelle wird angelegt</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>%1 wird verzeichnet</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>cannot create the demo folders %1 and %2</source>
        <translation>die Demo-Ordner %1 und %2 können nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>DeployTarget</name>
    <message>
        <source>no migration is applied: there is no deploy to roll back</source>
        <translation>keine Migration ist angewendet: es gibt kein Deployment, das zurückgerollt werden könnte</translation>
    </message>
    <message>
        <source>the history table records no times, so the last deploy cannot be told apart: the latest migration (%1) alone</source>
        <translation>die Historientabelle verzeichnet keine Zeiten, daher lässt sich das letzte Deployment nicht abgrenzen: nur die zuletzt angewendete Migration (%1)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>the last deploy applied %1 at %2</source>
        <translation>das letzte Deployment hat %1 am %2 angewendet</translation>
    </message>
    <message>
        <source>%1, and nothing was applied before it: all of it rolled back</source>
        <translation>%1, und davor wurde nichts angewendet: alles davon wird zurückgerollt</translation>
    </message>
    <message>
        <source>%1; %2 was applied at %3, more than %4 minutes earlier: back to %2</source>
        <translation>%1; %2 wurde am %3 angewendet, mehr als %4 Minuten früher: zurück bis %2</translation>
    </message>
    <message>
        <source>the last deploy (Liquibase&apos;s DEPLOYMENT_ID %1) applied %2 at %3</source>
        <translation>das letzte Deployment (Liquibases DEPLOYMENT_ID %1) hat %2 am %3 angewendet</translation>
    </message>
    <message>
        <source>the last deploy (Liquibase&apos;s DEPLOYMENT_ID %1) applied %2</source>
        <translation>das letzte Deployment (Liquibases DEPLOYMENT_ID %1) hat %2 angewendet</translation>
    </message>
    <message>
        <source>%1; %2 was applied before it, by a deploy without an id: back to %2</source>
        <translation>%1; %2 wurde davor angewendet, von einem Deployment ohne ID: zurück bis %2</translation>
    </message>
    <message>
        <source>%1; %2 was applied by the deploy before it (DEPLOYMENT_ID %3): back to %2</source>
        <translation>%1; %2 wurde vom Deployment davor angewendet (DEPLOYMENT_ID %3): zurück bis %2</translation>
    </message>
</context>
<context>
    <name>DumpRestorer</name>
    <message>
        <source>%1 is not a sound SQLite database: %2</source>
        <translation>%1 ist keine intakte SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot move the restored copy to %1</source>
        <translation>die wiederhergestellte Kopie kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>restore cancelled after %1 of %2 bytes; the database is partly restored</source>
        <translation>Wiederherstellung nach %1 von %2 Byte abgebrochen; die Datenbank ist teilweise wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 failed restoring %2 into %3: %4</source>
        <translation>%1 ist beim Wiederherstellen von %2 in %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>the decompressor %1 while restoring %2: %3</source>
        <translation>der Dekomprimierer %1 beim Wiederherstellen von %2: %3</translation>
    </message>
</context>
<context>
    <name>ExpectedSchema</name>
    <message>
        <source>version %1 is not in the migrations folder %2: the expected schema at it cannot be replayed</source>
        <translation>Version %1 ist nicht im Migrationsordner %2: das erwartete Schema für diese Version kann nicht nachgespielt werden</translation>
    </message>
    <message>
        <source>the UP section of %1 cannot be read: %2</source>
        <translation>der UP-Abschnitt von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the UP section of %2 names the database %3 itself; replayed in a scratch database it would change the real one. Take a snapshot at that version instead (backstep-cli snapshot).</source>
        <translation>%1: der UP-Abschnitt von %2 nennt die Datenbank %3 selbst; in einer temporären Datenbank nachgespielt würde er die echte ändern. Erstellen Sie stattdessen einen Snapshot bei dieser Version (backstep-cli snapshot).</translation>
    </message>
    <message>
        <source>%1: the UP section of %2 failed in the replay: %3</source>
        <translation>%1: der UP-Abschnitt von %2 ist beim Nachspielen fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the replay: %1</source>
        <translation>für das Nachspielen kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot create the replay&apos;s database %1: %2</source>
        <translation>die Datenbank %1 für das Nachspielen kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create the replay&apos;s scratch database %1: %2</source>
        <translation>die temporäre Datenbank %1 für das Nachspielen kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>in a temporary SQLite database</source>
        <translation>in einer temporären SQLite-Datenbank</translation>
    </message>
    <message>
        <source>in a scratch database</source>
        <translation>in einer temporären Datenbank</translation>
    </message>
    <message>
        <source>1 UP section</source>
        <translation>1 UP-Abschnitt</translation>
    </message>
    <message>
        <source>%1 UP sections</source>
        <translation>%1 UP-Abschnitte</translation>
    </message>
    <message>
        <source>replay of %1 %2</source>
        <translation>Nachspielen von %1 %2</translation>
    </message>
    <message>
        <source>recorded snapshot #%1 taken %2</source>
        <translation>verzeichneter Snapshot #%1, erstellt %2</translation>
    </message>
    <message>
        <source>the history starts at Flyway&apos;s baseline %1: the schema it stands for was not made by the migrations in the folder, so replaying them cannot rebuild it; take a snapshot at %2 (backstep-cli snapshot) to verify against</source>
        <translation>die Historie beginnt bei Flyways Baseline %1: das Schema, für das sie steht, wurde nicht von den Migrationen im Ordner erzeugt, daher kann ihr Nachspielen es nicht wiederherstellen; erstellen Sie einen Snapshot bei %2 (backstep-cli snapshot), gegen den überprüft werden kann</translation>
    </message>
</context>
<context>
    <name>FlywayParser</name>
    <message>
        <source>unterminated comment</source>
        <translation>nicht abgeschlossener Kommentar</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated quoted identifier</source>
        <translation>nicht abgeschlossener Bezeichner in Anführungszeichen</translation>
    </message>
    <message>
        <source>Flyway refuses a DELIMITER inside a statement (&quot;Delimiter changed inside statement&quot;)</source>
        <translation>Flyway lehnt ein DELIMITER innerhalb einer Anweisung ab („Delimiter changed inside statement“)</translation>
    </message>
    <message>
        <source>DELIMITER without a delimiter</source>
        <translation>DELIMITER ohne Trennzeichen</translation>
    </message>
    <message>
        <source>Flyway&apos;s parser fails here: an END with no block open (&quot;unable to decrease block depth below 0&quot;)</source>
        <translation>Flyways Parser scheitert hier: ein END ohne offenen Block („unable to decrease block depth below 0“)</translation>
    </message>
    <message>
        <source>Flyway fails on this file: &quot;Incomplete statement&quot; (the text ends inside a block or parentheses that started here)</source>
        <translation>Flyway scheitert an dieser Datei: „Incomplete statement“ (der Text endet innerhalb eines Blocks oder einer Klammer, die hier begann)</translation>
    </message>
</context>
<context>
    <name>FlywayReader</name>
    <message>
        <source>duplicate undo version %1: also in %2</source>
        <translation>doppelte Undo-Version %1: auch in %2</translation>
    </message>
    <message>
        <source>a repeatable migration (R__) has no undo: Flyway runs it again whenever it changes</source>
        <translation>eine wiederholbare Migration (R__) hat kein Undo: Flyway führt sie bei jeder Änderung erneut aus</translation>
    </message>
    <message>
        <source>no undo file U%1__*.sql</source>
        <translation>keine Undo-Datei U%1__*.sql</translation>
    </message>
    <message>
        <source>duplicate baseline version %1: also in %2</source>
        <translation>doppelte Baseline-Version %1: auch in %2</translation>
    </message>
    <message>
        <source>a baseline migration (B) has no undo: it stands for every migration up to its version</source>
        <translation>eine Baseline-Migration (B) hat kein Undo: sie steht für jede Migration bis zu ihrer Version</translation>
    </message>
    <message>
        <source>an undo file without its versioned migration V%1__*.sql</source>
        <translation>eine Undo-Datei ohne ihre versionierte Migration V%1__*.sql</translation>
    </message>
    <message>
        <source>statement by statement, no transaction (executeInTransaction=false in %1)</source>
        <translation>Anweisung für Anweisung, keine Transaktion (executeInTransaction=false in %1)</translation>
    </message>
    <message>
        <source>statement by statement, in a transaction (DDL commits implicitly all the same)</source>
        <translation>Anweisung für Anweisung, in einer Transaktion (DDL committet trotzdem implizit)</translation>
    </message>
    <message>
        <source>Flyway replaces %1 before it runs this, and its value is not in flyway.conf or flyway.toml</source>
        <translation>Flyway ersetzt %1, bevor es dies ausführt, und sein Wert steht nicht in flyway.conf oder flyway.toml</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) Flyway does not run, because their names do not follow its convention (V&lt;version&gt;__&lt;description&gt;.sql): %1</source>
        <translation>
            <numerusform>%n Datei, die Flyway nicht ausführt, weil ihr Name nicht seiner Konvention folgt (V&lt;version&gt;__&lt;description&gt;.sql): %1</numerusform>
            <numerusform>%n Dateien, die Flyway nicht ausführt, weil ihre Namen nicht seiner Konvention folgen (V&lt;version&gt;__&lt;description&gt;.sql): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatRegistry</name>
    <message>
        <source>the folder mixes migration formats: %1</source>
        <translation>der Ordner mischt Migrationsformate: %1</translation>
    </message>
    <message>
        <source>no migration markers found (-- UP / -- DOWN, -- migrate:up, -- +goose Up, -- +migrate Up, *.up.sql / *.down.sql, V1__name.sql, --liquibase formatted sql, sqitch.plan, db-migrate&apos;s sqls/ stubs); choose the format explicitly with --format</source>
        <translation>keine Migrationsmarkierungen gefunden (-- UP / -- DOWN, -- migrate:up, -- +goose Up, -- +migrate Up, *.up.sql / *.down.sql, V1__name.sql, --liquibase formatted sql, sqitch.plan, die sqls/-Stubs von db-migrate); wählen Sie das Format ausdrücklich mit --format</translation>
    </message>
</context>
<context>
    <name>GolangMigrateReader</name>
    <message>
        <source>not a golang-migrate file name (expected {version}_{title}.up.sql or {version}_{title}.down.sql)</source>
        <translation>kein golang-migrate-Dateiname (erwartet {version}_{title}.up.sql oder {version}_{title}.down.sql)</translation>
    </message>
    <message>
        <source>duplicate version %1: also in %2</source>
        <translation>doppelte Version %1: auch in %2</translation>
    </message>
    <message>
        <source>a .down.sql file without its .up.sql file (same version)</source>
        <translation>eine .down.sql-Datei ohne ihre .up.sql-Datei (gleiche Version)</translation>
    </message>
    <message>
        <source>the whole file as one multi-statement query, no transaction (golang-migrate)</source>
        <translation>die ganze Datei als eine Abfrage mit mehreren Anweisungen, keine Transaktion (golang-migrate)</translation>
    </message>
    <message>
        <source>no %1 file: golang-migrate would change the version and run nothing</source>
        <translation>keine Datei %1: golang-migrate würde die Version ändern und nichts ausführen</translation>
    </message>
    <message>
        <source>%1 is empty: golang-migrate would send an empty query, which the server refuses (error 1065), and leave the database dirty</source>
        <translation>%1 ist leer: golang-migrate würde eine leere Abfrage senden, die der Server ablehnt (Fehler 1065), und die Datenbank im Zustand dirty hinterlassen</translation>
    </message>
    <message>
        <source>%1 holds only comments: golang-migrate would run nothing and change the version</source>
        <translation>%1 enthält nur Kommentare: golang-migrate würde nichts ausführen und die Version ändern</translation>
    </message>
</context>
<context>
    <name>GooseReader</name>
    <message>
        <source>goose replaces ${VAR} here from its own environment at deploy time (-- +goose ENVSUB ON): Backstep cannot know the value it had</source>
        <translation>goose ersetzt ${VAR} hier beim Deployment aus seiner eigenen Umgebung (-- +goose ENVSUB ON): Backstep kann den Wert, den es damals hatte, nicht kennen</translation>
    </message>
    <message>
        <source>an unfinished statement (from line %1): goose wants a &apos;;&apos; at the end of its last line (missing semicolon?)</source>
        <translation>eine unvollständige Anweisung (ab Zeile %1): goose erwartet ein „;“ am Ende ihrer letzten Zeile (fehlendes Semikolon?)</translation>
    </message>
    <message>
        <source>a goose annotation must start at the beginning of the line: goose refuses this file</source>
        <translation>eine goose-Annotation muss am Zeilenanfang stehen: goose lehnt diese Datei ab</translation>
    </message>
    <message>
        <source>a second &apos;-- +goose Up&apos;: goose refuses this file</source>
        <translation>ein zweites „-- +goose Up“: goose lehnt diese Datei ab</translation>
    </message>
    <message>
        <source>&apos;-- +goose Down&apos; before &apos;-- +goose Up&apos;: goose refuses this file</source>
        <translation>„-- +goose Down“ vor „-- +goose Up“: goose lehnt diese Datei ab</translation>
    </message>
    <message>
        <source>&apos;-- +goose Down&apos; inside a StatementBegin block (line %1)</source>
        <translation>„-- +goose Down“ innerhalb eines StatementBegin-Blocks (Zeile %1)</translation>
    </message>
    <message>
        <source>&apos;-- +goose StatementBegin&apos; before &apos;-- +goose Up&apos;</source>
        <translation>„-- +goose StatementBegin“ vor „-- +goose Up“</translation>
    </message>
    <message>
        <source>&apos;-- +goose StatementBegin&apos; inside a block (line %1)</source>
        <translation>„-- +goose StatementBegin“ innerhalb eines Blocks (Zeile %1)</translation>
    </message>
    <message>
        <source>&apos;-- +goose StatementEnd&apos; without &apos;-- +goose StatementBegin&apos;</source>
        <translation>„-- +goose StatementEnd“ ohne „-- +goose StatementBegin“</translation>
    </message>
    <message>
        <source>an annotation goose does not know (Up, Down, StatementBegin, StatementEnd, NO TRANSACTION, ENVSUB ON, ENVSUB OFF): goose refuses this file</source>
        <translation>eine Annotation, die goose nicht kennt (Up, Down, StatementBegin, StatementEnd, NO TRANSACTION, ENVSUB ON, ENVSUB OFF): goose lehnt diese Datei ab</translation>
    </message>
    <message>
        <source>a statement before &apos;-- +goose Up&apos;: goose refuses this file</source>
        <translation>eine Anweisung vor „-- +goose Up“: goose lehnt diese Datei ab</translation>
    </message>
    <message>
        <source>no &apos;-- +goose Up&apos; annotation: goose refuses this file</source>
        <translation>keine Annotation „-- +goose Up“: goose lehnt diese Datei ab</translation>
    </message>
    <message>
        <source>&apos;-- +goose StatementBegin&apos; without &apos;-- +goose StatementEnd&apos;: the block runs to the end of the file</source>
        <translation>„-- +goose StatementBegin“ ohne „-- +goose StatementEnd“: der Block reicht bis zum Ende der Datei</translation>
    </message>
    <message>
        <source>statement by statement, no transaction (-- +goose NO TRANSACTION)</source>
        <translation>Anweisung für Anweisung, keine Transaktion (-- +goose NO TRANSACTION)</translation>
    </message>
    <message>
        <source>statement by statement, in one transaction with the history update (DDL commits implicitly all the same)</source>
        <translation>Anweisung für Anweisung, in einer Transaktion mit der Historienaktualisierung (DDL committet trotzdem implizit)</translation>
    </message>
    <message>
        <source>not a goose migration (no version above 0 before the first &apos;_&apos;): goose skips it</source>
        <translation>keine goose-Migration (keine Version über 0 vor dem ersten „_“): goose überspringt sie</translation>
    </message>
</context>
<context>
    <name>GtidDumpFilter</name>
    <message>
        <source>not run: the dump&apos;s SET @@GLOBAL.GTID_PURGED (%1); this server already executed those transactions and refuses it</source>
        <translation>nicht ausgeführt: SET @@GLOBAL.GTID_PURGED des Dumps (%1); dieser Server hat diese Transaktionen bereits ausgeführt und weist es zurück</translation>
    </message>
    <message>
        <source>not run: the dump&apos;s SET @@SESSION.SQL_LOG_BIN = 0; the restore is written to the binary log like Backstep&apos;s other statements</source>
        <translation>nicht ausgeführt: SET @@SESSION.SQL_LOG_BIN = 0 des Dumps; die Wiederherstellung wird wie Backsteps übrige Anweisungen ins Binärlog geschrieben</translation>
    </message>
</context>
<context>
    <name>HistoryReader</name>
    <message>
        <source>cannot read the history (%1): %2</source>
        <translation>die Historie kann nicht gelesen werden (%1): %2</translation>
    </message>
    <message>
        <source>%1 holds more than one row; golang-migrate keeps exactly one</source>
        <translation>%1 enthält mehr als eine Zeile; golang-migrate führt genau eine</translation>
    </message>
    <message>
        <source>the history table %1 has no column %2</source>
        <translation>die Historientabelle %1 hat keine Spalte %2</translation>
    </message>
    <message>
        <source>the history table %1 does not exist</source>
        <translation>die Historientabelle %1 existiert nicht</translation>
    </message>
    <message>
        <source>--version-column needs --history-table NAME</source>
        <translation>--version-column braucht --history-table NAME</translation>
    </message>
    <message>
        <source>the database has several history tables (%1): choose the one the application uses with --history-table NAME</source>
        <translation>die Datenbank hat mehrere Historientabellen (%1): wählen Sie die von der Anwendung verwendete mit --history-table NAME</translation>
    </message>
    <message>
        <source>by %1 since %2</source>
        <translation>von %1 seit %2</translation>
    </message>
    <message>
        <source>cannot look for Sqitch&apos;s registry %1</source>
        <translation>es kann nicht nach Sqitchs Registry %1 gesucht werden</translation>
    </message>
    <message>
        <source>cannot read Sqitch&apos;s registry %1</source>
        <translation>Sqitchs Registry %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a history table of a known tool (dbmate, golang-migrate, goose, sql-migrate, Flyway, Liquibase, db-migrate); name its version column with --version-column</source>
        <translation>%1 ist keine Historientabelle eines bekannten Werkzeugs (dbmate, golang-migrate, goose, sql-migrate, Flyway, Liquibase, db-migrate); nennen Sie ihre Versionsspalte mit --version-column</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>cannot write the history (%1): %2</source>
        <translation>die Historie kann nicht geschrieben werden (%1): %2</translation>
    </message>
    <message>
        <source>cannot write the history</source>
        <translation>die Historie kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>there is no history table to record the rollback of %1 in</source>
        <translation>es gibt keine Historientabelle, in der das Rollback von %1 verzeichnet werden kann</translation>
    </message>
    <message>
        <source>changeset %1 by %2 is not in %3</source>
        <translation>Changeset %1 von %2 ist nicht in %3</translation>
    </message>
    <message>
        <source>unknown history style</source>
        <translation>unbekannter Historienstil</translation>
    </message>
    <message>
        <source>the lock %1 is held by another session (the tool itself may be running): the history was not written</source>
        <translation>die Sperre %1 hält eine andere Sitzung (womöglich läuft das Werkzeug selbst): die Historie wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Sqitch&apos;s registry has no change %1 (%2) to revert</source>
        <translation>Sqitchs Registry enthält keine Änderung %1 (%2), die zurückgenommen werden könnte</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 ist nicht in %2</translation>
    </message>
    <message>
        <source>the change %1 is not in Sqitch&apos;s registry %2</source>
        <translation>die Änderung %1 ist nicht in Sqitchs Registry %2</translation>
    </message>
</context>
<context>
    <name>ImpactInspector</name>
    <message>
        <source>cannot read information_schema.TABLES: %1</source>
        <translation>information_schema.TABLES kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation>die Zeilen von %1 können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the tables of %1: %2</source>
        <translation>die Tabellen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the columns of %1: %2</source>
        <translation>die Spalten von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot count the values of %1.%2: %3</source>
        <translation>die Werte von %1.%2 können nicht gezählt werden: %3</translation>
    </message>
    <message>
        <source>cannot read the process list: %1</source>
        <translation>die Prozessliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read information_schema.COLUMNS: %1</source>
        <translation>information_schema.COLUMNS kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot count the values of the columns of %1: %2</source>
        <translation>die Werte der Spalten von %1 können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the open transactions: %1</source>
        <translation>die offenen Transaktionen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, rows changed: %2, %3</source>
        <translation>%1, geänderte Zeilen: %2, %3</translation>
    </message>
    <message>
        <source>no statement running</source>
        <translation>keine Anweisung läuft</translation>
    </message>
    <message>
        <source>the tables it holds are not known without the metadata_lock_info plugin</source>
        <translation>welche Tabellen sie hält, ist ohne das Plugin metadata_lock_info nicht bekannt</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>hält %1</translation>
    </message>
    <message>
        <source>%1 (%2): no DDL or writes anywhere until it ends</source>
        <translation>%1 (%2): keine DDL und keine Schreibzugriffe, bis sie endet</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>läuft: %1</translation>
    </message>
    <message>
        <source>cannot read the metadata locks (%1): %2</source>
        <translation>die Metadatensperren können nicht gelesen werden (%1): %2</translation>
    </message>
    <message>
        <source>the tables it holds are not known without performance_schema&apos;s metadata lock instrument</source>
        <translation>welche Tabellen sie hält, ist ohne das Instrument für Metadatensperren von performance_schema nicht bekannt</translation>
    </message>
</context>
<context>
    <name>IncidentNotice</name>
    <message>
        <source>The whole report is stored with the run: backstep-cli playbook show %1</source>
        <translation>Der vollständige Bericht ist beim Lauf gespeichert: backstep-cli playbook show %1</translation>
    </message>
    <message>
        <source>The whole report: %1 (also stored with the run %2).</source>
        <translation>Der vollständige Bericht: %1 (auch beim Lauf %2 gespeichert).</translation>
    </message>
    <message>
        <source>Run %1 by %2@%3 against %4 (%5, %6).</source>
        <translation>Lauf %1 von %2@%3 gegen %4 (%5, %6).</translation>
    </message>
    <message>
        <source>server unknown</source>
        <translation>Server unbekannt</translation>
    </message>
    <message>
        <source>connection unknown</source>
        <translation>Verbindung unbekannt</translation>
    </message>
    <message>
        <source>Backup: %1 (SHA-256 %2).</source>
        <translation>Backup: %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>[Backstep] %1: %2 (%3)</source>
        <translation>[Backstep] %1: %2 (%3)</translation>
    </message>
    <message>
        <source>(Cut to fit an e-mail link.) %1</source>
        <translation>(Gekürzt, damit es in einen E-Mail-Link passt.) %1</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Rolled back %1 (%2): every step done or skipped.</source>
        <translation>%1 zurückgerollt (%2): jeder Schritt erledigt oder übersprungen.</translation>
    </message>
    <message>
        <source>FAILED at &quot;%1&quot;: %2 (backstep-cli playbook resume %3 retries it).</source>
        <translation>FEHLGESCHLAGEN bei „%1“: %2 (backstep-cli playbook resume %3 wiederholt den Schritt).</translation>
    </message>
    <message>
        <source>Unfinished: the run stopped at &quot;%1&quot; and can be resumed (backstep-cli playbook resume %2).</source>
        <translation>Nicht abgeschlossen: der Lauf hat bei „%1“ angehalten und kann fortgesetzt werden (backstep-cli playbook resume %2).</translation>
    </message>
    <message>
        <source>Aborted at &quot;%1&quot;: nothing more runs.</source>
        <translation>Abgebrochen bei „%1“: nichts weiter wird ausgeführt.</translation>
    </message>
    <message>
        <source>Who and against what</source>
        <translation>Wer und wogegen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Backup kind</source>
        <translation>Backup-Art</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>skipped (%1): %2</source>
        <translation>übersprungen (%1): %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No statement was recorded.</source>
        <translation>Es wurde keine Anweisung verzeichnet.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Verdict: %1.</source>
        <translation>Ergebnis: %1.</translation>
    </message>
    <message>
        <source>Validation commands</source>
        <translation>Validierungsbefehle</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>Nichts wurde übersprungen.</translation>
    </message>
    <message>
        <source>Incident report: rollback of %1</source>
        <translation>Vorfallbericht: Rollback von %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <source>Not reached: the run stopped before this step.</source>
        <translation>Nicht erreicht: Der Lauf endete vor diesem Schritt.</translation>
    </message>
    <message>
        <source>Skipped (%1): %2</source>
        <translation>Übersprungen (%1): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 attempts)</source>
        <translation>%1 (%2 Versuche)</translation>
    </message>
    <message>
        <source>Target: %1.</source>
        <translation>Ziel: %1.</translation>
    </message>
    <message>
        <source>From version %1 down to %2.</source>
        <translation>Von Version %1 zurück auf %2.</translation>
    </message>
    <message>
        <source>no migration applied</source>
        <translation>keine Migration angewendet</translation>
    </message>
    <message>
        <source>Tables the plan touches: %1.</source>
        <translation>Vom Plan betroffene Tabellen: %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Angewendet am</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 statements; their text was not recorded.</source>
        <translation>%1 Anweisungen; ihr Text wurde nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation>Katalog-ID</translation>
    </message>
    <message>
        <source>What this backup cannot restore: %1</source>
        <translation>Was dieses Backup nicht wiederherstellen kann: %1</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Scratch database</source>
        <translation>Wegwerf-Datenbank</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Scratch database dropped</source>
        <translation>Wegwerf-Datenbank gelöscht</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>Fehlgeschlagen bei %1</translation>
    </message>
    <message>
        <source>Predicted for production: about %1 of rollback.</source>
        <translation>Vorhersage für die Produktion: etwa %1 Rollback.</translation>
    </message>
    <message>
        <source>Production&apos;s rollback step took %1.</source>
        <translation>Der Rollback-Schritt in der Produktion dauerte %1.</translation>
    </message>
    <message>
        <source>Rollback run %1: %2.</source>
        <translation>Rollback-Lauf %1: %2.</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>Statements run: %1.</source>
        <translation>Ausgeführte Anweisungen: %1.</translation>
    </message>
    <message>
        <source>Checksums of the untouched tables were taken before the rollback started.</source>
        <translation>Die Prüfsummen der unberührten Tabellen wurden vor Beginn des Rollbacks erfasst.</translation>
    </message>
    <message>
        <source>Verification report %1 (backstep-cli verify shows it again).</source>
        <translation>Prüfbericht %1 (backstep-cli verify zeigt ihn erneut).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Differences with the expected schema: %1.</source>
        <translation>Abweichungen vom erwarteten Schema: %1.</translation>
    </message>
    <message>
        <source>Checksums of the tables the plan does not touch: %1 chunks compared, %2 differing.</source>
        <translation>Prüfsummen der vom Plan nicht berührten Tabellen: %1 Abschnitte verglichen, %2 abweichend.</translation>
    </message>
    <message>
        <source>Differing table</source>
        <translation>Abweichende Tabelle</translation>
    </message>
    <message>
        <source>Key range</source>
        <translation>Schlüsselbereich</translation>
    </message>
    <message>
        <source>Not covered within the time budget, so not checked: %1.</source>
        <translation>Im Zeitbudget nicht erfasst, daher nicht geprüft: %1.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Output of %1 (its end)</source>
        <translation>Ausgabe von %1 (das Ende)</translation>
    </message>
    <message>
        <source>Log watch</source>
        <translation>Log-Beobachtung</translation>
    </message>
    <message>
        <source>Watched for %1 after the service started, against the same time before it stopped.</source>
        <translation>%1 lang nach dem Start des Dienstes beobachtet, verglichen mit derselben Zeitspanne vor dem Stoppen.</translation>
    </message>
    <message>
        <source>The step fails above %1 error lines a minute.</source>
        <translation>Der Schritt schlägt fehl bei mehr als %1 Fehlerzeilen pro Minute.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Errors a minute</source>
        <translation>Fehler pro Minute</translation>
    </message>
    <message>
        <source>Warnings a minute</source>
        <translation>Warnungen pro Minute</translation>
    </message>
    <message>
        <source>Error and warning lines</source>
        <translation>Fehler- und Warnzeilen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No target was named; the default: %1.</source>
        <translation>Es wurde kein Ziel angegeben; die Vorgabe: %1.</translation>
    </message>
</context>
<context>
    <name>IncidentReportAction</name>
    <message>
        <source>stored in the journal</source>
        <translation>im Journal gespeichert</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>stored in the journal and written to %1</source>
        <translation>im Journal gespeichert und nach %1 geschrieben</translation>
    </message>
    <message>
        <source>; summary posted to %1</source>
        <translation>; Zusammenfassung an %1 gesendet</translation>
    </message>
    <message>
        <source>; the webhook failed: %1</source>
        <translation>; der Webhook schlug fehl: %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>cannot create the journal&apos;s folder for %1</source>
        <translation>der Ordner des Journals für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the journal %1: %2</source>
        <translation>das Journal %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot configure the journal %1: %2</source>
        <translation>das Journal %1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <source>cannot read the journal&apos;s schema version: %1</source>
        <translation>die Schemaversion des Journals kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the journal %1 has schema version %2, newer than this Backstep (%3): use a newer Backstep</source>
        <translation>das Journal %1 hat die Schemaversion %2, neuer als dieses Backstep (%3): verwenden Sie ein neueres Backstep</translation>
    </message>
    <message>
        <source>cannot lock the journal to bring its schema up to date</source>
        <translation>das Journal kann nicht gesperrt werden, um sein Schema zu aktualisieren</translation>
    </message>
    <message>
        <source>cannot read the journal&apos;s schema version</source>
        <translation>die Schemaversion des Journals kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot bring the journal to schema version %1</source>
        <translation>das Journal kann nicht auf Schemaversion %1 gebracht werden</translation>
    </message>
    <message>
        <source>cannot record the journal&apos;s schema version</source>
        <translation>die Schemaversion des Journals kann nicht verzeichnet werden</translation>
    </message>
    <message>
        <source>cannot write to the journal: %1</source>
        <translation>in das Journal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot read the journal&apos;s events</source>
        <translation>die Ereignisse des Journals können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>LineStatements</name>
    <message>
        <source>%1 sends this as one query with the statement before it; the server runs that only when the application&apos;s connection allows several statements (multiStatements=true), so Backstep runs them one by one as the server would have</source>
        <translation>%1 sendet dies zusammen mit der vorigen Anweisung als eine Abfrage; der Server führt das nur aus, wenn die Verbindung der Anwendung mehrere Anweisungen erlaubt (multiStatements=true), daher führt Backstep sie einzeln aus, wie der Server es getan hätte</translation>
    </message>
</context>
<context>
    <name>LiquibaseReader</name>
    <message>
        <source>the changeset has no --rollback: Liquibase cannot undo raw SQL by itself</source>
        <translation>das Changeset hat kein --rollback: Liquibase kann reines SQL nicht von sich aus rückgängig machen</translation>
    </message>
    <message>
        <source>cannot read the changeset (expected --changeset author:id [attribute:value ...])</source>
        <translation>das Changeset kann nicht gelesen werden (erwartet --changeset author:id [attribute:value ...])</translation>
    </message>
    <message>
        <source>a rollback outside any changeset</source>
        <translation>ein Rollback außerhalb jedes Changesets</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated quoted identifier or comment</source>
        <translation>nicht abgeschlossener Bezeichner in Anführungszeichen oder Kommentar</translation>
    </message>
    <message>
        <source>Liquibase replaces %1 before it runs this, and its value is not in liquibase.properties (parameter.%2=...)</source>
        <translation>Liquibase ersetzt %1, bevor es dies ausführt, und sein Wert steht nicht in liquibase.properties (parameter.%2=...)</translation>
    </message>
    <message>
        <source>Liquibase cuts the statement that starts on line %1 here: its BEGIN/END counting ends the block at an END IF, END CASE or END LOOP, so it sends the routine in pieces, which the server rejects; give the changeset an endDelimiter</source>
        <translation>Liquibase schneidet die Anweisung, die in Zeile %1 beginnt, hier ab: seine BEGIN/END-Zählung beendet den Block bei einem END IF, END CASE oder END LOOP, daher sendet es die Routine in Stücken, die der Server ablehnt; geben Sie dem Changeset einen endDelimiter</translation>
    </message>
    <message>
        <source>statement by statement, in a transaction (DDL commits implicitly all the same)</source>
        <translation>Anweisung für Anweisung, in einer Transaktion (DDL committet trotzdem implizit)</translation>
    </message>
    <message>
        <source>statement by statement, no transaction (runInTransaction:false)</source>
        <translation>Anweisung für Anweisung, keine Transaktion (runInTransaction:false)</translation>
    </message>
    <message>
        <source>changeset %1 by %2 declares its rollback %3 (--rollback %3): nothing runs, its row in DATABASECHANGELOG is removed as Liquibase does</source>
        <translation>Changeset %1 von %2 erklärt sein Rollback als %3 (--rollback %3): nichts wird ausgeführt, seine Zeile in DATABASECHANGELOG wird entfernt, wie Liquibase es tut</translation>
    </message>
    <message>
        <source>a -- comment inside a liquibase rollback block: Liquibase joins the block&apos;s lines without line feeds, so the comment runs to the end of the block and swallows what follows</source>
        <translation>ein Kommentar mit -- innerhalb eines liquibase-rollback-Blocks: Liquibase fügt die Zeilen des Blocks ohne Zeilenumbrüche zusammen, daher reicht der Kommentar bis zum Ende des Blocks und verschluckt, was folgt</translation>
    </message>
    <message>
        <source>a blank between &apos;:&apos; and the changeset&apos;s id: Liquibase refuses it</source>
        <translation>ein Leerzeichen zwischen „:“ und der ID des Changesets: Liquibase lehnt das ab</translation>
    </message>
    <message>
        <source>/* liquibase rollback without its closing */: the block runs to the end of the file</source>
        <translation>/* liquibase rollback ohne sein schließendes */: der Block reicht bis zum Ende der Datei</translation>
    </message>
    <message>
        <source>not a Liquibase formatted SQL file: its first line that is not blank must be --liquibase formatted sql</source>
        <translation>keine Liquibase-Datei im Format „formatted SQL“: ihre erste nicht leere Zeile muss --liquibase formatted sql lauten</translation>
    </message>
    <message>
        <source>the rollback names changeset %1 by %2, which is not in the changelog</source>
        <translation>das Rollback nennt Changeset %1 von %2, das nicht im Changelog steht</translation>
    </message>
</context>
<context>
    <name>LogTail</name>
    <message>
        <source>not a regular file (a FIFO, socket or device)</source>
        <translation>keine reguläre Datei (ein FIFO, Socket oder Gerät)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <source>cannot list the %1</source>
        <translation>die %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot checksum %1</source>
        <translation>die Prüfsumme von %1 kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Events</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>no DOWN section</source>
        <translation>kein DOWN-Abschnitt</translation>
    </message>
    <message>
        <source>the DOWN section is empty</source>
        <translation>der DOWN-Abschnitt ist leer</translation>
    </message>
    <message>
        <source>the mysql client</source>
        <translation>der mysql-Client</translation>
    </message>
</context>
<context>
    <name>MigrationFolderReader</name>
    <message>
        <source>duplicate version %1: also in %2</source>
        <translation>doppelte Version %1: auch in %2</translation>
    </message>
    <message>
        <source>the migrations folder does not exist</source>
        <translation>der Migrationsordner existiert nicht</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a symbolic link to %1, which does not exist</source>
        <translation>ein symbolischer Link auf %1, das nicht existiert</translation>
    </message>
    <message>
        <source>the DOWN</source>
        <translation>der DOWN-Teil</translation>
    </message>
    <message>
        <source>the UP</source>
        <translation>der UP-Teil</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>duplicate version %1: defined twice in this file</source>
        <translation>doppelte Version %1: in dieser Datei zweimal definiert</translation>
    </message>
    <message>
        <source>a symbolic link to %1, which does not exist: --migrations takes the folder that holds the migration files</source>
        <translation>ein symbolischer Link auf %1, das nicht existiert: --migrations nimmt den Ordner, der die Migrationsdateien enthält</translation>
    </message>
    <message>
        <source>this is a file, not a folder: --migrations takes the folder that holds the migration files</source>
        <translation>dies ist eine Datei, kein Ordner: --migrations nimmt den Ordner, der die Migrationsdateien enthält</translation>
    </message>
</context>
<context>
    <name>MigrationState</name>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <source>Dirty (partial)</source>
        <translation>Dirty (teilweise)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Below baseline</source>
        <translation>Unter der Baseline</translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n angewendet</numerusform>
            <numerusform>%n angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) missing</source>
        <translation>
            <numerusform>%n Datei fehlt</numerusform>
            <numerusform>%n Dateien fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dirty (partial)</source>
        <translation>
            <numerusform>%n dirty (teilweise)</numerusform>
            <numerusform>%n dirty (teilweise)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below baseline</source>
        <translation>
            <numerusform>%n unter der Baseline</numerusform>
            <numerusform>%n unter der Baseline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationStatus</name>
    <message>
        <source>no migration file</source>
        <translation>keine Migrationsdatei</translation>
    </message>
    <message>
        <source>below the baseline %1: Flyway never applied it to this database</source>
        <translation>unter der Baseline %1: Flyway hat sie nie auf diese Datenbank angewendet</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop&apos;s keyring</source>
        <translation>Im Schlüsselbund der Arbeitsumgebung &amp;merken</translation>
    </message>
</context>
<context>
    <name>PasswordKeyring</name>
    <message>
        <source>the keyring refused (error %1)</source>
        <translation>der Schlüsselbund hat abgelehnt (Fehler %1)</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keyring can be reached</source>
        <translation>kein D-Bus-Sitzungsbus, daher ist kein Schlüsselbund erreichbar</translation>
    </message>
    <message>
        <source>the keyring did not answer: %1</source>
        <translation>der Schlüsselbund hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>the keyring did not answer within %1 seconds</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>cannot read the password from the keyring: %1</source>
        <translation>das Passwort kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot store the password in the keyring: %1</source>
        <translation>das Passwort kann nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot remove the password from the keyring: %1</source>
        <translation>das Passwort kann nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>PasswordSource</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the password file %1 is empty (its first line is the password)</source>
        <translation>die Passwortdatei %1 ist leer (ihre erste Zeile ist das Passwort)</translation>
    </message>
</context>
<context>
    <name>PlainReader</name>
    <message>
        <source>cannot read a version from the file name (expected &lt;version&gt;_&lt;name&gt;.sql, e.g. 1203_add_index.sql)</source>
        <translation>aus dem Dateinamen lässt sich keine Version lesen (erwartet &lt;version&gt;_&lt;name&gt;.sql, z. B. 1203_add_index.sql)</translation>
    </message>
    <message>
        <source>as the mysql client runs a file: statement by statement, no transaction unless the file starts one</source>
        <translation>wie der mysql-Client eine Datei ausführt: Anweisung für Anweisung, keine Transaktion, sofern die Datei keine beginnt</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>der Datei</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>no playbook step is called &quot;%1&quot;; the steps are: %2</source>
        <translation>kein Playbook-Schritt heißt „%1“; die Schritte sind: %2</translation>
    </message>
    <message>
        <source>Identify the migrations to roll back</source>
        <translation>Zurückzurollende Migrationen ermitteln</translation>
    </message>
    <message>
        <source>Stop the service</source>
        <translation>Dienst stoppen</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Rehearse on a scratch copy</source>
        <translation>Probelauf auf einer temporären Kopie</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Run the validation commands</source>
        <translation>Validierungsbefehle ausführen</translation>
    </message>
    <message>
        <source>Start the service</source>
        <translation>Dienst starten</translation>
    </message>
    <message>
        <source>Watch the log</source>
        <translation>Log beobachten</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>no backup kind is called &quot;%1&quot;; the kinds are: full, targeted</source>
        <translation>keine Backup-Art heißt „%1“; die Arten sind: full, targeted</translation>
    </message>
    <message>
        <source>playbook run %1 has no step %2</source>
        <translation>Playbook-Lauf %1 hat keinen Schritt %2</translation>
    </message>
    <message>
        <source>playbook run %1 is %2: no step runs any more</source>
        <translation>Playbook-Lauf %1 ist %2: kein Schritt wird mehr ausgeführt</translation>
    </message>
    <message>
        <source>step %1 (%2) of playbook run %3 is already %4; it never runs twice</source>
        <translation>Schritt %1 (%2) von Playbook-Lauf %3 ist bereits %4; er wird nie zweimal ausgeführt</translation>
    </message>
    <message>
        <source>step %1 (%2) of playbook run %3 waits for step %4 (%5), which is %6</source>
        <translation>Schritt %1 (%2) von Playbook-Lauf %3 wartet auf Schritt %4 (%5), der %6 ist</translation>
    </message>
</context>
<context>
    <name>PlaybookBackupAction</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>the last full backup of this database (#%1, %2) took %3 s</source>
        <translation>das letzte vollständige Backup dieser Datenbank (#%1, %2) dauerte %3 s</translation>
    </message>
    <message>
        <source>%1 of data and indexes at about 50 MB/s (no earlier full backup of this database to measure by)</source>
        <translation>%1 Daten und Indizes bei etwa 50 MB/s (kein früheres vollständiges Backup dieser Datenbank als Maßstab)</translation>
    </message>
    <message>
        <source>interrupted: the playbook&apos;s process ended before this backup completed; it is never taken as good</source>
        <translation>unterbrochen: der Prozess des Playbooks endete, bevor dieses Backup fertig war; es gilt nie als gültig</translation>
    </message>
    <message>
        <source>a SQLite database is copied whole: the backup is full</source>
        <translation>eine SQLite-Datenbank wird vollständig kopiert: das Backup ist vollständig</translation>
    </message>
    <message>
        <source>the plan names no table: the backup is full</source>
        <translation>der Plan nennt keine Tabelle: das Backup ist vollständig</translation>
    </message>
    <message>
        <source>a full backup may take about %1 (%2): a targeted backup of the tables the plan touches would take seconds, but could not restore the other tables&apos; data</source>
        <translation>ein vollständiges Backup kann etwa %1 dauern (%2): ein gezieltes Backup der Tabellen, die der Plan berührt, bräuchte Sekunden, könnte aber die Daten der übrigen Tabellen nicht wiederherstellen</translation>
    </message>
    <message>
        <source>backup %1: %2</source>
        <translation>Backup %1: %2</translation>
    </message>
    <message>
        <source>the backup %1 did not verify: %2</source>
        <translation>das Backup %1 hat die Prüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>%1 backup %2 (%3, verified)</source>
        <translation>Backup (%1) %2 (%3, geprüft)</translation>
    </message>
</context>
<context>
    <name>PlaybookDialog</name>
    <message>
        <source>Run the playbook</source>
        <translation>Playbook ausführen</translation>
    </message>
    <message>
        <source>One incident, the ten steps of the playbook in order. Each step is recorded in the journal before and after it runs: if Backstep is closed or killed, the run resumes where it stopped, and no step is done twice.</source>
        <translation>Ein Vorfall, die zehn Schritte des Playbooks in ihrer Reihenfolge. Jeder Schritt wird vor und nach seiner Ausführung im Journal festgehalten: Wird Backstep geschlossen oder beendet, setzt der Lauf dort fort, wo er stehen blieb, und kein Schritt wird zweimal ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>The profile gives the service to stop and start, the logs to watch, the validation commands and the contacts</source>
        <translation>Das Profil liefert den Dienst zum Stoppen und Starten, die zu beobachtenden Logs, die Validierungsbefehle und die Kontakte</translation>
    </message>
    <message>
        <source>Roll back:</source>
        <translation>Zurückrollen:</translation>
    </message>
    <message>
        <source>The &amp;last</source>
        <translation>Die &amp;letzten</translation>
    </message>
    <message>
        <source>applied migrations</source>
        <translation>angewendeten Migrationen</translation>
    </message>
    <message>
        <source>&amp;Down to (stays applied)</source>
        <translation>&amp;Bis zu (bleibt angewendet)</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sicherung:</translation>
    </message>
    <message>
        <source>&amp;Full (the whole database)</source>
        <translation>&amp;Vollständig (die ganze Datenbank)</translation>
    </message>
    <message>
        <source>&amp;Targeted (the tables the plan touches, with the whole schema)</source>
        <translation>&amp;Gezielt (die Tabellen, die der Plan berührt, mit dem ganzen Schema)</translation>
    </message>
    <message>
        <source>Seconds instead of hours on a large database; it cannot restore the data of tables the plan does not touch</source>
        <translation>Sekunden statt Stunden bei einer großen Datenbank; die Daten der Tabellen, die der Plan nicht berührt, kann sie nicht wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Watch the log for:</source>
        <translation>Log &amp;beobachten für:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Steps to skip (each needs a reason, kept in the report)</source>
        <translation>Zu überspringende Schritte (jeder braucht einen Grund, er steht im Bericht)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>The report in Markdown, for a ticket or a chat</source>
        <translation>Der Bericht in Markdown, für ein Ticket oder einen Chat</translation>
    </message>
    <message>
        <source>E-&amp;mail contacts…</source>
        <translation>Kontakte per E-&amp;Mail…</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <source>&amp;Cancel the playbook</source>
        <translation>Playbook &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Run the playbook</source>
        <translation>Playbook &amp;ausführen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PlaybookFlow</name>
    <message>
        <source>the step %1 cannot be skipped: it is the playbook itself</source>
        <translation>der Schritt %1 kann nicht übersprungen werden: er ist das Playbook selbst</translation>
    </message>
    <message>
        <source>skipping the step %1 needs a reason</source>
        <translation>das Überspringen des Schritts %1 braucht eine Begründung</translation>
    </message>
    <message>
        <source>the run has no step %1</source>
        <translation>der Lauf hat keinen Schritt %1</translation>
    </message>
    <message>
        <source>playbook run %1 is %2: nothing more runs</source>
        <translation>Playbook-Lauf %1 ist %2: nichts weiter wird ausgeführt</translation>
    </message>
    <message>
        <source>this Backstep cannot do the step %1 yet</source>
        <translation>dieses Backstep kann den Schritt %1 noch nicht ausführen</translation>
    </message>
</context>
<context>
    <name>PlaybookIdentifyAction</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cancelled while reading the migrations</source>
        <translation>abgebrochen beim Lesen der Migrationen</translation>
    </message>
    <message>
        <source>the migrations folder %1 has errors:
%2</source>
        <translation>der Migrationsordner %1 enthält Fehler:
%2</translation>
    </message>
    <message>
        <source>cancelled while reading the database&apos;s history</source>
        <translation>abgebrochen beim Lesen der Historie der Datenbank</translation>
    </message>
    <message>
        <source>cannot read the history of %1: %2</source>
        <translation>die Historie von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot plan %1: %2</source>
        <translation>%1 kann nicht geplant werden: %2</translation>
    </message>
    <message>
        <source>nothing to roll back: %1 names no applied migration of %2</source>
        <translation>nichts zurückzurollen: %1 nennt keine angewendete Migration von %2</translation>
    </message>
    <message>
        <source>the plan cannot run:
%1</source>
        <translation>der Plan kann nicht ausgeführt werden:
%1</translation>
    </message>
    <message>
        <source>no migration</source>
        <translation>keine Migration</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) to roll back, down to %1</source>
        <translation>
            <numerusform>%n Migration zurückzurollen, bis %1</numerusform>
            <numerusform>%n Migrationen zurückzurollen, bis %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookJournal</name>
    <message>
        <source>cannot write the playbook journal</source>
        <translation>das Playbook-Journal kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write playbook run %1</source>
        <translation>Playbook-Lauf %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write step %1 of playbook run %2</source>
        <translation>Schritt %1 von Playbook-Lauf %2 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the journal %1 has no playbook run %2</source>
        <translation>das Journal %1 hat keinen Playbook-Lauf %2</translation>
    </message>
    <message>
        <source>playbook run %1 has no step %2</source>
        <translation>Playbook-Lauf %1 hat keinen Schritt %2</translation>
    </message>
    <message>
        <source>playbook run %1 is %2: no step changes any more</source>
        <translation>Playbook-Lauf %1 ist %2: kein Schritt ändert sich mehr</translation>
    </message>
    <message>
        <source>step %1 of playbook run %2 is already %3; it never runs twice</source>
        <translation>Schritt %1 von Playbook-Lauf %2 ist bereits %3; er wird nie zweimal ausgeführt</translation>
    </message>
    <message>
        <source>step %1 of playbook run %2 is %3, not running: its evidence is kept as it was</source>
        <translation>Schritt %1 von Playbook-Lauf %2 ist %3 und läuft nicht: seine Nachweise bleiben, wie sie waren</translation>
    </message>
    <message>
        <source>step %1 of playbook run %2 is %3, not running: it cannot finish</source>
        <translation>Schritt %1 von Playbook-Lauf %2 ist %3 und läuft nicht: er kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>step %1 of playbook run %2 is already %3: it cannot be skipped</source>
        <translation>Schritt %1 von Playbook-Lauf %2 ist bereits %3: er kann nicht übersprungen werden</translation>
    </message>
    <message>
        <source>playbook run %1 is already %2; its status does not change any more</source>
        <translation>Playbook-Lauf %1 ist bereits %2; sein Status ändert sich nicht mehr</translation>
    </message>
    <message>
        <source>playbook run %1 (%2) was not changed</source>
        <translation>Playbook-Lauf %1 (%2) wurde nicht geändert</translation>
    </message>
    <message>
        <source>cannot store the %1 report of playbook run %2</source>
        <translation>der %1-Bericht von Playbook-Lauf %2 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the %1 report of playbook run %2</source>
        <translation>der %1-Bericht von Playbook-Lauf %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read playbook run %1</source>
        <translation>Playbook-Lauf %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the steps of playbook run %1</source>
        <translation>die Schritte von Playbook-Lauf %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the playbook runs</source>
        <translation>die Playbook-Läufe können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>PlaybookRehearsalAction</name>
    <message>
        <source>cannot remove the killed rehearsal&apos;s copy %1</source>
        <translation>die Kopie %1 des abgebrochenen Probelaufs kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>the noted scratch database %1 is not a rehearsal copy of %2: it is left alone</source>
        <translation>die vermerkte temporäre Datenbank %1 ist keine Probelauf-Kopie von %2: sie bleibt unangetastet</translation>
    </message>
    <message>
        <source>cannot drop the killed rehearsal&apos;s scratch database %1: %2</source>
        <translation>die temporäre Datenbank %1 des abgebrochenen Probelaufs kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>the back-up step recorded no file: there is nothing to rehearse on</source>
        <translation>der Backup-Schritt hat keine Datei verzeichnet: es gibt nichts, worauf geprobt werden kann</translation>
    </message>
    <message>
        <source>rehearsed on %1: rolled back in %2 s (production&apos;s prediction), verified</source>
        <translation>auf %1 geprobt: in %2 s zurückgerollt (Prognose für die Produktion), geprüft</translation>
    </message>
    <message>
        <source>(the copy could not be dropped: %1)</source>
        <translation>(die Kopie konnte nicht gelöscht werden: %1)</translation>
    </message>
    <message>
        <source>the rehearsal failed, production was not touched: %1</source>
        <translation>der Probelauf ist fehlgeschlagen, die Produktion wurde nicht angetastet: %1</translation>
    </message>
    <message>
        <source>the rehearsal failed at %1 (%2), production was not touched: %3</source>
        <translation>der Probelauf ist bei %1 (%2) fehlgeschlagen, die Produktion wurde nicht angetastet: %3</translation>
    </message>
    <message>
        <source>the rehearsal could not run, production was not touched: %1</source>
        <translation>der Probelauf konnte nicht laufen, die Produktion wurde nicht angetastet: %1</translation>
    </message>
</context>
<context>
    <name>PlaybookRollbackAction</name>
    <message>
        <source>nothing to roll back</source>
        <translation>nichts zurückzurollen</translation>
    </message>
    <message>
        <source>the rollback is not guarded: %1</source>
        <translation>der Rollback ist nicht abgesichert: %1</translation>
    </message>
    <message>
        <source>the newest backup of %1 is %2, not the playbook&apos;s (%3): the rollback would not be guarded by it</source>
        <translation>das neueste Backup von %1 ist %2, nicht das des Playbooks (%3): der Rollback wäre nicht durch dieses abgesichert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>no backup recorded</source>
        <translation>kein Backup verzeichnet</translation>
    </message>
    <message>
        <source>cannot checksum the tables the plan does not touch: %1</source>
        <translation>die Prüfsummen der Tabellen, die der Plan nicht berührt, können nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>cancelled before the run</source>
        <translation>vor dem Lauf abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>rolled back: run %1, %n statement(s)</source>
        <translation>
            <numerusform>zurückgerollt: Lauf %1, %n Anweisung</numerusform>
            <numerusform>zurückgerollt: Lauf %1, %n Anweisungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookRunStart</name>
    <message>
        <source>the run&apos;s target &quot;%1&quot; is not --to VERSION, --steps N or --only VERSIONS</source>
        <translation>das Ziel des Laufs „%1“ ist weder --to VERSION noch --steps N noch --only VERSIONEN</translation>
    </message>
</context>
<context>
    <name>PlaybookServiceAction</name>
    <message>
        <source>the profile %1 names no service</source>
        <translation>das Profil %1 nennt keinen Dienst</translation>
    </message>
    <message>
        <source>the service of the profile %1 cannot be used: %2</source>
        <translation>der Dienst des Profils %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>cancelled before the service was touched</source>
        <translation>abgebrochen, bevor der Dienst angefasst wurde</translation>
    </message>
    <message>
        <source>%1 of %2 failed: %3</source>
        <translation>%1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 is %2 after the %3; expected %4</source>
        <translation>%1 ist nach %3 %2; erwartet: %4</translation>
    </message>
    <message>
        <source>%1 was already %2</source>
        <translation>%1 war bereits %2</translation>
    </message>
    <message>
        <source>%1: %2, then %3</source>
        <translation>%1: %2, dann %3</translation>
    </message>
</context>
<context>
    <name>PlaybookValidateAction</name>
    <message>
        <source>the profile %1 has no validation commands</source>
        <translation>das Profil %1 hat keine Validierungsbefehle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cancelled while the validation commands ran</source>
        <translation>abgebrochen, während die Validierungsbefehle liefen</translation>
    </message>
    <message numerus="yes">
        <source>%n validation command(s) failed:
%1</source>
        <translation>
            <numerusform>%n Validierungsbefehl fehlgeschlagen:
%1</numerusform>
            <numerusform>%n Validierungsbefehle fehlgeschlagen:
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation command(s) passed</source>
        <translation>
            <numerusform>%n Validierungsbefehl bestanden</numerusform>
            <numerusform>%n Validierungsbefehle bestanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookVerifyAction</name>
    <message>
        <source>no checksums were taken before the rollback</source>
        <translation>vor dem Rollback wurden keine Prüfsummen berechnet</translation>
    </message>
    <message>
        <source>the roll-back step recorded no run: there is nothing to verify</source>
        <translation>der Rollback-Schritt hat keinen Lauf verzeichnet: es gibt nichts zu prüfen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 changed where %2 (rows %3 before, %4 after), though the plan does not touch it</source>
        <translation>%1 hat sich geändert, wo %2 (vorher %3 Zeilen, nachher %4), obwohl der Plan die Tabelle nicht berührt</translation>
    </message>
    <message numerus="yes">
        <source>%n range(s) of untouched tables not checked</source>
        <translation>
            <numerusform>%n Bereich unberührter Tabellen nicht geprüft</numerusform>
            <numerusform>%n Bereiche unberührter Tabellen nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>inconclusive: %1</source>
        <translation>nicht schlüssig: %1</translation>
    </message>
    <message numerus="yes">
        <source>verified: %n check(s) passed</source>
        <translation>
            <numerusform>geprüft: %n Prüfung bestanden</numerusform>
            <numerusform>geprüft: %n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n chunk(s) of untouched tables unchanged</source>
        <translation>
            <numerusform>und %n Abschnitt unberührter Tabellen unverändert</numerusform>
            <numerusform>und %n Abschnitte unberührter Tabellen unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>the untouched tables</source>
        <translation>die unberührten Tabellen</translation>
    </message>
    <message>
        <source>every row</source>
        <translation>alle Zeilen</translation>
    </message>
</context>
<context>
    <name>PlaybookWatchLogAction</name>
    <message>
        <source>no line has a date and time</source>
        <translation>keine Zeile hat Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>it begins at %1, after %2</source>
        <translation>sie beginnt um %1, nach %2</translation>
    </message>
    <message>
        <source>the log watch was set to 0 seconds</source>
        <translation>die Log-Beobachtung wurde auf 0 Sekunden gesetzt</translation>
    </message>
    <message>
        <source>the profile %1 names no log file</source>
        <translation>das Profil %1 nennt keine Logdatei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n second(s) of the log watch</source>
        <translation>
            <numerusform>abgebrochen nach %n Sekunde Log-Beobachtung</numerusform>
            <numerusform>abgebrochen nach %n Sekunden Log-Beobachtung</numerusform>
        </translation>
    </message>
    <message>
        <source>no log file could be read:
%1</source>
        <translation>keine Logdatei konnte gelesen werden:
%1</translation>
    </message>
    <message>
        <source>%1 error lines per minute after the rollback, above the limit of %2 (before: %3):
%4</source>
        <translation>%1 Fehlerzeilen pro Minute nach dem Rollback, über der Grenze von %2 (vorher: %3):
%4</translation>
    </message>
    <message>
        <source>%1 errors and %2 warnings per minute (before: %3 errors)</source>
        <translation>%1 Fehler und %2 Warnungen pro Minute (vorher: %3 Fehler)</translation>
    </message>
    <message>
        <source>%1 error lines per minute after the rollback, above the limit of %2 (the rate before the service was stopped is unknown):
%3</source>
        <translation>%1 Fehlerzeilen pro Minute nach dem Rollback, über der Grenze von %2 (die Rate vor dem Stoppen des Dienstes ist unbekannt):
%3</translation>
    </message>
    <message>
        <source>%1 errors and %2 warnings per minute; the error rate before the service was stopped is unknown</source>
        <translation>%1 Fehler und %2 Warnungen pro Minute; die Fehlerrate vor dem Stoppen des Dienstes ist unbekannt</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>HeartGuard production</source>
        <translation>HeartGuard Produktion</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>Datenbanks&amp;ystem:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>SQLite &amp;file:</source>
        <translation>SQLite-Dat&amp;ei:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>/etc/ssl/certs/db-ca.pem</source>
        <translation>/etc/ssl/certs/db-ca.pem</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-Ze&amp;rtifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-Schl&amp;üssel:</translation>
    </message>
    <message>
        <source>Connect ti&amp;meout:</source>
        <translation>&amp;Verbindungs-Timeout:</translation>
    </message>
    <message>
        <source>client default</source>
        <translation>Client-Vorgabe</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Remember the password in the desktop&apos;s keyring</source>
        <translation>Das Passwort im Schlüsselbund der Arbeitsumgebung merken</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>stored in the keyring only, never in the profile</source>
        <translation>nur im Schlüsselbund gespeichert, nie im Profil</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Verbind&amp;ung testen</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <source>&amp;History table:</source>
        <translation>&amp;Historientabelle:</translation>
    </message>
    <message>
        <source>found among the known tools&apos; tables</source>
        <translation>unter den Tabellen der bekannten Werkzeuge gefunden</translation>
    </message>
    <message>
        <source>&amp;Version column:</source>
        <translation>&amp;Versionsspalte:</translation>
    </message>
    <message>
        <source>only for a table of your own</source>
        <translation>nur für eine eigene Tabelle</translation>
    </message>
    <message>
        <source>&amp;Applied-at column:</source>
        <translation>Spalte „&amp;angewendet am“:</translation>
    </message>
    <message>
        <source>optional: gives the applied order</source>
        <translation>optional: ergibt die Reihenfolge der Anwendung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>heartguard-app.service</source>
        <translation>heartguard-app.service</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <source>&amp;Stop command:</source>
        <translation>S&amp;topp-Befehl:</translation>
    </message>
    <message>
        <source>sudo -n systemctl stop heartguard-app</source>
        <translation>sudo -n systemctl stop heartguard-app</translation>
    </message>
    <message>
        <source>S&amp;tart command:</source>
        <translation>St&amp;art-Befehl:</translation>
    </message>
    <message>
        <source>sudo -n systemctl start heartguard-app</source>
        <translation>sudo -n systemctl start heartguard-app</translation>
    </message>
    <message>
        <source>&amp;Restart command:</source>
        <translation>Neusta&amp;rt-Befehl:</translation>
    </message>
    <message>
        <source>empty: stop, then start</source>
        <translation>leer: stoppen, dann starten</translation>
    </message>
    <message>
        <source>Stat&amp;us command:</source>
        <translation>Status-B&amp;efehl:</translation>
    </message>
    <message>
        <source>systemctl is-active heartguard-app (exit 0 active, 3 inactive)</source>
        <translation>systemctl is-active heartguard-app (Exit 0 aktiv, 3 inaktiv)</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitüberschreitung:</translation>
    </message>
    <message>
        <source>T&amp;est (status)</source>
        <translation>Status abfra&amp;gen</translation>
    </message>
    <message>
        <source>Logs and contacts</source>
        <translation>Logs und Kontakte</translation>
    </message>
    <message>
        <source>&amp;Log files (one a line):</source>
        <translation>Log&amp;dateien (eine pro Zeile):</translation>
    </message>
    <message>
        <source>/var/log/heartguard/app.log</source>
        <translation>/var/log/heartguard/app.log</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The playbook&apos;s contacts</source>
        <translation>Die Kontakte aus dem Playbook</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Validation commands (environment: NAME=value, one a line):</source>
        <translation>Validierungsbefehle (Umgebung: NAME=Wert, eine pro Zeile):</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Timeout (s)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Add command</source>
        <translation>Befehl hinzufügen</translation>
    </message>
    <message>
        <source>Assertions (a read-only query and the result it must give):</source>
        <translation>Zusicherungen (eine Nur-Lese-Abfrage und das Ergebnis, das sie liefern muss):</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Add assertion</source>
        <translation>Zusicherung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Open this profile</source>
        <translation>Dieses Profil ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <source>The playbook&apos;s report step posts the summary here as JSON (Slack-compatible). An http or https URL; empty: none. Its path and query are its token: hidden like a password until you show it.</source>
        <translation>Der Berichtsschritt des Playbooks sendet die Zusammenfassung hierher als JSON (Slack-kompatibel). Eine http- oder https-URL; leer: keiner. Pfad und Query sind sein Token: wie ein Passwort verborgen, bis Sie es anzeigen.</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/… (optional)</source>
        <translation>https://hooks.slack.com/services/… (optional)</translation>
    </message>
    <message>
        <source>Webhook&apos;s &amp;CA file:</source>
        <translation>&amp;CA-Datei des Webhooks:</translation>
    </message>
    <message>
        <source>For an https webhook whose certificate an organization&apos;s own CA signed: that CA&apos;s certificate (PEM), trusted besides the system&apos;s.</source>
        <translation>Für einen https-Webhook, dessen Zertifikat eine CA der eigenen Organisation signiert hat: das Zertifikat dieser CA (PEM), dem zusätzlich zu denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>leer: die Zertifizierungsstellen des Systems</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1: kein JSON: %2</translation>
    </message>
    <message>
        <source>%1: written by a newer Backstep (profiles format %2; this one reads %3)</source>
        <translation>%1: von einem neueren Backstep geschrieben (Profilformat %2; dieses liest %3)</translation>
    </message>
    <message>
        <source>%1, profile %2</source>
        <translation>%1, Profil %2</translation>
    </message>
    <message>
        <source>%1: not a Backstep profile (no &quot;%2&quot; member; see docs/profiles.md)</source>
        <translation>%1: kein Backstep-Profil (kein Element „%2“; siehe docs/profiles.md)</translation>
    </message>
    <message>
        <source>%1: written by a newer Backstep (profile format %2; this one reads %3)</source>
        <translation>%1: von einem neueren Backstep geschrieben (Profilformat %2; dieses liest %3)</translation>
    </message>
    <message numerus="yes">
        <source>moved %n profile(s) from %1 to %2</source>
        <translation>
            <numerusform>%n Profil von %1 nach %2 verschoben</numerusform>
            <numerusform>%n Profile von %1 nach %2 verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no connection profile named &quot;%1&quot; in %2</source>
        <translation>kein Verbindungsprofil namens „%1“ in %2</translation>
    </message>
    <message>
        <source>there is already a connection profile named &quot;%1&quot;</source>
        <translation>es gibt bereits ein Verbindungsprofil namens „%1“</translation>
    </message>
</context>
<context>
    <name>RehearsalJob</name>
    <message>
        <source>%1: %2 names the production database %3 itself; rehearsed on a scratch copy it would change the real one, so there is no rehearsal</source>
        <translation>%1: %2 nennt die Produktionsdatenbank %3 selbst; auf einer temporären Kopie geprobt würde es die echte ändern, daher gibt es keinen Probelauf</translation>
    </message>
    <message>
        <source>cannot create the scratch database %1: %2</source>
        <translation>die temporäre Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>es kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>restoring %1 into %2</source>
        <translation>%1 wird in %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>restoring %1 failed: %2</source>
        <translation>die Wiederherstellung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the history lives in a database of its own (%1); a rehearsal would write it, so there is none</source>
        <translation>die Historie liegt in einer eigenen Datenbank (%1); ein Probelauf würde in sie schreiben, daher gibt es keinen</translation>
    </message>
    <message>
        <source>dropping %1</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>nothing to roll back</source>
        <translation>nichts zurückzurollen</translation>
    </message>
    <message>
        <source>verifying the rehearsal</source>
        <translation>der Probelauf wird überprüft</translation>
    </message>
    <message>
        <source>the rehearsal&apos;s verification is inconclusive: %1</source>
        <translation>die Überprüfung des Probelaufs ist nicht schlüssig: %1</translation>
    </message>
    <message>
        <source>the rehearsal&apos;s verification failed: %1</source>
        <translation>die Überprüfung des Probelaufs ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>writing a PDF needs the fonts of a GUI application</source>
        <translation>das Schreiben eines PDF braucht die Schriften einer GUI-Anwendung</translation>
    </message>
    <message>
        <source>%1: a report is written as .html, .json or .pdf</source>
        <translation>%1: ein Bericht wird als .html, .json oder .pdf geschrieben</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: an incident report is written as .md, .html, .json or .pdf</source>
        <translation>%1: Ein Vorfallsbericht wird als .md, .html, .json oder .pdf geschrieben</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>cannot store the report in the journal: %1</source>
        <translation>der Bericht kann nicht im Journal gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot read report %1 from the journal</source>
        <translation>Bericht %1 kann nicht aus dem Journal gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the reports from the journal</source>
        <translation>die Berichte können nicht aus dem Journal gelesen werden</translation>
    </message>
    <message>
        <source>cannot store row counts</source>
        <translation>Zeilenzahlen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the row counts from the journal</source>
        <translation>die Zeilenzahlen können nicht aus dem Journal gelesen werden</translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <source>Roll back migrations</source>
        <translation>Migrationen zurückrollen</translation>
    </message>
    <message>
        <source>The most recent migration</source>
        <translation>Die neueste Migration</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>Die letzten</translation>
    </message>
    <message>
        <source>applied migrations</source>
        <translation>angewendeten Migrationen</translation>
    </message>
    <message>
        <source>Down to version (it stays applied):</source>
        <translation>Bis zu Version (sie bleibt angewendet):</translation>
    </message>
    <message>
        <source>The migrations selected in the history</source>
        <translation>Die in der Historie ausgewählten Migrationen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Without a fresh backup</source>
        <translation>Ohne aktuelles Backup</translation>
    </message>
    <message>
        <source>Run without a backup</source>
        <translation>Ohne Backup ausführen</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message>
        <source>What now</source>
        <translation>Was nun</translation>
    </message>
    <message>
        <source>&amp;Retry the statement</source>
        <translation>Anweisung wi&amp;ederholen</translation>
    </message>
    <message>
        <source>&amp;Skip it…</source>
        <translation>Übersprin&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Abort the run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Restore the &amp;backup…</source>
        <translation>&amp;Backup wiederherstellen…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Held up by</source>
        <translation>Aufgehalten durch</translation>
    </message>
    <message>
        <source>&amp;Kill blocker</source>
        <translation>Blo&amp;ckierer beenden</translation>
    </message>
    <message>
        <source>Cancel the rollback</source>
        <translation>Rollback abbrechen</translation>
    </message>
    <message>
        <source>It took effect: &amp;mark it done</source>
        <translation>Wirksam geworden: als erledigt &amp;markieren</translation>
    </message>
    <message>
        <source>It did not: run it &amp;again</source>
        <translation>Nicht wirksam: e&amp;rneut ausführen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n migration(s), </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Migration, </numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Migrationen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) and one history update per migration, </source>
        <translation>
            <numerusform>%n Anweisung und eine Historienaktualisierung je Migration, </numerusform>
            <numerusform>%n Anweisungen und eine Historienaktualisierung je Migration, </numerusform>
        </translation>
    </message>
    <message>
        <source>in the order they were applied, newest first.</source>
        <translation>in der Reihenfolge ihrer Anwendung, die neueste zuerst.</translation>
    </message>
    <message>
        <source>by version, newest first (the history does not record the applied order).</source>
        <translation>nach Version, die neueste zuerst (die Historie verzeichnet die Reihenfolge der Anwendung nicht).</translation>
    </message>
    <message>
        <source>Afterwards &lt;b&gt;no migration&lt;/b&gt; stays applied.</source>
        <translation>Danach bleibt &lt;b&gt;keine Migration&lt;/b&gt; angewendet.</translation>
    </message>
    <message>
        <source>Afterwards the database is at version &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Danach ist die Datenbank bei Version &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SQLite runs each statement in a transaction with its progress record.</source>
        <translation>SQLite führt jede Anweisung in einer Transaktion mit ihrem Fortschrittseintrag aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) commit implicitly and cannot be undone by a transaction.</source>
        <translation>
            <numerusform>%n Anweisung committet implizit und kann nicht durch eine Transaktion rückgängig gemacht werden.</numerusform>
            <numerusform>%n Anweisungen committen implizit und können nicht durch eine Transaktion rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>not there now</source>
        <translation>jetzt nicht vorhanden</translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>etwa %1 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>step %1 (%2): %3 %4%5</source>
        <translation>Schritt %1 (%2): %3 %4%5</translation>
    </message>
    <message>
        <source>%1 on %2: connection %3 (%4@%5), %6 s — %7</source>
        <translation>%1 auf %2: Verbindung %3 (%4@%5), %6 s — %7</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it destroys:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was der Plan zerstört:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>It drops, empties or rebuilds no table, column or index.</source>
        <translation>Der Plan löscht, leert oder erneuert keine Tabelle, keine Spalte und keinen Index.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What may block it now:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was den Plan jetzt blockieren könnte:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No other connection holds a transaction or a lock on its tables.</source>
        <translation>Keine andere Verbindung hält eine Transaktion oder eine Sperre auf seinen Tabellen.</translation>
    </message>
    <message>
        <source>Not everything could be inspected: %1</source>
        <translation>Nicht alles konnte untersucht werden: %1</translation>
    </message>
</context>
<context>
    <name>RollbackGuard</name>
    <message>
        <source>no complete backup of this database is in the catalog</source>
        <translation>im Katalog ist kein vollständiges Backup dieser Datenbank</translation>
    </message>
    <message>
        <source>the newest complete backup (%1, taken %2) is at migration version %3, the database is at %4 now</source>
        <translation>das neueste vollständige Backup (%1, erstellt %2) ist bei Migrationsversion %3, die Datenbank ist jetzt bei %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the newest complete backup (%1) was taken %2, before version %3 was applied (%4)</source>
        <translation>das neueste vollständige Backup (%1) wurde %2 erstellt, bevor Version %3 angewendet wurde (%4)</translation>
    </message>
    <message>
        <source>backup %1 (taken %2 at version %3, SHA-256 %4)</source>
        <translation>Backup %1 (erstellt %2 bei Version %3, SHA-256 %4)</translation>
    </message>
</context>
<context>
    <name>RollbackJournal</name>
    <message>
        <source>cannot write the rollback journal: %1</source>
        <translation>das Rollback-Journal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write the rollback journal</source>
        <translation>das Rollback-Journal kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read run %1 from the journal</source>
        <translation>Lauf %1 kann nicht aus dem Journal gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the steps of run %1 from the journal</source>
        <translation>die Schritte von Lauf %1 können nicht aus dem Journal gelesen werden</translation>
    </message>
    <message>
        <source>the journal %1 has no rollback run %2</source>
        <translation>das Journal %1 hat keinen Rollback-Lauf %2</translation>
    </message>
    <message>
        <source>cannot read the rollback runs from the journal</source>
        <translation>die Rollback-Läufe können nicht aus dem Journal gelesen werden</translation>
    </message>
    <message>
        <source>run %1 is already %2; its status does not change any more</source>
        <translation>Lauf %1 ist bereits %2; sein Status ändert sich nicht mehr</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>endgültig abgebrochen</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
</context>
<context>
    <name>RollbackOutcome</name>
    <message>
        <source>connection %1 (%2@%3, %4 s in its current state%5)</source>
        <translation>Verbindung %1 (%2@%3, %4 s im aktuellen Zustand%5)</translation>
    </message>
    <message>
        <source>, running: %1</source>
        <translation>, läuft: %1</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <source>an unknown connection</source>
        <translation>eine unbekannte Verbindung</translation>
    </message>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>Prozess %1 (%2) auf %3</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, seit %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>step %1 of %2 (%3, %4)</source>
        <translation>Schritt %1 von %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>rolled back: %n step(s) settled</source>
        <translation>
            <numerusform>zurückgerollt: %n Schritt abgeschlossen</numerusform>
            <numerusform>zurückgerollt: %n Schritte abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>; the progress table could not be removed (%1): it goes when a later run of this database settles</source>
        <translation>; die Fortschrittstabelle konnte nicht entfernt werden (%1): sie verschwindet, wenn ein späterer Lauf dieser Datenbank abgeschlossen wird</translation>
    </message>
    <message>
        <source>run %1 is %2</source>
        <translation>Lauf %1 ist %2</translation>
    </message>
    <message>
        <source>the plan is empty: nothing to roll back</source>
        <translation>der Plan ist leer: es gibt nichts zurückzurollen</translation>
    </message>
    <message>
        <source>the plan cannot run: %1</source>
        <translation>der Plan kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>the typed confirmation is not the database&apos;s name (%1)</source>
        <translation>die eingetippte Bestätigung ist nicht der Name der Datenbank (%1)</translation>
    </message>
    <message>
        <source>no fresh backup: %1</source>
        <translation>kein aktuelles Backup: %1</translation>
    </message>
    <message>
        <source>another Backstep is changing %1: its lock is held by %2</source>
        <translation>ein anderes Backstep ändert gerade %1: seine Sperre hält %2</translation>
    </message>
    <message>
        <source>the connection of the run&apos;s previous attempt is still on the server: %1; its statement may still be running</source>
        <translation>die Verbindung des vorherigen Versuchs dieses Laufs besteht noch auf dem Server: %1; ihre Anweisung läuft womöglich noch</translation>
    </message>
    <message>
        <source>run %1 of this database is %2 with %3 of %4 steps settled</source>
        <translation>Lauf %1 dieser Datenbank ist %2, %3 von %4 Schritten abgeschlossen</translation>
    </message>
    <message>
        <source>, and %1 is executing it now</source>
        <translation>, und %1 führt ihn gerade aus</translation>
    </message>
    <message>
        <source>the database&apos;s history changed since the plan was made (%1): nothing ran; plan again</source>
        <translation>die Historie der Datenbank hat sich seit der Erstellung des Plans geändert (%1): es wurde nichts ausgeführt; planen Sie neu</translation>
    </message>
    <message>
        <source>run %1 is being executed by %2</source>
        <translation>Lauf %1 wird von %2 ausgeführt</translation>
    </message>
    <message>
        <source>%1 may or may not have taken effect: %2 cannot undo a statement, and it was cut off between being sent and its progress record (%3). Statement: %4</source>
        <translation>%1 ist womöglich wirksam geworden, womöglich nicht: %2 kann eine Anweisung nicht rückgängig machen, und sie wurde zwischen dem Senden und ihrem Fortschrittseintrag abgeschnitten (%3). Anweisung: %4</translation>
    </message>
    <message>
        <source>there is no rollback run %1 in the journal (%2)</source>
        <translation>im Journal gibt es keinen Rollback-Lauf %1 (%2)</translation>
    </message>
    <message>
        <source>run %1 is %2: nothing of it can run any more</source>
        <translation>Lauf %1 ist %2: nichts davon kann mehr ausgeführt werden</translation>
    </message>
    <message>
        <source>run %1 has no failed step to skip</source>
        <translation>Lauf %1 hat keinen fehlgeschlagenen Schritt zum Überspringen</translation>
    </message>
    <message>
        <source>run %1 has no step whose effect is undecided</source>
        <translation>Lauf %1 hat keinen Schritt, dessen Wirkung unentschieden ist</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>; the %n data statement(s) before it in the same transaction were rolled back with it and run again when the run goes on</source>
        <translation>
            <numerusform>; die %n Datenanweisung davor in derselben Transaktion wurde mit ihr zurückgerollt und wird erneut ausgeführt, wenn der Lauf weitergeht</numerusform>
            <numerusform>; die %n Datenanweisungen davor in derselben Transaktion wurden mit ihr zurückgerollt und werden erneut ausgeführt, wenn der Lauf weitergeht</numerusform>
        </translation>
    </message>
    <message>
        <source>the journal could not be written, so Backstep stopped at %1: %2</source>
        <translation>das Journal konnte nicht geschrieben werden, daher hat Backstep bei %1 angehalten: %2</translation>
    </message>
    <message>
        <source>the connection to the server broke during %1: %2. Whether the statement took effect is decided from the database when the run goes on.</source>
        <translation>die Verbindung zum Server ist während %1 abgebrochen: %2. Ob die Anweisung wirksam wurde, wird anhand der Datenbank entschieden, wenn der Lauf weitergeht.</translation>
    </message>
    <message>
        <source>the commit of the statements up to %1 got no answer from the server: %2. Whether it took effect is decided from the database when the run goes on.</source>
        <translation>der Commit der Anweisungen bis %1 bekam keine Antwort vom Server: %2. Ob er wirksam wurde, wird anhand der Datenbank entschieden, wenn der Lauf weitergeht.</translation>
    </message>
    <message>
        <source>cancelled before %1; nothing of it ran</source>
        <translation>vor %1 abgebrochen; nichts davon wurde ausgeführt</translation>
    </message>
    <message>
        <source>cancelled during %1: the server interrupted the statement (%2). Whether any of it took effect is decided from the database when the run goes on.</source>
        <translation>während %1 abgebrochen: der Server hat die Anweisung unterbrochen (%2). Ob etwas davon wirksam wurde, wird anhand der Datenbank entschieden, wenn der Lauf weitergeht.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>bad input</source>
        <translation>falsche Eingabe</translation>
    </message>
</context>
<context>
    <name>RollbackPlan</name>
    <message>
        <source>nothing is applied: there is nothing to roll back</source>
        <translation>nichts ist angewendet: es gibt nichts zurückzurollen</translation>
    </message>
    <message>
        <source>the number of steps must be at least 1 (got %1)</source>
        <translation>die Anzahl der Schritte muss mindestens 1 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>%1 steps asked, but only %2 migrations are applied</source>
        <translation>%1 Schritte verlangt, aber nur %2 Migrationen sind angewendet</translation>
    </message>
    <message>
        <source>version %1 is not applied: roll back to an applied version (it stays applied)</source>
        <translation>Version %1 ist nicht angewendet: rollen Sie auf eine angewendete Version zurück (sie bleibt angewendet)</translation>
    </message>
    <message>
        <source>version %1 is the latest applied migration: there is nothing after it to roll back</source>
        <translation>Version %1 ist die zuletzt angewendete Migration: danach gibt es nichts zurückzurollen</translation>
    </message>
    <message>
        <source>no migration selected</source>
        <translation>keine Migration ausgewählt</translation>
    </message>
    <message>
        <source>version %1 is not applied</source>
        <translation>Version %1 ist nicht angewendet</translation>
    </message>
    <message>
        <source>the selection is not the most recent migrations: it passes over %1, applied later, which stay applied and may depend on what this rollback removes</source>
        <translation>die Auswahl umfasst nicht die neuesten Migrationen: sie übergeht %1, später angewendet, die angewendet bleiben und von dem abhängen können, was dieses Rollback entfernt</translation>
    </message>
    <message>
        <source>unknown rollback target</source>
        <translation>unbekanntes Rollback-Ziel</translation>
    </message>
    <message>
        <source>the latest migration</source>
        <translation>die neueste Migration</translation>
    </message>
    <message>
        <source>the last migration</source>
        <translation>die letzte Migration</translation>
    </message>
    <message>
        <source>the last %1 migrations</source>
        <translation>die letzten %1 Migrationen</translation>
    </message>
    <message>
        <source>down to %1 (not included)</source>
        <translation>bis %1 (nicht eingeschlossen)</translation>
    </message>
    <message>
        <source>selected: %1</source>
        <translation>ausgewählt: %1</translation>
    </message>
    <message>
        <source>%1: the migration file is missing, so its DOWN section is unknown</source>
        <translation>%1: die Migrationsdatei fehlt, daher ist ihr DOWN-Abschnitt unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2) is irreversible: %3</source>
        <translation>%1 (%2) ist nicht umkehrbar: %3</translation>
    </message>
    <message>
        <source>%1: the DOWN section does not parse: %2</source>
        <translation>%1: der DOWN-Abschnitt lässt sich nicht parsen: %2</translation>
    </message>
    <message>
        <source>%1 is dirty (applied partially): its DOWN section may fail on objects the UP never created</source>
        <translation>%1 ist „dirty“ (teilweise angewendet): ihr DOWN-Abschnitt kann an Objekten scheitern, die das UP nie angelegt hat</translation>
    </message>
    <message>
        <source>%1 is recorded as failed by its tool: its DOWN section may fail on objects the UP never created</source>
        <translation>%1 ist von ihrem Werkzeug als fehlgeschlagen verzeichnet: ihr DOWN-Abschnitt kann an Objekten scheitern, die das UP nie angelegt hat</translation>
    </message>
    <message>
        <source>version %1 is below the baseline: Flyway never applied it to this database, so there is nothing to roll back there</source>
        <translation>Version %1 liegt unter der Baseline: Flyway hat sie nie auf diese Datenbank angewendet, daher gibt es dort nichts zurückzurollen</translation>
    </message>
    <message>
        <source>%1 is dirty: golang-migrate refuses to run until it is resolved (a migration or a rollback stopped half-way); find out what took effect, then `migrate force VERSION`</source>
        <translation>%1 ist dirty: golang-migrate verweigert die Ausführung, bis das behoben ist (eine Migration oder ein Rollback hat auf halbem Weg angehalten); finden Sie heraus, was wirksam wurde, dann `migrate force VERSION`</translation>
    </message>
    <message>
        <source>Liquibase&apos;s lock is held (DATABASECHANGELOGLOCK: %1): Liquibase may be running; if it is not, release the lock (liquibase release-locks) first</source>
        <translation>die Sperre von Liquibase ist gesetzt (DATABASECHANGELOGLOCK: %1): Liquibase läuft womöglich; falls nicht, geben Sie die Sperre zuerst frei (liquibase release-locks)</translation>
    </message>
    <message>
        <source>%1 (%2): the author declared that rolling it back needs nothing: %3</source>
        <translation>%1 (%2): der Autor hat erklärt, dass das Zurückrollen nichts erfordert: %3</translation>
    </message>
    <message>
        <source>a no-op: its UP and DOWN are both empty</source>
        <translation>eine Nulloperation: UP und DOWN sind beide leer</translation>
    </message>
    <message>
        <source>%1 (%2) is a no-op (UP and DOWN both empty): nothing runs, only its history row changes</source>
        <translation>%1 (%2) ist eine Nulloperation (UP und DOWN beide leer): nichts wird ausgeführt, nur ihre Historienzeile ändert sich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RollbackPreviewer</name>
    <message>
        <source>drops table</source>
        <translation>löscht die Tabelle</translation>
    </message>
    <message>
        <source>drops view</source>
        <translation>löscht die View</translation>
    </message>
    <message>
        <source>truncates table</source>
        <translation>leert die Tabelle</translation>
    </message>
    <message>
        <source>deletes every row of</source>
        <translation>löscht alle Zeilen von</translation>
    </message>
    <message>
        <source>drops column</source>
        <translation>löscht die Spalte</translation>
    </message>
    <message>
        <source>drops index</source>
        <translation>löscht den Index</translation>
    </message>
    <message>
        <source>drops foreign key</source>
        <translation>löscht den Fremdschlüssel</translation>
    </message>
    <message>
        <source>rebuilds table</source>
        <translation>erneuert die Tabelle</translation>
    </message>
</context>
<context>
    <name>RollbackRunner</name>
    <message>
        <source>rolled back with step %1, which failed in the same transaction</source>
        <translation>zurückgerollt mit Schritt %1, der in derselben Transaktion fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>cannot record the rollback: %1</source>
        <translation>das Rollback kann nicht verzeichnet werden: %1</translation>
    </message>
    <message>
        <source>run %1, %2: %3</source>
        <translation>Lauf %1, %2: %3</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>record in %1 (%2) that %3 is rolled back</source>
        <translation>in %1 (%2) verzeichnen, dass %3 zurückgerollt ist</translation>
    </message>
    <message>
        <source>the history no longer lists %1 as applied: the update was written before the interruption</source>
        <translation>die Historie führt %1 nicht mehr als angewendet: die Aktualisierung wurde vor der Unterbrechung geschrieben</translation>
    </message>
    <message>
        <source>committed before the interruption (found in %1)</source>
        <translation>vor der Unterbrechung committet (gefunden in %1)</translation>
    </message>
    <message>
        <source>the schema changed since just before this statement: it was committed before the interruption</source>
        <translation>das Schema hat sich seit kurz vor dieser Anweisung geändert: sie wurde vor der Unterbrechung committet</translation>
    </message>
    <message>
        <source>the schema is as it was just before this statement: it did not take effect</source>
        <translation>das Schema ist wie kurz vor dieser Anweisung: sie wurde nicht wirksam</translation>
    </message>
    <message>
        <source>interrupted; applied again</source>
        <translation>unterbrochen; erneut angewendet</translation>
    </message>
    <message>
        <source>cannot restore the session state of step %1 (%2): %3</source>
        <translation>der Sitzungszustand von Schritt %1 (%2) kann nicht wiederhergestellt werden: %3</translation>
    </message>
    <message>
        <source>cannot read the backup catalog: %1</source>
        <translation>der Backup-Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the run&apos;s connection cannot be read back: %1</source>
        <translation>die Verbindung des Laufs kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>without a backup, confirmed by typing %1</source>
        <translation>ohne Backup, bestätigt durch Eintippen von %1</translation>
    </message>
    <message>
        <source>run %1: %2, %3 steps; %4</source>
        <translation>Lauf %1: %2, %3 Schritte; %4</translation>
    </message>
    <message>
        <source>skipped by %1, confirmed by typing %2</source>
        <translation>übersprungen von %1, bestätigt durch Eintippen von %2</translation>
    </message>
    <message>
        <source>run %1, step %2 (%3): %4</source>
        <translation>Lauf %1, Schritt %2 (%3): %4</translation>
    </message>
    <message>
        <source>run %1 from step %2 of %3</source>
        <translation>Lauf %1 ab Schritt %2 von %3</translation>
    </message>
    <message>
        <source>rolled back: the run was cancelled before step %1 inside the migration&apos;s own transaction</source>
        <translation>zurückgerollt: der Lauf wurde vor Schritt %1 innerhalb der eigenen Transaktion der Migration abgebrochen</translation>
    </message>
    <message>
        <source>rolled back with the connection, lost during step %1 inside the migration&apos;s own transaction</source>
        <translation>mit der Verbindung zurückgerollt, die während Schritt %1 innerhalb der eigenen Transaktion der Migration verloren ging</translation>
    </message>
    <message>
        <source>rolled back: step %1 failed inside the migration&apos;s own transaction</source>
        <translation>zurückgerollt: Schritt %1 ist innerhalb der eigenen Transaktion der Migration fehlgeschlagen</translation>
    </message>
    <message>
        <source>rolled back: the run was cancelled during step %1 inside the migration&apos;s own transaction</source>
        <translation>zurückgerollt: der Lauf wurde während Schritt %1 innerhalb der eigenen Transaktion der Migration abgebrochen</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>eine View</translation>
    </message>
    <message>
        <source>interrupted by the cancel (KILL QUERY): %1</source>
        <translation>durch den Abbruch unterbrochen (KILL QUERY): %1</translation>
    </message>
    <message>
        <source>interrupted by the cancel (KILL QUERY) while the server said &quot;%1&quot;: %2</source>
        <translation>durch den Abbruch unterbrochen (KILL QUERY), während der Server „%1“ meldete: %2</translation>
    </message>
    <message>
        <source>the connection broke: %1</source>
        <translation>die Verbindung ist abgebrochen: %1</translation>
    </message>
    <message>
        <source>rolled back: its progress rows could not be written</source>
        <translation>zurückgerollt: seine Fortschrittszeilen konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <source>rolled back: the server refused the commit</source>
        <translation>zurückgerollt: der Server hat den Commit abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%1 rolled back; %n row(s) of %2 written</source>
        <translation>
            <numerusform>%1 zurückgerollt; %n Zeile von %2 geschrieben</numerusform>
            <numerusform>%1 zurückgerollt; %n Zeilen von %2 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>a statement whose tables are not known (%1)</source>
        <translation>eine Anweisung, deren Tabellen nicht bekannt sind (%1)</translation>
    </message>
    <message>
        <source>its transaction was rolled back by the server when the connection ended (no progress row in %1)</source>
        <translation>ihre Transaktion wurde vom Server beim Ende der Verbindung zurückgerollt (keine Fortschrittszeile in %1)</translation>
    </message>
    <message>
        <source>not committed before the interruption (no progress row in %1)</source>
        <translation>vor der Unterbrechung nicht committet (keine Fortschrittszeile in %1)</translation>
    </message>
    <message>
        <source>it took effect: its progress row was committed in %1</source>
        <translation>sie wurde wirksam: ihre Fortschrittszeile wurde in %1 committet</translation>
    </message>
    <message>
        <source>the process that ran it ended after the journal recorded it as sent at %1</source>
        <translation>der Prozess, der sie ausführte, endete, nachdem das Journal sie um %1 als gesendet verzeichnet hatte</translation>
    </message>
    <message>
        <source>the latest applied version was %1 with %2 rows, and is %3 with %4 rows now</source>
        <translation>die zuletzt angewendete Version war %1 mit %2 Zeilen und ist jetzt %3 mit %4 Zeilen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>a SQLite database keeps its progress rows itself: there is no other schema to keep them in</source>
        <translation>eine SQLite-Datenbank führt ihre Fortschrittszeilen selbst: es gibt kein anderes Schema, in dem sie geführt werden könnten</translation>
    </message>
    <message>
        <source>decided by %1: it took effect (confirmed by typing %2)</source>
        <translation>entschieden von %1: sie wurde wirksam (bestätigt durch Eintippen von %2)</translation>
    </message>
    <message>
        <source>decided by %1: it did not take effect and runs again (confirmed by typing %2)</source>
        <translation>entschieden von %1: sie wurde nicht wirksam und wird erneut ausgeführt (bestätigt durch Eintippen von %2)</translation>
    </message>
    <message>
        <source>resumed from step %1</source>
        <translation>fortgesetzt ab Schritt %1</translation>
    </message>
    <message>
        <source>type the blocking connection&apos;s id, %1, to end it</source>
        <translation>geben Sie die ID der blockierenden Verbindung, %1, ein, um sie zu beenden</translation>
    </message>
    <message>
        <source>connection %1 (%2@%3, %4 s: %5)</source>
        <translation>Verbindung %1 (%2@%3, %4 s: %5)</translation>
    </message>
    <message>
        <source>run %1: %2: %3</source>
        <translation>Lauf %1: %2: %3</translation>
    </message>
    <message>
        <source>connection %1 has ended already</source>
        <translation>Verbindung %1 ist bereits beendet</translation>
    </message>
    <message>
        <source>connection %1 is now %2@%3, not the blocker %4@%5: nothing was ended</source>
        <translation>Verbindung %1 ist jetzt %2@%3, nicht der Blockierer %4@%5: es wurde nichts beendet</translation>
    </message>
    <message>
        <source>run %1: %2 ended by %3, confirmed by typing %4</source>
        <translation>Lauf %1: %2 beendet von %3, bestätigt durch Eintippen von %4</translation>
    </message>
    <message>
        <source>the journal already holds a run %1: it is resumed, never started again</source>
        <translation>das Journal enthält bereits einen Rollback-Lauf %1: er wird fortgesetzt, nie erneut gestartet</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>%1, %2, at version %3</source>
        <translation>%1, %2, bei Version %3</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); verified by hand</source>
        <translation>
            <numerusform>%n Problem; von Hand überprüft</numerusform>
            <numerusform>%n Probleme; von Hand überprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); verifies run %1</source>
        <translation>
            <numerusform>%n Problem; überprüft Lauf %1</numerusform>
            <numerusform>%n Probleme; überprüft Lauf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (Profil %2)</translation>
    </message>
</context>
<context>
    <name>RunOwnerLock</name>
    <message>
        <source>process %1 (%2) on %3 is executing this run</source>
        <translation>Prozess %1 (%2) auf %3 führt diesen Lauf aus</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (error %2)</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden (Fehler %2)</translation>
    </message>
</context>
<context>
    <name>ScenarioDetector</name>
    <message>
        <source>%1 DOWN statement %2</source>
        <translation>%1, DOWN-Anweisung %2</translation>
    </message>
    <message>
        <source>%1 drops table %2: none of its foreign keys may remain</source>
        <translation>%1 löscht die Tabelle %2: keiner ihrer Fremdschlüssel darf übrig bleiben</translation>
    </message>
    <message>
        <source>%1 drops foreign key %2 of %3: it must be gone</source>
        <translation>%1 löscht den Fremdschlüssel %2 von %3: er muss entfernt sein</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 drops index %2: it must be gone</source>
        <translation>%1 löscht den Index %2: er muss entfernt sein</translation>
    </message>
    <message>
        <source>%1 creates index %2 on %3, whose partitioning the plan removes: it must be present</source>
        <translation>%1 legt den Index %2 auf %3 an, dessen Partitionierung der Plan entfernt: er muss vorhanden sein</translation>
    </message>
    <message>
        <source>%1 re-adds the JSON column %2.%3 (normalization rollback): no row may hold NULL or invalid JSON in it</source>
        <translation>%1 fügt die JSON-Spalte %2.%3 wieder hinzu (Rollback einer Normalisierung): keine Zeile darf darin NULL oder ungültiges JSON enthalten</translation>
    </message>
    <message>
        <source>%1 removes the partitioning of %2: no partition may be left, and its indexes must be present</source>
        <translation>%1 entfernt die Partitionierung von %2: keine Partition darf übrig bleiben, und ihre Indizes müssen vorhanden sein</translation>
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is extra</source>
        <translation>%1 ist überzählig</translation>
    </message>
    <message>
        <source>%1 is extra: %2</source>
        <translation>%1 ist überzählig: %2</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 geändert: %2</translation>
    </message>
    <message>
        <source> (with %1)</source>
        <translation> (mit %1)</translation>
    </message>
    <message>
        <source>AUTO_INCREMENT counters</source>
        <translation>AUTO_INCREMENT-Zähler</translation>
    </message>
    <message>
        <source>row estimates</source>
        <translation>Zeilenschätzungen</translation>
    </message>
    <message>
        <source>sizes (data, index, free)</source>
        <translation>Größen (Daten, Index, frei)</translation>
    </message>
    <message>
        <source>create, update and check times</source>
        <translation>Erstellungs-, Änderungs- und Prüfzeiten</translation>
    </message>
    <message>
        <source>event start and execution times (they default to when the event was created)</source>
        <translation>Start- und Ausführungszeiten von Events (standardmäßig der Zeitpunkt, zu dem das Event angelegt wurde)</translation>
    </message>
    <message>
        <source>definers of triggers, routines, events and views</source>
        <translation>Definer von Triggern, Routinen, Events und Views</translation>
    </message>
    <message>
        <source>table %1 (Backstep&apos;s own record of rollback steps)</source>
        <translation>Tabelle %1 (Backsteps eigene Aufzeichnung der Rollback-Schritte)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>comments and blanks in trigger, routine, event and view bodies (the mysql client keeps comments, the mariadb client drops them)</source>
        <translation>Kommentare und Leerraum in den Rümpfen von Triggern, Routinen, Events und Views (der mysql-Client behält Kommentare, der mariadb-Client verwirft sie)</translation>
    </message>
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <source>cannot read the schema&apos;s %1: %2</source>
        <translation>die %1 des Schemas können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>key columns</source>
        <translation>Schlüsselspalten</translation>
    </message>
    <message>
        <source>foreign key rules</source>
        <translation>Fremdschlüsselregeln</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>check constraints</source>
        <translation>CHECK-Constraints</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>routine parameters</source>
        <translation>Routinenparameter</translation>
    </message>
    <message>
        <source>routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>triggers and views</source>
        <translation>Trigger und Views</translation>
    </message>
</context>
<context>
    <name>SchemaSnapshot</name>
    <message>
        <source>not a schema snapshot Backstep can read (format %1)</source>
        <translation>kein Schema-Snapshot, den Backstep lesen kann (Format %1)</translation>
    </message>
    <message>
        <source>unknown kind of schema object &quot;%1&quot; in a snapshot</source>
        <translation>unbekannte Art von Schemaobjekt „%1“ in einem Snapshot</translation>
    </message>
</context>
<context>
    <name>SectionText</name>
    <message>
        <source>the DOWN section</source>
        <translation>des DOWN-Abschnitts</translation>
    </message>
    <message>
        <source>the UP section</source>
        <translation>des UP-Abschnitts</translation>
    </message>
</context>
<context>
    <name>ServerActivity</name>
    <message>
        <source>there is no server connection %1 to end</source>
        <translation>es gibt keine Serververbindung %1, die beendet werden könnte</translation>
    </message>
    <message>
        <source>KILL %1 %2</source>
        <translation>KILL %1 %2</translation>
    </message>
    <message>
        <source>cannot read the process list</source>
        <translation>die Prozessliste kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>holds a row lock in its open transaction; no statement running</source>
        <translation>hält eine Zeilensperre in ihrer offenen Transaktion; keine Anweisung läuft</translation>
    </message>
</context>
<context>
    <name>ServerGrammarSplitter</name>
    <message>
        <source>unterminated comment</source>
        <translation>nicht abgeschlossener Kommentar</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated quoted identifier</source>
        <translation>nicht abgeschlossener Bezeichner in Anführungszeichen</translation>
    </message>
    <message>
        <source>the section</source>
        <translation>des Abschnitts</translation>
    </message>
    <message>
        <source>a &apos;;&apos; inside an executable comment: whether the server ends the statement here depends on its version; Backstep keeps the comment in the statement</source>
        <translation>ein „;“ innerhalb eines ausführbaren Kommentars: ob der Server die Anweisung hier beendet, hängt von seiner Version ab; Backstep behält den Kommentar in der Anweisung</translation>
    </message>
    <message>
        <source>an empty statement before this &apos;;&apos;: the server rejects it (error 1064), so %1 could not have run this text</source>
        <translation>eine leere Anweisung vor diesem „;“: der Server lehnt sie ab (Fehler 1064), daher kann %1 diesen Text nicht ausgeführt haben</translation>
    </message>
    <message>
        <source>the tool</source>
        <translation>das Werkzeug</translation>
    </message>
    <message>
        <source>this statement never ends: %1 on line %2 has no END before the end of %3</source>
        <translation>diese Anweisung endet nie: %1 in Zeile %2 hat kein END vor dem Ende %3</translation>
    </message>
    <message>
        <source>DELIMITER is a command of the mysql client; %1 sends this text to the server, which rejects it</source>
        <translation>DELIMITER ist ein Befehl des mysql-Clients; %1 sendet diesen Text an den Server, der ihn ablehnt</translation>
    </message>
</context>
<context>
    <name>ServerPosition</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>no GTID</source>
        <translation>keine GTID</translation>
    </message>
    <message>
        <source>GTID %1</source>
        <translation>GTID %1</translation>
    </message>
    <message>
        <source>binary log %1 at %2</source>
        <translation>Binärlog %1 an Position %2</translation>
    </message>
    <message>
        <source>no binary log</source>
        <translation>kein Binärlog</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action or key…</source>
        <translation>Nach Aktion oder Taste filtern…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>snapshot #%1 in the journal is damaged: %2</source>
        <translation>Snapshot #%1 im Journal ist beschädigt: %2</translation>
    </message>
    <message>
        <source>snapshot #%1: %2</source>
        <translation>Snapshot #%1: %2</translation>
    </message>
    <message>
        <source>cannot record the schema snapshot in the journal: %1</source>
        <translation>der Schema-Snapshot kann nicht im Journal verzeichnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>there is no schema snapshot #%1 in the journal</source>
        <translation>im Journal gibt es keinen Schema-Snapshot #%1</translation>
    </message>
    <message>
        <source>cannot read the snapshots from the journal</source>
        <translation>die Snapshots können nicht aus dem Journal gelesen werden</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <source>a NUL byte (0x00): a migration file is text</source>
        <translation>ein NUL-Byte (0x00): eine Migrationsdatei ist Text</translation>
    </message>
    <message>
        <source>the file is UTF-16 (big-endian, byte order mark FE FF), not UTF-8: save it as UTF-8</source>
        <translation>die Datei ist UTF-16 (Big-Endian, Byte-Order-Mark FE FF), nicht UTF-8: speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 (little-endian, byte order mark FF FE), not UTF-8: save it as UTF-8</source>
        <translation>die Datei ist UTF-16 (Little-Endian, Byte-Order-Mark FF FE), nicht UTF-8: speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-32 (byte order mark %1), not UTF-8: save it as UTF-8</source>
        <translation>die Datei ist UTF-32 (Byte-Order-Mark %1), nicht UTF-8: speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source> (%1 was saved as Latin-1?)</source>
        <translation> (wurde %1 als Latin-1 gespeichert?)</translation>
    </message>
    <message>
        <source>not UTF-8: byte %1 is not followed by UTF-8 continuation bytes%2; save the file as UTF-8</source>
        <translation>kein UTF-8: auf Byte %1 folgen keine UTF-8-Folgebytes%2; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8: byte %1 cannot start a UTF-8 character (%2 was saved as Windows-1252?); save the file as UTF-8</source>
        <translation>kein UTF-8: Byte %1 kann kein UTF-8-Zeichen beginnen (wurde %2 als Windows-1252 gespeichert?); speichern Sie die Datei als UTF-8</translation>
    </message>
</context>
<context>
    <name>SqitchReader</name>
    <message>
        <source>the mysql client (source FILE), stopping at the first error (--abort-source-on-error); transactions as the script writes them</source>
        <translation>der mysql-Client (source FILE), Abbruch beim ersten Fehler (--abort-source-on-error); Transaktionen, wie das Skript sie schreibt</translation>
    </message>
    <message>
        <source>no sqitch.plan in the folder</source>
        <translation>keine sqitch.plan im Ordner</translation>
    </message>
    <message>
        <source>cannot read this plan line (expected: change [deps] timestamp planner &lt;email&gt; # note)</source>
        <translation>diese Planzeile kann nicht gelesen werden (erwartet: change [deps] timestamp planner &lt;email&gt; # note)</translation>
    </message>
    <message>
        <source>no deploy/%1.sql for the change %2</source>
        <translation>kein deploy/%1.sql für die Änderung %2</translation>
    </message>
    <message>
        <source>no revert/%1.sql</source>
        <translation>kein revert/%1.sql</translation>
    </message>
    <message>
        <source>sqitch revert sets the variables %1 (sqitch.conf) before this script; Backstep does not set them: a script that reads them gets NULL</source>
        <translation>sqitch revert setzt die Variablen %1 (sqitch.conf) vor diesem Skript; Backstep setzt sie nicht: ein Skript, das sie liest, erhält NULL</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>cannot list the tables</source>
        <translation>die Tabellen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot read the columns of %1</source>
        <translation>die Spalten von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>cannot begin a transaction</source>
        <translation>es kann keine Transaktion begonnen werden</translation>
    </message>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation>es kann keine Transaktion begonnen werden: %1</translation>
    </message>
    <message>
        <source>cannot commit: no transaction is open</source>
        <translation>Commit nicht möglich: keine Transaktion ist offen</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>Commit nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>SqlMigrateReader</name>
    <message>
        <source>the statement before this has no &apos;;&apos; at the end of its last line and no &apos;-- +migrate StatementEnd&apos;: sql-migrate refuses this file</source>
        <translation>die Anweisung davor hat kein „;“ am Ende ihrer letzten Zeile und kein „-- +migrate StatementEnd“: sql-migrate lehnt diese Datei ab</translation>
    </message>
    <message>
        <source>an incomplete &apos;-- +migrate&apos; command</source>
        <translation>ein unvollständiger „-- +migrate“-Befehl</translation>
    </message>
    <message>
        <source>statement by statement, no transaction (notransaction)</source>
        <translation>Anweisung für Anweisung, keine Transaktion (notransaction)</translation>
    </message>
    <message>
        <source>statement by statement, in one transaction with the history update (DDL commits implicitly all the same)</source>
        <translation>Anweisung für Anweisung, in einer Transaktion mit der Historienaktualisierung (DDL committet trotzdem implizit)</translation>
    </message>
    <message>
        <source>&apos;-- +migrate StatementBegin&apos; with no &apos;-- +migrate StatementEnd&apos;: sql-migrate refuses this file</source>
        <translation>„-- +migrate StatementBegin“ ohne „-- +migrate StatementEnd“: sql-migrate lehnt diese Datei ab</translation>
    </message>
    <message>
        <source>no &apos;-- +migrate Up&apos; or &apos;-- +migrate Down&apos; (exactly so written): sql-migrate refuses this file</source>
        <translation>kein „-- +migrate Up“ oder „-- +migrate Down“ (genau so geschrieben): sql-migrate lehnt diese Datei ab</translation>
    </message>
    <message>
        <source>the last statement has no &apos;;&apos; at the end of its last line and no &apos;-- +migrate StatementEnd&apos;: sql-migrate refuses this file</source>
        <translation>die letzte Anweisung hat kein „;“ am Ende ihrer letzten Zeile und kein „-- +migrate StatementEnd“: sql-migrate lehnt diese Datei ab</translation>
    </message>
</context>
<context>
    <name>StatementImpact</name>
    <message>
        <source>drops temporary table %1</source>
        <translation>löscht die temporäre Tabelle %1</translation>
    </message>
    <message>
        <source>drops table %1</source>
        <translation>löscht die Tabelle %1</translation>
    </message>
    <message>
        <source>drops view %1</source>
        <translation>löscht die View %1</translation>
    </message>
    <message>
        <source>drops index %1</source>
        <translation>löscht den Index %1</translation>
    </message>
    <message>
        <source>drops the primary key of %1 and rebuilds it</source>
        <translation>löscht den Primärschlüssel von %1 und baut ihn neu auf</translation>
    </message>
    <message>
        <source>drops index %1 on %2</source>
        <translation>löscht den Index %1 auf %2</translation>
    </message>
    <message>
        <source>rebuilds %1 (copying ALTER: %2)</source>
        <translation>baut %1 neu auf (kopierendes ALTER: %2)</translation>
    </message>
    <message>
        <source>ALGORITHM=COPY</source>
        <translation>ALGORITHM=COPY</translation>
    </message>
    <message>
        <source>drops trigger %1</source>
        <translation>löscht den Trigger %1</translation>
    </message>
    <message>
        <source>drops procedure %1</source>
        <translation>löscht die Prozedur %1</translation>
    </message>
    <message>
        <source>drops function %1</source>
        <translation>löscht die Funktion %1</translation>
    </message>
    <message>
        <source>drops event %1</source>
        <translation>löscht das Event %1</translation>
    </message>
    <message>
        <source>drops database %1 and every table in it</source>
        <translation>löscht die Datenbank %1 und jede Tabelle darin</translation>
    </message>
    <message>
        <source>drops sequence %1</source>
        <translation>löscht die Sequenz %1</translation>
    </message>
    <message>
        <source>replaces table %1 (the existing table and its rows are dropped)</source>
        <translation>ersetzt die Tabelle %1 (die bestehende Tabelle und ihre Zeilen werden gelöscht)</translation>
    </message>
    <message>
        <source>creates temporary table %1</source>
        <translation>legt die temporäre Tabelle %1 an</translation>
    </message>
    <message>
        <source>creates table %1</source>
        <translation>legt die Tabelle %1 an</translation>
    </message>
    <message>
        <source>creates index %1 on %2</source>
        <translation>legt den Index %1 auf %2 an</translation>
    </message>
    <message>
        <source>creates view %1</source>
        <translation>legt die View %1 an</translation>
    </message>
    <message>
        <source>creates trigger %1 on %2</source>
        <translation>legt den Trigger %1 auf %2 an</translation>
    </message>
    <message>
        <source>creates procedure %1</source>
        <translation>legt die Prozedur %1 an</translation>
    </message>
    <message>
        <source>creates function %1</source>
        <translation>legt die Funktion %1 an</translation>
    </message>
    <message>
        <source>creates event %1</source>
        <translation>legt das Event %1 an</translation>
    </message>
    <message>
        <source>creates sequence %1</source>
        <translation>legt die Sequenz %1 an</translation>
    </message>
    <message>
        <source>creates database %1</source>
        <translation>legt die Datenbank %1 an</translation>
    </message>
    <message>
        <source>ENGINE change</source>
        <translation>ENGINE-Änderung</translation>
    </message>
    <message>
        <source>ROW_FORMAT change</source>
        <translation>ROW_FORMAT-Änderung</translation>
    </message>
    <message>
        <source>FORCE</source>
        <translation>FORCE</translation>
    </message>
    <message>
        <source>repartitioning</source>
        <translation>Neupartitionierung</translation>
    </message>
    <message>
        <source>alters table %1</source>
        <translation>ändert die Tabelle %1</translation>
    </message>
    <message>
        <source>primary key dropped</source>
        <translation>Primärschlüssel gelöscht</translation>
    </message>
    <message>
        <source>drops the primary key of %1</source>
        <translation>löscht den Primärschlüssel von %1</translation>
    </message>
    <message>
        <source>drops foreign key %1 on %2</source>
        <translation>löscht den Fremdschlüssel %1 auf %2</translation>
    </message>
    <message>
        <source>drops constraint %1 on %2</source>
        <translation>löscht den Constraint %1 auf %2</translation>
    </message>
    <message>
        <source>drops partition %1 of %2 and the rows in it</source>
        <translation>löscht die Partition %1 von %2 und die Zeilen darin</translation>
    </message>
    <message>
        <source>drops system versioning of %1 and its row history</source>
        <translation>entfernt die Systemversionierung von %1 und ihre Zeilenhistorie</translation>
    </message>
    <message>
        <source>drops column %1 from %2</source>
        <translation>löscht die Spalte %1 aus %2</translation>
    </message>
    <message>
        <source>new primary key</source>
        <translation>neuer Primärschlüssel</translation>
    </message>
    <message>
        <source>MODIFY/CHANGE may change a column&apos;s type</source>
        <translation>MODIFY/CHANGE kann den Typ einer Spalte ändern</translation>
    </message>
    <message>
        <source>CONVERT TO CHARACTER SET</source>
        <translation>CONVERT TO CHARACTER SET</translation>
    </message>
    <message>
        <source>renames %1 to %2</source>
        <translation>benennt %1 in %2 um</translation>
    </message>
    <message>
        <source>empties partition %1 of %2</source>
        <translation>leert die Partition %1 von %2</translation>
    </message>
    <message>
        <source>exchanges partition %1 of %2 with table %3</source>
        <translation>tauscht die Partition %1 von %2 mit der Tabelle %3</translation>
    </message>
    <message>
        <source>changes view %1</source>
        <translation>ändert die View %1</translation>
    </message>
    <message>
        <source>changes database %1</source>
        <translation>ändert die Datenbank %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>renames %1</source>
        <translation>benennt %1 um</translation>
    </message>
    <message>
        <source>empties table %1 (TRUNCATE)</source>
        <translation>leert die Tabelle %1 (TRUNCATE)</translation>
    </message>
    <message>
        <source>deletes rows of %1</source>
        <translation>löscht Zeilen von %1</translation>
    </message>
    <message>
        <source>deletes rows of %1 (no WHERE, only a LIMIT)</source>
        <translation>löscht Zeilen von %1 (kein WHERE, nur ein LIMIT)</translation>
    </message>
    <message>
        <source>deletes every row of %1 (no WHERE)</source>
        <translation>löscht jede Zeile von %1 (kein WHERE)</translation>
    </message>
    <message>
        <source>updates rows of %1</source>
        <translation>aktualisiert Zeilen von %1</translation>
    </message>
    <message>
        <source>updates rows of %1 (no WHERE, only a LIMIT)</source>
        <translation>aktualisiert Zeilen von %1 (kein WHERE, nur ein LIMIT)</translation>
    </message>
    <message>
        <source>updates every row of %1 (no WHERE)</source>
        <translation>aktualisiert jede Zeile von %1 (kein WHERE)</translation>
    </message>
    <message>
        <source>replaces rows in %1</source>
        <translation>ersetzt Zeilen in %1</translation>
    </message>
    <message>
        <source>inserts rows into %1</source>
        <translation>fügt Zeilen in %1 ein</translation>
    </message>
    <message>
        <source>reads %1</source>
        <translation>liest %1</translation>
    </message>
    <message>
        <source>locks tables %1</source>
        <translation>sperrt die Tabellen %1</translation>
    </message>
    <message>
        <source>rebuilds %1 (OPTIMIZE TABLE)</source>
        <translation>baut %1 neu auf (OPTIMIZE TABLE)</translation>
    </message>
    <message>
        <source>calls procedure %1: what it changes is known only when it runs</source>
        <translation>ruft die Prozedur %1 auf: was sie ändert, zeigt sich erst bei der Ausführung</translation>
    </message>
</context>
<context>
    <name>StatementKind</name>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>StatementSplitter</name>
    <message>
        <source>DELIMITER must be followed by a delimiter character or string</source>
        <translation>auf DELIMITER muss ein Trennzeichen oder eine Trennzeichenfolge folgen</translation>
    </message>
    <message>
        <source>DELIMITER cannot contain a backslash character</source>
        <translation>DELIMITER darf keinen Backslash enthalten</translation>
    </message>
    <message>
        <source>the client command \%1 is not allowed in a migration</source>
        <translation>der Client-Befehl \%1 ist in einer Migration nicht erlaubt</translation>
    </message>
    <message>
        <source>unterminated quoted identifier</source>
        <translation>nicht abgeschlossener Bezeichner in Anführungszeichen</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated comment</source>
        <translation>nicht abgeschlossener Kommentar</translation>
    </message>
    <message>
        <source>DELIMITER %1 (line %2) is never closed: the statement that starts here runs to the end of %3 (line %4) with no %1 to end it</source>
        <translation>DELIMITER %1 (Zeile %2) wird nie geschlossen: die Anweisung, die hier beginnt, läuft bis zum Ende %3 (Zeile %4), ohne dass ein %1 sie beendet</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>des Texts</translation>
    </message>
    <message>
        <source>; &quot;%1&quot; on line %2 is read as part of it</source>
        <translation>; „%1“ in Zeile %2 wird als Teil davon gelesen</translation>
    </message>
</context>
<context>
    <name>StatementWatch</name>
    <message>
        <source>the second connection that watches and interrupts statements could not be opened (%1): a cancel waits for the running statement</source>
        <translation>die zweite Verbindung, die Anweisungen überwacht und unterbricht, konnte nicht geöffnet werden (%1): ein Abbruch wartet auf die laufende Anweisung</translation>
    </message>
</context>
<context>
    <name>StreamCompressor</name>
    <message>
        <source>zstd: out of memory</source>
        <translation>zstd: nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <source>zstd: %1</source>
        <translation>zstd: %1</translation>
    </message>
    <message>
        <source>gzip: cannot start compressing: %1</source>
        <translation>gzip: die Komprimierung kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>gzip: %1</source>
        <translation>gzip: %1</translation>
    </message>
    <message>
        <source>unknown compression</source>
        <translation>unbekannte Komprimierung</translation>
    </message>
</context>
<context>
    <name>SystemdServiceController</name>
    <message>
        <source>stop</source>
        <translation>stoppen</translation>
    </message>
    <message>
        <source>start</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>neu starten</translation>
    </message>
    <message>
        <source>query</source>
        <translation>abfragen</translation>
    </message>
    <message>
        <source>systemd did not finish the %1 job for %2 within %3 s</source>
        <translation>systemd hat den Job „%1“ für %2 nicht innerhalb von %3 s abgeschlossen</translation>
    </message>
    <message>
        <source>the system bus</source>
        <translation>der Systembus</translation>
    </message>
    <message>
        <source>cannot connect to %1 to reach systemd: %2</source>
        <translation>keine Verbindung zu %1, um systemd zu erreichen: %2</translation>
    </message>
    <message>
        <source>Asking systemd about %1…</source>
        <translation>systemd wird nach %1 gefragt…</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <source>Asking systemd to %1 %2…</source>
        <translation>systemd soll %2 %1…</translation>
    </message>
    <message>
        <source>systemd queued job %1.</source>
        <translation>systemd hat Job %1 eingereiht.</translation>
    </message>
    <message>
        <source>the unit failed</source>
        <translation>die Unit ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the job was cancelled by another one</source>
        <translation>der Job wurde durch einen anderen abgebrochen</translation>
    </message>
    <message>
        <source>systemd&apos;s own timeout for the unit expired</source>
        <translation>systemds eigene Zeitüberschreitung für die Unit ist abgelaufen</translation>
    </message>
    <message>
        <source>a unit it depends on failed</source>
        <translation>eine Unit, von der sie abhängt, ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>a condition of the unit was not met</source>
        <translation>eine Bedingung der Unit war nicht erfüllt</translation>
    </message>
    <message>
        <source>Could not %1 %2: %3 (job result &quot;%4&quot;); the unit is now %5</source>
        <translation>%2 ließ sich nicht %1: %3 (Job-Ergebnis „%4“); die Unit ist jetzt %5</translation>
    </message>
    <message>
        <source>Not allowed to %1 %2: systemd (through polkit) refused the request (%3). Ask an administrator for the right to manage this unit, or configure the commands backend with a command you may run (for example with sudo).</source>
        <translation>Nicht erlaubt: %2 %1. systemd hat die Anfrage (über polkit) abgelehnt (%3). Bitten Sie eine Administratorin oder einen Administrator um das Recht, diese Unit zu verwalten, oder konfigurieren Sie das Backend „commands“ mit einem Befehl, den Sie ausführen dürfen (zum Beispiel mit sudo).</translation>
    </message>
    <message>
        <source>systemd knows no unit %1: %2</source>
        <translation>systemd kennt keine Unit %1: %2</translation>
    </message>
    <message>
        <source>systemd did not answer on %1 (%2): %3</source>
        <translation>systemd hat auf %1 nicht geantwortet (%2): %3</translation>
    </message>
    <message>
        <source>systemd could not %1 %2: %3 (%4)</source>
        <translation>systemd konnte %2 nicht %1: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is %2 (%3).</source>
        <translation>%1 ist %2 (%3).</translation>
    </message>
    <message>
        <source>systemd reported the %1 job for %2 done, but the unit is %3 %4 s later (expected %5).</source>
        <translation>systemd hat den Job „%1“ für %2 als erledigt gemeldet, aber die Unit ist %4 s später %3 (erwartet %5).</translation>
    </message>
    <message>
        <source>systemd&apos;s job is done; waiting for %1 to be %2 (now %3).</source>
        <translation>Der Job von systemd ist erledigt; es wird gewartet, bis %1 %2 ist (jetzt %3).</translation>
    </message>
    <message>
        <source>systemd reported the %1 job for %2 done, but the unit is %3 (expected %4).</source>
        <translation>systemd hat den Job „%1“ für %2 als erledigt gemeldet, aber die Unit ist %3 (erwartet %4).</translation>
    </message>
    <message>
        <source>Stopped %1; it is %2.</source>
        <translation>%1 gestoppt; Zustand: %2.</translation>
    </message>
    <message>
        <source>Started %1; it is %2.</source>
        <translation>%1 gestartet; Zustand: %2.</translation>
    </message>
    <message>
        <source>Restarted %1; it is %2.</source>
        <translation>%1 neu gestartet; Zustand: %2.</translation>
    </message>
</context>
<context>
    <name>TableChecksum</name>
    <message>
        <source>every row</source>
        <translation>alle Zeilen</translation>
    </message>
    <message>
        <source>not in the second snapshot</source>
        <translation>nicht im zweiten Snapshot</translation>
    </message>
    <message>
        <source>the second snapshot has other chunk bounds</source>
        <translation>der zweite Snapshot hat andere Abschnittsgrenzen</translation>
    </message>
    <message>
        <source>not computed within the time budget of the %1 snapshot</source>
        <translation>nicht innerhalb des Zeitbudgets des %1 Snapshots berechnet</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>checksums of %1</source>
        <translation>Prüfsummen von %1</translation>
    </message>
    <message>
        <source>%1: %2 rows before, %3 after, checksum %4 before, %5 after</source>
        <translation>%1: vorher %2 Zeilen, nachher %3, Prüfsumme vorher %4, nachher %5</translation>
    </message>
    <message>
        <source>%1 not checked: %2</source>
        <translation>%1 nicht geprüft: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) of %1 changed: %2</source>
        <translation>
            <numerusform>%n Abschnitt von %1 geändert: %2</numerusform>
            <numerusform>%n Abschnitte von %1 geändert: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no difference found where compared; %1</source>
        <translation>kein Unterschied gefunden, wo verglichen wurde; %1</translation>
    </message>
    <message>
        <source>unchanged (checksummed whole: no primary or unique key)</source>
        <translation>unverändert (Prüfsumme über die ganze Tabelle: kein Primär- oder eindeutiger Schlüssel)</translation>
    </message>
    <message>
        <source>unchanged in every chunk</source>
        <translation>in jedem Abschnitt unverändert</translation>
    </message>
    <message>
        <source>a snapshot was computed with a checksum method this version does not know: the comparison is inconclusive</source>
        <translation>ein Snapshot wurde mit einem Prüfsummenverfahren berechnet, das diese Version nicht kennt: der Vergleich ist nicht aussagekräftig</translation>
    </message>
    <message>
        <source>the snapshots were computed with different checksum methods (%1 before, %2 after): the comparison is inconclusive</source>
        <translation>die Snapshots wurden mit verschiedenen Prüfsummenverfahren berechnet (%1 vorher, %2 nachher): der Vergleich ist nicht aussagekräftig</translation>
    </message>
</context>
<context>
    <name>TableChecksummer</name>
    <message>
        <source>reading the columns of %1</source>
        <translation>die Spalten von %1 werden gelesen</translation>
    </message>
    <message>
        <source>there is no table %1 in %2</source>
        <translation>es gibt keine Tabelle %1 in %2</translation>
    </message>
    <message>
        <source>reading the keys of %1</source>
        <translation>die Schlüssel von %1 werden gelesen</translation>
    </message>
    <message>
        <source>no primary or unique key: checksummed whole</source>
        <translation>kein Primär- oder eindeutiger Schlüssel: Prüfsumme über die ganze Tabelle</translation>
    </message>
    <message>
        <source>no primary or unique key of NOT NULL columns whose order can be bound: checksummed whole</source>
        <translation>kein Primär- oder eindeutiger Schlüssel aus NOT-NULL-Spalten, deren Sortierung sich für Bereichsgrenzen eignet: Prüfsumme über die ganze Tabelle</translation>
    </message>
    <message>
        <source>its key is no longer (%1)</source>
        <translation>der Schlüssel ist nicht mehr (%1)</translation>
    </message>
    <message>
        <source>SQLite has no CRC32: chunked checksums need MySQL or MariaDB</source>
        <translation>SQLite hat kein CRC32: abschnittsweise Prüfsummen brauchen MySQL oder MariaDB</translation>
    </message>
    <message>
        <source>asking the server for checksums</source>
        <translation>der Server wird nach Prüfsummen gefragt</translation>
    </message>
    <message>
        <source>the first snapshot was computed with a checksum method this version does not know</source>
        <translation>der erste Snapshot wurde mit einem Prüfsummenverfahren berechnet, das diese Version nicht kennt</translation>
    </message>
    <message>
        <source>no time left to read the key range of %1</source>
        <translation>keine Zeit mehr, um den Schlüsselbereich von %1 zu lesen</translation>
    </message>
    <message>
        <source>reading the key range of %1</source>
        <translation>der Schlüsselbereich von %1 wird gelesen</translation>
    </message>
    <message>
        <source>the key of %1 has values beyond 64 signed bits</source>
        <translation>der Schlüssel von %1 hat Werte jenseits von 64 Bit mit Vorzeichen</translation>
    </message>
    <message>
        <source>reading the next key of %1</source>
        <translation>der nächste Schlüssel von %1 wird gelesen</translation>
    </message>
</context>
<context>
    <name>TargetConnection</name>
    <message>
        <source>cannot set the lock wait timeouts: %1</source>
        <translation>die Lock-Wartezeiten können nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>another Backstep is changing %1 (process %2 on %3): wait for it to finish</source>
        <translation>ein anderes Backstep ändert gerade %1 (Prozess %2 auf %3): warten Sie, bis es fertig ist</translation>
    </message>
    <message>
        <source>cannot take the lock %1: %2</source>
        <translation>die Sperre %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>an unknown connection</source>
        <translation>eine unbekannte Verbindung</translation>
    </message>
    <message>
        <source>another Backstep is changing %1: the lock %2 is held by %3</source>
        <translation>ein anderes Backstep ändert gerade %1: die Sperre %2 hält %3</translation>
    </message>
    <message>
        <source>connection %1 (%2@%3, %4 s in its current state)</source>
        <translation>Verbindung %1 (%2@%3, %4 s im aktuellen Zustand)</translation>
    </message>
</context>
<context>
    <name>TargetEvidence</name>
    <message>
        <source>not a run id: %1</source>
        <translation>keine Lauf-ID: %1</translation>
    </message>
    <message>
        <source>cannot record step %1 in %2: %3</source>
        <translation>Schritt %1 kann nicht in %2 verzeichnet werden: %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the schema: %1</source>
        <translation>das Schema kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot create %1 (Backstep&apos;s record of which rollback statements were committed): %2</source>
        <translation>%1 kann nicht angelegt werden (Backsteps Aufzeichnung, welche Rollback-Anweisungen committet wurden): %2</translation>
    </message>
    <message>
        <source>cannot tell whether %1 exists</source>
        <translation>es lässt sich nicht feststellen, ob %1 existiert</translation>
    </message>
    <message>
        <source>cannot delete the finished runs&apos; rows from %1</source>
        <translation>die Zeilen der abgeschlossenen Läufe können nicht aus %1 gelöscht werden</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot drop %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot read the tables&apos; storage engines</source>
        <translation>die Storage-Engines der Tabellen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>TerminalPrompt</name>
    <message>
        <source>a password is needed and there is no terminal to ask it on: use --password-file FILE or the BACKSTEP_PASSWORD variable</source>
        <translation>ein Passwort wird benötigt, aber es gibt kein Terminal, um danach zu fragen: verwenden Sie --password-file FILE oder die Variable BACKSTEP_PASSWORD</translation>
    </message>
    <message>
        <source>there is no terminal to ask on: pass --yes to go on</source>
        <translation>es gibt kein Terminal für die Rückfrage: mit --yes fortfahren</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>ToolChecks</name>
    <message>
        <source>succeeds</source>
        <translation>gelingt</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>schlägt fehl</translation>
    </message>
    <message>
        <source>the script ran to its end</source>
        <translation>das Skript lief bis zu seinem Ende</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Backstep user guide</source>
        <translation>Backstep-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Find in the guide…</source>
        <translation>Im Handbuch suchen…</translation>
    </message>
</context>
<context>
    <name>ValidationCommand</name>
    <message>
        <source>the validation command &quot;%1&quot; has no command line</source>
        <translation>der Validierungsbefehl „%1“ hat keine Befehlszeile</translation>
    </message>
    <message>
        <source>the validation command &quot;%1&quot; needs a timeout from 1 to %2 seconds</source>
        <translation>der Validierungsbefehl „%1“ braucht eine Zeitüberschreitung von 1 bis %2 Sekunden</translation>
    </message>
    <message>
        <source>the validation command &quot;%1&quot;: &quot;%2&quot; is not a variable name</source>
        <translation>der Validierungsbefehl „%1“: „%2“ ist kein Variablenname</translation>
    </message>
    <message>
        <source>the validation command &quot;%1&quot;: the variable %2 looks like a secret, and Backstep never stores one or puts one on a command line; let the command read it from the application&apos;s own configuration, or set it in the environment Backstep runs in</source>
        <translation>der Validierungsbefehl „%1“: die Variable %2 sieht nach einem Geheimnis aus, und Backstep speichert nie eines und setzt nie eines auf eine Befehlszeile; lassen Sie den Befehl es aus der eigenen Konfiguration der Anwendung lesen oder setzen Sie es in der Umgebung, in der Backstep läuft</translation>
    </message>
    <message>
        <source>the validation command &quot;%1&quot;: the value of %2 carries a password (user:password@), and Backstep never stores one or puts one on a command line</source>
        <translation>der Validierungsbefehl „%1“: der Wert von %2 enthält ein Passwort (user:password@), und Backstep speichert nie eines und setzt nie eines auf eine Befehlszeile</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <source>Data checks</source>
        <translation>Datenprüfungen</translation>
    </message>
    <message>
        <source>Scenario checks</source>
        <translation>Szenarioprüfungen</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Zusicherungen</translation>
    </message>
    <message>
        <source>Validation commands</source>
        <translation>Validierungsbefehle</translation>
    </message>
    <message>
        <source>Verification of %1</source>
        <translation>Überprüfung von %1</translation>
    </message>
    <message>
        <source>PASS: %1 checks passed, the schema matches the expected state</source>
        <translation>BESTANDEN: %1 Prüfungen bestanden, das Schema entspricht dem erwarteten Zustand</translation>
    </message>
    <message>
        <source>FAIL: %1 problems (%2 schema differences, %3 failed checks, %4 errors); %5 checks passed</source>
        <translation>NICHT BESTANDEN: %1 Probleme (%2 Schemaunterschiede, %3 fehlgeschlagene Prüfungen, %4 Fehler); %5 Prüfungen bestanden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Rollback run</source>
        <translation>Rollback-Lauf</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Zielversion</translation>
    </message>
    <message>
        <source>Version in the history</source>
        <translation>Version in der Historie</translation>
    </message>
    <message>
        <source>Expected schema from</source>
        <translation>Erwartetes Schema aus</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>The schema matches the expected state at %1.</source>
        <translation>Das Schema entspricht dem erwarteten Zustand bei %1.</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Left out of the comparison:</source>
        <translation>Vom Vergleich ausgenommen:</translation>
    </message>
    <message>
        <source>None configured or applicable.</source>
        <translation>Keine konfiguriert oder anwendbar.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>expected:</source>
        <translation>erwartet:</translation>
    </message>
    <message>
        <source>actual:</source>
        <translation>tatsächlich:</translation>
    </message>
    <message>
        <source>INCONCLUSIVE: %1; %2 checks passed, the schema was not compared</source>
        <translation>NICHT SCHLÜSSIG: %1; %2 Prüfungen bestanden, das Schema wurde nicht verglichen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>unknown (not recorded)</source>
        <translation>unbekannt (nicht verzeichnet)</translation>
    </message>
    <message>
        <source>Binary log before the run</source>
        <translation>Binärlog vor dem Lauf</translation>
    </message>
    <message>
        <source>Binary log after the run</source>
        <translation>Binärlog nach dem Lauf</translation>
    </message>
</context>
<context>
    <name>VerificationRunner</name>
    <message>
        <source>the history table says the database is at %1, not at %2</source>
        <translation>laut Historientabelle ist die Datenbank bei %1, nicht bei %2</translation>
    </message>
    <message>
        <source>no migration</source>
        <translation>keine Migration</translation>
    </message>
    <message>
        <source>there is no rollback run %1 in the journal</source>
        <translation>im Journal gibt es keinen Rollback-Lauf %1</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2, taken %3)</source>
        <translation>%1 (SHA-256 %2, erstellt %3)</translation>
    </message>
    <message>
        <source>none: the run went ahead without a backup, confirmed by typing the database&apos;s name</source>
        <translation>keines: der Lauf wurde ohne Backup ausgeführt, bestätigt durch Eintippen des Datenbanknamens</translation>
    </message>
    <message>
        <source>tables no migration in the folder creates or names, so a replay cannot expect them (the application&apos;s own, from before its first migration?): %1</source>
        <translation>Tabellen, die keine Migration im Ordner anlegt oder nennt, sodass ein Nachspielen sie nicht erwarten kann (die eigenen der Anwendung, von vor ihrer ersten Migration?): %1</translation>
    </message>
    <message>
        <source>Sqitch verify of %1 (applied: passes)</source>
        <translation>Sqitch verify von %1 (angewendet: gelingt)</translation>
    </message>
    <message>
        <source>Sqitch verify of %1 (reverted: fails)</source>
        <translation>Sqitch verify von %1 (zurückgenommen: schlägt fehl)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the expected schema at %1 cannot be established: %2</source>
        <translation>das erwartete Schema bei %1 kann nicht ermittelt werden: %2</translation>
    </message>
</context>
<context>
    <name>WebhookNotifier</name>
    <message>
        <source>the webhook %1 is not an http or https URL</source>
        <translation>der Webhook %1 ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>the webhook %1 did not answer within %2 s</source>
        <translation>der Webhook %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>the webhook %1 answered HTTP %2: %3</source>
        <translation>der Webhook %1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>cannot reach the webhook %1: %2</source>
        <translation>der Webhook %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the webhook %1 is not https, so its CA file %2 cannot be used</source>
        <translation>der Webhook %1 ist nicht https, daher kann seine CA-Datei %2 nicht verwendet werden</translation>
    </message>
    <message>
        <source>the webhook&apos;s CA file %1 cannot be read: %2</source>
        <translation>die CA-Datei %1 des Webhooks kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the webhook&apos;s CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 des Webhooks enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the webhook %1&apos;s certificate is not trusted: %2</source>
        <translation>dem Zertifikat des Webhooks %1 wird nicht vertraut: %2</translation>
    </message>
</context>
<context>
    <name>backstep</name>
    <message>
        <source>Roll back database migrations safely, with evidence.</source>
        <translation>Datenbankmigrationen sicher zurückrollen, mit Nachweis.</translation>
    </message>
    <message>
        <source>Print the versions of Backstep and its libraries.</source>
        <translation>Die Versionen von Backstep und seinen Bibliotheken ausgeben.</translation>
    </message>
    <message>
        <source>mysql://USER@HOST:PORT/DB, mariadb://... or sqlite:PATH.</source>
        <translation>mysql://USER@HOST:PORT/DB, mariadb://... oder sqlite:PATH.</translation>
    </message>
    <message>
        <source>Read the password from this file.</source>
        <translation>Das Passwort aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>The migrations folder.</source>
        <translation>Der Migrationsordner.</translation>
    </message>
    <message>
        <source>The migrations&apos; format (default: auto).</source>
        <translation>Das Format der Migrationen (Vorgabe: auto).</translation>
    </message>
    <message>
        <source>Open the embedded SQLite demo workspace.</source>
        <translation>Den eingebetteten SQLite-Demo-Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Select this migration version.</source>
        <translation>Diese Migrationsversion auswählen.</translation>
    </message>
    <message>
        <source>Follow this log file in the Log panel (repeatable).</source>
        <translation>Dieser Logdatei im Log-Bereich folgen (wiederholbar).</translation>
    </message>
    <message>
        <source>Look for this run: system, light or dark (View ▸ Theme sets it for good).</source>
        <translation>Aussehen für diesen Start: system, light oder dark (Ansicht ▸ Farbschema legt es dauerhaft fest).</translation>
    </message>
    <message>
        <source>Render the main window to this PNG and exit.</source>
        <translation>Das Hauptfenster in diese PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <source>Render the rollback dialog&apos;s preview of the last two migrations to this PNG and exit.</source>
        <translation>Die Vorschau des Rollback-Dialogs für die letzten zwei Migrationen in diese PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <source>--migrations DIR is required with --url</source>
        <translation>--migrations DIR ist bei --url erforderlich</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>unbekanntes Format %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>no migration with version %1</source>
        <translation>keine Migration mit Version %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no workspace to roll back</source>
        <translation>kein Arbeitsbereich zum Zurückrollen</translation>
    </message>
    <message>
        <source>--screenshot-rollback needs --demo or --url</source>
        <translation>--screenshot-rollback braucht --demo oder --url</translation>
    </message>
    <message>
        <source>Open this connection profile: its database (unless --url is given), service, checks and logs.</source>
        <translation>Dieses Verbindungsprofil öffnen: seine Datenbank (sofern --url nicht angegeben ist), seinen Dienst, seine Prüfungen und Logs.</translation>
    </message>
    <message>
        <source>no workspace for the playbook</source>
        <translation>kein Arbeitsbereich für das Playbook</translation>
    </message>
    <message>
        <source>--screenshot-playbook needs --demo or --url</source>
        <translation>--screenshot-playbook braucht --demo oder --url</translation>
    </message>
    <message>
        <source>Run the playbook on the open database (the last two migrations, with the profile named like the demo&apos;s when there is one), render its steps to this PNG and, when it is done, its report to FILE-report.png, and exit. With --demo on a throwaway demo of its own (the demo, profiles and journal you use are left as they are); with --url it really rolls back that database.</source>
        <translation>Das Playbook auf der geöffneten Datenbank ausführen (die letzten zwei Migrationen, mit dem Profil, das wie das der Demo heißt, falls vorhanden), seine Schritte in diese PNG-Datei zeichnen und, wenn es fertig ist, seinen Bericht in DATEI-report.png, dann beenden. Mit --demo auf einer eigenen Wegwerf-Demo (Ihre Demo, Profile und Ihr Journal bleiben, wie sie sind); mit --url wird diese Datenbank wirklich zurückgerollt.</translation>
    </message>
    <message>
        <source>cannot make a temporary demo: %1</source>
        <translation>kann keine temporäre Demo anlegen: %1</translation>
    </message>
    <message>
        <source>the temporary demo&apos;s service did not stop: it %1</source>
        <translation>der Dienst der temporären Demo hat nicht angehalten: er %1</translation>
    </message>
</context>
<context>
    <name>backstep::AboutDialog</name>
    <message>
        <source>Database server</source>
        <translation>Datenbankserver</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>backstep::BackupCatalogModel</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>At version</source>
        <translation>Bei Version</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Never done for this backup.</source>
        <translation>Für dieses Backup noch nie durchgeführt.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation>bestanden %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Last test-restore</source>
        <translation>Letzte Testwiederherstellung</translation>
    </message>
</context>
<context>
    <name>backstep::BackupsController</name>
    <message>
        <source>%1 written</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source> · about %1 to dump</source>
        <translation> · etwa %1 zu sichern</translation>
    </message>
    <message>
        <source> · table %1</source>
        <translation> · Tabelle %1</translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation> · %1 s</translation>
    </message>
    <message>
        <source>Backup of %1: %2</source>
        <translation>Backup von %1: %2</translation>
    </message>
    <message>
        <source>Backup complete: %1 (%2, SHA-256 %3…)</source>
        <translation>Backup vollständig: %1 (%2, SHA-256 %3…)</translation>
    </message>
    <message>
        <source>Backup %1: %2</source>
        <translation>Backup %1: %2</translation>
    </message>
    <message>
        <source>%1: passed</source>
        <translation>%1: bestanden</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Latest complete backup: %1, at version %2.</source>
        <translation>Letztes vollständiges Backup: %1, bei Version %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No complete backup of this database yet: take one before any rollback.</source>
        <translation>Noch kein vollständiges Backup dieser Datenbank: erstellen Sie eines vor jedem Rollback.</translation>
    </message>
    <message>
        <source>Backup of %1 started</source>
        <translation>Backup von %1 gestartet</translation>
    </message>
    <message>
        <source>Starting the dump…</source>
        <translation>Dump wird gestartet…</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 überprüfen</translation>
    </message>
    <message>
        <source>Test-restore %1</source>
        <translation>%1 testweise wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring into a scratch database: %1 of %2</source>
        <translation>Wiederherstellung in eine temporäre Datenbank: %1 von %2</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring: %1 of %2</source>
        <translation>Wiederherstellung: %1 von %2</translation>
    </message>
    <message>
        <source>%1… (all of it in the catalog&apos;s tooltip)</source>
        <translation>%1… (vollständig im Tooltip des Katalogs)</translation>
    </message>
    <message>
        <source>%1: passed. Compared: %2</source>
        <translation>%1: bestanden. Verglichen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the restore (%n statement(s)):</source>
        <translation>
            <numerusform>Bei der Wiederherstellung ausgelassen (%n Anweisung):</numerusform>
            <numerusform>Bei der Wiederherstellung ausgelassen (%n Anweisungen):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::BackupsPanel</name>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Test-restore</source>
        <translation>Testwiederherstellung</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>uncompressed</source>
        <translation>unkomprimiert</translation>
    </message>
    <message>
        <source>zstd</source>
        <translation>zstd</translation>
    </message>
    <message>
        <source>gzip</source>
        <translation>gzip</translation>
    </message>
    <message>
        <source>Where new backups are written</source>
        <translation>Wohin neue Backups geschrieben werden</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Dump the open database with the playbook&apos;s options, now</source>
        <translation>Die geöffnete Datenbank jetzt mit den Optionen des Playbooks sichern</translation>
    </message>
    <message>
        <source>Open a database to back it up.</source>
        <translation>Öffnen Sie eine Datenbank, um sie zu sichern.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup-Ordner</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Backup wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring %1 replaces the data of %2.
Type the database name to confirm:</source>
        <translation>Die Wiederherstellung von %1 ersetzt die Daten von %2.
Geben Sie zur Bestätigung den Datenbanknamen ein:</translation>
    </message>
    <message>
        <source>The name typed does not match %1: nothing was restored.</source>
        <translation>Der eingegebene Name stimmt nicht mit %1 überein: es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Not connected to the database: Retry in the banner above the history</source>
        <translation>Nicht mit der Datenbank verbunden: „Erneut versuchen“ im Banner über der Historie</translation>
    </message>
    <message>
        <source>Looking for backups of this database…</source>
        <translation>Suche nach Backups dieser Datenbank…</translation>
    </message>
</context>
<context>
    <name>backstep::CommandServiceController</name>
    <message>
        <source>no %1 command is configured for %2</source>
        <translation>für %2 ist kein %1-Befehl konfiguriert</translation>
    </message>
    <message>
        <source>Running the %1 command: %2</source>
        <translation>%1-Befehl wird ausgeführt: %2</translation>
    </message>
    <message>
        <source>the %1 command exited with status %2: %3</source>
        <translation>der %1-Befehl endete mit Status %2: %3</translation>
    </message>
    <message>
        <source>The %1 command finished (exit status %2).</source>
        <translation>Der %1-Befehl ist fertig (Exit-Status %2).</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <source>the %1 command %2: %3</source>
        <translation>der %1-Befehl %2: %3</translation>
    </message>
    <message>
        <source>%1 is %2; waiting for it to be %3.</source>
        <translation>%1 ist %2; es wird gewartet, bis es %3 ist.</translation>
    </message>
    <message>
        <source>The %1 command exited with status 0, but %2 is %3 %4 s later (expected %5). The status command said: %6</source>
        <translation>Der %1-Befehl endete mit Status 0, aber %2 ist %4 s später %3 (erwartet %5). Der Status-Befehl meldete: %6</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Stopped %1; the status command reports it %2.</source>
        <translation>%1 gestoppt; laut Status-Befehl: %2.</translation>
    </message>
    <message>
        <source>Started %1; the status command reports it %2.</source>
        <translation>%1 gestartet; laut Status-Befehl: %2.</translation>
    </message>
    <message>
        <source>Restarted %1; the status command reports it %2.</source>
        <translation>%1 neu gestartet; laut Status-Befehl: %2.</translation>
    </message>
</context>
<context>
    <name>backstep::ConnectionBanner</name>
    <message>
        <source>&amp;Retry…</source>
        <translation>&amp;Erneut versuchen…</translation>
    </message>
    <message>
        <source>Connect again (asks for the password)</source>
        <translation>Erneut verbinden (fragt nach dem Passwort)</translation>
    </message>
    <message>
        <source>Not connected to %1: %2
Whether each migration is applied is unknown; rolling back, backing up and verifying wait for a connection.</source>
        <translation>Nicht mit %1 verbunden: %2
Ob die einzelnen Migrationen angewendet sind, ist unbekannt; Zurückrollen, Sichern und Überprüfen warten auf eine Verbindung.</translation>
    </message>
</context>
<context>
    <name>backstep::ConnectionDialog</name>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>(new connection)</source>
        <translation>(neue Verbindung)</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>Migrations folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>Choose the migrations folder.</source>
        <translation>Wählen Sie den Migrationsordner.</translation>
    </message>
    <message>
        <source>preferred: TLS when the server offers it</source>
        <translation>preferred: TLS, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>required: refuse an unencrypted connection</source>
        <translation>required: eine unverschlüsselte Verbindung ablehnen</translation>
    </message>
    <message>
        <source>verify-ca: TLS, certificate signed by the CA file</source>
        <translation>verify-ca: TLS, Zertifikat signiert von der CA in der CA-Datei</translation>
    </message>
    <message>
        <source>verify-identity: as verify-ca, and the host&apos;s name in it</source>
        <translation>verify-identity: wie verify-ca, und der Hostname steht darin</translation>
    </message>
    <message>
        <source>disabled: never TLS</source>
        <translation>disabled: nie TLS</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
</context>
<context>
    <name>backstep::HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Backstep</source>
        <translation>&amp;Über Backstep</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>How to use Backstep, step by step, with pictures</source>
        <translation>Wie Backstep verwendet wird, Schritt für Schritt, mit Bildern</translation>
    </message>
</context>
<context>
    <name>backstep::KeyringCheckBox</name>
    <message>
        <source>Looking for the desktop&apos;s keyring…</source>
        <translation>Schlüsselbund der Arbeitsumgebung wird gesucht…</translation>
    </message>
    <message>
        <source>The password is kept by the keyring, never in a file.</source>
        <translation>Das Passwort verwahrt der Schlüsselbund, nie eine Datei.</translation>
    </message>
    <message>
        <source>No keyring to remember it in (%1): Backstep asks for the password each time.</source>
        <translation>Kein Schlüsselbund zum Merken vorhanden (%1): Backstep fragt jedes Mal nach dem Passwort.</translation>
    </message>
</context>
<context>
    <name>backstep::LogFileView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Zeilen filtern…</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n line(s) arrived since</source>
        <translation>
            <numerusform>Angehalten: seitdem %n Zeile eingetroffen</numerusform>
            <numerusform>Angehalten: seitdem %n Zeilen eingetroffen</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>following</source>
        <translation>folgt</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Zeile</numerusform>
            <numerusform>%1 · %2 · %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (%n angezeigt)</numerusform>
            <numerusform> (%n angezeigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::LogPanel</name>
    <message>
        <source>No log file is followed. Follow the application&apos;s log or MariaDB&apos;s error log to see what they say after each step (or start Backstep with --log FILE).</source>
        <translation>Keiner Logdatei wird gefolgt. Folgen Sie dem Log der Anwendung oder dem Fehlerlog von MariaDB, um zu sehen, was sie nach jedem Schritt melden (oder starten Sie Backstep mit --log FILE).</translation>
    </message>
    <message>
        <source>Follow a log file…</source>
        <translation>Einer Logdatei folgen…</translation>
    </message>
    <message>
        <source>Follow…</source>
        <translation>Folgen…</translation>
    </message>
    <message>
        <source>Follow another log file</source>
        <translation>Einer weiteren Logdatei folgen</translation>
    </message>
    <message>
        <source>Follow a log file</source>
        <translation>Einer Logdatei folgen</translation>
    </message>
</context>
<context>
    <name>backstep::LogTail</name>
    <message>
        <source>%1 was rotated; following the new file</source>
        <translation>%1 wurde rotiert; der neuen Datei wird gefolgt</translation>
    </message>
    <message>
        <source>Waiting for %1 to appear</source>
        <translation>Warten, bis %1 erscheint</translation>
    </message>
    <message>
        <source>%1 appeared; following it from the start</source>
        <translation>%1 ist erschienen; der Datei wird von Anfang an gefolgt</translation>
    </message>
    <message>
        <source>%1 was truncated; reading it again from the start</source>
        <translation>%1 wurde gekürzt; die Datei wird erneut von Anfang an gelesen</translation>
    </message>
</context>
<context>
    <name>backstep::MainWindow</name>
    <message>
        <source>Backstep</source>
        <translation>Backstep</translation>
    </message>
    <message>
        <source>No database open. File ▸ Open… (Ctrl+O)</source>
        <translation>Keine Datenbank geöffnet. Datei ▸ Öffnen… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Verification of %1: %2 (%3 problems)</source>
        <translation>Überprüfung von %1: %2 (%3 Probleme)</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>marked resolved by hand in the main window</source>
        <translation>im Hauptfenster von Hand als gelöst markiert</translation>
    </message>
    <message>
        <source>Filter by version, name or state…</source>
        <translation>Nach Version, Name oder Zustand filtern…</translation>
    </message>
    <message>
        <source>Select a migration to see its file and its DOWN section.</source>
        <translation>Wählen Sie eine Migration, um ihre Datei und ihren DOWN-Abschnitt zu sehen.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>&amp;Zurückrollen…</translation>
    </message>
    <message>
        <source>Choose migrations to roll back, preview their DOWN statements, and run them</source>
        <translation>Migrationen zum Zurückrollen wählen, ihre DOWN-Anweisungen in der Vorschau ansehen und sie ausführen</translation>
    </message>
    <message>
        <source>&amp;Rollback</source>
        <translation>&amp;Rollback</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show the %1 panel</source>
        <translation>Den Bereich %1 anzeigen</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put the panels, the splitter and the history&apos;s columns back as they were at first</source>
        <translation>Bereiche, Teiler und die Spalten der Historie wieder wie zu Beginn anordnen</translation>
    </message>
    <message>
        <source>%1 — Backstep</source>
        <translation>%1 — Backstep</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the migrations folder:</source>
        <translation>
            <numerusform>%n Problem im Migrationsordner:</numerusform>
            <numerusform>%n Probleme im Migrationsordner:</numerusform>
        </translation>
    </message>
    <message>
        <source>no history table</source>
        <translation>keine Historientabelle</translation>
    </message>
    <message>
        <source>history %1 (%2), rollback order: %3</source>
        <translation>Historie %1 (%2), Rollback-Reihenfolge: %3</translation>
    </message>
    <message>
        <source>as applied</source>
        <translation>wie angewendet</translation>
    </message>
    <message>
        <source>by version</source>
        <translation>nach Version</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is in the database&apos;s history, but there is no migration file for it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; steht in der Historie der Datenbank, aber es gibt keine Migrationsdatei dazu.</translation>
    </message>
    <message>
        <source>-- No file for version %1.</source>
        <translation>-- Keine Datei für Version %1.</translation>
    </message>
    <message numerus="yes">
        <source>DOWN: %n statement(s)</source>
        <translation>
            <numerusform>DOWN: %n Anweisung</numerusform>
            <numerusform>DOWN: %n Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;irreversible: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;nicht umkehrbar: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>history not read</source>
        <translation>Historie nicht gelesen</translation>
    </message>
    <message>
        <source>No migration matches the filter.</source>
        <translation>Keine Migration passt zum Filter.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Run the &amp;playbook…</source>
        <translation>&amp;Playbook ausführen…</translation>
    </message>
    <message>
        <source>The whole rollback playbook as one guided, resumable flow: stop, back up, rehearse, roll back, verify, validate, start, watch the log, report</source>
        <translation>Das ganze Rollback-Playbook als ein geführter, fortsetzbarer Ablauf: stoppen, sichern, proben, zurückrollen, prüfen, validieren, starten, das Log beobachten, berichten</translation>
    </message>
</context>
<context>
    <name>backstep::MigrationHistoryModel</name>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Anweisung</numerusform>
            <numerusform>%n Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source>irreversible</source>
        <translation>nicht umkehrbar</translation>
    </message>
    <message>
        <source>Cannot be rolled back: %1</source>
        <translation>Kann nicht zurückgerollt werden: %1</translation>
    </message>
    <message>
        <source>No migration file for version %1</source>
        <translation>Keine Migrationsdatei für Version %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Angewendet am</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <source>parse error, line %1</source>
        <translation>Syntaxfehler, Zeile %1</translation>
    </message>
    <message>
        <source>The DOWN section cannot be read past this error, so it cannot be rolled back until the file is fixed:
%1</source>
        <translation>Der DOWN-Abschnitt kann über diesen Fehler hinaus nicht gelesen werden, daher kann die Migration erst zurückgerollt werden, wenn die Datei korrigiert ist:
%1</translation>
    </message>
    <message>
        <source>The database&apos;s history could not be read: whether this migration is applied is not known</source>
        <translation>Die Historie der Datenbank konnte nicht gelesen werden: ob diese Migration angewendet ist, ist nicht bekannt</translation>
    </message>
</context>
<context>
    <name>backstep::MigrationSourceView</name>
    <message>
        <source>DOWN section: empty, this migration cannot be rolled back</source>
        <translation>DOWN-Abschnitt: leer, diese Migration kann nicht zurückgerollt werden</translation>
    </message>
    <message numerus="yes">
        <source>DOWN section: %n statement(s), run in this order on rollback</source>
        <translation>
            <numerusform>DOWN-Abschnitt: %n Anweisung, wird beim Rollback ausgeführt</numerusform>
            <numerusform>DOWN-Abschnitt: %n Anweisungen, werden beim Rollback in dieser Reihenfolge ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>rollback failed here: %1</source>
        <translation>Rollback ist hier fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>backstep::PasswordDialog</name>
    <message>
        <source>&amp;Password of %1 on %2:%3:</source>
        <translation>&amp;Passwort von %1 auf %2:%3:</translation>
    </message>
</context>
<context>
    <name>backstep::PlaybookController</name>
    <message>
        <source>a playbook run is already going on</source>
        <translation>ein Playbook-Lauf ist bereits im Gang</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>keine Datenbank ist geöffnet</translation>
    </message>
    <message>
        <source>skipping &quot;%1&quot; needs a reason</source>
        <translation>„%1“ zu überspringen braucht einen Grund</translation>
    </message>
    <message>
        <source>Playbook run %1 for %2 started: %3</source>
        <translation>Playbook-Lauf %1 für %2 gestartet: %3</translation>
    </message>
    <message>
        <source>Playbook run %1 resumed</source>
        <translation>Playbook-Lauf %1 fortgesetzt</translation>
    </message>
    <message>
        <source>playbook run %1 is for %2, not for the open database</source>
        <translation>Playbook-Lauf %1 gehört zu %2, nicht zur geöffneten Datenbank</translation>
    </message>
    <message>
        <source>Playbook run %1 ended: %2</source>
        <translation>Playbook-Lauf %1 beendet: %2</translation>
    </message>
    <message>
        <source>Playbook run %1 could not go on: %2</source>
        <translation>Playbook-Lauf %1 konnte nicht weitergehen: %2</translation>
    </message>
    <message>
        <source>no incident report is stored for playbook run %1 yet: the report is the last step</source>
        <translation>für Playbook-Lauf %1 ist noch kein Vorfallsbericht gespeichert: der Bericht ist der letzte Schritt</translation>
    </message>
</context>
<context>
    <name>backstep::PlaybookDialog</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>skipped by the DBA</source>
        <translation>vom DBA übersprungen</translation>
    </message>
    <message>
        <source>not configured in the profile</source>
        <translation>im Profil nicht eingerichtet</translation>
    </message>
    <message>
        <source>not supported for this database</source>
        <translation>für diese Datenbank nicht unterstützt</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%v of %m steps settled</source>
        <translation>%v von %m Schritten abgeschlossen</translation>
    </message>
    <message>
        <source>The report&apos;s Markdown is on the clipboard.</source>
        <translation>Das Markdown des Berichts ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The journal: %1</source>
        <translation>Das Journal: %1</translation>
    </message>
    <message>
        <source>(none: this connection only, no service or log)</source>
        <translation>(keins: nur diese Verbindung, kein Dienst, kein Log)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no migration is applied; there is nothing to roll back.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: keine Migration ist angewendet; es gibt nichts zurückzurollen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Playbook for %1&lt;/b&gt; — %n migration(s) applied.</source>
        <translation>
            <numerusform>&lt;b&gt;Playbook für %1&lt;/b&gt; — %n Migration angewendet.</numerusform>
            <numerusform>&lt;b&gt;Playbook für %1&lt;/b&gt; — %n Migrationen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip &quot;%1&quot;</source>
        <translation>„%1“ überspringen</translation>
    </message>
    <message>
        <source>why (for the report)</source>
        <translation>warum (für den Bericht)</translation>
    </message>
    <message>
        <source>Reading playbook run %1…</source>
        <translation>Playbook-Lauf %1 wird gelesen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Playbook run %1&lt;/b&gt; for %2 (%3): step %4 of %5, %6</source>
        <translation>&lt;b&gt;Playbook-Lauf %1&lt;/b&gt; für %2 (%3): Schritt %4 von %5, %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;Playbook run %1&lt;/b&gt; for %2 (%3): %4</source>
        <translation>&lt;b&gt;Playbook-Lauf %1&lt;/b&gt; für %2 (%3): %4</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>&lt;b&gt;The playbook could not go on:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Das Playbook konnte nicht weitergehen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>&amp;Cancel the playbook</source>
        <translation>Playbook &amp;abbrechen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export the incident report</source>
        <translation>Den Vorfallsbericht exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report is in %1.</source>
        <translation>Der Bericht liegt in %1.</translation>
    </message>
    <message>
        <source>the journal, playbook run %1 (backstep-cli playbook show %1)</source>
        <translation>im Journal, Playbook-Lauf %1 (backstep-cli playbook show %1)</translation>
    </message>
    <message>
        <source>The profile has no contact with an e-mail address.</source>
        <translation>Das Profil hat keinen Kontakt mit E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No mail program took the message; Copy summary puts it on the clipboard instead.</source>
        <translation>Kein E-Mail-Programm hat die Nachricht übernommen; „Zusammenfassung kopieren“ legt sie stattdessen in die Zwischenablage.</translation>
    </message>
    <message>
        <source>The summary was cut to fit a mail link; the message says where the whole report is.</source>
        <translation>Die Zusammenfassung wurde für den E-Mail-Link gekürzt; die Nachricht nennt, wo der vollständige Bericht liegt.</translation>
    </message>
    <message>
        <source>%1: the report is exported as .html, .md, .json or .pdf</source>
        <translation>%1: Der Bericht wird als .html, .md, .json oder .pdf exportiert</translation>
    </message>
    <message>
        <source>no report of playbook run %1 is loaded</source>
        <translation>kein Bericht von Playbook-Lauf %1 ist geladen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Proposed: %1.</source>
        <translation>Vorgeschlagen: %1.</translation>
    </message>
</context>
<context>
    <name>backstep::PlaybookRunBanner</name>
    <message>
        <source>Resume the &amp;playbook</source>
        <translation>&amp;Playbook fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Show its steps</source>
        <translation>&amp;Seine Schritte zeigen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>wurde abgebrochen</translation>
    </message>
    <message>
        <source>was interrupted</source>
        <translation>wurde unterbrochen</translation>
    </message>
    <message>
        <source>Playbook run %1 %2 after its last step</source>
        <translation>Playbook-Lauf %1 %2 nach seinem letzten Schritt</translation>
    </message>
    <message>
        <source>Playbook run %1 %2 at step %3 of %4 (%5)</source>
        <translation>Playbook-Lauf %1 %2 bei Schritt %3 von %4 (%5)</translation>
    </message>
    <message>
        <source>Resume it from that step (a step already done is never done again), or open it to see each step&apos;s evidence.</source>
        <translation>Setzen Sie ihn ab diesem Schritt fort (ein erledigter Schritt wird nie wiederholt), oder öffnen Sie ihn, um die Belege jedes Schritts zu sehen.</translation>
    </message>
    <message>
        <source>Playbook run %1 of %2 (%3), started %4 by %5 on %6</source>
        <translation>Playbook-Lauf %1 von %2 (%3), gestartet %4 von %5 auf %6</translation>
    </message>
</context>
<context>
    <name>backstep::ProcessRunner</name>
    <message>
        <source>exited with status %1</source>
        <translation>endete mit Status %1</translation>
    </message>
    <message>
        <source>was killed by signal %1</source>
        <translation>wurde durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>did not finish within %1 s and was killed with its process group</source>
        <translation>wurde nicht innerhalb von %1 s fertig und mit seiner Prozessgruppe beendet</translation>
    </message>
    <message>
        <source>was cancelled and killed with its process group</source>
        <translation>wurde abgebrochen und mit seiner Prozessgruppe beendet</translation>
    </message>
    <message>
        <source>could not be started (%1: %2)</source>
        <translation>konnte nicht gestartet werden (%1: %2)</translation>
    </message>
</context>
<context>
    <name>backstep::ProfileEditor</name>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>preferred (the clients&apos; default: TLS when the server offers it)</source>
        <translation>preferred (Vorgabe der Clients: TLS, wenn der Server es anbietet)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled (aus)</translation>
    </message>
    <message>
        <source>required (no certificate check)</source>
        <translation>required (ohne Zertifikatsprüfung)</translation>
    </message>
    <message>
        <source>verify-ca (the server&apos;s certificate, by the CA)</source>
        <translation>verify-ca (Zertifikat des Servers, geprüft gegen die CA)</translation>
    </message>
    <message>
        <source>verify-identity (CA and host name)</source>
        <translation>verify-identity (CA und Hostname)</translation>
    </message>
    <message>
        <source>systemd (over D-Bus)</source>
        <translation>systemd (über D-Bus)</translation>
    </message>
    <message>
        <source>commands (run by /bin/sh)</source>
        <translation>commands (ausgeführt von /bin/sh)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>Migrations folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Validation command %1: the timeout &quot;%2&quot; is not a number of seconds</source>
        <translation>Validierungsbefehl %1: die Zeitüberschreitung „%2“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>Validation command %1: &quot;%2&quot; is not NAME=value</source>
        <translation>Validierungsbefehl %1: „%2“ hat nicht die Form NAME=Wert</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is already a profile named &quot;%1&quot;: rename or delete it first</source>
        <translation>es gibt bereits ein Profil namens „%1“: benennen Sie es zuerst um oder löschen Sie es</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>%n Profil aus %1 importiert.</numerusform>
            <numerusform>%n Profile aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>Backstep profiles (*.json)</source>
        <translation>Backstep-Profile (*.json)</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>No database named.</source>
        <translation>Keine Datenbank angegeben.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Asking for the state of %1…</source>
        <translation>Zustand von %1 wird abgefragt…</translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation>Beobachtet: %1</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> seit %1</translation>
    </message>
    <message>
        <source>Show the whole webhook URL, its token included</source>
        <translation>Die ganze Webhook-URL samt Token anzeigen</translation>
    </message>
    <message>
        <source>Hide the webhook URL&apos;s token</source>
        <translation>Das Token der Webhook-URL verbergen</translation>
    </message>
    <message>
        <source>Posts to %1 (the rest, its token, is hidden)</source>
        <translation>Sendet an %1 (der Rest, das Token, ist verborgen)</translation>
    </message>
</context>
<context>
    <name>backstep::ProfilesController</name>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Edit, test, import and export connection profiles</source>
        <translation>Verbindungsprofile bearbeiten, testen, importieren und exportieren</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
</context>
<context>
    <name>backstep::RollbackController</name>
    <message>
        <source>the database cannot be read: %1</source>
        <translation>die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Rollback of %1 started: %2</source>
        <translation>Rollback von %1 gestartet: %2</translation>
    </message>
    <message>
        <source>Rollback run %1 resumed, skipping the failed statement</source>
        <translation>Rollback-Lauf %1 fortgesetzt, die fehlgeschlagene Anweisung wird übersprungen</translation>
    </message>
    <message>
        <source>Rollback run %1 resumed</source>
        <translation>Rollback-Lauf %1 fortgesetzt</translation>
    </message>
    <message>
        <source>Rollback: %1 %2 rolled back</source>
        <translation>Rollback: %1 %2 zurückgerollt</translation>
    </message>
    <message>
        <source>Rollback of %1 %2: %3</source>
        <translation>Rollback von %1 %2: %3</translation>
    </message>
    <message>
        <source>Rollback run %1 of %2 ended: %3 (%4 of %5 steps settled)</source>
        <translation>Rollback-Lauf %1 von %2 beendet: %3 (%4 von %5 Schritten abgeschlossen)</translation>
    </message>
    <message>
        <source>a rollback is running</source>
        <translation>ein Rollback läuft</translation>
    </message>
    <message>
        <source>Rollback run %1 %2: %3</source>
        <translation>Rollback-Lauf %1 %2: %3</translation>
    </message>
    <message>
        <source>the journal (the backup catalog) cannot be opened: %1</source>
        <translation>das Journal (der Backup-Katalog) kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Rollback run %1 resumed; the undecided statement marked done</source>
        <translation>Rollback-Lauf %1 fortgesetzt; die unentschiedene Anweisung wurde als erledigt markiert</translation>
    </message>
    <message>
        <source>Rollback run %1 resumed; the undecided statement runs again</source>
        <translation>Rollback-Lauf %1 fortgesetzt; die unentschiedene Anweisung wird erneut ausgeführt</translation>
    </message>
    <message>
        <source>another run is being closed</source>
        <translation>ein anderer Lauf wird gerade geschlossen</translation>
    </message>
</context>
<context>
    <name>backstep::RollbackDialog</name>
    <message>
        <source>Roll back %1</source>
        <translation>%1 zurückrollen</translation>
    </message>
    <message numerus="yes">
        <source>What should be rolled back on &lt;b&gt;%1&lt;/b&gt;? %n migration(s) are applied; DOWN sections run most recent first.</source>
        <translation>
            <numerusform>Was soll auf &lt;b&gt;%1&lt;/b&gt; zurückgerollt werden? %n Migration ist angewendet; DOWN-Abschnitte laufen, die neueste zuerst.</numerusform>
            <numerusform>Was soll auf &lt;b&gt;%1&lt;/b&gt; zurückgerollt werden? %n Migrationen sind angewendet; DOWN-Abschnitte laufen, die neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The most recent migration (%1)</source>
        <translation>Die neueste Migration (%1)</translation>
    </message>
    <message>
        <source>The migrations selected in the history: %1</source>
        <translation>Die in der Historie ausgewählten Migrationen: %1</translation>
    </message>
    <message>
        <source>Without a backup taken at the current version, nothing can bring the data back if a DOWN section destroys it. To run anyway, type the database&apos;s name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Ohne ein Backup bei der aktuellen Version kann nichts die Daten zurückbringen, wenn ein DOWN-Abschnitt sie zerstört. Um trotzdem auszuführen, geben Sie den Namen der Datenbank ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation>Backup wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n step(s); %2</source>
        <translation>
            <numerusform>Lauf %1: %n Schritt; %2</numerusform>
            <numerusform>Lauf %1: %n Schritte; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Run rollback</source>
        <translation>Rollback aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;This plan cannot run:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dieser Plan kann nicht ausgeführt werden:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you run it:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bevor Sie den Plan ausführen:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Asking the database what this plan destroys and who may block it…</source>
        <translation>Die Datenbank wird gefragt, was dieser Plan zerstört und wer ihn blockieren könnte…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety net:&lt;/b&gt; fresh %1.</source>
        <translation>&lt;b&gt;Sicherheitsnetz:&lt;/b&gt; aktuelles %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No fresh backup:&lt;/b&gt; %1. Back up now, or run without one below.</source>
        <translation>&lt;b&gt;Kein aktuelles Backup:&lt;/b&gt; %1. Sichern Sie jetzt oder führen Sie unten ohne Backup aus.</translation>
    </message>
    <message>
        <source>Starting: %1…</source>
        <translation>Start: %1…</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 · %4
%5</source>
        <translation>Schritt %1 von %2 · %3 · %4
%5</translation>
    </message>
    <message>
        <source>%1/%2 FAILED %3 — %4</source>
        <translation>%1/%2 FEHLGESCHLAGEN %3 — %4</translation>
    </message>
    <message>
        <source>%1/%2 skipped %3</source>
        <translation>%1/%2 übersprungen %3</translation>
    </message>
    <message>
        <source>%1/%2 ok %3 ms  %4</source>
        <translation>%1/%2 ok %3 ms  %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rolled back.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zurückgerollt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The database is at version &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Die Datenbank ist bei Version &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rollback stopped at an error.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Das Rollback hat bei einem Fehler angehalten.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interrupted.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Unterbrochen.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing ran.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nichts wurde ausgeführt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 %4 · %5

%6

%7</source>
        <translation>Schritt %1 von %2 · %3 %4 · %5

%6

%7</translation>
    </message>
    <message>
        <source>&amp;Retry the statement</source>
        <translation>Anweisung wi&amp;ederholen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Run %1 (%2) is %3 with %4 of %5 steps settled.</source>
        <translation>Lauf %1 (%2) ist %3, %4 von %5 Schritten abgeschlossen.</translation>
    </message>
    <message>
        <source>Resuming run %1…</source>
        <translation>Lauf %1 wird fortgesetzt…</translation>
    </message>
    <message>
        <source>There is no complete backup to restore.</source>
        <translation>Es gibt kein vollständiges Backup zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Skip and Restore change the database with no way back: type &lt;b&gt;%1&lt;/b&gt; to enable them. Skipping is recorded in the journal.</source>
        <translation>Überspringen und Wiederherstellen ändern die Datenbank unwiderruflich: geben Sie &lt;b&gt;%1&lt;/b&gt; ein, um sie freizuschalten. Das Überspringen wird im Journal verzeichnet.</translation>
    </message>
    <message>
        <source>Run %1: going on from the first unsettled step</source>
        <translation>Lauf %1: weiter ab dem ersten nicht abgeschlossenen Schritt</translation>
    </message>
    <message>
        <source>Run %1: skipping the failed statement, then going on</source>
        <translation>Lauf %1: die fehlgeschlagene Anweisung wird übersprungen, dann geht es weiter</translation>
    </message>
    <message>
        <source>aborted in the rollback dialog</source>
        <translation>im Rollback-Dialog abgebrochen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1 aborted.&lt;/b&gt; Nothing more of it will run; the database stays as it is now.</source>
        <translation>&lt;b&gt;Lauf %1 abgebrochen.&lt;/b&gt; Nichts weiter davon wird ausgeführt; die Datenbank bleibt, wie sie jetzt ist.</translation>
    </message>
    <message>
        <source>Restoring %1 (taken %2)…</source>
        <translation>%1 wird wiederhergestellt (erstellt %2)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The restore failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Wiederherstellung ist fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>resolved by restoring the backup %1</source>
        <translation>durch Wiederherstellen des Backups %1 gelöst</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup restored&lt;/b&gt; (%1); run %2 marked resolved.</source>
        <translation>&lt;b&gt;Backup wiederhergestellt&lt;/b&gt; (%1); Lauf %2 als gelöst markiert.</translation>
    </message>
    <message>
        <source>connection %1 ended (Kill blocker)</source>
        <translation>Verbindung %1 beendet („Blockierer beenden“)</translation>
    </message>
    <message>
        <source>connection %1 was not ended: %2</source>
        <translation>Verbindung %1 wurde nicht beendet: %2</translation>
    </message>
    <message>
        <source>Looking for a fresh backup in the catalog…</source>
        <translation>Aktuelles Backup im Katalog wird gesucht…</translation>
    </message>
    <message>
        <source>%1/%2 CANCELLED %3 — %4</source>
        <translation>%1/%2 ABGEBROCHEN %3 — %4</translation>
    </message>
    <message>
        <source>Fix the cause and retry the statement, skip it, abort the run, or restore the backup.</source>
        <translation>Beheben Sie die Ursache und wiederholen Sie die Anweisung, überspringen Sie sie, brechen Sie den Lauf ab oder stellen Sie das Backup wieder her.</translation>
    </message>
    <message>
        <source>Look at the data, then say what happened: it took effect (mark it done) or it did not (run it again). Backstep does not guess.</source>
        <translation>Sehen Sie sich die Daten an und sagen Sie dann, was geschehen ist: sie wurde wirksam (als erledigt markieren) oder nicht (erneut ausführen). Backstep rät nicht.</translation>
    </message>
    <message>
        <source>It goes on to its end there: wait for it, or cancel it where it runs. Nothing was changed here.</source>
        <translation>Er läuft dort bis zu seinem Ende: warten Sie darauf oder brechen Sie ihn dort ab, wo er läuft. Hier wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Resume it, restore the backup, or abort it before a new run.</source>
        <translation>Setzen Sie ihn fort, stellen Sie das Backup wieder her oder brechen Sie ihn vor einem neuen Lauf ab.</translation>
    </message>
    <message>
        <source>Go back to the safety step.</source>
        <translation>Gehen Sie zurück zum Sicherheitsschritt.</translation>
    </message>
    <message>
        <source>Close this dialog and plan again: the history view shows the database as it is now.</source>
        <translation>Schließen Sie diesen Dialog und planen Sie neu: die Historienansicht zeigt die Datenbank, wie sie jetzt ist.</translation>
    </message>
    <message>
        <source>Resume when you are ready: what took effect is decided from the database first.</source>
        <translation>Setzen Sie fort, wenn Sie bereit sind: was wirksam wurde, wird zuerst anhand der Datenbank entschieden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your decision is needed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ihre Entscheidung ist gefragt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Tables: %1
What is known: %2</source>
        <translation>Tabellen: %1
Was bekannt ist: %2</translation>
    </message>
    <message>
        <source>Reading run %1 from the journal…</source>
        <translation>Lauf %1 wird aus dem Journal gelesen…</translation>
    </message>
    <message>
        <source>Deciding, skipping and restoring change the database with no way back: type &lt;b&gt;%1&lt;/b&gt; to enable them. Your decision is recorded in the journal.</source>
        <translation>Entscheiden, Überspringen und Wiederherstellen ändern die Datenbank unwiderruflich: geben Sie &lt;b&gt;%1&lt;/b&gt; ein, um sie freizuschalten. Ihre Entscheidung wird im Journal verzeichnet.</translation>
    </message>
    <message>
        <source>Run %1: the statement took effect; going on after it</source>
        <translation>Lauf %1: die Anweisung wurde wirksam; es geht danach weiter</translation>
    </message>
    <message>
        <source>Run %1: the statement did not take effect; running it again</source>
        <translation>Lauf %1: die Anweisung wurde nicht wirksam; sie wird erneut ausgeführt</translation>
    </message>
    <message>
        <source>Aborting run %1…</source>
        <translation>Lauf %1 wird abgebrochen…</translation>
    </message>
    <message>
        <source>The progress table could not be removed (%1); it goes when a later run of this database settles.</source>
        <translation>Die Fortschrittstabelle konnte nicht entfernt werden (%1); sie verschwindet, wenn ein späterer Lauf dieser Datenbank abgeschlossen wird.</translation>
    </message>
    <message>
        <source>Backup restored (%1); marking run %2 resolved…</source>
        <translation>Backup wiederhergestellt (%1); Lauf %2 wird als gelöst markiert…</translation>
    </message>
</context>
<context>
    <name>backstep::RollbackPlanModel</name>
    <message>
        <source>record in the history table that %1 is rolled back</source>
        <translation>in der Historientabelle verzeichnen, dass %1 zurückgerollt ist</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The server commits before this statement: it cannot be undone by a transaction.</source>
        <translation>Der Server committet vor dieser Anweisung: sie kann nicht durch eine Transaktion rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File:line</source>
        <translation>Datei:Zeile</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Implicit commit</source>
        <translation>Impliziter Commit</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Historie</translation>
    </message>
</context>
<context>
    <name>backstep::RunCloseGuard</name>
    <message>
        <source>A rollback is running</source>
        <translation>Ein Rollback läuft</translation>
    </message>
    <message>
        <source>A rollback of %1 is running (%2 of %3 steps settled). Closing now would leave it unfinished.</source>
        <translation>Ein Rollback von %1 läuft (%2 von %3 Schritten abgeschlossen). Wenn Sie jetzt schließen, bleibt es unvollendet.</translation>
    </message>
    <message>
        <source>Cancel it: the running statement is interrupted and the window closes when the run has stopped; it can be resumed later. Or let it finish, and the window closes then.</source>
        <translation>Brechen Sie es ab: die laufende Anweisung wird unterbrochen, und das Fenster schließt sich, sobald der Lauf angehalten hat; er kann später fortgesetzt werden. Oder lassen Sie es zu Ende laufen, dann schließt sich das Fenster.</translation>
    </message>
    <message>
        <source>Cancel the rollback and close</source>
        <translation>Rollback abbrechen und schließen</translation>
    </message>
    <message>
        <source>The playbook is running</source>
        <translation>Das Playbook läuft</translation>
    </message>
    <message>
        <source>between two steps</source>
        <translation>zwischen zwei Schritten</translation>
    </message>
    <message>
        <source>The playbook for %1 is running (now: %2). Closing now would leave it unfinished.</source>
        <translation>Das Playbook für %1 läuft (gerade: %2). Jetzt zu schließen ließe es unvollendet.</translation>
    </message>
    <message>
        <source>Cancel it: the flow stops before its next step and the window closes then; it can be resumed later. Or let it finish, and the window closes then.</source>
        <translation>Abbrechen: Der Ablauf hält vor seinem nächsten Schritt an, dann schließt sich das Fenster; er kann später fortgesetzt werden. Oder ihn zu Ende laufen lassen, dann schließt sich das Fenster.</translation>
    </message>
    <message>
        <source>Cancel the playbook and close</source>
        <translation>Playbook abbrechen und schließen</translation>
    </message>
    <message>
        <source>Close when it finishes</source>
        <translation>Schließen, wenn es fertig ist</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Fenster offen lassen</translation>
    </message>
</context>
<context>
    <name>backstep::RunHistoryController</name>
    <message>
        <source>Run history</source>
        <translation>Lauf-Historie</translation>
    </message>
</context>
<context>
    <name>backstep::RunHistoryModel</name>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>backstep::RunHistoryPanel</name>
    <message>
        <source>Only the open database</source>
        <translation>Nur die geöffnete Datenbank</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Filter by status, target, file, run…</source>
        <translation>Nach Status, Ziel, Datei, Lauf filtern…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Open an entry to see its steps and its report.</source>
        <translation>Öffnen Sie einen Eintrag, um seine Schritte und seinen Bericht zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2 of %3, %4: %5</source>
        <translation>%1 %2 von %3, %4: %5</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>A backup has no report; its catalog row says: %1</source>
        <translation>Ein Backup hat keinen Bericht; seine Katalogzeile lautet: %1</translation>
    </message>
    <message>
        <source>No verification report is stored for this run.</source>
        <translation>Für diesen Lauf ist kein Überprüfungsbericht gespeichert.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No incident report is stored for this playbook run yet: the report is its last step.</source>
        <translation>Für diesen Playbook-Lauf ist noch kein Vorfallsbericht gespeichert: der Bericht ist sein letzter Schritt.</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>backstep::RunningStatementPanel</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What it holds or runs</source>
        <translation>Was sie hält oder ausführt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelling:&lt;/b&gt; the running statement is interrupted on the server; nothing after it starts. Whether it took effect is decided when the run goes on.</source>
        <translation>&lt;b&gt;Abbruch:&lt;/b&gt; die laufende Anweisung wird auf dem Server unterbrochen; nichts danach startet. Ob sie wirksam wurde, wird entschieden, wenn der Lauf weitergeht.</translation>
    </message>
    <message numerus="yes">
        <source>Running for &lt;b&gt;%n s&lt;/b&gt;</source>
        <translation>
            <numerusform>Läuft seit &lt;b&gt;%n s&lt;/b&gt;</numerusform>
            <numerusform>Läuft seit &lt;b&gt;%n s&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>the server says: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>der Server meldet: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending connection &lt;b&gt;%1&lt;/b&gt; rolls back its transaction and is recorded in the journal. Type its id to enable:</source>
        <translation>Das Beenden der Verbindung &lt;b&gt;%1&lt;/b&gt; rollt ihre Transaktion zurück und wird im Journal verzeichnet. Geben Sie ihre ID ein, um es freizuschalten:</translation>
    </message>
    <message>
        <source>Select the connection to end.</source>
        <translation>Wählen Sie die zu beendende Verbindung.</translation>
    </message>
</context>
<context>
    <name>backstep::ServiceController</name>
    <message>
        <source>%1 is still busy with %2; try again when it has finished</source>
        <translation>%1 ist noch mit %2 beschäftigt; versuchen Sie es erneut, wenn das erledigt ist</translation>
    </message>
    <message>
        <source>Not recorded in the journal: %1</source>
        <translation>Nicht im Journal verzeichnet: %1</translation>
    </message>
    <message>
        <source>%1 backend, %2 ms, state %3</source>
        <translation>Backend %1, %2 ms, Zustand %3</translation>
    </message>
    <message>
        <source>inactive or failed</source>
        <translation>inaktiv oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>activating</source>
        <translation>wird aktiviert</translation>
    </message>
    <message>
        <source>deactivating</source>
        <translation>wird deaktiviert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stoppen</translation>
    </message>
    <message>
        <source>start</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>neu starten</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status abfragen</translation>
    </message>
</context>
<context>
    <name>backstep::ServiceDockController</name>
    <message>
        <source>Service %1: %2 started</source>
        <translation>Dienst %1: „%2“ gestartet</translation>
    </message>
    <message>
        <source>Service %1: %2 %3 (%4 s)</source>
        <translation>Dienst %1: „%2“ %3 (%4 s)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>backstep::ServicePanel</name>
    <message>
        <source>&lt;b&gt;No service configured&lt;/b&gt;&lt;br&gt;Add the application&apos;s service to the connection profile (its unit name and the systemd or commands backend) to stop it before a rollback and start it afterwards from here.</source>
        <translation>&lt;b&gt;Kein Dienst konfiguriert&lt;/b&gt;&lt;br&gt;Fügen Sie den Dienst der Anwendung zum Verbindungsprofil hinzu (seinen Unit-Namen und das Backend systemd oder commands), um ihn hier vor einem Rollback zu stoppen und danach wieder zu starten.</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>Neu starten…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Ask the service for its state again</source>
        <translation>Den Dienst erneut nach seinem Zustand fragen</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 stoppen</translation>
    </message>
    <message>
        <source>Stop %1? The application is unavailable until it is started again.</source>
        <translation>%1 stoppen? Die Anwendung ist nicht verfügbar, bis sie wieder gestartet wird.</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>Restart %1? Its users lose their sessions while it restarts.</source>
        <translation>%1 neu starten? Ihre Benutzer verlieren während des Neustarts ihre Sitzungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The service %1 cannot be used&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Der Dienst %1 kann nicht verwendet werden&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;%2 %3&lt;/span&gt; — %4 s, %5&lt;br&gt;%6</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;%2 %3&lt;/span&gt; — %4 s, %5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>backstep::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System (as the desktop)</source>
        <translation>&amp;System (wie die Arbeitsumgebung)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>backstep::UnfinishedRunBanner</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Restore &amp;backup…</source>
        <translation>&amp;Backup wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation>Als &amp;gelöst markieren</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>Run %1 %2 after its last step (%3 of %3 settled)</source>
        <translation>Lauf %1 %2 nach seinem letzten Schritt (%3 von %3 abgeschlossen)</translation>
    </message>
    <message>
        <source>Run %1 %2 at step %3 of %4 (%5, %6)</source>
        <translation>Lauf %1 %2 bei Schritt %3 von %4 (%5, %6)</translation>
    </message>
    <message>
        <source>This rollback did not finish: resume it from the next statement, restore the backup, or mark it resolved if you finished it by hand.</source>
        <translation>Dieses Rollback wurde nicht abgeschlossen: setzen Sie es ab der nächsten Anweisung fort, stellen Sie das Backup wieder her oder markieren Sie es als gelöst, wenn Sie es von Hand abgeschlossen haben.</translation>
    </message>
    <message numerus="yes">
        <source>(%n older unfinished run(s) too.)</source>
        <translation>
            <numerusform>(Dazu %n älterer unfertiger Lauf.)</numerusform>
            <numerusform>(Dazu %n ältere unfertige Läufe.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 of %2, started %3 by %4 on %5</source>
        <translation>Lauf %1 von %2, gestartet %3 von %4 auf %5</translation>
    </message>
</context>
<context>
    <name>backstep::ValidationRunner</name>
    <message>
        <source>not run: the validation was cancelled</source>
        <translation>nicht ausgeführt: die Validierung wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot start /bin/sh: %1</source>
        <translation>/bin/sh kann nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>[%n earlier line(s) not kept]</source>
        <translation>
            <numerusform>[%n frühere Zeile nicht aufbewahrt]</numerusform>
            <numerusform>[%n frühere Zeilen nicht aufbewahrt]</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled after %1 s; its process group was killed</source>
        <translation>nach %1 s abgebrochen; seine Prozessgruppe wurde beendet</translation>
    </message>
    <message>
        <source>did not finish within %1 s; it was killed with its process group</source>
        <translation>nicht innerhalb von %1 s fertig; er wurde mit seiner Prozessgruppe beendet</translation>
    </message>
    <message>
        <source> It left processes running in its process group; they were killed.</source>
        <translation> Er hat Prozesse in seiner Prozessgruppe laufen lassen; sie wurden beendet.</translation>
    </message>
    <message>
        <source>killed by signal %1 after %2 s</source>
        <translation>nach %2 s durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>the shell could not run it (status %1)%2</source>
        <translation>die Shell konnte ihn nicht ausführen (Status %1)%2</translation>
    </message>
    <message>
        <source>exited with status %1 after %2 s%3</source>
        <translation>nach %2 s mit Status %1 beendet%3</translation>
    </message>
    <message>
        <source>exited with status 0 after %1 s</source>
        <translation>nach %1 s mit Status 0 beendet</translation>
    </message>
    <message>
        <source>folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>environment: %1 (values not recorded)</source>
        <translation>Umgebung: %1 (Werte nicht aufgezeichnet)</translation>
    </message>
    <message>
        <source>timeout: %1 s</source>
        <translation>Zeitüberschreitung: %1 s</translation>
    </message>
</context>
<context>
    <name>backstep::VerificationPanel</name>
    <message>
        <source>Verify now</source>
        <translation>Jetzt überprüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>Jetzt über&amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Export verification report…</source>
        <translation>Überprüfungsbericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>No verification yet. After a rollback, Verify now compares the schema with the expected state, checks the data and runs the validation commands.</source>
        <translation>Noch keine Überprüfung. Nach einem Rollback vergleicht „Jetzt überprüfen“ das Schema mit dem erwarteten Zustand, prüft die Daten und führt die Validierungsbefehle aus.</translation>
    </message>
    <message>
        <source>Schema, constraints, indexes and data against the expected state at the current version, then the validation commands</source>
        <translation>Schema, Constraints, Indizes und Daten gegen den erwarteten Zustand bei der aktuellen Version, dann die Validierungsbefehle</translation>
    </message>
    <message>
        <source>Validation commands&apos; output appears here as they run.</source>
        <translation>Die Ausgabe der Validierungsbefehle erscheint hier, während sie laufen.</translation>
    </message>
    <message>
        <source>Write the report shown as HTML, PDF or JSON</source>
        <translation>Den angezeigten Bericht als HTML, PDF oder JSON schreiben</translation>
    </message>
    <message>
        <source>Verifying… (schema, expected state, data checks, validation commands)</source>
        <translation>Überprüfung läuft… (Schema, erwarteter Zustand, Datenprüfungen, Validierungsbefehle)</translation>
    </message>
    <message>
        <source>PASS — %1 checks passed, the schema matches the expected state at %2</source>
        <translation>BESTANDEN — %1 Prüfungen bestanden, das Schema entspricht dem erwarteten Zustand bei %2</translation>
    </message>
    <message>
        <source>FAIL — %1 problems: %2 schema differences, %3 failed checks, %4 errors</source>
        <translation>NICHT BESTANDEN — %1 Probleme: %2 Schemaunterschiede, %3 fehlgeschlagene Prüfungen, %4 Fehler</translation>
    </message>
    <message>
        <source>Export the verification report</source>
        <translation>Überprüfungsbericht exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;JSON (*.json)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Last report, %1: %2</source>
        <translation>Letzter Bericht, %1: %2</translation>
    </message>
    <message>
        <source>Not connected to the database: Retry in the banner above the history</source>
        <translation>Nicht mit der Datenbank verbunden: „Erneut versuchen“ im Banner über der Historie</translation>
    </message>
</context>
<context>
    <name>backstep::WorkspaceController</name>
    <message>
        <source>Reading %1 and %2…</source>
        <translation>%1 und %2 werden gelesen…</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Where to write the backup (default: the current folder).</source>
        <translation>Wohin das Backup geschrieben wird (Vorgabe: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>none, gzip or zstd (default none).</source>
        <translation>none, gzip oder zstd (Vorgabe: none).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>error: --compress takes none, gzip or zstd</source>
        <translation>Fehler: --compress nimmt none, gzip oder zstd</translation>
    </message>
    <message>
        <source>%1  %2 bytes  sha256 %3  %4 s</source>
        <translation>%1  %2 Byte  sha256 %3  %4 s</translation>
    </message>
    <message>
        <source>error: backup %1: %2</source>
        <translation>Fehler: Backup %1: %2</translation>
    </message>
    <message>
        <source>Only the backups of this database.</source>
        <translation>Nur die Backups dieser Datenbank.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Das wiederherzustellende Backup.</translation>
    </message>
    <message>
        <source>Confirm: the database&apos;s data is replaced.</source>
        <translation>Bestätigung: die Daten der Datenbank werden ersetzt.</translation>
    </message>
    <message>
        <source>Restore into this database instead.</source>
        <translation>Stattdessen in diese Datenbank wiederherstellen.</translation>
    </message>
    <message>
        <source>db</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>error: name exactly one backup file to restore</source>
        <translation>Fehler: nennen Sie genau eine Backup-Datei zum Wiederherstellen</translation>
    </message>
    <message>
        <source>error: restoring replaces the data of %1; pass --yes to confirm</source>
        <translation>Fehler: die Wiederherstellung ersetzt die Daten von %1; bestätigen Sie mit --yes</translation>
    </message>
    <message>
        <source>%1 restored into %2</source>
        <translation>%1 in %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>restored %1 into %2</source>
        <translation>%1 in %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>Back up the data of the tables the rollback plan (--to, --steps or --only, with --migrations) touches, and the whole schema, routines, triggers and events without data. It cannot restore the data of any other table.</source>
        <translation>Die Daten der Tabellen sichern, die der Rollback-Plan (--to, --steps oder --only, mit --migrations) berührt, dazu das ganze Schema, Routinen, Trigger und Events ohne Daten. Die Daten anderer Tabellen lassen sich damit nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>error: a targeted backup needs the plan (--to, --steps or --only), and the plan is only for --targeted</source>
        <translation>Fehler: ein gezieltes Backup braucht den Plan (--to, --steps oder --only), und der Plan gilt nur für --targeted</translation>
    </message>
    <message>
        <source>targeted: the data of %1; it cannot restore %2</source>
        <translation>gezielt: die Daten von %1; %2 kann es nicht wiederherstellen</translation>
    </message>
</context>
<context>
    <name>checkbackup</name>
    <message>
        <source>%1: passed</source>
        <translation>%1: bestanden</translation>
    </message>
    <message>
        <source>%1: FAILED</source>
        <translation>%1: NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>  problem: %1</source>
        <translation>  Problem: %1</translation>
    </message>
    <message>
        <source>  compared: %1</source>
        <translation>  verglichen: %1</translation>
    </message>
    <message>
        <source>  not compared: %1</source>
        <translation>  nicht verglichen: %1</translation>
    </message>
    <message>
        <source>The backup&apos;s id in the catalog (backstep-cli backups).</source>
        <translation>Die ID des Backups im Katalog (backstep-cli backups).</translation>
    </message>
    <message>
        <source>Also restore it into a scratch database on the server of --url and compare the copy with the backup&apos;s manifest.</source>
        <translation>Es außerdem in eine temporäre Datenbank auf dem Server von --url wiederherstellen und die Kopie mit dem Manifest des Backups vergleichen.</translation>
    </message>
    <message>
        <source>error: name exactly one backup by its id (backstep-cli backups)</source>
        <translation>Fehler: nennen Sie genau ein Backup anhand seiner ID (backstep-cli backups)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: the catalog has no backup %1</source>
        <translation>Fehler: der Katalog hat kein Backup %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>test-restore</source>
        <translation>Testwiederherstellung</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Read a migrations folder and show every statement.</source>
        <translation>Einen Migrationsordner lesen und jede Anweisung zeigen.</translation>
    </message>
    <message>
        <source>Show which migrations a database has applied.</source>
        <translation>Zeigen, welche Migrationen eine Datenbank angewendet hat.</translation>
    </message>
    <message>
        <source>Back up a database with the playbook&apos;s dump.</source>
        <translation>Eine Datenbank mit dem Dump aus dem Playbook sichern.</translation>
    </message>
    <message>
        <source>List the backup catalog.</source>
        <translation>Den Backup-Katalog auflisten.</translation>
    </message>
    <message>
        <source>Restore a backup into a database.</source>
        <translation>Ein Backup in eine Datenbank wiederherstellen.</translation>
    </message>
    <message>
        <source>Show what a rollback would run, in order, and what it destroys.</source>
        <translation>Zeigen, was ein Rollback ausführen würde, in welcher Reihenfolge, und was es zerstört.</translation>
    </message>
    <message>
        <source>Roll back migrations statement by statement, journaled; resume after a crash.</source>
        <translation>Migrationen Anweisung für Anweisung zurückrollen, mit Journal; nach einem Absturz fortsetzen.</translation>
    </message>
    <message>
        <source>Take a snapshot of the schema and record it in the journal.</source>
        <translation>Einen Snapshot des Schemas erstellen und im Journal verzeichnen.</translation>
    </message>
    <message>
        <source>Verify a database after a rollback: schema against the expected state, data, assertions, commands.</source>
        <translation>Eine Datenbank nach einem Rollback überprüfen: Schema gegen den erwarteten Zustand, Daten, Zusicherungen, Befehle.</translation>
    </message>
    <message>
        <source>Create the SQLite demo workspace and print where.</source>
        <translation>Den SQLite-Demo-Arbeitsbereich anlegen und ausgeben, wo er liegt.</translation>
    </message>
    <message>
        <source>Show, stop, start or restart the application&apos;s service.</source>
        <translation>Den Dienst der Anwendung anzeigen, stoppen, starten oder neu starten.</translation>
    </message>
    <message>
        <source>Print a log file&apos;s last lines; --follow keeps printing new ones.</source>
        <translation>Die letzten Zeilen einer Logdatei ausgeben; --follow gibt laufend neue aus.</translation>
    </message>
    <message>
        <source>Run the application&apos;s validation commands (playbook step 6); exit 3 when one fails.</source>
        <translation>Die Validierungsbefehle der Anwendung ausführen (Playbook-Schritt 6); Exit-Code 3, wenn einer fehlschlägt.</translation>
    </message>
    <message>
        <source>Usage: backstep-cli COMMAND [options]

Commands:
</source>
        <translation>Aufruf: backstep-cli BEFEHL [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>
backstep-cli COMMAND --help shows a command&apos;s options. Exit codes: 0 ok, 1 the operation failed, 2 bad usage or bad input, 3 checks failed, 4 refused (no backup, lock held, irreversible).
</source>
        <translation>
backstep-cli BEFEHL --help zeigt die Optionen eines Befehls. Exit-Codes: 0 ok, 1 der Vorgang ist fehlgeschlagen, 2 falscher Aufruf oder falsche Eingabe, 3 Prüfungen fehlgeschlagen, 4 verweigert (kein Backup, Sperre gehalten, nicht umkehrbar).
</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;

</source>
        <translation>Fehler: unbekannter Befehl „%1“

</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>error: unexpected argument &quot;%1&quot;
</source>
        <translation>Fehler: unerwartetes Argument „%1“
</translation>
    </message>
    <message>
        <source>List, show, import, export or remove connection profiles (JSON, docs/profiles.md).</source>
        <translation>Verbindungsprofile auflisten, zeigen, importieren, exportieren oder entfernen (JSON, docs/profiles.md).</translation>
    </message>
    <message>
        <source>Verify a backup, or test-restore it, against what it held.</source>
        <translation>Ein Backup überprüfen oder testweise wiederherstellen, abgeglichen mit dem, was es enthielt.</translation>
    </message>
    <message>
        <source>Run the rollback playbook from a profile, resume a run, list the runs, or show one&apos;s incident report (md, html, json).</source>
        <translation>Das Rollback-Playbook für ein Profil ausführen, einen Lauf fortsetzen, die Läufe auflisten oder den Vorfallbericht eines Laufs zeigen (md, html, json).</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Where the demo lives (default: %1).</source>
        <translation>Wo die Demo liegt (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Create the demo again from scratch.</source>
        <translation>Die Demo von Grund auf neu anlegen.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>profile %1 saved in %2 (service %3, running; log %4)</source>
        <translation>Profil %1 in %2 gespeichert (Dienst %3, läuft; Log %4)</translation>
    </message>
</context>
<context>
    <name>parse</name>
    <message numerus="yes">
        <source>%1: %n migration(s), format %2</source>
        <translation>
            <numerusform>%1: %n Migration, Format %2</numerusform>
            <numerusform>%1: %n Migrationen, Format %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DOWN %n statement(s)</source>
        <translation>
            <numerusform>DOWN %n Anweisung</numerusform>
            <numerusform>DOWN %n Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source>irreversible: %1</source>
        <translation>nicht umkehrbar: %1</translation>
    </message>
    <message>
        <source>rollback declared empty</source>
        <translation>Rollback als leer deklariert</translation>
    </message>
    <message>
        <source>no-op</source>
        <translation>Nulloperation</translation>
    </message>
    <message>
        <source>Split plain files and Sqitch scripts as this client would send them to the target (parse connects to none): mariadb (comments dropped) or mysql (MySQL&apos;s client: comments sent).</source>
        <translation>Einfache Dateien und Sqitch-Skripte so aufteilen, wie dieser Client sie an das Ziel senden würde (parse verbindet sich mit keinem Server): mariadb (Kommentare entfernt) oder mysql (der Client von MySQL: Kommentare werden mitgesendet).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>error: unknown client &quot;%1&quot; (known: mariadb, mysql)</source>
        <translation>Fehler: unbekannter Client „%1“ (bekannt: mariadb, mysql)</translation>
    </message>
</context>
<context>
    <name>playbook</name>
    <message>
        <source>error: --format takes md, html or json, not &quot;%1&quot;</source>
        <translation>Fehler: --format nimmt md, html oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: the journal %1 has no playbook run %2</source>
        <translation>Fehler: das Journal %1 hat keinen Playbook-Lauf %2</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The report&apos;s format for show: md (default), html or json.</source>
        <translation>Das Format des Berichts für show: md (Vorgabe), html oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>run (with --profile and --to, --steps or --only), resume RUN, list, or show RUN (its incident report).</source>
        <translation>run (mit --profile und --to, --steps oder --only), resume LAUF, list oder show LAUF (sein Vorfallbericht).</translation>
    </message>
    <message>
        <source>show: write the report to FILE (its extension picks the format) instead of printing it; run, resume: write it there too.</source>
        <translation>show: den Bericht in DATEI schreiben (ihre Endung wählt das Format), statt ihn auszugeben; run, resume: ihn auch dorthin schreiben.</translation>
    </message>
    <message>
        <source>error: use &quot;playbook run --profile NAME (--to V | --steps N | --only V)&quot;, &quot;playbook resume RUN&quot;, &quot;playbook list&quot; or &quot;playbook show RUN&quot;</source>
        <translation>Fehler: „playbook run --profile NAME (--to V | --steps N | --only V)“, „playbook resume LAUF“, „playbook list“ oder „playbook show LAUF“ verwenden</translation>
    </message>
    <message>
        <source>error: the profile %1: %2</source>
        <translation>Fehler: das Profil %1: %2</translation>
    </message>
    <message>
        <source>error: the profile %1 names no migrations folder</source>
        <translation>Fehler: das Profil %1 nennt keinen Migrationsordner</translation>
    </message>
    <message>
        <source>%1
Go on? [y/N] </source>
        <translation>%1
Fortfahren? [j/N] </translation>
    </message>
    <message>
        <source>error: nothing was run: %1</source>
        <translation>Fehler: nichts wurde ausgeführt: %1</translation>
    </message>
    <message>
        <source>nothing was run</source>
        <translation>nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1: %2 …</translation>
    </message>
    <message>
        <source>%1: done (%2 s) %3</source>
        <translation>%1: erledigt (%2 s) %3</translation>
    </message>
    <message>
        <source>%1: skipped (%2) %3</source>
        <translation>%1: übersprungen (%2) %3</translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation>%1: FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <source>%1: cancelled: %2</source>
        <translation>%1: abgebrochen: %2</translation>
    </message>
    <message>
        <source>playbook run %1: done; its report: backstep-cli playbook show %1</source>
        <translation>Playbook-Lauf %1: erledigt; sein Bericht: backstep-cli playbook show %1</translation>
    </message>
    <message>
        <source>playbook run %1: %2%3; go on with: backstep-cli playbook resume %1</source>
        <translation>Playbook-Lauf %1: %2%3; fortsetzen mit: backstep-cli playbook resume %1</translation>
    </message>
    <message>
        <source>run: the stored connection profile the playbook is for.</source>
        <translation>run: das gespeicherte Verbindungsprofil, für das das Playbook läuft.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>run: full (default) or targeted (the data of the tables the plan touches, the rest of the schema without data).</source>
        <translation>run: full (Standard) oder targeted (die Daten der Tabellen, die der Plan berührt, der Rest des Schemas ohne Daten).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>run: where the backup is written (default: the current folder).</source>
        <translation>run: wohin die Sicherung geschrieben wird (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>run: skip this step (stop-service, rehearse, validate, start-service, watch-log), each with a --reason.</source>
        <translation>run: diesen Schritt überspringen (stop-service, rehearse, validate, start-service, watch-log), jeweils mit einem --reason.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>run: why the matching --skip is skipped (in the same order).</source>
        <translation>run: warum das zugehörige --skip übersprungen wird (in derselben Reihenfolge).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>run: seconds to watch the profile&apos;s logs after the service is back (default 300; 0 skips the watch).</source>
        <translation>run: Sekunden, die die Logs des Profils beobachtet werden, sobald der Dienst wieder läuft (Standard 300; 0 überspringt die Beobachtung).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>run, resume: go on without asking (needed without a terminal).</source>
        <translation>run, resume: ohne Rückfrage fortfahren (ohne Terminal nötig).</translation>
    </message>
    <message>
        <source>error: playbook run needs --profile NAME</source>
        <translation>Fehler: playbook run braucht --profile NAME</translation>
    </message>
    <message>
        <source>error: --backup: %1</source>
        <translation>Fehler: --backup: %1</translation>
    </message>
    <message>
        <source>error: --watch-log takes a number of seconds (0 or more), not &quot;%1&quot;</source>
        <translation>Fehler: --watch-log erwartet eine Anzahl Sekunden (0 oder mehr), nicht „%1“</translation>
    </message>
    <message>
        <source>error: every --skip needs its --reason (%1 --skip, %2 --reason)</source>
        <translation>Fehler: jedes --skip braucht sein --reason (%1 --skip, %2 --reason)</translation>
    </message>
    <message>
        <source>error: --skip: %1</source>
        <translation>Fehler: --skip: %1</translation>
    </message>
    <message>
        <source>The playbook for %1 (%2): roll back %3, %4 backup.</source>
        <translation>Das Playbook für %1 (%2): %3 zurückrollen, Sicherung %4.</translation>
    </message>
    <message>
        <source>playbook run %1</source>
        <translation>Playbook-Lauf %1</translation>
    </message>
    <message>
        <source>error: playbook run %1 is %2: nothing more runs</source>
        <translation>Fehler: Playbook-Lauf %1 ist %2: nichts wird mehr ausgeführt</translation>
    </message>
    <message>
        <source>error: the run&apos;s profile: %1</source>
        <translation>Fehler: das Profil des Laufs: %1</translation>
    </message>
    <message>
        <source>error: the profile %1 now names %2, and the run was against %3: nothing was run</source>
        <translation>Fehler: das Profil %1 nennt jetzt %2, der Lauf galt aber %3: nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>Resume playbook run %1 for %2 (%3): %4, from the step %5.</source>
        <translation>Playbook-Lauf %1 für %2 (%3) fortsetzen: %4, ab dem Schritt %5.</translation>
    </message>
    <message>
        <source>error: --skip %1: the step cannot be skipped, it is the playbook itself</source>
        <translation>Fehler: --skip %1: dieser Schritt kann nicht übersprungen werden, er ist das Playbook selbst</translation>
    </message>
    <message>
        <source>error: cannot read the history of %1: %2</source>
        <translation>Fehler: die Historie von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>error: no default target: %1</source>
        <translation>Fehler: kein Standardziel: %1</translation>
    </message>
    <message>
        <source>no --to, --steps or --only: %1 (%2)</source>
        <translation>kein --to, --steps oder --only: %1 (%2)</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (else BACKSTEP_PASSWORD, else the keyring when the profile remembers its password, else a prompt).</source>
        <translation>Das Passwort aus der ersten Zeile dieser Datei lesen (sonst BACKSTEP_PASSWORD, sonst aus dem Schlüsselbund, wenn das Profil sein Passwort speichert, sonst eine Abfrage).</translation>
    </message>
    <message>
        <source>error: playbook run %1 was started without a profile: it has no contacts to notify</source>
        <translation>Fehler: Playbook-Lauf %1 wurde ohne Profil gestartet: er hat keine Kontakte zum Benachrichtigen</translation>
    </message>
    <message>
        <source>note: the e-mail&apos;s summary was cut to fit a mail link; it says where the whole report is</source>
        <translation>Hinweis: Die Zusammenfassung der E-Mail wurde gekürzt, damit sie in einen Mail-Link passt; sie sagt, wo der ganze Bericht liegt</translation>
    </message>
    <message>
        <source>note: the profile %1 has no contact with an e-mail address</source>
        <translation>Hinweis: Das Profil %1 hat keinen Kontakt mit E-Mail-Adresse</translation>
    </message>
    <message>
        <source>note: the profile %1 has no webhook</source>
        <translation>Hinweis: Das Profil %1 hat keinen Webhook</translation>
    </message>
    <message>
        <source>summary posted to %1</source>
        <translation>Zusammenfassung an %1 gesendet</translation>
    </message>
    <message>
        <source>show: instead of the report, tell the contacts of the run&apos;s profile: the summary in Markdown and a mailto: URL on standard output, and the summary posted to the profile&apos;s webhook (exit 1 when that fails).</source>
        <translation>show: statt des Berichts die Kontakte des Profils des Laufs benachrichtigen: die Zusammenfassung in Markdown und eine mailto:-URL auf der Standardausgabe, und die Zusammenfassung an den Webhook des Profils gesendet (Exit 1, wenn das fehlschlägt).</translation>
    </message>
    <message>
        <source>error: --url: %1</source>
        <translation>Fehler: --url: %1</translation>
    </message>
    <message>
        <source>error: no migrations folder: give it with --migrations</source>
        <translation>Fehler: kein Migrationsordner: geben Sie ihn mit --migrations an</translation>
    </message>
    <message>
        <source>resume: the database of a run started without a profile (the window&apos;s &quot;(none)&quot;); it must be the one the run recorded.</source>
        <translation>resume: die Datenbank eines Laufs, der ohne Profil gestartet wurde („(keine)“ im Fenster); sie muss die sein, die der Lauf aufgezeichnet hat.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>resume: the migrations folder of a run started without a profile.</source>
        <translation>resume: der Migrationsordner eines Laufs, der ohne Profil gestartet wurde.</translation>
    </message>
    <message>
        <source>error: playbook run takes its database and migrations from --profile; --url and --migrations are for resuming a run started without a profile</source>
        <translation>Fehler: playbook run nimmt Datenbank und Migrationen aus --profile; --url und --migrations dienen nur dazu, einen ohne Profil gestarteten Lauf fortzusetzen</translation>
    </message>
    <message>
        <source>error: playbook run %1 was started without a profile: give its database and migrations again with --url %2 --migrations DIR</source>
        <translation>Fehler: Playbook-Lauf %1 wurde ohne Profil gestartet: geben Sie seine Datenbank und Migrationen erneut mit --url %2 --migrations DIR an</translation>
    </message>
    <message>
        <source>error: playbook run %1 was against %2, and --url names %3, a different database: nothing was run</source>
        <translation>Fehler: Playbook-Lauf %1 lief gegen %2, und --url nennt %3, eine andere Datenbank: nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>error: playbook run %1 is for the profile %2, which names its database and migrations: --url and --migrations are only for a run started without a profile</source>
        <translation>Fehler: Playbook-Lauf %1 gehört zum Profil %2, das seine Datenbank und Migrationen nennt: --url und --migrations sind nur für einen Lauf, der ohne Profil gestartet wurde</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>(no connection)</source>
        <translation>(keine Verbindung)</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; written to %2</source>
        <translation>Profil „%1“ nach %2 geschrieben</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>Fehler: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>error: there is already a profile named &quot;%1&quot;; --replace replaces it</source>
        <translation>Fehler: es gibt bereits ein Profil namens „%1“; --replace ersetzt es</translation>
    </message>
    <message>
        <source>imported &quot;%1&quot;</source>
        <translation>„%1“ importiert</translation>
    </message>
    <message>
        <source>list | show NAME | import FILE | export NAME [FILE] | remove NAME</source>
        <translation>list | show NAME | import FILE | export NAME [FILE] | remove NAME</translation>
    </message>
    <message>
        <source>import: replace profiles that have the same name.</source>
        <translation>import: Profile mit demselben Namen ersetzen.</translation>
    </message>
    <message>
        <source>error: use profile list | show NAME | import FILE | export NAME [FILE] | remove NAME</source>
        <translation>Fehler: verwenden Sie profile list | show NAME | import FILE | export NAME [FILE] | remove NAME</translation>
    </message>
    <message>
        <source>no connection profile named &quot;%1&quot;</source>
        <translation>kein Verbindungsprofil namens „%1“</translation>
    </message>
</context>
<context>
    <name>rollback</name>
    <message>
        <source>Roll back every migration applied after VERSION (it stays applied).</source>
        <translation>Jede nach VERSION angewendete Migration zurückrollen (VERSION selbst bleibt angewendet).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Roll back the last N applied migrations.</source>
        <translation>Die letzten N angewendeten Migrationen zurückrollen.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Roll back exactly these versions (repeat the option, or separate with commas).</source>
        <translation>Genau diese Versionen zurückrollen (Option wiederholen oder durch Kommas trennen).</translation>
    </message>
    <message>
        <source>error: give one of --to, --steps and --only</source>
        <translation>Fehler: geben Sie genau eine der Optionen --to, --steps und --only an</translation>
    </message>
    <message>
        <source>error: --steps takes a number of at least 1, not &quot;%1&quot;</source>
        <translation>Fehler: --steps nimmt eine Zahl von mindestens 1, nicht „%1“</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Plan: %1, %2 migrations, %3 statements, order %4; afterwards at %5</source>
        <translation>Plan: %1, %2 Migrationen, %3 Anweisungen, Reihenfolge %4; danach bei %5</translation>
    </message>
    <message>
        <source>as applied</source>
        <translation>wie angewendet</translation>
    </message>
    <message>
        <source>by version</source>
        <translation>nach Version</translation>
    </message>
    <message>
        <source>no migration</source>
        <translation>keine Migration</translation>
    </message>
    <message>
        <source>  BLOCKED: %1</source>
        <translation>  BLOCKIERT: %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>run %1: %2 steps; %3</source>
        <translation>Lauf %1: %2 Schritte; %3</translation>
    </message>
    <message>
        <source>aborted from backstep-cli</source>
        <translation>von backstep-cli abgebrochen</translation>
    </message>
    <message>
        <source>marked resolved from backstep-cli</source>
        <translation>von backstep-cli als gelöst markiert</translation>
    </message>
    <message>
        <source>Impact (%1 statements commit implicitly: a transaction cannot undo them):</source>
        <translation>Auswirkungen (%1 Anweisungen committen implizit: eine Transaktion kann sie nicht rückgängig machen):</translation>
    </message>
    <message>
        <source> (not there now)</source>
        <translation> (jetzt nicht vorhanden)</translation>
    </message>
    <message>
        <source> (%1%2 rows, %3 bytes)</source>
        <translation> (%1%2 Zeilen, %3 Byte)</translation>
    </message>
    <message>
        <source>Lock risks: %1</source>
        <translation>Sperrrisiken: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>  %1 on %2: connection %3 (%4@%5), %6 s: %7</source>
        <translation>  %1 auf %2: Verbindung %3 (%4@%5), %6 s: %7</translation>
    </message>
    <message>
        <source>unknown tables</source>
        <translation>unbekannte Tabellen</translation>
    </message>
    <message>
        <source>  (not all could be inspected: %1)</source>
        <translation>  (nicht alles konnte untersucht werden: %1)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>Run the plan (without it nothing runs).</source>
        <translation>Den Plan ausführen (ohne diese Option läuft nichts).</translation>
    </message>
    <message>
        <source>Run without a fresh backup (needs --confirm with the database&apos;s name).</source>
        <translation>Ohne aktuelles Backup ausführen (erfordert --confirm mit dem Namen der Datenbank).</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>With --resume: skip the failed statement (needs --confirm).</source>
        <translation>Mit --resume: die fehlgeschlagene Anweisung überspringen (erfordert --confirm).</translation>
    </message>
    <message>
        <source>End a run: nothing more of it runs.</source>
        <translation>Einen Lauf beenden: nichts weiter davon wird ausgeführt.</translation>
    </message>
    <message>
        <source>Mark a run resolved by hand (e.g. after restoring the backup).</source>
        <translation>Einen Lauf als von Hand gelöst markieren (z. B. nach dem Wiederherstellen des Backups).</translation>
    </message>
    <message>
        <source>Seconds a statement may wait for a lock (default 60).</source>
        <translation>Sekunden, die eine Anweisung auf eine Sperre warten darf (Vorgabe 60).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>error: --lock-wait-timeout takes a number of seconds</source>
        <translation>Fehler: --lock-wait-timeout nimmt eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>error: --migrations DIR is required (or --resume RUN)</source>
        <translation>Fehler: --migrations DIR ist erforderlich (oder --resume RUN)</translation>
    </message>
    <message>
        <source>error: nothing was run; pass --yes to run this plan</source>
        <translation>Fehler: es wurde nichts ausgeführt; bestätigen Sie mit --yes, um diesen Plan auszuführen</translation>
    </message>
    <message>
        <source>  nothing to run: %1</source>
        <translation>  nichts auszuführen: %1</translation>
    </message>
    <message>
        <source>  as its tool ran it: %1</source>
        <translation>  wie sein Werkzeug es ausführte: %1</translation>
    </message>
    <message>
        <source>Take a backup first (backstep-cli backup), or run without one by typing the database&apos;s name: --no-backup --confirm %1</source>
        <translation>Erstellen Sie zuerst ein Backup (backstep-cli backup) oder führen Sie ohne Backup aus, indem Sie den Namen der Datenbank eintippen: --no-backup --confirm %1</translation>
    </message>
    <message>
        <source>Give the database&apos;s name exactly: --confirm %1</source>
        <translation>Geben Sie den Namen der Datenbank exakt an: --confirm %1</translation>
    </message>
    <message>
        <source>Wait for the other Backstep to finish, then try again.</source>
        <translation>Warten Sie, bis das andere Backstep fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Wait for it to finish, or end it on the server (KILL %1), then resume again: backstep-cli rollback --resume %2</source>
        <translation>Warten Sie, bis sie fertig ist, oder beenden Sie sie auf dem Server (KILL %1), und setzen Sie dann erneut fort: backstep-cli rollback --resume %2</translation>
    </message>
    <message>
        <source>It goes on to its end there: wait for it, or cancel it there (Ctrl+C in its terminal, or Cancel in its window). Nothing was changed here.</source>
        <translation>Er läuft dort bis zu seinem Ende: warten Sie darauf oder brechen Sie ihn dort ab (Ctrl+C in seinem Terminal oder „Abbrechen“ in seinem Fenster). Hier wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Resume it (backstep-cli rollback --resume %1) or end it (--abort %1, or --resolve %1 once it is finished by hand) first.</source>
        <translation>Setzen Sie ihn zuerst fort (backstep-cli rollback --resume %1) oder beenden Sie ihn (--abort %1, oder --resolve %1, sobald er von Hand abgeschlossen ist).</translation>
    </message>
    <message>
        <source>Look at the history again (backstep-cli status) and plan again.</source>
        <translation>Sehen Sie sich die Historie erneut an (backstep-cli status) und planen Sie neu.</translation>
    </message>
    <message>
        <source>Look at the data, then say what happened: backstep-cli rollback --resume %1 --mark-done --confirm %2 (it took effect), or --resume %1 --run-again --confirm %2 (it did not).</source>
        <translation>Sehen Sie sich die Daten an und sagen Sie dann, was geschehen ist: backstep-cli rollback --resume %1 --mark-done --confirm %2 (sie wurde wirksam) oder --resume %1 --run-again --confirm %2 (sie wurde es nicht).</translation>
    </message>
    <message>
        <source>Fix the cause and retry: backstep-cli rollback --resume %1; or skip the statement: --resume %1 --skip --confirm %2; or end the run: --abort %1 (or --resolve %1 after restoring the backup).</source>
        <translation>Beheben Sie die Ursache und wiederholen Sie: backstep-cli rollback --resume %1; oder überspringen Sie die Anweisung: --resume %1 --skip --confirm %2; oder beenden Sie den Lauf: --abort %1 (oder --resolve %1 nach dem Wiederherstellen des Backups).</translation>
    </message>
    <message>
        <source>Go on with backstep-cli rollback --resume %1, or end the run with --abort %1 (or --resolve %1 after restoring the backup).</source>
        <translation>Machen Sie weiter mit backstep-cli rollback --resume %1 oder beenden Sie den Lauf mit --abort %1 (oder --resolve %1 nach dem Wiederherstellen des Backups).</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>[%1/%2] running for %3 s</source>
        <translation>[%1/%2] läuft seit %3 s</translation>
    </message>
    <message>
        <source>; held up by connection %1 (%2@%3, %4 s): %5</source>
        <translation>; aufgehalten durch Verbindung %1 (%2@%3, %4 s): %5</translation>
    </message>
    <message>
        <source>The database&apos;s name, typed to confirm --no-backup, --skip, --mark-done or --run-again.</source>
        <translation>Der Name der Datenbank, eingetippt zur Bestätigung von --no-backup, --skip, --mark-done oder --run-again.</translation>
    </message>
    <message>
        <source>Go on with an interrupted, cancelled or failed run from the journal.</source>
        <translation>Einen unterbrochenen, abgebrochenen oder fehlgeschlagenen Lauf aus dem Journal fortsetzen.</translation>
    </message>
    <message>
        <source>With --resume: the statement whose effect is undecided took effect (needs --confirm).</source>
        <translation>Mit --resume: die Anweisung mit unentschiedener Wirkung wurde wirksam (erfordert --confirm).</translation>
    </message>
    <message>
        <source>With --resume: the statement whose effect is undecided did not take effect; run it (needs --confirm).</source>
        <translation>Mit --resume: die Anweisung mit unentschiedener Wirkung wurde nicht wirksam; sie ausführen (erfordert --confirm).</translation>
    </message>
    <message>
        <source>Keep the progress rows in this schema of Backstep&apos;s own on the same server instead of in the database (it needs CREATE, INSERT, SELECT, DELETE and DROP there).</source>
        <translation>Die Fortschrittszeilen in diesem eigenen Schema von Backstep auf demselben Server statt in der Datenbank führen (dort sind CREATE, INSERT, SELECT, DELETE und DROP nötig).</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>error: give one of --skip, --mark-done and --run-again</source>
        <translation>Fehler: geben Sie genau eine der Optionen --skip, --mark-done und --run-again an</translation>
    </message>
    <message>
        <source>error: --skip, --mark-done and --run-again go with --resume RUN</source>
        <translation>Fehler: --skip, --mark-done und --run-again gehören zu --resume RUN</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: unknown backend &quot;%1&quot; (known: systemd, commands)</source>
        <translation>Fehler: unbekanntes Backend „%1“ (bekannt: systemd, commands)</translation>
    </message>
    <message>
        <source>The service&apos;s unit, e.g. heartguard-app.</source>
        <translation>Die Unit des Dienstes, z. B. heartguard-app.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How to reach it: systemd (D-Bus, the default) or commands.</source>
        <translation>Wie er erreicht wird: systemd (D-Bus, die Vorgabe) oder commands.</translation>
    </message>
    <message>
        <source>Commands backend: the command line, run by /bin/sh.</source>
        <translation>Backend commands: die Befehlszeile, ausgeführt von /bin/sh.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation>Nach so vielen Sekunden aufgeben.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>systemd backend: this D-Bus address instead of the system bus.</source>
        <translation>Backend systemd: diese D-Bus-Adresse statt des Systembusses.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Take the service from this stored connection profile.</source>
        <translation>Den Dienst aus diesem gespeicherten Verbindungsprofil nehmen.</translation>
    </message>
    <message>
        <source>error: say what to do: backstep-cli service %1 --unit NAME</source>
        <translation>Fehler: sagen Sie, was zu tun ist: backstep-cli service %1 --unit NAME</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> seit %1</translation>
    </message>
</context>
<context>
    <name>snapshot</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>snapshot #%1 of %2 at version %3 (%4), %5: %6</source>
        <translation>Snapshot #%1 von %2 bei Version %3 (%4), %5: %6</translation>
    </message>
    <message>
        <source>no objects</source>
        <translation>keine Objekte</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>as applied</source>
        <translation>wie angewendet</translation>
    </message>
    <message>
        <source>by version</source>
        <translation>nach Version</translation>
    </message>
    <message>
        <source>%1 (%2, %6), history: %3 (%4), rollback order: %5</source>
        <translation>%1 (%2, %6), Historie: %3 (%4), Rollback-Reihenfolge: %5</translation>
    </message>
</context>
<context>
    <name>tail</name>
    <message>
        <source>The log file.</source>
        <translation>Die Logdatei.</translation>
    </message>
    <message>
        <source>Print the last N lines (default 10).</source>
        <translation>Die letzten N Zeilen ausgeben (Vorgabe 10).</translation>
    </message>
    <message>
        <source>Keep printing new lines, across rotation and truncation, until interrupted.</source>
        <translation>Weiter neue Zeilen ausgeben, über Rotation und Kürzung hinweg, bis zur Unterbrechung.</translation>
    </message>
    <message>
        <source>error: tail takes one FILE
</source>
        <translation>Fehler: tail erwartet genau eine Datei (FILE)
</translation>
    </message>
    <message>
        <source>error: --lines needs a number ≥ 0, not &quot;%1&quot;
</source>
        <translation>Fehler: --lines braucht eine Zahl ≥ 0, nicht „%1“
</translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <source>error: say what to run: --profile NAME, or --command CMD (one or more)</source>
        <translation>Fehler: sagen Sie, was ausgeführt werden soll: --profile NAME oder --command CMD (einmal oder mehrmals)</translation>
    </message>
    <message>
        <source>error: --dir, --timeout and --env go with --command; a profile keeps its own</source>
        <translation>Fehler: --dir, --timeout und --env gehören zu --command; ein Profil hat seine eigenen</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: the profile &quot;%1&quot; has no validation commands</source>
        <translation>Fehler: das Profil „%1“ hat keine Validierungsbefehle</translation>
    </message>
    <message>
        <source>error: --timeout takes a number of seconds, at least 1</source>
        <translation>Fehler: --timeout nimmt eine Anzahl Sekunden, mindestens 1</translation>
    </message>
    <message>
        <source>error: --env takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation>Fehler: --env nimmt NAME=VALUE, nicht „%1“</translation>
    </message>
    <message>
        <source>Run the validation commands of this stored connection profile.</source>
        <translation>Die Validierungsbefehle dieses gespeicherten Verbindungsprofils ausführen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A command line to run with /bin/sh; repeat for more, run in order.</source>
        <translation>Eine Befehlszeile, die mit /bin/sh ausgeführt wird; für weitere wiederholen, sie laufen der Reihe nach.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>With --command: the folder to run in (default: the current one).</source>
        <translation>Mit --command: der Ordner, in dem ausgeführt wird (Vorgabe: der aktuelle).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>With --command: kill a command after this many seconds (default 300).</source>
        <translation>Mit --command: einen Befehl nach so vielen Sekunden beenden (Vorgabe 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>With --command: add NAME=VALUE to the environment; repeatable. Never a secret: the command line is visible to every user.</source>
        <translation>Mit --command: NAME=VALUE zur Umgebung hinzufügen; wiederholbar. Nie ein Geheimnis: die Befehlszeile ist für alle Benutzer sichtbar.</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 could not run, %4 skipped</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 nicht ausführbar, %4 übersprungen</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>: %1 problems; %2 checks passed, %3 skipped; expected schema from %4</source>
        <translation>: %1 Probleme; %2 Prüfungen bestanden, %3 übersprungen; erwartetes Schema aus %4</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <source>  error: %1</source>
        <translation>  Fehler: %1</translation>
    </message>
    <message>
        <source>  schema: %1</source>
        <translation>  Schema: %1</translation>
    </message>
    <message>
        <source>The version the database should be at (default: what its history says).</source>
        <translation>Die Version, bei der die Datenbank sein sollte (Vorgabe: was ihre Historie sagt).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The rollback run to verify (default: the newest finished one).</source>
        <translation>Der zu überprüfende Rollback-Lauf (Vorgabe: der neueste abgeschlossene).</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>A folder of assertion files (-- expect: lines and a query).</source>
        <translation>Ein Ordner mit Zusicherungsdateien (Zeilen „-- expect:“ und eine Abfrage).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Also write the report to FILE (.html, .pdf or .json).</source>
        <translation>Den Bericht zusätzlich in diese Datei schreiben (.html, .pdf oder .json).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: --report writes .html, .pdf or .json, not %1</source>
        <translation>Fehler: --report schreibt .html, .pdf oder .json, nicht %1</translation>
    </message>
    <message>
        <source>INCONCLUSIVE: %1</source>
        <translation>NICHT SCHLÜSSIG: %1</translation>
    </message>
</context>
</TS>
