<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Backstep</source>
        <translation>À propos de Backstep</translation>
    </message>
    <message>
        <source>Roll back database migrations safely, by pointing and clicking, with evidence of every step.</source>
        <translation>Annulez des migrations de base de données en toute sécurité, en quelques clics, en gardant une trace probante de chaque étape.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later. Icons: Breeze by the KDE community (LGPL-3.0-or-later).</source>
        <translation>Distribué sous licence GNU General Public License, version 3 ou ultérieure. Icônes&#xa0;: Breeze, par la communauté KDE (LGPL-3.0-or-later).</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>unknown theme &quot;%1&quot; (system, light or dark)</source>
        <translation>thème inconnu «&#xa0;%1&#xa0;» (system, light ou dark)</translation>
    </message>
</context>
<context>
    <name>Assertion</name>
    <message>
        <source>an assertion is a SELECT, WITH, SHOW or VALUES statement, not &quot;%1&quot;</source>
        <translation>une assertion est une instruction SELECT, WITH, SHOW ou VALUES, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an assertion may not write (%1)</source>
        <translation>une assertion ne doit pas écrire (%1)</translation>
    </message>
    <message>
        <source>an assertion may not lock rows (FOR UPDATE, LOCK IN SHARE MODE)</source>
        <translation>une assertion ne doit pas verrouiller de lignes (FOR UPDATE, LOCK IN SHARE MODE)</translation>
    </message>
    <message>
        <source>an assertion may not store its result (SELECT ... INTO)</source>
        <translation>une assertion ne doit pas stocker son résultat (SELECT ... INTO)</translation>
    </message>
    <message>
        <source>the assertion has no query</source>
        <translation>l&apos;assertion n&apos;a pas de requête</translation>
    </message>
    <message>
        <source>the assertion holds %1 statements; it must be exactly one</source>
        <translation>l&apos;assertion contient %1 instructions&#xa0;; elle doit en contenir exactement une</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1&#xa0;: dossier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:1: no &quot;-- expect: &lt;result&gt;&quot; line</source>
        <translation>%1:1: aucune ligne «&#xa0;-- expect: &lt;result&gt;&#xa0;»</translation>
    </message>
    <message>
        <source>%1:1: no query</source>
        <translation>%1:1: aucune requête</translation>
    </message>
    <message>
        <source>%1:%2: a second statement; an assertion file holds one query</source>
        <translation>%1:%2: une deuxième instruction&#xa0;; un fichier d&apos;assertion contient une seule requête</translation>
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
        <translation>impossible de lire le catalogue des sauvegardes</translation>
    </message>
    <message>
        <source>cannot record the backup: %1</source>
        <translation>impossible d&apos;enregistrer la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot record the backup&apos;s check</source>
        <translation>impossible d&apos;enregistrer le contrôle de la sauvegarde</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>the copy failed its integrity check: %1</source>
        <translation>la copie a échoué à la vérification d&apos;intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>not enough free space in %1: the backup needs about %2, %3 are free</source>
        <translation>espace libre insuffisant dans %1&#xa0;: la sauvegarde nécessite environ %2, %3 sont libres</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the dump does not end with its completion line: it is incomplete</source>
        <translation>le dump ne se termine pas par sa ligne de fin&#xa0;: il est incomplet</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>annulé par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>cannot rename the copy to %1: %2</source>
        <translation>impossible de renommer la copie en %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the dump program was killed before it finished (signal %1)</source>
        <translation>le programme de dump a été tué avant la fin (signal %1)</translation>
    </message>
    <message>
        <source>the dump program failed (%1): %2</source>
        <translation>le programme de dump a échoué (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot rename the backup to %1: %2</source>
        <translation>impossible de renommer la sauvegarde en %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>-- Backstep targeted backup: the schema, routines, triggers and events of %1, and the data of %2 only. It cannot restore the data of any other table.
</source>
        <translation>-- Sauvegarde ciblée Backstep&#xa0;: le schéma, les routines, les déclencheurs et les événements de %1, et les données de %2 uniquement. Elle ne peut restaurer les données d&apos;aucune autre table.
</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>aucune table</translation>
    </message>
    <message>
        <source>the schema dump does not end with its completion line: it is incomplete</source>
        <translation>le dump du schéma ne se termine pas par sa ligne de fin&#xa0;: il est incomplet</translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <source>%1 %2 is missing from the restored copy</source>
        <translation>%1 %2 ne figure pas dans la copie restaurée</translation>
    </message>
    <message>
        <source>%1 %2 was restored but the manifest does not list it</source>
        <translation>%1 %2 figure dans la copie restaurée mais pas dans le manifeste</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Read from the backup copy itself: the manifest and the backup agree.</source>
        <translation>Lu dans la copie de sauvegarde elle-même&#xa0;: le manifeste et la sauvegarde concordent.</translation>
    </message>
    <message>
        <source>Read on its own connection just before the dump and again right after it, not in the dump&apos;s snapshot: rows written between the reads may or may not be in the dump. A table whose exact count changed between the two reads is marked, and its count and checksum are not compared.</source>
        <translation>Lu sur sa propre connexion juste avant le dump puis juste après, et non dans l&apos;instantané du dump&#xa0;: les lignes écrites entre les deux lectures peuvent figurer ou non dans le dump. Une table dont le nombre exact de lignes a changé entre les deux lectures est signalée, et son nombre de lignes et sa somme de contrôle ne sont pas comparés.</translation>
    </message>
    <message numerus="yes">
        <source>the data of %n other table(s): %1</source>
        <translation>
            <numerusform>les données de %n autre table&#xa0;: %1</numerusform>
            <numerusform>les données de %n autres tables&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup&apos;s manifest is not valid JSON (offset %1): %2</source>
        <translation>le manifeste de la sauvegarde n&apos;est pas du JSON valide (position %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>table %1 is missing from the restored copy</source>
        <translation>la table %1 est absente de la copie restaurée</translation>
    </message>
    <message numerus="yes">
        <source>table %1 has %n rows restored; the backup holds its structure only</source>
        <translation>
            <numerusform>la table %1 a %n ligne restaurée&#xa0;; la sauvegarde n&apos;en contient que la structure</numerusform>
            <numerusform>la table %1 a %n lignes restaurées&#xa0;; la sauvegarde n&apos;en contient que la structure</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: structure only, empty</source>
        <translation>%1&#xa0;: structure seule, vide</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows restored, not compared (the table changed while the backup was taken)</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne restaurée, non comparée (la table a changé pendant la sauvegarde)</numerusform>
            <numerusform>%1&#xa0;: %n lignes restaurées, non comparées (la table a changé pendant la sauvegarde)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 rows restored; the manifest has an estimate only (%3 rows)</source>
        <translation>%1&#xa0;: %2 lignes restaurées&#xa0;; le manifeste n&apos;en a qu&apos;une estimation (%3 lignes)</translation>
    </message>
    <message>
        <source>table %1 has %2 rows restored; the backup held %3</source>
        <translation>la table %1 a %2 lignes restaurées&#xa0;; la sauvegarde en contenait %3</translation>
    </message>
    <message>
        <source>table %1: CHECKSUM TABLE of the restored copy is %2; the backup held %3</source>
        <translation>table %1&#xa0;: le CHECKSUM TABLE de la copie restaurée vaut %2&#xa0;; la sauvegarde contenait %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1&#xa0;: %2 lignes</translation>
    </message>
    <message>
        <source>%1: %2 rows, checksum %3</source>
        <translation>%1&#xa0;: %2 lignes, somme de contrôle %3</translation>
    </message>
    <message>
        <source>table %1 was restored but the manifest does not list it</source>
        <translation>la table %1 a été restaurée mais le manifeste ne la mentionne pas</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>Dumped with --set-gtid-purged=OFF: restoring it leaves GTID_PURGED alone and is written to the binary log like any change (with new GTIDs where GTIDs are on), so it reaches the replicas. It is not meant to provision a new replica.</source>
        <translation>Sauvegardé avec --set-gtid-purged=OFF&#xa0;: la restauration laisse GTID_PURGED intact et s&apos;écrit dans le journal binaire comme toute modification (avec de nouveaux GTID là où les GTID sont actifs), elle atteint donc les réplicas. Elle n&apos;est pas faite pour préparer un nouveau réplica.</translation>
    </message>
</context>
<context>
    <name>BackupRecord</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>interrompue</translation>
    </message>
</context>
<context>
    <name>BackupStream</name>
    <message>
        <source>cannot create a pipe: %1</source>
        <translation>impossible de créer un tube&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1 to disk: %2</source>
        <translation>impossible d&apos;écrire %1 sur le disque&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the dump: %1</source>
        <translation>impossible de lire le dump&#xa0;: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>the file %1 is missing</source>
        <translation>le fichier %1 est manquant</translation>
    </message>
    <message>
        <source>the size is %1 bytes, %2 were recorded</source>
        <translation>la taille est de %1 octets, %2 ont été enregistrés</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the SHA-256 differs from the one recorded: the file changed</source>
        <translation>le SHA-256 diffère de celui enregistré&#xa0;: le fichier a changé</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>vérification d&apos;intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>the dump does not end with its completion line</source>
        <translation>le dump ne se termine pas par sa ligne de fin</translation>
    </message>
    <message>
        <source>table %1 is missing from the restored copy</source>
        <translation>la table %1 est absente de la copie restaurée</translation>
    </message>
    <message>
        <source>table %1 has %2 rows restored, %3 live</source>
        <translation>la table %1 a %2 lignes restaurées, %3 dans la base active</translation>
    </message>
    <message>
        <source>table %1 exists only in the backup</source>
        <translation>la table %1 n&apos;existe que dans la sauvegarde</translation>
    </message>
    <message>
        <source>the backup has no manifest (taken before manifests were recorded)</source>
        <translation>la sauvegarde n&apos;a pas de manifeste (prise avant l&apos;enregistrement des manifestes)</translation>
    </message>
    <message>
        <source>size: %1 bytes</source>
        <translation>taille&#xa0;: %1 octets</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>integrity check: ok</source>
        <translation>vérification d&apos;intégrité&#xa0;: ok</translation>
    </message>
    <message>
        <source>the completion line</source>
        <translation>la ligne de fin</translation>
    </message>
    <message>
        <source>table %1 of the manifest is not in the dump</source>
        <translation>la table %1 du manifeste n&apos;est pas dans le dump</translation>
    </message>
    <message numerus="yes">
        <source>the dump holds the structure of %n table(s) of the manifest</source>
        <translation>
            <numerusform>le dump contient la structure de %n table du manifeste</numerusform>
            <numerusform>le dump contient la structure de %n tables du manifeste</numerusform>
        </translation>
    </message>
    <message>
        <source>: compared with the live database</source>
        <translation>&#xa0;: comparée avec la base de données active</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1&#xa0;: %2 lignes</translation>
    </message>
    <message>
        <source>not compared: %1</source>
        <translation>non comparé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClientTools</name>
    <message>
        <source>%1 not found on PATH (%2)</source>
        <translation>%1 introuvable dans le PATH (%2)</translation>
    </message>
    <message>
        <source>install mariadb-client</source>
        <translation>installez mariadb-client</translation>
    </message>
    <message>
        <source>cannot create a private folder: %1</source>
        <translation>impossible de créer un dossier privé&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 not found in BACKSTEP_MYSQL_CLIENT_DIR (%2)</source>
        <translation>%1 introuvable dans BACKSTEP_MYSQL_CLIENT_DIR (%2)</translation>
    </message>
    <message>
        <source>install MySQL&apos;s client programs or set BACKSTEP_MYSQL_CLIENT_DIR to their folder</source>
        <translation>installez les programmes clients de MySQL ou indiquez leur dossier dans BACKSTEP_MYSQL_CLIENT_DIR</translation>
    </message>
    <message>
        <source>%1 not found on PATH (install %1)</source>
        <translation>%1 introuvable dans le PATH (installez %1)</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récentes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>SQLite &amp;file:</source>
        <translation>&amp;Fichier SQLite&#xa0;:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>&amp;Migrations:</source>
        <translation>M&amp;igrations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>kept only in the keyring, when asked</source>
        <translation>conservé uniquement dans le trousseau, sur demande</translation>
    </message>
    <message>
        <source>Remember the password in the &amp;keyring</source>
        <translation>Mémoriser le mot de passe dans le &amp;trousseau</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>T&amp;LS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier de l&apos;&amp;autorité (CA)&#xa0;:</translation>
    </message>
    <message>
        <source>the authority that signed the server&apos;s certificate</source>
        <translation>l&apos;autorité qui a signé le certificat du serveur</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>C&amp;ertificat client&#xa0;:</translation>
    </message>
    <message>
        <source>certificate (optional)</source>
        <translation>certificat (facultatif)</translation>
    </message>
    <message>
        <source>its key</source>
        <translation>sa clé</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>&amp;Délai de connexion&#xa0;:</translation>
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
        <translation>La base de données&#xa0;: mysql://USER@HOST:PORT/DB, mariadb://... ou sqlite:PATH.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The history table to read (default: the one known tool&apos;s table found in the database).</source>
        <translation>La table d&apos;historique à lire (par défaut&#xa0;: la table d&apos;un outil connu trouvée dans la base de données).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>With --history-table: a table of your own with a row per applied version in this column.</source>
        <translation>Avec --history-table&#xa0;: une table à vous, avec une ligne par version appliquée dans cette colonne.</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>With --version-column: the column that says when each version was applied (rollback then follows the applied order).</source>
        <translation>Avec --version-column&#xa0;: la colonne qui indique quand chaque version a été appliquée (l&apos;annulation suit alors l&apos;ordre d&apos;application).</translation>
    </message>
    <message>
        <source>The migrations folder.</source>
        <translation>Le dossier des migrations.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>The migrations&apos; format: %1.</source>
        <translation>Le format des migrations&#xa0;: %1.</translation>
    </message>
    <message>
        <source>error: unknown format &quot;%1&quot; (known: %2)</source>
        <translation>erreur&#xa0;: format inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>error: --migrations DIR is required</source>
        <translation>erreur&#xa0;: --migrations DIR est obligatoire</translation>
    </message>
    <message>
        <source>error: --url is required (mysql://USER@HOST:PORT/DB or sqlite:PATH)</source>
        <translation>erreur&#xa0;: --url est obligatoire (mysql://USER@HOST:PORT/DB ou sqlite:PATH)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: --version-column needs --history-table NAME</source>
        <translation>erreur&#xa0;: --version-column nécessite --history-table NAME</translation>
    </message>
    <message>
        <source>error: --applied-at-column needs --version-column COLUMN</source>
        <translation>erreur&#xa0;: --applied-at-column nécessite --version-column COLUMN</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>TLS: %1 (default preferred: TLS when the server offers it; overrides the URL&apos;s ssl-mode).</source>
        <translation>TLS&#xa0;: %1 (par défaut preferred&#xa0;: TLS quand le serveur le propose&#xa0;; prime sur le ssl-mode de l&apos;URL).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>The certificate authority that signed the server&apos;s certificate (verify-ca, verify-identity).</source>
        <translation>L&apos;autorité de certification qui a signé le certificat du serveur (verify-ca, verify-identity).</translation>
    </message>
    <message>
        <source>A client certificate (with --ssl-key).</source>
        <translation>Un certificat client (avec --ssl-key).</translation>
    </message>
    <message>
        <source>The client certificate&apos;s key.</source>
        <translation>La clé du certificat client.</translation>
    </message>
    <message>
        <source>Seconds a server may take to answer a connection (default %1).</source>
        <translation>Nombre de secondes qu&apos;un serveur peut mettre à répondre à une connexion (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>The migration files&apos; encoding: %1 (default utf-8; anything that is not valid in it is refused).</source>
        <translation>L&apos;encodage des fichiers de migration&#xa0;: %1 (par défaut utf-8&#xa0;; tout ce qui n&apos;y est pas valide est refusé).</translation>
    </message>
    <message>
        <source>error: unknown encoding &quot;%1&quot; (known: %2)</source>
        <translation>erreur&#xa0;: encodage inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1 (avertissement)</translation>
    </message>
    <message numerus="yes">
        <source>error: %n problem(s) in the migrations folder; nothing was connected to or run</source>
        <translation>
            <numerusform>erreur&#xa0;: %n problème dans le dossier des migrations&#xa0;; aucune connexion ni exécution n&apos;a eu lieu</numerusform>
            <numerusform>erreur&#xa0;: %n problèmes dans le dossier des migrations&#xa0;; aucune connexion ni exécution n&apos;a eu lieu</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (else BACKSTEP_PASSWORD, else the keyring for a --profile that remembers its password, else a prompt).</source>
        <translation>Lire le mot de passe sur la première ligne de ce fichier (sinon BACKSTEP_PASSWORD, sinon le trousseau pour un --profile qui mémorise son mot de passe, sinon une invite).</translation>
    </message>
    <message>
        <source>Take what the options do not give from this profile: the URL, the migrations folder and format, the history table, and the password from the keyring when the profile remembers it.</source>
        <translation>Prendre dans ce profil ce que les options ne donnent pas : l’URL, le dossier et le format des migrations, la table d’historique, et le mot de passe dans le trousseau quand le profil le mémorise.</translation>
    </message>
    <message>
        <source>error: --migrations DIR is required (the profile %1 names no migrations folder)</source>
        <translation>erreur : --migrations DIR est requis (le profil %1 ne nomme aucun dossier de migrations)</translation>
    </message>
    <message>
        <source>error: the profile %1 names the unknown format &quot;%2&quot;</source>
        <translation>erreur : le profil %1 nomme le format inconnu « %2 »</translation>
    </message>
    <message>
        <source>note: the profile %1 keeps its password in the keyring, but the keyring cannot be read: %2; give --password-file FILE or the BACKSTEP_PASSWORD variable instead</source>
        <translation>remarque : le profil %1 garde son mot de passe dans le trousseau, mais le trousseau ne peut pas être lu : %2 ; donnez plutôt --password-file FICHIER ou la variable BACKSTEP_PASSWORD</translation>
    </message>
    <message>
        <source>note: the keyring holds no password for %1 (profile %2); give --password-file FILE or the BACKSTEP_PASSWORD variable</source>
        <translation>remarque : le trousseau ne contient aucun mot de passe pour %1 (profil %2) ; donnez --password-file FICHIER ou la variable BACKSTEP_PASSWORD</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>no service unit is named</source>
        <translation>aucune unité de service n&apos;est indiquée</translation>
    </message>
    <message>
        <source>the commands backend needs a %1 command</source>
        <translation>le mécanisme «&#xa0;commands&#xa0;» nécessite une commande %1</translation>
    </message>
    <message>
        <source>the timeout must be at least one second</source>
        <translation>le délai doit être d&apos;au moins une seconde</translation>
    </message>
    <message>
        <source>Database Administrator</source>
        <translation>Administrateur de bases de données</translation>
    </message>
    <message>
        <source>Development Team Lead</source>
        <translation>Responsable de l&apos;équipe de développement</translation>
    </message>
    <message>
        <source>Infrastructure Team</source>
        <translation>Équipe infrastructure</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; in %2: unknown service backend &quot;%3&quot; (known: systemd, commands)</source>
        <translation>profil «&#xa0;%1&#xa0;» dans %2&#xa0;: mécanisme de service inconnu «&#xa0;%3&#xa0;» (connus&#xa0;: systemd, commands)</translation>
    </message>
    <message>
        <source>a connection profile needs a name</source>
        <translation>un profil de connexion doit avoir un nom</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: a version column is named but no history table</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: une colonne de version est indiquée mais aucune table d&apos;historique</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: the assertion &quot;%2&quot;: %3</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: l&apos;assertion «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is not a profile setting (misspelt?)</source>
        <translation>n&apos;est pas un paramètre de profil (faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;: known backends are systemd and commands</source>
        <translation>vaut «&#xa0;%1&#xa0;»&#xa0;: les mécanismes connus sont systemd et commands</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 is kept as written (%4); the INI format read it as &quot;%5&quot;</source>
        <translation>%1:%2: %3 est conservé tel qu&apos;écrit (%4)&#xa0;; le format INI l&apos;avait lu comme «&#xa0;%5&#xa0;»</translation>
    </message>
    <message>
        <source>cannot read the settings file %1</source>
        <translation>impossible de lire le fichier de paramètres %1</translation>
    </message>
    <message>
        <source>the webhook URL must be an http or https URL with a host, such as https://hooks.slack.com/services/…</source>
        <translation>l’URL du webhook doit être une URL http ou https avec un hôte, par exemple https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: a webhook CA file goes with an https webhook URL</source>
        <translation>profil « %1 » : un fichier d’AC de webhook va avec une URL de webhook https</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>the SQLite URL names no file: use sqlite:PATH</source>
        <translation>l&apos;URL SQLite n&apos;indique aucun fichier&#xa0;: utilisez sqlite:PATH</translation>
    </message>
    <message>
        <source>the connection URL contains a password: it would show in the process list and the shell history. Remove it and use --password-file, the BACKSTEP_PASSWORD variable or the prompt</source>
        <translation>l&apos;URL de connexion contient un mot de passe&#xa0;: il apparaîtrait dans la liste des processus et dans l&apos;historique du shell. Retirez-le et utilisez --password-file, la variable BACKSTEP_PASSWORD ou l&apos;invite</translation>
    </message>
    <message>
        <source>the connection URL names no host: mysql://USER@HOST:PORT/DB</source>
        <translation>l&apos;URL de connexion n&apos;indique aucun hôte&#xa0;: mysql://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <source>the connection URL names no user: mysql://USER@HOST:PORT/DB</source>
        <translation>l&apos;URL de connexion n&apos;indique aucun utilisateur&#xa0;: mysql://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <source>the connection URL names no database: mysql://USER@HOST:PORT/DB</source>
        <translation>l&apos;URL de connexion n&apos;indique aucune base de données&#xa0;: mysql://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <source>use mysql://USER@HOST:PORT/DB[?ssl-mode=MODE&amp;ssl-ca=FILE&amp;...], mariadb://... or sqlite:PATH</source>
        <translation>utilisez mysql://USER@HOST:PORT/DB[?ssl-mode=MODE&amp;ssl-ca=FILE&amp;...], mariadb://... ou sqlite:PATH</translation>
    </message>
    <message>
        <source>the connection URL&apos;s %1=%2 is not a number of seconds from %3 to %4</source>
        <translation>le paramètre %1=%2 de l&apos;URL de connexion n&apos;est pas un nombre de secondes entre %3 et %4</translation>
    </message>
    <message>
        <source>the connection URL has an unknown parameter &quot;%1&quot; (known: %2)</source>
        <translation>l&apos;URL de connexion contient un paramètre inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the connection URL gives &quot;%1&quot; twice</source>
        <translation>l&apos;URL de connexion indique «&#xa0;%1&#xa0;» deux fois</translation>
    </message>
    <message>
        <source>the connection URL&apos;s parameter &quot;%1&quot; is empty</source>
        <translation>le paramètre «&#xa0;%1&#xa0;» de l&apos;URL de connexion est vide</translation>
    </message>
    <message>
        <source>the connection URL gives TLS files with ssl-mode=disabled</source>
        <translation>l&apos;URL de connexion indique des fichiers TLS avec ssl-mode=disabled</translation>
    </message>
    <message>
        <source>ssl-mode=%1 needs the certificate authority&apos;s file: add &amp;ssl-ca=FILE to the connection URL</source>
        <translation>ssl-mode=%1 nécessite le fichier de l&apos;autorité de certification&#xa0;: ajoutez &amp;ssl-ca=FILE à l&apos;URL de connexion</translation>
    </message>
    <message>
        <source>the connection URL needs both ssl-cert and ssl-key (a client certificate and its key), or neither</source>
        <translation>l&apos;URL de connexion nécessite à la fois ssl-cert et ssl-key (un certificat client et sa clé), ou aucun des deux</translation>
    </message>
    <message>
        <source>ssl-mode=verify-identity cannot be checked for the IP address %1: the MySQL driver compares only host names with the server&apos;s certificate. Connect by the host name the certificate names, or use ssl-mode=verify-ca</source>
        <translation>ssl-mode=verify-identity ne peut pas être vérifié pour l&apos;adresse IP %1&#xa0;: le pilote MySQL ne compare que des noms d&apos;hôte avec le certificat du serveur. Connectez-vous par le nom d&apos;hôte que nomme le certificat, ou utilisez ssl-mode=verify-ca</translation>
    </message>
    <message>
        <source>cannot read the connection URL &quot;%1&quot; (%2): %3</source>
        <translation>impossible de lire l&apos;URL de connexion «&#xa0;%1&#xa0;» (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot read the connection URL &quot;%1&quot;: %2</source>
        <translation>impossible de lire l&apos;URL de connexion «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the connection URL &quot;%1&quot; has a fragment (#...): %2</source>
        <translation>l&apos;URL de connexion «&#xa0;%1&#xa0;» contient un fragment (#...)&#xa0;: %2</translation>
    </message>
    <message>
        <source>the connection URL names no port: mysql://USER@%1:PORT/DB (MySQL and MariaDB listen on 3306 unless configured otherwise)</source>
        <translation>l&apos;URL de connexion n&apos;indique aucun port&#xa0;: mysql://USER@%1:PORT/DB (MySQL et MariaDB écoutent sur le port 3306 sauf configuration contraire)</translation>
    </message>
    <message>
        <source>the connection URL&apos;s port %1 is not a TCP port (1 to 65535)</source>
        <translation>le port %1 de l&apos;URL de connexion n&apos;est pas un port TCP (1 à 65535)</translation>
    </message>
    <message>
        <source>unknown TLS mode &quot;%1&quot; (known: %2)</source>
        <translation>mode TLS inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>DataChecks</name>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>cannot tell whether %1 exists: %2</source>
        <translation>impossible de savoir si %1 existe&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is sound</source>
        <translation>%1 est saine</translation>
    </message>
    <message>
        <source>CHECK TABLE %1 reports: %2</source>
        <translation>CHECK TABLE %1 signale&#xa0;: %2</translation>
    </message>
    <message>
        <source>orphans of %1</source>
        <translation>orphelins de %1</translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; %3 (%4)</source>
        <translation>%1 (%2) -&gt; %3 (%4)</translation>
    </message>
    <message>
        <source>no count came back</source>
        <translation>aucun comptage n&apos;a été renvoyé</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>every row of %1 finds its %2 row (%3)</source>
        <translation>chaque ligne de %1 trouve sa ligne dans %2 (%3)</translation>
    </message>
    <message>
        <source>%1 rows of %2 reference no row of %3 through %4 (%5); e.g. %6</source>
        <translation>%1 lignes de %2 ne référencent aucune ligne de %3 via %4 (%5)&#xa0;; p. ex. %6</translation>
    </message>
    <message>
        <source>orphaned rows</source>
        <translation>lignes orphelines</translation>
    </message>
    <message>
        <source>cannot read the foreign keys: %1</source>
        <translation>impossible de lire les clés étrangères&#xa0;: %1</translation>
    </message>
    <message>
        <source>no foreign key leads from or to a table the rollback touched</source>
        <translation>aucune clé étrangère ne part d&apos;une table touchée par l&apos;annulation ni n&apos;y mène</translation>
    </message>
    <message>
        <source>the database file is sound</source>
        <translation>le fichier de base de données est sain</translation>
    </message>
    <message>
        <source>integrity_check reports: %1</source>
        <translation>integrity_check signale&#xa0;: %1</translation>
    </message>
    <message>
        <source>every foreign key of %1 finds its row</source>
        <translation>chaque clé étrangère de %1 trouve sa ligne</translation>
    </message>
    <message>
        <source>rowid %1 -&gt; %2</source>
        <translation>rowid %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 rows of %2 reference no row; e.g. %3</source>
        <translation>%1 lignes de %2 ne référencent aucune ligne&#xa0;; p. ex. %3</translation>
    </message>
    <message>
        <source>row counts of the untouched tables</source>
        <translation>nombres de lignes des tables non touchées</translation>
    </message>
    <message>
        <source>no row counts were taken before the rollback</source>
        <translation>aucun nombre de lignes n&apos;a été relevé avant l&apos;annulation</translation>
    </message>
    <message>
        <source>%1 (%2 rows before) no longer exists</source>
        <translation>%1 (%2 lignes avant) n&apos;existe plus</translation>
    </message>
    <message>
        <source>%1: %2 rows before, %3 after</source>
        <translation>%1&#xa0;: %2 lignes avant, %3 après</translation>
    </message>
    <message>
        <source>the rollback touches every table</source>
        <translation>l&apos;annulation touche toutes les tables</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) the rollback did not touch kept their row counts</source>
        <translation>
            <numerusform>%n table que l&apos;annulation n&apos;a pas touchée a conservé son nombre de lignes</numerusform>
            <numerusform>%n tables que l&apos;annulation n&apos;a pas touchées ont conservé leur nombre de lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>row counts changed in tables the rollback did not touch: %1</source>
        <translation>des nombres de lignes ont changé dans des tables que l&apos;annulation n&apos;a pas touchées&#xa0;: %1</translation>
    </message>
    <message>
        <source>JSON column %1.%2 restored</source>
        <translation>colonne JSON %1.%2 restaurée</translation>
    </message>
    <message>
        <source>%1 has no column %2</source>
        <translation>%1 n&apos;a pas de colonne %2</translation>
    </message>
    <message>
        <source>every row of %1 holds valid JSON in %2</source>
        <translation>chaque ligne de %1 contient un JSON valide dans %2</translation>
    </message>
    <message>
        <source>foreign keys of %1 gone</source>
        <translation>clés étrangères de %1 supprimées</translation>
    </message>
    <message>
        <source>foreign key %1 gone</source>
        <translation>clé étrangère %1 supprimée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>SQLite does not name its foreign keys</source>
        <translation>SQLite ne nomme pas ses clés étrangères</translation>
    </message>
    <message>
        <source>%1 has no foreign key</source>
        <translation>%1 n&apos;a pas de clé étrangère</translation>
    </message>
    <message>
        <source>no foreign key of %1 remains</source>
        <translation>il ne reste aucune clé étrangère de %1</translation>
    </message>
    <message>
        <source>%1 no longer exists on %2</source>
        <translation>%1 n&apos;existe plus sur %2</translation>
    </message>
    <message>
        <source>still there: %1</source>
        <translation>toujours présent&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>index %1 present</source>
        <translation>index %1 présent</translation>
    </message>
    <message>
        <source>index %1 gone</source>
        <translation>index %1 supprimé</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>index %1 is missing</source>
        <translation>l&apos;index %1 est manquant</translation>
    </message>
    <message>
        <source>index %1 exists</source>
        <translation>l&apos;index %1 existe</translation>
    </message>
    <message>
        <source>partitioning of %1 removed</source>
        <translation>partitionnement de %1 supprimé</translation>
    </message>
    <message>
        <source>SQLite has no partitioning</source>
        <translation>SQLite n&apos;a pas de partitionnement</translation>
    </message>
    <message>
        <source>table %1 does not exist</source>
        <translation>la table %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>no partitions; indexes present</source>
        <translation>aucune partition&#xa0;; index présents</translation>
    </message>
    <message>
        <source>partitions: %1; indexes: %2</source>
        <translation>partitions&#xa0;: %1&#xa0;; index&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n partition(s): %2</source>
        <translation>
            <numerusform>%1 a encore %n partition&#xa0;: %2</numerusform>
            <numerusform>%1 a encore %n partitions&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no index left, not even a primary key</source>
        <translation>%1 n&apos;a plus aucun index, pas même une clé primaire</translation>
    </message>
    <message>
        <source>%1 is one partition again, with its indexes %2</source>
        <translation>%1 ne forme de nouveau qu&apos;une partition, avec ses index %2</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>non exécuté&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server said: %1</source>
        <translation>le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the result is as expected</source>
        <translation>le résultat est celui attendu</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>attendu «&#xa0;%1&#xa0;», obtenu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 hold NULL or invalid JSON in %2 (%3 NULL, %4 invalid)</source>
        <translation>
            <numerusform>%n ligne de %1 contient NULL ou un JSON invalide dans %2 (%3 NULL, %4 invalides)</numerusform>
            <numerusform>%n lignes de %1 contiennent NULL ou un JSON invalide dans %2 (%3 NULL, %4 invalides)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseInspector</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot estimate the database&apos;s size: %1</source>
        <translation>impossible d&apos;estimer la taille de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the default collation of %1: %2</source>
        <translation>impossible de lire la collation par défaut de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no database %1</source>
        <translation>la base de données %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>VACUUM INTO %1 failed: %2</source>
        <translation>VACUUM INTO %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read whether the server is read-only: %1</source>
        <translation>impossible de savoir si le serveur est en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server at %1 is read-only (%2): a replica or a server kept from writes. Nothing was run; roll back on the primary, or switch %3 off if this server really is the one to change</source>
        <translation>le serveur %1 est en lecture seule (%2)&#xa0;: un réplica, ou un serveur protégé en écriture. Rien n&apos;a été exécuté&#xa0;; faites l&apos;annulation sur le primaire, ou désactivez %3 si c&apos;est vraiment ce serveur qu&apos;il faut modifier</translation>
    </message>
    <message>
        <source>cannot read the session&apos;s sql_mode: %1</source>
        <translation>impossible de lire le sql_mode de la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the GTID position: %1</source>
        <translation>impossible de lire la position GTID&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the binary log position: %1</source>
        <translation>impossible de lire la position du journal binaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot list the tables</source>
        <translation>impossible de lister les tables</translation>
    </message>
    <message>
        <source>cannot count the rows of %1</source>
        <translation>impossible de compter les lignes de %1</translation>
    </message>
    <message>
        <source>cannot ask for current table statistics</source>
        <translation>impossible de demander les statistiques actuelles des tables</translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>the Qt SQL driver %1 is not installed (available: %2)</source>
        <translation>le pilote Qt SQL %1 n&apos;est pas installé (disponibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>there is no SQLite database at %1</source>
        <translation>il n&apos;y a pas de base de données SQLite à %1</translation>
    </message>
    <message>
        <source>the TLS file %1 has a &apos;;&apos; in its path, which the MySQL driver cannot take: move or link it elsewhere</source>
        <translation>le chemin du fichier TLS %1 contient un «&#xa0;;&#xa0;», que le pilote MySQL ne sait pas traiter&#xa0;: déplacez le fichier ou créez un lien ailleurs</translation>
    </message>
    <message>
        <source>cannot read the TLS file %1</source>
        <translation>impossible de lire le fichier TLS %1</translation>
    </message>
    <message>
        <source>the MySQL driver gave no connection handle (%1)</source>
        <translation>le pilote MySQL n&apos;a fourni aucun descripteur de connexion (%1)</translation>
    </message>
    <message>
        <source>cannot turn multiple statements per query off: %1</source>
        <translation>impossible de désactiver les instructions multiples par requête&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>cannot connect to %1 (database %2): the server did not answer within %n second(s) (connect-timeout in the URL sets the limit): %3</source>
        <translation>
            <numerusform>impossible de se connecter à %1 (base de données %2)&#xa0;: le serveur n&apos;a pas répondu en %n seconde (connect-timeout dans l&apos;URL fixe la limite)&#xa0;: %3</numerusform>
            <numerusform>impossible de se connecter à %1 (base de données %2)&#xa0;: le serveur n&apos;a pas répondu en %n secondes (connect-timeout dans l&apos;URL fixe la limite)&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot connect to %1 (database %2): %3</source>
        <translation>impossible de se connecter à %1 (base de données %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server at %1 does not offer TLS, and ssl-mode=%2 requires it: the connection was unencrypted and has been closed. Use ssl-mode=preferred to accept an unencrypted connection</source>
        <translation>le serveur %1 ne propose pas TLS, et ssl-mode=%2 l&apos;exige&#xa0;: la connexion n&apos;était pas chiffrée et a été fermée. Utilisez ssl-mode=preferred pour accepter une connexion non chiffrée</translation>
    </message>
    <message>
        <source>cannot read whether the connection to %1 is encrypted: %2</source>
        <translation>impossible de savoir si la connexion à %1 est chiffrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>local file</source>
        <translation>fichier local</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>non chiffrée</translation>
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
        <translation>une seule requête multi-instructions (multipleStatements), dans une transaction sauf si db-migrate a été lancé avec --non-transactional (le DDL valide implicitement malgré tout)</translation>
    </message>
    <message>
        <source>not a db-migrate migration name (&lt;timestamp&gt;-&lt;name&gt;.js): db-migrate ignores it</source>
        <translation>pas un nom de migration db-migrate (&lt;timestamp&gt;-&lt;name&gt;.js)&#xa0;: db-migrate l&apos;ignore</translation>
    </message>
    <message>
        <source>a JavaScript migration Backstep cannot read: only the stub db-migrate writes for --sql-file (which runs sqls/&lt;name&gt;-up.sql and -down.sql) is understood</source>
        <translation>une migration JavaScript que Backstep ne sait pas lire&#xa0;: seul le squelette que db-migrate écrit pour --sql-file (qui exécute sqls/&lt;name&gt;-up.sql et -down.sql) est compris</translation>
    </message>
    <message>
        <source>its SQL file sqls/%1-up.sql is missing</source>
        <translation>son fichier SQL sqls/%1-up.sql est manquant</translation>
    </message>
    <message>
        <source>no sqls/%1-down.sql</source>
        <translation>aucun fichier sqls/%1-down.sql</translation>
    </message>
</context>
<context>
    <name>DbmateReader</name>
    <message>
        <source>one multi-statement query, no transaction (transaction:false)</source>
        <translation>une seule requête multi-instructions, sans transaction (transaction:false)</translation>
    </message>
    <message>
        <source>one multi-statement query, in a transaction with the history update (DDL commits implicitly all the same)</source>
        <translation>une seule requête multi-instructions, dans une transaction avec la mise à jour de l&apos;historique (le DDL valide implicitement malgré tout)</translation>
    </message>
    <message>
        <source>: dbmate refuses this file, so it cannot have applied it</source>
        <translation>&#xa0;: dbmate refuse ce fichier, il n&apos;a donc pas pu l&apos;appliquer</translation>
    </message>
    <message>
        <source>no &apos;-- migrate:up&apos; block</source>
        <translation>aucun bloc «&#xa0;-- migrate:up&#xa0;»</translation>
    </message>
    <message>
        <source>no &apos;-- migrate:down&apos; block</source>
        <translation>aucun bloc «&#xa0;-- migrate:down&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;-- migrate:down&apos; comes before &apos;-- migrate:up&apos;</source>
        <translation>«&#xa0;-- migrate:down&#xa0;» apparaît avant «&#xa0;-- migrate:up&#xa0;»</translation>
    </message>
    <message>
        <source>a statement before the &apos;-- migrate:up&apos; block</source>
        <translation>une instruction avant le bloc «&#xa0;-- migrate:up&#xa0;»</translation>
    </message>
    <message>
        <source>several migrate:down blocks: dbmate runs them in file order, not reversed, and so does Backstep</source>
        <translation>plusieurs blocs migrate:down&#xa0;: dbmate les exécute dans l&apos;ordre du fichier, sans l&apos;inverser, et Backstep fait de même</translation>
    </message>
    <message>
        <source>not a dbmate migration (its name does not start with digits): dbmate ignores it</source>
        <translation>pas une migration dbmate (son nom ne commence pas par des chiffres)&#xa0;: dbmate l&apos;ignore</translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <source>the demo&apos;s service %1 did not start: it %2</source>
        <translation>le service de la démo %1 n&apos;a pas démarré&#xa0;: sa commande de démarrage %2</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the demo folder %1</source>
        <translation>impossible de créer le dossier de démonstration %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>creating the history table</source>
        <translation>création de la table d&apos;historique</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>enregistrement de %1</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>données d&apos;exemple</translation>
    </message>
    <message>
        <source>cannot create the demo folders %1 and %2</source>
        <translation>impossible de créer les dossiers de démonstration %1 et %2</translation>
    </message>
</context>
<context>
    <name>DeployTarget</name>
    <message>
        <source>no migration is applied: there is no deploy to roll back</source>
        <translation>aucune migration n&apos;est appliquée&#xa0;: il n&apos;y a pas de déploiement à annuler</translation>
    </message>
    <message>
        <source>the history table records no times, so the last deploy cannot be told apart: the latest migration (%1) alone</source>
        <translation>la table d&apos;historique n&apos;enregistre pas d&apos;heures, le dernier déploiement ne peut donc pas être délimité&#xa0;: seulement la dernière migration appliquée (%1)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>the last deploy applied %1 at %2</source>
        <translation>le dernier déploiement a appliqué %1 le %2</translation>
    </message>
    <message>
        <source>%1, and nothing was applied before it: all of it rolled back</source>
        <translation>%1, et rien n&apos;a été appliqué avant lui&#xa0;: tout est annulé</translation>
    </message>
    <message>
        <source>%1; %2 was applied at %3, more than %4 minutes earlier: back to %2</source>
        <translation>%1&#xa0;; %2 a été appliquée le %3, plus de %4 minutes plus tôt&#xa0;: retour à %2</translation>
    </message>
    <message>
        <source>the last deploy (Liquibase&apos;s DEPLOYMENT_ID %1) applied %2 at %3</source>
        <translation>le dernier déploiement (DEPLOYMENT_ID %1 de Liquibase) a appliqué %2 le %3</translation>
    </message>
    <message>
        <source>the last deploy (Liquibase&apos;s DEPLOYMENT_ID %1) applied %2</source>
        <translation>le dernier déploiement (DEPLOYMENT_ID %1 de Liquibase) a appliqué %2</translation>
    </message>
    <message>
        <source>%1; %2 was applied before it, by a deploy without an id: back to %2</source>
        <translation>%1&#xa0;; %2 a été appliquée avant lui, par un déploiement sans identifiant&#xa0;: retour à %2</translation>
    </message>
    <message>
        <source>%1; %2 was applied by the deploy before it (DEPLOYMENT_ID %3): back to %2</source>
        <translation>%1&#xa0;; %2 a été appliquée par le déploiement précédent (DEPLOYMENT_ID %3)&#xa0;: retour à %2</translation>
    </message>
</context>
<context>
    <name>DumpRestorer</name>
    <message>
        <source>%1 is not a sound SQLite database: %2</source>
        <translation>%1 n&apos;est pas une base de données SQLite saine&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>cannot move the restored copy to %1</source>
        <translation>impossible de déplacer la copie restaurée vers %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>restore cancelled after %1 of %2 bytes; the database is partly restored</source>
        <translation>restauration annulée après %1 octets sur %2&#xa0;; la base de données est partiellement restaurée</translation>
    </message>
    <message>
        <source>%1 failed restoring %2 into %3: %4</source>
        <translation>%1 a échoué en restaurant %2 dans %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>the decompressor %1 while restoring %2: %3</source>
        <translation>la commande de décompression %1 pendant la restauration de %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ExpectedSchema</name>
    <message>
        <source>version %1 is not in the migrations folder %2: the expected schema at it cannot be replayed</source>
        <translation>la version %1 n&apos;est pas dans le dossier des migrations %2&#xa0;: le schéma attendu à cette version ne peut pas être rejoué</translation>
    </message>
    <message>
        <source>the UP section of %1 cannot be read: %2</source>
        <translation>la section UP de %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the UP section of %2 names the database %3 itself; replayed in a scratch database it would change the real one. Take a snapshot at that version instead (backstep-cli snapshot).</source>
        <translation>%1&#xa0;: la section UP de %2 nomme la base de données %3 elle-même&#xa0;; rejouée dans une base de données temporaire, elle modifierait la vraie. Prenez plutôt un instantané à cette version (backstep-cli snapshot).</translation>
    </message>
    <message>
        <source>%1: the UP section of %2 failed in the replay: %3</source>
        <translation>%1&#xa0;: la section UP de %2 a échoué lors du rejeu&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the replay: %1</source>
        <translation>impossible de créer un dossier temporaire pour le rejeu&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create the replay&apos;s database %1: %2</source>
        <translation>impossible de créer la base de données du rejeu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the replay&apos;s scratch database %1: %2</source>
        <translation>impossible de créer la base de données temporaire du rejeu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>in a temporary SQLite database</source>
        <translation>dans une base de données SQLite temporaire</translation>
    </message>
    <message>
        <source>in a scratch database</source>
        <translation>dans une base de données temporaire</translation>
    </message>
    <message>
        <source>1 UP section</source>
        <translation>1 section UP</translation>
    </message>
    <message>
        <source>%1 UP sections</source>
        <translation>%1 sections UP</translation>
    </message>
    <message>
        <source>replay of %1 %2</source>
        <translation>rejeu de %1 %2</translation>
    </message>
    <message>
        <source>recorded snapshot #%1 taken %2</source>
        <translation>instantané enregistré n° %1 pris le %2</translation>
    </message>
    <message>
        <source>the history starts at Flyway&apos;s baseline %1: the schema it stands for was not made by the migrations in the folder, so replaying them cannot rebuild it; take a snapshot at %2 (backstep-cli snapshot) to verify against</source>
        <translation>l&apos;historique commence à la baseline Flyway %1&#xa0;: le schéma qu&apos;elle représente n&apos;a pas été créé par les migrations du dossier, les rejouer ne peut donc pas le reconstruire&#xa0;; prenez un instantané à %2 (backstep-cli snapshot) pour servir de référence à la vérification</translation>
    </message>
</context>
<context>
    <name>FlywayParser</name>
    <message>
        <source>unterminated comment</source>
        <translation>commentaire non terminé</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>unterminated quoted identifier</source>
        <translation>identifiant entre guillemets non terminé</translation>
    </message>
    <message>
        <source>Flyway refuses a DELIMITER inside a statement (&quot;Delimiter changed inside statement&quot;)</source>
        <translation>Flyway refuse un DELIMITER à l&apos;intérieur d&apos;une instruction («&#xa0;Delimiter changed inside statement&#xa0;»)</translation>
    </message>
    <message>
        <source>DELIMITER without a delimiter</source>
        <translation>DELIMITER sans délimiteur</translation>
    </message>
    <message>
        <source>Flyway&apos;s parser fails here: an END with no block open (&quot;unable to decrease block depth below 0&quot;)</source>
        <translation>l&apos;analyseur de Flyway échoue ici&#xa0;: un END sans bloc ouvert («&#xa0;unable to decrease block depth below 0&#xa0;»)</translation>
    </message>
    <message>
        <source>Flyway fails on this file: &quot;Incomplete statement&quot; (the text ends inside a block or parentheses that started here)</source>
        <translation>Flyway échoue sur ce fichier&#xa0;: «&#xa0;Incomplete statement&#xa0;» (le texte se termine à l&apos;intérieur d&apos;un bloc ou de parenthèses ouverts ici)</translation>
    </message>
</context>
<context>
    <name>FlywayReader</name>
    <message>
        <source>duplicate undo version %1: also in %2</source>
        <translation>version d&apos;annulation %1 en double&#xa0;: aussi dans %2</translation>
    </message>
    <message>
        <source>a repeatable migration (R__) has no undo: Flyway runs it again whenever it changes</source>
        <translation>une migration répétable (R__) n&apos;a pas d&apos;annulation&#xa0;: Flyway la réexécute chaque fois qu&apos;elle change</translation>
    </message>
    <message>
        <source>no undo file U%1__*.sql</source>
        <translation>aucun fichier d&apos;annulation U%1__*.sql</translation>
    </message>
    <message>
        <source>duplicate baseline version %1: also in %2</source>
        <translation>version de baseline %1 en double&#xa0;: aussi dans %2</translation>
    </message>
    <message>
        <source>a baseline migration (B) has no undo: it stands for every migration up to its version</source>
        <translation>une migration de baseline (B) n&apos;a pas d&apos;annulation&#xa0;: elle représente toutes les migrations jusqu&apos;à sa version</translation>
    </message>
    <message>
        <source>an undo file without its versioned migration V%1__*.sql</source>
        <translation>un fichier d&apos;annulation sans sa migration versionnée V%1__*.sql</translation>
    </message>
    <message>
        <source>statement by statement, no transaction (executeInTransaction=false in %1)</source>
        <translation>instruction par instruction, sans transaction (executeInTransaction=false dans %1)</translation>
    </message>
    <message>
        <source>statement by statement, in a transaction (DDL commits implicitly all the same)</source>
        <translation>instruction par instruction, dans une transaction (le DDL valide implicitement malgré tout)</translation>
    </message>
    <message>
        <source>Flyway replaces %1 before it runs this, and its value is not in flyway.conf or flyway.toml</source>
        <translation>Flyway remplace %1 avant d&apos;exécuter ceci, et sa valeur ne figure ni dans flyway.conf ni dans flyway.toml</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) Flyway does not run, because their names do not follow its convention (V&lt;version&gt;__&lt;description&gt;.sql): %1</source>
        <translation>
            <numerusform>%n fichier que Flyway n&apos;exécute pas, car son nom ne suit pas sa convention (V&lt;version&gt;__&lt;description&gt;.sql)&#xa0;: %1</numerusform>
            <numerusform>%n fichiers que Flyway n&apos;exécute pas, car leurs noms ne suivent pas sa convention (V&lt;version&gt;__&lt;description&gt;.sql)&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatRegistry</name>
    <message>
        <source>the folder mixes migration formats: %1</source>
        <translation>le dossier mélange plusieurs formats de migration&#xa0;: %1</translation>
    </message>
    <message>
        <source>no migration markers found (-- UP / -- DOWN, -- migrate:up, -- +goose Up, -- +migrate Up, *.up.sql / *.down.sql, V1__name.sql, --liquibase formatted sql, sqitch.plan, db-migrate&apos;s sqls/ stubs); choose the format explicitly with --format</source>
        <translation>aucun marqueur de migration trouvé (-- UP / -- DOWN, -- migrate:up, -- +goose Up, -- +migrate Up, *.up.sql / *.down.sql, V1__name.sql, --liquibase formatted sql, sqitch.plan, squelettes sqls/ de db-migrate)&#xa0;; choisissez le format explicitement avec --format</translation>
    </message>
</context>
<context>
    <name>GolangMigrateReader</name>
    <message>
        <source>not a golang-migrate file name (expected {version}_{title}.up.sql or {version}_{title}.down.sql)</source>
        <translation>pas un nom de fichier golang-migrate (attendu {version}_{title}.up.sql ou {version}_{title}.down.sql)</translation>
    </message>
    <message>
        <source>duplicate version %1: also in %2</source>
        <translation>version %1 en double&#xa0;: aussi dans %2</translation>
    </message>
    <message>
        <source>a .down.sql file without its .up.sql file (same version)</source>
        <translation>un fichier .down.sql sans son fichier .up.sql (même version)</translation>
    </message>
    <message>
        <source>the whole file as one multi-statement query, no transaction (golang-migrate)</source>
        <translation>le fichier entier en une seule requête multi-instructions, sans transaction (golang-migrate)</translation>
    </message>
    <message>
        <source>no %1 file: golang-migrate would change the version and run nothing</source>
        <translation>aucun fichier %1&#xa0;: golang-migrate changerait la version sans rien exécuter</translation>
    </message>
    <message>
        <source>%1 is empty: golang-migrate would send an empty query, which the server refuses (error 1065), and leave the database dirty</source>
        <translation>%1 est vide&#xa0;: golang-migrate enverrait une requête vide, que le serveur refuse (erreur 1065), et laisserait la base de données dans l&apos;état dirty</translation>
    </message>
    <message>
        <source>%1 holds only comments: golang-migrate would run nothing and change the version</source>
        <translation>%1 ne contient que des commentaires&#xa0;: golang-migrate n&apos;exécuterait rien et changerait la version</translation>
    </message>
</context>
<context>
    <name>GooseReader</name>
    <message>
        <source>goose replaces ${VAR} here from its own environment at deploy time (-- +goose ENVSUB ON): Backstep cannot know the value it had</source>
        <translation>goose remplace ici ${VAR} à partir de son propre environnement au moment du déploiement (-- +goose ENVSUB ON)&#xa0;: Backstep ne peut pas connaître la valeur qu&apos;elle avait</translation>
    </message>
    <message>
        <source>an unfinished statement (from line %1): goose wants a &apos;;&apos; at the end of its last line (missing semicolon?)</source>
        <translation>une instruction inachevée (depuis la ligne %1)&#xa0;: goose exige un «&#xa0;;&#xa0;» à la fin de sa dernière ligne (point-virgule manquant&#xa0;?)</translation>
    </message>
    <message>
        <source>a goose annotation must start at the beginning of the line: goose refuses this file</source>
        <translation>une annotation goose doit commencer en début de ligne&#xa0;: goose refuse ce fichier</translation>
    </message>
    <message>
        <source>a second &apos;-- +goose Up&apos;: goose refuses this file</source>
        <translation>un deuxième «&#xa0;-- +goose Up&#xa0;»&#xa0;: goose refuse ce fichier</translation>
    </message>
    <message>
        <source>&apos;-- +goose Down&apos; before &apos;-- +goose Up&apos;: goose refuses this file</source>
        <translation>«&#xa0;-- +goose Down&#xa0;» avant «&#xa0;-- +goose Up&#xa0;»&#xa0;: goose refuse ce fichier</translation>
    </message>
    <message>
        <source>&apos;-- +goose Down&apos; inside a StatementBegin block (line %1)</source>
        <translation>«&#xa0;-- +goose Down&#xa0;» à l&apos;intérieur d&apos;un bloc StatementBegin (ligne %1)</translation>
    </message>
    <message>
        <source>&apos;-- +goose StatementBegin&apos; before &apos;-- +goose Up&apos;</source>
        <translation>«&#xa0;-- +goose StatementBegin&#xa0;» avant «&#xa0;-- +goose Up&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;-- +goose StatementBegin&apos; inside a block (line %1)</source>
        <translation>«&#xa0;-- +goose StatementBegin&#xa0;» à l&apos;intérieur d&apos;un bloc (ligne %1)</translation>
    </message>
    <message>
        <source>&apos;-- +goose StatementEnd&apos; without &apos;-- +goose StatementBegin&apos;</source>
        <translation>«&#xa0;-- +goose StatementEnd&#xa0;» sans «&#xa0;-- +goose StatementBegin&#xa0;»</translation>
    </message>
    <message>
        <source>an annotation goose does not know (Up, Down, StatementBegin, StatementEnd, NO TRANSACTION, ENVSUB ON, ENVSUB OFF): goose refuses this file</source>
        <translation>une annotation que goose ne connaît pas (Up, Down, StatementBegin, StatementEnd, NO TRANSACTION, ENVSUB ON, ENVSUB OFF)&#xa0;: goose refuse ce fichier</translation>
    </message>
    <message>
        <source>a statement before &apos;-- +goose Up&apos;: goose refuses this file</source>
        <translation>une instruction avant «&#xa0;-- +goose Up&#xa0;»&#xa0;: goose refuse ce fichier</translation>
    </message>
    <message>
        <source>no &apos;-- +goose Up&apos; annotation: goose refuses this file</source>
        <translation>aucune annotation «&#xa0;-- +goose Up&#xa0;»&#xa0;: goose refuse ce fichier</translation>
    </message>
    <message>
        <source>&apos;-- +goose StatementBegin&apos; without &apos;-- +goose StatementEnd&apos;: the block runs to the end of the file</source>
        <translation>«&#xa0;-- +goose StatementBegin&#xa0;» sans «&#xa0;-- +goose StatementEnd&#xa0;»&#xa0;: le bloc va jusqu&apos;à la fin du fichier</translation>
    </message>
    <message>
        <source>statement by statement, no transaction (-- +goose NO TRANSACTION)</source>
        <translation>instruction par instruction, sans transaction (-- +goose NO TRANSACTION)</translation>
    </message>
    <message>
        <source>statement by statement, in one transaction with the history update (DDL commits implicitly all the same)</source>
        <translation>instruction par instruction, dans une seule transaction avec la mise à jour de l&apos;historique (le DDL valide implicitement malgré tout)</translation>
    </message>
    <message>
        <source>not a goose migration (no version above 0 before the first &apos;_&apos;): goose skips it</source>
        <translation>pas une migration goose (aucune version supérieure à 0 avant le premier «&#xa0;_&#xa0;»)&#xa0;: goose l&apos;ignore</translation>
    </message>
</context>
<context>
    <name>GtidDumpFilter</name>
    <message>
        <source>not run: the dump&apos;s SET @@GLOBAL.GTID_PURGED (%1); this server already executed those transactions and refuses it</source>
        <translation>non exécuté : le SET @@GLOBAL.GTID_PURGED du dump (%1) ; ce serveur a déjà exécuté ces transactions et le refuse</translation>
    </message>
    <message>
        <source>not run: the dump&apos;s SET @@SESSION.SQL_LOG_BIN = 0; the restore is written to the binary log like Backstep&apos;s other statements</source>
        <translation>non exécuté : le SET @@SESSION.SQL_LOG_BIN = 0 du dump ; la restauration est écrite dans le journal binaire comme les autres instructions de Backstep</translation>
    </message>
</context>
<context>
    <name>HistoryReader</name>
    <message>
        <source>cannot read the history (%1): %2</source>
        <translation>impossible de lire l&apos;historique (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds more than one row; golang-migrate keeps exactly one</source>
        <translation>%1 contient plus d&apos;une ligne&#xa0;; golang-migrate en garde exactement une</translation>
    </message>
    <message>
        <source>the history table %1 has no column %2</source>
        <translation>la table d&apos;historique %1 n&apos;a pas de colonne %2</translation>
    </message>
    <message>
        <source>the history table %1 does not exist</source>
        <translation>la table d&apos;historique %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>--version-column needs --history-table NAME</source>
        <translation>--version-column nécessite --history-table NAME</translation>
    </message>
    <message>
        <source>the database has several history tables (%1): choose the one the application uses with --history-table NAME</source>
        <translation>la base de données contient plusieurs tables d&apos;historique (%1)&#xa0;: choisissez celle qu&apos;utilise l&apos;application avec --history-table NAME</translation>
    </message>
    <message>
        <source>by %1 since %2</source>
        <translation>par %1 depuis %2</translation>
    </message>
    <message>
        <source>cannot look for Sqitch&apos;s registry %1</source>
        <translation>impossible de rechercher le registre Sqitch %1</translation>
    </message>
    <message>
        <source>cannot read Sqitch&apos;s registry %1</source>
        <translation>impossible de lire le registre Sqitch %1</translation>
    </message>
    <message>
        <source>%1 is not a history table of a known tool (dbmate, golang-migrate, goose, sql-migrate, Flyway, Liquibase, db-migrate); name its version column with --version-column</source>
        <translation>%1 n&apos;est pas une table d&apos;historique d&apos;un outil connu (dbmate, golang-migrate, goose, sql-migrate, Flyway, Liquibase, db-migrate)&#xa0;; indiquez sa colonne de version avec --version-column</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>cannot write the history (%1): %2</source>
        <translation>impossible d&apos;écrire l&apos;historique (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write the history</source>
        <translation>impossible d&apos;écrire l&apos;historique</translation>
    </message>
    <message>
        <source>there is no history table to record the rollback of %1 in</source>
        <translation>il n&apos;y a aucune table d&apos;historique où enregistrer l&apos;annulation de %1</translation>
    </message>
    <message>
        <source>changeset %1 by %2 is not in %3</source>
        <translation>le changeset %1 de %2 n&apos;est pas dans %3</translation>
    </message>
    <message>
        <source>unknown history style</source>
        <translation>style d&apos;historique inconnu</translation>
    </message>
    <message>
        <source>the lock %1 is held by another session (the tool itself may be running): the history was not written</source>
        <translation>le verrou %1 est détenu par une autre session (l&apos;outil lui-même est peut-être en cours d&apos;exécution)&#xa0;: l&apos;historique n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>Sqitch&apos;s registry has no change %1 (%2) to revert</source>
        <translation>le registre Sqitch ne contient aucune modification %1 (%2) à annuler</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 n&apos;est pas dans %2</translation>
    </message>
    <message>
        <source>the change %1 is not in Sqitch&apos;s registry %2</source>
        <translation>la modification %1 n&apos;est pas dans le registre Sqitch %2</translation>
    </message>
</context>
<context>
    <name>ImpactInspector</name>
    <message>
        <source>cannot read information_schema.TABLES: %1</source>
        <translation>impossible de lire information_schema.TABLES&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation>impossible de compter les lignes de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the tables of %1: %2</source>
        <translation>impossible de lire les tables de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the columns of %1: %2</source>
        <translation>impossible de lire les colonnes de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot count the values of %1.%2: %3</source>
        <translation>impossible de compter les valeurs de %1.%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot read the process list: %1</source>
        <translation>impossible de lire la liste des processus&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read information_schema.COLUMNS: %1</source>
        <translation>impossible de lire information_schema.COLUMNS&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot count the values of the columns of %1: %2</source>
        <translation>impossible de compter les valeurs des colonnes de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the open transactions: %1</source>
        <translation>impossible de lire les transactions ouvertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, rows changed: %2, %3</source>
        <translation>%1, lignes modifiées&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>no statement running</source>
        <translation>aucune instruction en cours</translation>
    </message>
    <message>
        <source>the tables it holds are not known without the metadata_lock_info plugin</source>
        <translation>les tables qu&apos;elle verrouille ne sont pas connues sans le plugin metadata_lock_info</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>détient %1</translation>
    </message>
    <message>
        <source>%1 (%2): no DDL or writes anywhere until it ends</source>
        <translation>%1 (%2)&#xa0;: aucun DDL ni aucune écriture nulle part tant qu&apos;il n&apos;est pas levé</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the metadata locks (%1): %2</source>
        <translation>impossible de lire les verrous de métadonnées (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>the tables it holds are not known without performance_schema&apos;s metadata lock instrument</source>
        <translation>les tables qu&apos;elle détient ne sont pas connues sans l&apos;instrument de verrous de métadonnées de performance_schema</translation>
    </message>
</context>
<context>
    <name>IncidentNotice</name>
    <message>
        <source>The whole report is stored with the run: backstep-cli playbook show %1</source>
        <translation>Le rapport complet est conservé avec l’exécution : backstep-cli playbook show %1</translation>
    </message>
    <message>
        <source>The whole report: %1 (also stored with the run %2).</source>
        <translation>Le rapport complet : %1 (également conservé avec l’exécution %2).</translation>
    </message>
    <message>
        <source>Run %1 by %2@%3 against %4 (%5, %6).</source>
        <translation>Exécution %1 par %2@%3 sur %4 (%5, %6).</translation>
    </message>
    <message>
        <source>server unknown</source>
        <translation>serveur inconnu</translation>
    </message>
    <message>
        <source>connection unknown</source>
        <translation>connexion inconnue</translation>
    </message>
    <message>
        <source>Backup: %1 (SHA-256 %2).</source>
        <translation>Sauvegarde : %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>[Backstep] %1: %2 (%3)</source>
        <translation>[Backstep] %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>(Cut to fit an e-mail link.) %1</source>
        <translation>(Tronqué pour tenir dans un lien de courriel.) %1</translation>
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
        <translation>Annulation de %1 (%2)&#xa0;: toutes les étapes sont terminées ou ignorées.</translation>
    </message>
    <message>
        <source>FAILED at &quot;%1&quot;: %2 (backstep-cli playbook resume %3 retries it).</source>
        <translation>ÉCHEC à l&apos;étape «&#xa0;%1&#xa0;»&#xa0;: %2 (backstep-cli playbook resume %3 la relance).</translation>
    </message>
    <message>
        <source>Unfinished: the run stopped at &quot;%1&quot; and can be resumed (backstep-cli playbook resume %2).</source>
        <translation>Inachevée&#xa0;: l&apos;exécution s&apos;est arrêtée à l&apos;étape «&#xa0;%1&#xa0;» et peut être reprise (backstep-cli playbook resume %2).</translation>
    </message>
    <message>
        <source>Aborted at &quot;%1&quot;: nothing more runs.</source>
        <translation>Abandonnée à l&apos;étape «&#xa0;%1&#xa0;»&#xa0;: plus rien ne s&apos;exécute.</translation>
    </message>
    <message>
        <source>Who and against what</source>
        <translation>Qui et sur quoi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Backup kind</source>
        <translation>Type de sauvegarde</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>skipped (%1): %2</source>
        <translation>ignorée (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No statement was recorded.</source>
        <translation>Aucune instruction n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Verdict: %1.</source>
        <translation>Verdict&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Validation commands</source>
        <translation>Commandes de validation</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Étapes ignorées</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>Aucune étape n&apos;a été ignorée.</translation>
    </message>
    <message>
        <source>Incident report: rollback of %1</source>
        <translation>Rapport d&apos;incident&#xa0;: annulation de %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Not reached: the run stopped before this step.</source>
        <translation>Non atteinte : l’exécution s’est arrêtée avant cette étape.</translation>
    </message>
    <message>
        <source>Skipped (%1): %2</source>
        <translation>Ignorée (%1) : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2 attempts)</source>
        <translation>%1 (%2 tentatives)</translation>
    </message>
    <message>
        <source>Target: %1.</source>
        <translation>Cible : %1.</translation>
    </message>
    <message>
        <source>From version %1 down to %2.</source>
        <translation>De la version %1 jusqu’à %2.</translation>
    </message>
    <message>
        <source>no migration applied</source>
        <translation>aucune migration appliquée</translation>
    </message>
    <message>
        <source>Tables the plan touches: %1.</source>
        <translation>Tables touchées par le plan : %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Appliquée le</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1 statements; their text was not recorded.</source>
        <translation>%1 instructions ; leur texte n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation>N° au catalogue</translation>
    </message>
    <message>
        <source>What this backup cannot restore: %1</source>
        <translation>Ce que cette sauvegarde ne peut pas restaurer : %1</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Scratch database</source>
        <translation>Base jetable</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Scratch database dropped</source>
        <translation>Base jetable supprimée</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>Échec à %1</translation>
    </message>
    <message>
        <source>Predicted for production: about %1 of rollback.</source>
        <translation>Prévision pour la production : environ %1 de retour arrière.</translation>
    </message>
    <message>
        <source>Production&apos;s rollback step took %1.</source>
        <translation>L’étape de retour arrière en production a duré %1.</translation>
    </message>
    <message>
        <source>Rollback run %1: %2.</source>
        <translation>Retour arrière %1 : %2.</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>Statements run: %1.</source>
        <translation>Instructions exécutées : %1.</translation>
    </message>
    <message>
        <source>Checksums of the untouched tables were taken before the rollback started.</source>
        <translation>Les sommes de contrôle des tables non touchées ont été prises avant le début du retour arrière.</translation>
    </message>
    <message>
        <source>Verification report %1 (backstep-cli verify shows it again).</source>
        <translation>Rapport de vérification %1 (backstep-cli verify l’affiche de nouveau).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Differences with the expected schema: %1.</source>
        <translation>Différences avec le schéma attendu : %1.</translation>
    </message>
    <message>
        <source>Checksums of the tables the plan does not touch: %1 chunks compared, %2 differing.</source>
        <translation>Sommes de contrôle des tables que le plan ne touche pas : %1 tranches comparées, %2 différentes.</translation>
    </message>
    <message>
        <source>Differing table</source>
        <translation>Table différente</translation>
    </message>
    <message>
        <source>Key range</source>
        <translation>Plage de clés</translation>
    </message>
    <message>
        <source>Not covered within the time budget, so not checked: %1.</source>
        <translation>Non couvert dans le budget de temps, donc non vérifié : %1.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Output of %1 (its end)</source>
        <translation>Sortie de %1 (sa fin)</translation>
    </message>
    <message>
        <source>Log watch</source>
        <translation>Surveillance du journal</translation>
    </message>
    <message>
        <source>Watched for %1 after the service started, against the same time before it stopped.</source>
        <translation>Surveillé pendant %1 après le démarrage du service, comparé à la même durée avant son arrêt.</translation>
    </message>
    <message>
        <source>The step fails above %1 error lines a minute.</source>
        <translation>L’étape échoue au-delà de %1 lignes d’erreur par minute.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Errors a minute</source>
        <translation>Erreurs par minute</translation>
    </message>
    <message>
        <source>Warnings a minute</source>
        <translation>Avertissements par minute</translation>
    </message>
    <message>
        <source>Error and warning lines</source>
        <translation>Lignes d’erreur et d’avertissement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No target was named; the default: %1.</source>
        <translation>Aucune cible n&apos;a été indiquée&#xa0;; la cible par défaut&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>IncidentReportAction</name>
    <message>
        <source>stored in the journal</source>
        <translation>enregistré dans le journal</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>impossible d&apos;écrire le rapport %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>stored in the journal and written to %1</source>
        <translation>enregistré dans le journal et écrit dans %1</translation>
    </message>
    <message>
        <source>; summary posted to %1</source>
        <translation> ; résumé envoyé à %1</translation>
    </message>
    <message>
        <source>; the webhook failed: %1</source>
        <translation> ; échec du webhook : %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>cannot create the journal&apos;s folder for %1</source>
        <translation>impossible de créer le dossier du journal pour %1</translation>
    </message>
    <message>
        <source>cannot create the journal %1: %2</source>
        <translation>impossible de créer le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot configure the journal %1: %2</source>
        <translation>impossible de configurer le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the journal&apos;s schema version: %1</source>
        <translation>impossible de lire la version du schéma du journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>the journal %1 has schema version %2, newer than this Backstep (%3): use a newer Backstep</source>
        <translation>le journal %1 a la version de schéma %2, plus récente que ce Backstep (%3)&#xa0;: utilisez un Backstep plus récent</translation>
    </message>
    <message>
        <source>cannot lock the journal to bring its schema up to date</source>
        <translation>impossible de verrouiller le journal pour mettre son schéma à jour</translation>
    </message>
    <message>
        <source>cannot read the journal&apos;s schema version</source>
        <translation>impossible de lire la version du schéma du journal</translation>
    </message>
    <message>
        <source>cannot bring the journal to schema version %1</source>
        <translation>impossible de passer le journal à la version de schéma %1</translation>
    </message>
    <message>
        <source>cannot record the journal&apos;s schema version</source>
        <translation>impossible d&apos;enregistrer la version du schéma du journal</translation>
    </message>
    <message>
        <source>cannot write to the journal: %1</source>
        <translation>impossible d&apos;écrire dans le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the journal&apos;s events</source>
        <translation>impossible de lire les événements du journal</translation>
    </message>
</context>
<context>
    <name>LineStatements</name>
    <message>
        <source>%1 sends this as one query with the statement before it; the server runs that only when the application&apos;s connection allows several statements (multiStatements=true), so Backstep runs them one by one as the server would have</source>
        <translation>%1 envoie ceci en une seule requête avec l&apos;instruction qui précède&#xa0;; le serveur ne l&apos;exécute que si la connexion de l&apos;application autorise plusieurs instructions (multiStatements=true), Backstep les exécute donc une par une comme l&apos;aurait fait le serveur</translation>
    </message>
</context>
<context>
    <name>LiquibaseReader</name>
    <message>
        <source>the changeset has no --rollback: Liquibase cannot undo raw SQL by itself</source>
        <translation>le changeset n&apos;a pas de --rollback&#xa0;: Liquibase ne peut pas annuler du SQL brut de lui-même</translation>
    </message>
    <message>
        <source>cannot read the changeset (expected --changeset author:id [attribute:value ...])</source>
        <translation>impossible de lire le changeset (attendu --changeset author:id [attribute:value ...])</translation>
    </message>
    <message>
        <source>a rollback outside any changeset</source>
        <translation>un rollback en dehors de tout changeset</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>unterminated quoted identifier or comment</source>
        <translation>identifiant entre guillemets ou commentaire non terminé</translation>
    </message>
    <message>
        <source>Liquibase replaces %1 before it runs this, and its value is not in liquibase.properties (parameter.%2=...)</source>
        <translation>Liquibase remplace %1 avant d&apos;exécuter ceci, et sa valeur ne figure pas dans liquibase.properties (parameter.%2=...)</translation>
    </message>
    <message>
        <source>Liquibase cuts the statement that starts on line %1 here: its BEGIN/END counting ends the block at an END IF, END CASE or END LOOP, so it sends the routine in pieces, which the server rejects; give the changeset an endDelimiter</source>
        <translation>Liquibase coupe ici l&apos;instruction qui commence à la ligne %1&#xa0;: son comptage BEGIN/END termine le bloc sur un END IF, END CASE ou END LOOP, il envoie donc la routine en morceaux, que le serveur rejette&#xa0;; donnez au changeset un endDelimiter</translation>
    </message>
    <message>
        <source>statement by statement, in a transaction (DDL commits implicitly all the same)</source>
        <translation>instruction par instruction, dans une transaction (le DDL valide implicitement malgré tout)</translation>
    </message>
    <message>
        <source>statement by statement, no transaction (runInTransaction:false)</source>
        <translation>instruction par instruction, sans transaction (runInTransaction:false)</translation>
    </message>
    <message>
        <source>changeset %1 by %2 declares its rollback %3 (--rollback %3): nothing runs, its row in DATABASECHANGELOG is removed as Liquibase does</source>
        <translation>le changeset %1 de %2 déclare son rollback %3 (--rollback %3)&#xa0;: rien ne s&apos;exécute, sa ligne dans DATABASECHANGELOG est supprimée comme le fait Liquibase</translation>
    </message>
    <message>
        <source>a -- comment inside a liquibase rollback block: Liquibase joins the block&apos;s lines without line feeds, so the comment runs to the end of the block and swallows what follows</source>
        <translation>un commentaire -- dans un bloc liquibase rollback&#xa0;: Liquibase joint les lignes du bloc sans sauts de ligne, le commentaire va donc jusqu&apos;à la fin du bloc et avale ce qui suit</translation>
    </message>
    <message>
        <source>a blank between &apos;:&apos; and the changeset&apos;s id: Liquibase refuses it</source>
        <translation>un blanc entre «&#xa0;:&#xa0;» et l&apos;identifiant du changeset&#xa0;: Liquibase le refuse</translation>
    </message>
    <message>
        <source>/* liquibase rollback without its closing */: the block runs to the end of the file</source>
        <translation>/* liquibase rollback sans son */ de fermeture&#xa0;: le bloc va jusqu&apos;à la fin du fichier</translation>
    </message>
    <message>
        <source>not a Liquibase formatted SQL file: its first line that is not blank must be --liquibase formatted sql</source>
        <translation>pas un fichier Liquibase formatted SQL&#xa0;: sa première ligne non vide doit être --liquibase formatted sql</translation>
    </message>
    <message>
        <source>the rollback names changeset %1 by %2, which is not in the changelog</source>
        <translation>le rollback nomme le changeset %1 de %2, qui n&apos;est pas dans le changelog</translation>
    </message>
</context>
<context>
    <name>LogTail</name>
    <message>
        <source>not a regular file (a FIFO, socket or device)</source>
        <translation>pas un fichier ordinaire (une FIFO, un socket ou un périphérique)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <source>cannot list the %1</source>
        <translation>impossible de lister les %1</translation>
    </message>
    <message>
        <source>cannot checksum %1</source>
        <translation>impossible de calculer la somme de contrôle de %1</translation>
    </message>
    <message>
        <source>views</source>
        <translation>vues</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>déclencheurs</translation>
    </message>
    <message>
        <source>routines</source>
        <translation>routines</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>no DOWN section</source>
        <translation>aucune section DOWN</translation>
    </message>
    <message>
        <source>the DOWN section is empty</source>
        <translation>la section DOWN est vide</translation>
    </message>
    <message>
        <source>the mysql client</source>
        <translation>le client mysql</translation>
    </message>
</context>
<context>
    <name>MigrationFolderReader</name>
    <message>
        <source>duplicate version %1: also in %2</source>
        <translation>version %1 en double&#xa0;: aussi dans %2</translation>
    </message>
    <message>
        <source>the migrations folder does not exist</source>
        <translation>le dossier des migrations n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>a symbolic link to %1, which does not exist</source>
        <translation>un lien symbolique vers %1, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>the DOWN</source>
        <translation>la section DOWN</translation>
    </message>
    <message>
        <source>the UP</source>
        <translation>la section UP</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>duplicate version %1: defined twice in this file</source>
        <translation>version %1 en double&#xa0;: définie deux fois dans ce fichier</translation>
    </message>
    <message>
        <source>a symbolic link to %1, which does not exist: --migrations takes the folder that holds the migration files</source>
        <translation>un lien symbolique vers %1, qui n&apos;existe pas&#xa0;: --migrations attend le dossier qui contient les fichiers de migration</translation>
    </message>
    <message>
        <source>this is a file, not a folder: --migrations takes the folder that holds the migration files</source>
        <translation>ceci est un fichier, pas un dossier&#xa0;: --migrations attend le dossier qui contient les fichiers de migration</translation>
    </message>
</context>
<context>
    <name>MigrationState</name>
    <message>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Fichier manquant</translation>
    </message>
    <message>
        <source>Dirty (partial)</source>
        <translation>Incomplète (dirty)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Below baseline</source>
        <translation>Sous la baseline</translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n appliquée</numerusform>
            <numerusform>%n appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) missing</source>
        <translation>
            <numerusform>%n fichier manquant</numerusform>
            <numerusform>%n fichiers manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dirty (partial)</source>
        <translation>
            <numerusform>%n incomplète (dirty)</numerusform>
            <numerusform>%n incomplètes (dirty)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below baseline</source>
        <translation>
            <numerusform>%n sous la baseline</numerusform>
            <numerusform>%n sous la baseline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n inconnue</numerusform>
            <numerusform>%n inconnues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationStatus</name>
    <message>
        <source>no migration file</source>
        <translation>aucun fichier de migration</translation>
    </message>
    <message>
        <source>below the baseline %1: Flyway never applied it to this database</source>
        <translation>sous la baseline %1&#xa0;: Flyway ne l&apos;a jamais appliquée à cette base de données</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop&apos;s keyring</source>
        <translation>&amp;Mémoriser dans le trousseau du bureau</translation>
    </message>
</context>
<context>
    <name>PasswordKeyring</name>
    <message>
        <source>the keyring refused (error %1)</source>
        <translation>le trousseau a refusé (erreur %1)</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keyring can be reached</source>
        <translation>pas de bus de session D-Bus&#xa0;: aucun trousseau n&apos;est joignable</translation>
    </message>
    <message>
        <source>the keyring did not answer: %1</source>
        <translation>le trousseau n&apos;a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the keyring did not answer within %1 seconds</source>
        <translation>le trousseau n&apos;a pas répondu en %1 secondes</translation>
    </message>
    <message>
        <source>cannot read the password from the keyring: %1</source>
        <translation>impossible de lire le mot de passe dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot store the password in the keyring: %1</source>
        <translation>impossible d&apos;enregistrer le mot de passe dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot remove the password from the keyring: %1</source>
        <translation>impossible de supprimer le mot de passe du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PasswordSource</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>impossible de lire le fichier de mot de passe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the password file %1 is empty (its first line is the password)</source>
        <translation>le fichier de mot de passe %1 est vide (sa première ligne est le mot de passe)</translation>
    </message>
</context>
<context>
    <name>PlainReader</name>
    <message>
        <source>cannot read a version from the file name (expected &lt;version&gt;_&lt;name&gt;.sql, e.g. 1203_add_index.sql)</source>
        <translation>impossible de lire une version dans le nom du fichier (attendu &lt;version&gt;_&lt;name&gt;.sql, p. ex. 1203_add_index.sql)</translation>
    </message>
    <message>
        <source>as the mysql client runs a file: statement by statement, no transaction unless the file starts one</source>
        <translation>comme le client mysql exécute un fichier&#xa0;: instruction par instruction, sans transaction sauf si le fichier en ouvre une</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>no playbook step is called &quot;%1&quot;; the steps are: %2</source>
        <translation>aucune étape du playbook ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; les étapes sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>Identify the migrations to roll back</source>
        <translation>Identifier les migrations à annuler</translation>
    </message>
    <message>
        <source>Stop the service</source>
        <translation>Arrêter le service</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Rehearse on a scratch copy</source>
        <translation>Répéter sur une copie temporaire</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Run the validation commands</source>
        <translation>Exécuter les commandes de validation</translation>
    </message>
    <message>
        <source>Start the service</source>
        <translation>Démarrer le service</translation>
    </message>
    <message>
        <source>Watch the log</source>
        <translation>Surveiller le log</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>no backup kind is called &quot;%1&quot;; the kinds are: full, targeted</source>
        <translation>aucun type de sauvegarde ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; les types sont&#xa0;: full, targeted</translation>
    </message>
    <message>
        <source>playbook run %1 has no step %2</source>
        <translation>l&apos;exécution de playbook %1 n&apos;a pas d&apos;étape %2</translation>
    </message>
    <message>
        <source>playbook run %1 is %2: no step runs any more</source>
        <translation>l&apos;exécution de playbook %1 est %2&#xa0;: plus aucune étape ne s&apos;exécute</translation>
    </message>
    <message>
        <source>step %1 (%2) of playbook run %3 is already %4; it never runs twice</source>
        <translation>l&apos;étape %1 (%2) de l&apos;exécution de playbook %3 est déjà %4&#xa0;; elle ne s&apos;exécute jamais deux fois</translation>
    </message>
    <message>
        <source>step %1 (%2) of playbook run %3 waits for step %4 (%5), which is %6</source>
        <translation>l&apos;étape %1 (%2) de l&apos;exécution de playbook %3 attend l&apos;étape %4 (%5), qui est %6</translation>
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
    <message>
        <source>the last full backup of this database (#%1, %2) took %3 s</source>
        <translation>la dernière sauvegarde complète de cette base de données (n°%1, %2) a pris %3 s</translation>
    </message>
    <message>
        <source>%1 of data and indexes at about 50 MB/s (no earlier full backup of this database to measure by)</source>
        <translation>%1 de données et d&apos;index à environ 50 Mo/s (aucune sauvegarde complète antérieure de cette base de données pour mesurer)</translation>
    </message>
    <message>
        <source>interrupted: the playbook&apos;s process ended before this backup completed; it is never taken as good</source>
        <translation>interrompue&#xa0;: le processus du playbook s&apos;est arrêté avant la fin de cette sauvegarde&#xa0;; elle n&apos;est jamais considérée comme valable</translation>
    </message>
    <message>
        <source>a SQLite database is copied whole: the backup is full</source>
        <translation>une base SQLite est copiée entière&#xa0;: la sauvegarde est complète</translation>
    </message>
    <message>
        <source>the plan names no table: the backup is full</source>
        <translation>le plan ne nomme aucune table&#xa0;: la sauvegarde est complète</translation>
    </message>
    <message>
        <source>a full backup may take about %1 (%2): a targeted backup of the tables the plan touches would take seconds, but could not restore the other tables&apos; data</source>
        <translation>une sauvegarde complète peut prendre environ %1 (%2)&#xa0;: une sauvegarde ciblée des tables que le plan touche prendrait quelques secondes, mais ne pourrait pas restaurer les données des autres tables</translation>
    </message>
    <message>
        <source>backup %1: %2</source>
        <translation>sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the backup %1 did not verify: %2</source>
        <translation>la sauvegarde %1 n&apos;a pas passé la vérification&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 backup %2 (%3, verified)</source>
        <translation>sauvegarde (%1) %2 (%3, vérifiée)</translation>
    </message>
</context>
<context>
    <name>PlaybookDialog</name>
    <message>
        <source>Run the playbook</source>
        <translation>Exécuter le playbook</translation>
    </message>
    <message>
        <source>One incident, the ten steps of the playbook in order. Each step is recorded in the journal before and after it runs: if Backstep is closed or killed, the run resumes where it stopped, and no step is done twice.</source>
        <translation>Un incident, les dix étapes du playbook dans l’ordre. Chaque étape est consignée dans le journal avant et après son exécution : si Backstep est fermé ou tué, l’exécution reprend là où elle s’est arrêtée, et aucune étape n’est faite deux fois.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>The profile gives the service to stop and start, the logs to watch, the validation commands and the contacts</source>
        <translation>Le profil donne le service à arrêter et démarrer, les journaux à surveiller, les commandes de validation et les contacts</translation>
    </message>
    <message>
        <source>Roll back:</source>
        <translation>Annuler :</translation>
    </message>
    <message>
        <source>The &amp;last</source>
        <translation>Les &amp;dernières</translation>
    </message>
    <message>
        <source>applied migrations</source>
        <translation>migrations appliquées</translation>
    </message>
    <message>
        <source>&amp;Down to (stays applied)</source>
        <translation>&amp;Jusqu’à (reste appliquée)</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sauvegarde :</translation>
    </message>
    <message>
        <source>&amp;Full (the whole database)</source>
        <translation>&amp;Complète (toute la base)</translation>
    </message>
    <message>
        <source>&amp;Targeted (the tables the plan touches, with the whole schema)</source>
        <translation>&amp;Ciblée (les tables que le plan touche, avec tout le schéma)</translation>
    </message>
    <message>
        <source>Seconds instead of hours on a large database; it cannot restore the data of tables the plan does not touch</source>
        <translation>Des secondes au lieu d’heures sur une grosse base ; elle ne peut pas restaurer les données des tables que le plan ne touche pas</translation>
    </message>
    <message>
        <source>&amp;Watch the log for:</source>
        <translation>&amp;Surveiller le journal pendant :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Steps to skip (each needs a reason, kept in the report)</source>
        <translation>Étapes à sauter (chacune avec une raison, reprise dans le rapport)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Copier le résumé</translation>
    </message>
    <message>
        <source>The report in Markdown, for a ticket or a chat</source>
        <translation>Le rapport en Markdown, pour un ticket ou une discussion</translation>
    </message>
    <message>
        <source>E-&amp;mail contacts…</source>
        <translation>Écrire aux &amp;contacts…</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>É&amp;tapes</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>Ra&amp;pport</translation>
    </message>
    <message>
        <source>&amp;Cancel the playbook</source>
        <translation>&amp;Annuler le playbook</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Run the playbook</source>
        <translation>&amp;Exécuter le playbook</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PlaybookFlow</name>
    <message>
        <source>the step %1 cannot be skipped: it is the playbook itself</source>
        <translation>l&apos;étape %1 ne peut pas être ignorée&#xa0;: c&apos;est le playbook lui-même</translation>
    </message>
    <message>
        <source>skipping the step %1 needs a reason</source>
        <translation>ignorer l&apos;étape %1 nécessite un motif</translation>
    </message>
    <message>
        <source>the run has no step %1</source>
        <translation>l&apos;exécution n&apos;a pas d&apos;étape %1</translation>
    </message>
    <message>
        <source>playbook run %1 is %2: nothing more runs</source>
        <translation>l&apos;exécution de playbook %1 est %2&#xa0;: plus rien ne s&apos;exécute</translation>
    </message>
    <message>
        <source>this Backstep cannot do the step %1 yet</source>
        <translation>cette version de Backstep ne sait pas encore effectuer l&apos;étape %1</translation>
    </message>
</context>
<context>
    <name>PlaybookIdentifyAction</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cancelled while reading the migrations</source>
        <translation>annulé pendant la lecture des migrations</translation>
    </message>
    <message>
        <source>the migrations folder %1 has errors:
%2</source>
        <translation>le dossier de migrations %1 contient des erreurs :
%2</translation>
    </message>
    <message>
        <source>cancelled while reading the database&apos;s history</source>
        <translation>annulé pendant la lecture de l&apos;historique de la base</translation>
    </message>
    <message>
        <source>cannot read the history of %1: %2</source>
        <translation>impossible de lire l&apos;historique de %1 : %2</translation>
    </message>
    <message>
        <source>cannot plan %1: %2</source>
        <translation>impossible de planifier %1 : %2</translation>
    </message>
    <message>
        <source>nothing to roll back: %1 names no applied migration of %2</source>
        <translation>rien à annuler : %1 ne désigne aucune migration appliquée de %2</translation>
    </message>
    <message>
        <source>the plan cannot run:
%1</source>
        <translation>le plan ne peut pas s&apos;exécuter :
%1</translation>
    </message>
    <message>
        <source>no migration</source>
        <translation>aucune migration</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) to roll back, down to %1</source>
        <translation>
            <numerusform>%n migration à annuler, jusqu&apos;à %1</numerusform>
            <numerusform>%n migrations à annuler, jusqu&apos;à %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookJournal</name>
    <message>
        <source>cannot write the playbook journal</source>
        <translation>impossible d&apos;écrire le journal du playbook</translation>
    </message>
    <message>
        <source>cannot write playbook run %1</source>
        <translation>impossible d&apos;écrire l&apos;exécution de playbook %1</translation>
    </message>
    <message>
        <source>cannot write step %1 of playbook run %2</source>
        <translation>impossible d&apos;écrire l&apos;étape %1 de l&apos;exécution de playbook %2</translation>
    </message>
    <message>
        <source>the journal %1 has no playbook run %2</source>
        <translation>le journal %1 ne contient pas d&apos;exécution de playbook %2</translation>
    </message>
    <message>
        <source>playbook run %1 has no step %2</source>
        <translation>l&apos;exécution de playbook %1 n&apos;a pas d&apos;étape %2</translation>
    </message>
    <message>
        <source>playbook run %1 is %2: no step changes any more</source>
        <translation>l&apos;exécution de playbook %1 est %2&#xa0;: plus aucune étape ne change</translation>
    </message>
    <message>
        <source>step %1 of playbook run %2 is already %3; it never runs twice</source>
        <translation>l&apos;étape %1 de l&apos;exécution de playbook %2 est déjà %3&#xa0;; elle ne s&apos;exécute jamais deux fois</translation>
    </message>
    <message>
        <source>step %1 of playbook run %2 is %3, not running: its evidence is kept as it was</source>
        <translation>l&apos;étape %1 de l&apos;exécution de playbook %2 est %3, pas en cours&#xa0;: ses éléments de preuve sont conservés tels quels</translation>
    </message>
    <message>
        <source>step %1 of playbook run %2 is %3, not running: it cannot finish</source>
        <translation>l&apos;étape %1 de l&apos;exécution de playbook %2 est %3, pas en cours&#xa0;: elle ne peut pas se terminer</translation>
    </message>
    <message>
        <source>step %1 of playbook run %2 is already %3: it cannot be skipped</source>
        <translation>l&apos;étape %1 de l&apos;exécution de playbook %2 est déjà %3&#xa0;: elle ne peut pas être ignorée</translation>
    </message>
    <message>
        <source>playbook run %1 is already %2; its status does not change any more</source>
        <translation>l&apos;exécution de playbook %1 est déjà %2&#xa0;; son état ne change plus</translation>
    </message>
    <message>
        <source>playbook run %1 (%2) was not changed</source>
        <translation>l&apos;exécution de playbook %1 (%2) n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>cannot store the %1 report of playbook run %2</source>
        <translation>impossible d&apos;enregistrer le rapport %1 de l&apos;exécution de playbook %2</translation>
    </message>
    <message>
        <source>cannot read the %1 report of playbook run %2</source>
        <translation>impossible de lire le rapport %1 de l&apos;exécution de playbook %2</translation>
    </message>
    <message>
        <source>cannot read playbook run %1</source>
        <translation>impossible de lire l&apos;exécution de playbook %1</translation>
    </message>
    <message>
        <source>cannot read the steps of playbook run %1</source>
        <translation>impossible de lire les étapes de l&apos;exécution de playbook %1</translation>
    </message>
    <message>
        <source>cannot read the playbook runs</source>
        <translation>impossible de lire les exécutions de playbook</translation>
    </message>
</context>
<context>
    <name>PlaybookRehearsalAction</name>
    <message>
        <source>cannot remove the killed rehearsal&apos;s copy %1</source>
        <translation>impossible de supprimer la copie %1 de la répétition interrompue</translation>
    </message>
    <message>
        <source>the noted scratch database %1 is not a rehearsal copy of %2: it is left alone</source>
        <translation>la base de données temporaire notée %1 n&apos;est pas une copie de répétition de %2&#xa0;: elle n&apos;est pas touchée</translation>
    </message>
    <message>
        <source>cannot drop the killed rehearsal&apos;s scratch database %1: %2</source>
        <translation>impossible de supprimer la base de données temporaire %1 de la répétition interrompue&#xa0;: %2</translation>
    </message>
    <message>
        <source>the back-up step recorded no file: there is nothing to rehearse on</source>
        <translation>l&apos;étape de sauvegarde n&apos;a enregistré aucun fichier&#xa0;: il n&apos;y a rien sur quoi répéter</translation>
    </message>
    <message>
        <source>rehearsed on %1: rolled back in %2 s (production&apos;s prediction), verified</source>
        <translation>répété sur %1&#xa0;: annulé en %2 s (prévision pour la production), vérifié</translation>
    </message>
    <message>
        <source>(the copy could not be dropped: %1)</source>
        <translation>(la copie n&apos;a pas pu être supprimée&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the rehearsal failed, production was not touched: %1</source>
        <translation>la répétition a échoué, la production n&apos;a pas été touchée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the rehearsal failed at %1 (%2), production was not touched: %3</source>
        <translation>la répétition a échoué à %1 (%2), la production n&apos;a pas été touchée&#xa0;: %3</translation>
    </message>
    <message>
        <source>the rehearsal could not run, production was not touched: %1</source>
        <translation>la répétition n&apos;a pas pu s&apos;exécuter, la production n&apos;a pas été touchée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PlaybookRollbackAction</name>
    <message>
        <source>nothing to roll back</source>
        <translation>rien à annuler</translation>
    </message>
    <message>
        <source>the rollback is not guarded: %1</source>
        <translation>l&apos;annulation n&apos;est pas protégée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the newest backup of %1 is %2, not the playbook&apos;s (%3): the rollback would not be guarded by it</source>
        <translation>la sauvegarde la plus récente de %1 est %2, et non celle du playbook (%3)&#xa0;: l&apos;annulation ne serait pas protégée par celle-ci</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no backup recorded</source>
        <translation>aucune sauvegarde enregistrée</translation>
    </message>
    <message>
        <source>cannot checksum the tables the plan does not touch: %1</source>
        <translation>impossible de calculer les sommes de contrôle des tables que le plan ne touche pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled before the run</source>
        <translation>annulé avant l&apos;exécution</translation>
    </message>
    <message numerus="yes">
        <source>rolled back: run %1, %n statement(s)</source>
        <translation>
            <numerusform>annulé&#xa0;: exécution %1, %n instruction</numerusform>
            <numerusform>annulé&#xa0;: exécution %1, %n instructions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookRunStart</name>
    <message>
        <source>the run&apos;s target &quot;%1&quot; is not --to VERSION, --steps N or --only VERSIONS</source>
        <translation>la cible de l&apos;exécution « %1 » n&apos;est ni --to VERSION, ni --steps N, ni --only VERSIONS</translation>
    </message>
</context>
<context>
    <name>PlaybookServiceAction</name>
    <message>
        <source>the profile %1 names no service</source>
        <translation>le profil %1 ne désigne aucun service</translation>
    </message>
    <message>
        <source>the service of the profile %1 cannot be used: %2</source>
        <translation>le service du profil %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>cancelled before the service was touched</source>
        <translation>annulé avant toute action sur le service</translation>
    </message>
    <message>
        <source>%1 of %2 failed: %3</source>
        <translation>%1 de %2 a échoué : %3</translation>
    </message>
    <message>
        <source>%1 is %2 after the %3; expected %4</source>
        <translation>%1 est %2 après %3 ; attendu : %4</translation>
    </message>
    <message>
        <source>%1 was already %2</source>
        <translation>%1 était déjà %2</translation>
    </message>
    <message>
        <source>%1: %2, then %3</source>
        <translation>%1 : %2, puis %3</translation>
    </message>
</context>
<context>
    <name>PlaybookValidateAction</name>
    <message>
        <source>the profile %1 has no validation commands</source>
        <translation>le profil %1 n&apos;a aucune commande de validation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cancelled while the validation commands ran</source>
        <translation>annulé pendant l&apos;exécution des commandes de validation</translation>
    </message>
    <message numerus="yes">
        <source>%n validation command(s) failed:
%1</source>
        <translation>
            <numerusform>%n commande de validation a échoué :
%1</numerusform>
            <numerusform>%n commandes de validation ont échoué :
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation command(s) passed</source>
        <translation>
            <numerusform>%n commande de validation réussie</numerusform>
            <numerusform>%n commandes de validation réussies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookVerifyAction</name>
    <message>
        <source>no checksums were taken before the rollback</source>
        <translation>aucune somme de contrôle n&apos;a été calculée avant l&apos;annulation</translation>
    </message>
    <message>
        <source>the roll-back step recorded no run: there is nothing to verify</source>
        <translation>l&apos;étape d&apos;annulation n&apos;a enregistré aucune exécution&#xa0;: il n&apos;y a rien à vérifier</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 changed where %2 (rows %3 before, %4 after), though the plan does not touch it</source>
        <translation>%1 a changé là où %2 (%3 lignes avant, %4 après), alors que le plan ne la touche pas</translation>
    </message>
    <message numerus="yes">
        <source>%n range(s) of untouched tables not checked</source>
        <translation>
            <numerusform>%n plage des tables non touchées non vérifiée</numerusform>
            <numerusform>%n plages des tables non touchées non vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>la vérification a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>inconclusive: %1</source>
        <translation>non concluant&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>verified: %n check(s) passed</source>
        <translation>
            <numerusform>vérifié&#xa0;: %n contrôle réussi</numerusform>
            <numerusform>vérifié&#xa0;: %n contrôles réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n chunk(s) of untouched tables unchanged</source>
        <translation>
            <numerusform>et %n tranche des tables non touchées inchangée</numerusform>
            <numerusform>et %n tranches des tables non touchées inchangées</numerusform>
        </translation>
    </message>
    <message>
        <source>the untouched tables</source>
        <translation>les tables non touchées</translation>
    </message>
    <message>
        <source>every row</source>
        <translation>toutes les lignes</translation>
    </message>
</context>
<context>
    <name>PlaybookWatchLogAction</name>
    <message>
        <source>no line has a date and time</source>
        <translation>aucune ligne n&apos;a de date ni d&apos;heure</translation>
    </message>
    <message>
        <source>it begins at %1, after %2</source>
        <translation>il commence à %1, après %2</translation>
    </message>
    <message>
        <source>the log watch was set to 0 seconds</source>
        <translation>la surveillance du journal a été réglée sur 0 seconde</translation>
    </message>
    <message>
        <source>the profile %1 names no log file</source>
        <translation>le profil %1 ne désigne aucun fichier journal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n second(s) of the log watch</source>
        <translation>
            <numerusform>annulé après %n seconde de surveillance du journal</numerusform>
            <numerusform>annulé après %n secondes de surveillance du journal</numerusform>
        </translation>
    </message>
    <message>
        <source>no log file could be read:
%1</source>
        <translation>aucun fichier journal n&apos;a pu être lu :
%1</translation>
    </message>
    <message>
        <source>%1 error lines per minute after the rollback, above the limit of %2 (before: %3):
%4</source>
        <translation>%1 lignes d&apos;erreur par minute après l&apos;annulation, au-dessus de la limite de %2 (avant : %3) :
%4</translation>
    </message>
    <message>
        <source>%1 errors and %2 warnings per minute (before: %3 errors)</source>
        <translation>%1 erreurs et %2 avertissements par minute (avant : %3 erreurs)</translation>
    </message>
    <message>
        <source>%1 error lines per minute after the rollback, above the limit of %2 (the rate before the service was stopped is unknown):
%3</source>
        <translation>%1 lignes d&apos;erreur par minute après l&apos;annulation, au-dessus de la limite de %2 (le taux avant l&apos;arrêt du service est inconnu)&#xa0;:
%3</translation>
    </message>
    <message>
        <source>%1 errors and %2 warnings per minute; the error rate before the service was stopped is unknown</source>
        <translation>%1 erreurs et %2 avertissements par minute&#xa0;; le taux d&apos;erreurs avant l&apos;arrêt du service est inconnu</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>HeartGuard production</source>
        <translation>HeartGuard production</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>SQLite &amp;file:</source>
        <translation>Fichier S&amp;QLite&#xa0;:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>T&amp;LS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat de l&apos;&amp;autorité (CA)&#xa0;:</translation>
    </message>
    <message>
        <source>/etc/ssl/certs/db-ca.pem</source>
        <translation>/etc/ssl/certs/db-ca.pem</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Ce&amp;rtificat client&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>&amp;Clé client&#xa0;:</translation>
    </message>
    <message>
        <source>Connect ti&amp;meout:</source>
        <translation>Délai de conne&amp;xion&#xa0;:</translation>
    </message>
    <message>
        <source>client default</source>
        <translation>valeur par défaut du client</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Remember the password in the desktop&apos;s keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mo&amp;t de passe&#xa0;:</translation>
    </message>
    <message>
        <source>stored in the keyring only, never in the profile</source>
        <translation>enregistré uniquement dans le trousseau, jamais dans le profil</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Essa&amp;yer la connexion</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>D&amp;ossier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Fo&amp;rmat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;History table:</source>
        <translation>Table d&apos;&amp;historique&#xa0;:</translation>
    </message>
    <message>
        <source>found among the known tools&apos; tables</source>
        <translation>trouvée parmi les tables des outils connus</translation>
    </message>
    <message>
        <source>&amp;Version column:</source>
        <translation>&amp;Colonne de version&#xa0;:</translation>
    </message>
    <message>
        <source>only for a table of your own</source>
        <translation>seulement pour une table à vous</translation>
    </message>
    <message>
        <source>&amp;Applied-at column:</source>
        <translation>Colonne de date d&apos;&amp;application&#xa0;:</translation>
    </message>
    <message>
        <source>optional: gives the applied order</source>
        <translation>facultatif&#xa0;: donne l&apos;ordre d&apos;application</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>heartguard-app.service</source>
        <translation>heartguard-app.service</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>Mé&amp;canisme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stop command:</source>
        <translation>Commande d&apos;&amp;arrêt&#xa0;:</translation>
    </message>
    <message>
        <source>sudo -n systemctl stop heartguard-app</source>
        <translation>sudo -n systemctl stop heartguard-app</translation>
    </message>
    <message>
        <source>S&amp;tart command:</source>
        <translation>Commande de dé&amp;marrage&#xa0;:</translation>
    </message>
    <message>
        <source>sudo -n systemctl start heartguard-app</source>
        <translation>sudo -n systemctl start heartguard-app</translation>
    </message>
    <message>
        <source>&amp;Restart command:</source>
        <translation>Commande de &amp;redémarrage&#xa0;:</translation>
    </message>
    <message>
        <source>empty: stop, then start</source>
        <translation>vide&#xa0;: arrêt, puis démarrage</translation>
    </message>
    <message>
        <source>Stat&amp;us command:</source>
        <translation>Commande d&apos;é&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>systemctl is-active heartguard-app (exit 0 active, 3 inactive)</source>
        <translation>systemctl is-active heartguard-app (sortie 0 actif, 3 inactif)</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Dé&amp;lai&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;est (status)</source>
        <translation>Interro&amp;ger l&apos;état</translation>
    </message>
    <message>
        <source>Logs and contacts</source>
        <translation>Logs et contacts</translation>
    </message>
    <message>
        <source>&amp;Log files (one a line):</source>
        <translation>Fichiers de &amp;log (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>/var/log/heartguard/app.log</source>
        <translation>/var/log/heartguard/app.log</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The playbook&apos;s contacts</source>
        <translation>Les contacts du playbook</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Validation commands (environment: NAME=value, one a line):</source>
        <translation>Commandes de validation (environnement&#xa0;: NOM=valeur, une par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Délai (s)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Add command</source>
        <translation>Ajouter une commande</translation>
    </message>
    <message>
        <source>Assertions (a read-only query and the result it must give):</source>
        <translation>Assertions (une requête en lecture seule et le résultat qu&apos;elle doit donner)&#xa0;:</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Add assertion</source>
        <translation>Ajouter une assertion</translation>
    </message>
    <message>
        <source>&amp;Open this profile</source>
        <translation>Ou&amp;vrir ce profil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook :</translation>
    </message>
    <message>
        <source>The playbook&apos;s report step posts the summary here as JSON (Slack-compatible). An http or https URL; empty: none. Its path and query are its token: hidden like a password until you show it.</source>
        <translation>L’étape de rapport du playbook envoie ici le résumé en JSON (compatible Slack). Une URL http ou https ; vide : aucun. Son chemin et sa requête sont son jeton : masqués comme un mot de passe jusqu’à ce que vous les affichiez.</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/… (optional)</source>
        <translation>https://hooks.slack.com/services/… (facultatif)</translation>
    </message>
    <message>
        <source>Webhook&apos;s &amp;CA file:</source>
        <translation>Fichier d’&amp;AC du webhook :</translation>
    </message>
    <message>
        <source>For an https webhook whose certificate an organization&apos;s own CA signed: that CA&apos;s certificate (PEM), trusted besides the system&apos;s.</source>
        <translation>Pour un webhook https dont le certificat a été signé par une AC propre à l’organisation : le certificat de cette AC (PEM), reconnu en plus de ceux du système.</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>vide : les autorités de certification du système</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1&#xa0;: pas du JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: written by a newer Backstep (profiles format %2; this one reads %3)</source>
        <translation>%1&#xa0;: écrit par un Backstep plus récent (format de profils %2&#xa0;; celui-ci lit %3)</translation>
    </message>
    <message>
        <source>%1, profile %2</source>
        <translation>%1, profil %2</translation>
    </message>
    <message>
        <source>%1: not a Backstep profile (no &quot;%2&quot; member; see docs/profiles.md)</source>
        <translation>%1&#xa0;: pas un profil Backstep (aucun membre «&#xa0;%2&#xa0;»&#xa0;; voir docs/profiles.md)</translation>
    </message>
    <message>
        <source>%1: written by a newer Backstep (profile format %2; this one reads %3)</source>
        <translation>%1&#xa0;: écrit par un Backstep plus récent (format de profil %2&#xa0;; celui-ci lit %3)</translation>
    </message>
    <message numerus="yes">
        <source>moved %n profile(s) from %1 to %2</source>
        <translation>
            <numerusform>%n profil déplacé de %1 vers %2</numerusform>
            <numerusform>%n profils déplacés de %1 vers %2</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no connection profile named &quot;%1&quot; in %2</source>
        <translation>aucun profil de connexion nommé «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>there is already a connection profile named &quot;%1&quot;</source>
        <translation>il existe déjà un profil de connexion nommé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RehearsalJob</name>
    <message>
        <source>%1: %2 names the production database %3 itself; rehearsed on a scratch copy it would change the real one, so there is no rehearsal</source>
        <translation>%1&#xa0;: %2 nomme la base de données de production %3 elle-même&#xa0;; répété sur une copie temporaire, il modifierait la vraie, il n&apos;y a donc pas de répétition</translation>
    </message>
    <message>
        <source>cannot create the scratch database %1: %2</source>
        <translation>impossible de créer la base de données temporaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>restoring %1 into %2</source>
        <translation>restauration de %1 dans %2</translation>
    </message>
    <message>
        <source>restoring %1 failed: %2</source>
        <translation>la restauration de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the history lives in a database of its own (%1); a rehearsal would write it, so there is none</source>
        <translation>l&apos;historique se trouve dans une base de données à part (%1)&#xa0;; une répétition y écrirait, il n&apos;y en a donc pas</translation>
    </message>
    <message>
        <source>dropping %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <source>nothing to roll back</source>
        <translation>rien à annuler</translation>
    </message>
    <message>
        <source>verifying the rehearsal</source>
        <translation>vérification de la répétition</translation>
    </message>
    <message>
        <source>the rehearsal&apos;s verification is inconclusive: %1</source>
        <translation>la vérification de la répétition n&apos;est pas concluante&#xa0;: %1</translation>
    </message>
    <message>
        <source>the rehearsal&apos;s verification failed: %1</source>
        <translation>la vérification de la répétition a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>writing a PDF needs the fonts of a GUI application</source>
        <translation>l&apos;écriture d&apos;un PDF nécessite les polices d&apos;une application graphique</translation>
    </message>
    <message>
        <source>%1: a report is written as .html, .json or .pdf</source>
        <translation>%1&#xa0;: un rapport s&apos;écrit en .html, .json ou .pdf</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>impossible d&apos;écrire le rapport %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: an incident report is written as .md, .html, .json or .pdf</source>
        <translation>%1 : un rapport d’incident s’écrit en .md, .html, .json ou .pdf</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>cannot store the report in the journal: %1</source>
        <translation>impossible d&apos;enregistrer le rapport dans le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read report %1 from the journal</source>
        <translation>impossible de lire le rapport %1 dans le journal</translation>
    </message>
    <message>
        <source>cannot read the reports from the journal</source>
        <translation>impossible de lire les rapports dans le journal</translation>
    </message>
    <message>
        <source>cannot store row counts</source>
        <translation>impossible d&apos;enregistrer les nombres de lignes</translation>
    </message>
    <message>
        <source>cannot read the row counts from the journal</source>
        <translation>impossible de lire les nombres de lignes dans le journal</translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <source>Roll back migrations</source>
        <translation>Annuler des migrations</translation>
    </message>
    <message>
        <source>The most recent migration</source>
        <translation>La migration la plus récente</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>Les dernières</translation>
    </message>
    <message>
        <source>applied migrations</source>
        <translation>migrations appliquées</translation>
    </message>
    <message>
        <source>Down to version (it stays applied):</source>
        <translation>Jusqu&apos;à la version (elle reste appliquée)&#xa0;:</translation>
    </message>
    <message>
        <source>The migrations selected in the history</source>
        <translation>Les migrations sélectionnées dans l&apos;historique</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Without a fresh backup</source>
        <translation>Sans sauvegarde récente</translation>
    </message>
    <message>
        <source>Run without a backup</source>
        <translation>Exécuter sans sauvegarde</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v étapes sur %m</translation>
    </message>
    <message>
        <source>What now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>&amp;Retry the statement</source>
        <translation>&amp;Réessayer l&apos;instruction</translation>
    </message>
    <message>
        <source>&amp;Skip it…</source>
        <translation>&amp;Ignorer…</translation>
    </message>
    <message>
        <source>&amp;Abort the run</source>
        <translation>&amp;Abandonner l&apos;exécution</translation>
    </message>
    <message>
        <source>Restore the &amp;backup…</source>
        <translation>Restaurer la sa&amp;uvegarde…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Held up by</source>
        <translation>Bloquée par</translation>
    </message>
    <message>
        <source>&amp;Kill blocker</source>
        <translation>&amp;Tuer la connexion bloquante</translation>
    </message>
    <message>
        <source>Cancel the rollback</source>
        <translation>Interrompre l&apos;annulation</translation>
    </message>
    <message>
        <source>It took effect: &amp;mark it done</source>
        <translation>Elle a pris effet&#xa0;: &amp;marquer comme effectuée</translation>
    </message>
    <message>
        <source>It did not: run it &amp;again</source>
        <translation>Elle n&apos;a pas pris effet&#xa0;: la relan&amp;cer</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n migration(s), </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %n migration, </numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %n migrations, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) and one history update per migration, </source>
        <translation>
            <numerusform>%n instruction et une mise à jour de l&apos;historique par migration, </numerusform>
            <numerusform>%n instructions et une mise à jour de l&apos;historique par migration, </numerusform>
        </translation>
    </message>
    <message>
        <source>in the order they were applied, newest first.</source>
        <translation>dans l&apos;ordre de leur application, la plus récente d&apos;abord.</translation>
    </message>
    <message>
        <source>by version, newest first (the history does not record the applied order).</source>
        <translation>par version, la plus récente d&apos;abord (l&apos;historique n&apos;enregistre pas l&apos;ordre d&apos;application).</translation>
    </message>
    <message>
        <source>Afterwards &lt;b&gt;no migration&lt;/b&gt; stays applied.</source>
        <translation>Ensuite, &lt;b&gt;aucune migration&lt;/b&gt; ne reste appliquée.</translation>
    </message>
    <message>
        <source>Afterwards the database is at version &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ensuite, la base de données est à la version &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SQLite runs each statement in a transaction with its progress record.</source>
        <translation>SQLite exécute chaque instruction dans une transaction avec son enregistrement de progression.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) commit implicitly and cannot be undone by a transaction.</source>
        <translation>
            <numerusform>%n instruction valide implicitement (commit implicite) et ne peut pas être annulée par une transaction.</numerusform>
            <numerusform>%n instructions valident implicitement (commit implicite) et ne peuvent pas être annulées par une transaction.</numerusform>
        </translation>
    </message>
    <message>
        <source>not there now</source>
        <translation>absent actuellement</translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>environ %1 lignes</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>step %1 (%2): %3 %4%5</source>
        <translation>étape %1 (%2)&#xa0;: %3 %4%5</translation>
    </message>
    <message>
        <source>%1 on %2: connection %3 (%4@%5), %6 s — %7</source>
        <translation>%1 sur %2&#xa0;: connexion %3 (%4@%5), %6 s — %7</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it destroys:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce qu&apos;il détruit&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>It drops, empties or rebuilds no table, column or index.</source>
        <translation>Il ne supprime, ne vide ni ne reconstruit aucune table, colonne ou index.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What may block it now:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce qui peut le bloquer maintenant&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No other connection holds a transaction or a lock on its tables.</source>
        <translation>Aucune autre connexion ne détient de transaction ni de verrou sur ses tables.</translation>
    </message>
    <message>
        <source>Not everything could be inspected: %1</source>
        <translation>Tout n&apos;a pas pu être inspecté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RollbackGuard</name>
    <message>
        <source>no complete backup of this database is in the catalog</source>
        <translation>aucune sauvegarde complète de cette base de données ne figure dans le catalogue</translation>
    </message>
    <message>
        <source>the newest complete backup (%1, taken %2) is at migration version %3, the database is at %4 now</source>
        <translation>la sauvegarde complète la plus récente (%1, prise le %2) est à la version de migration %3, la base de données est maintenant à %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>the newest complete backup (%1) was taken %2, before version %3 was applied (%4)</source>
        <translation>la sauvegarde complète la plus récente (%1) a été prise le %2, avant l&apos;application de la version %3 (%4)</translation>
    </message>
    <message>
        <source>backup %1 (taken %2 at version %3, SHA-256 %4)</source>
        <translation>sauvegarde %1 (prise le %2 à la version %3, SHA-256 %4)</translation>
    </message>
</context>
<context>
    <name>RollbackJournal</name>
    <message>
        <source>cannot write the rollback journal: %1</source>
        <translation>impossible d&apos;écrire le journal d&apos;annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write the rollback journal</source>
        <translation>impossible d&apos;écrire le journal d&apos;annulation</translation>
    </message>
    <message>
        <source>cannot read run %1 from the journal</source>
        <translation>impossible de lire l&apos;exécution %1 dans le journal</translation>
    </message>
    <message>
        <source>cannot read the steps of run %1 from the journal</source>
        <translation>impossible de lire les étapes de l&apos;exécution %1 dans le journal</translation>
    </message>
    <message>
        <source>the journal %1 has no rollback run %2</source>
        <translation>le journal %1 ne contient pas d&apos;exécution d&apos;annulation %2</translation>
    </message>
    <message>
        <source>cannot read the rollback runs from the journal</source>
        <translation>impossible de lire les exécutions d&apos;annulation dans le journal</translation>
    </message>
    <message>
        <source>run %1 is already %2; its status does not change any more</source>
        <translation>l&apos;exécution %1 est déjà %2&#xa0;; son état ne change plus</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>arrêtée inopinément</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
</context>
<context>
    <name>RollbackOutcome</name>
    <message>
        <source>connection %1 (%2@%3, %4 s in its current state%5)</source>
        <translation>connexion %1 (%2@%3, %4 s dans son état actuel%5)</translation>
    </message>
    <message>
        <source>, running: %1</source>
        <translation>, en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>processus %1 sur %2</translation>
    </message>
    <message>
        <source>an unknown connection</source>
        <translation>une connexion inconnue</translation>
    </message>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>processus %1 (%2) sur %3</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, depuis %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>step %1 of %2 (%3, %4)</source>
        <translation>étape %1 sur %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>rolled back: %n step(s) settled</source>
        <translation>
            <numerusform>annulée (ROLLBACK)&#xa0;: %n étape traitée</numerusform>
            <numerusform>annulée (ROLLBACK)&#xa0;: %n étapes traitées</numerusform>
        </translation>
    </message>
    <message>
        <source>; the progress table could not be removed (%1): it goes when a later run of this database settles</source>
        <translation>&#xa0;; la table de progression n&apos;a pas pu être supprimée (%1)&#xa0;: elle le sera quand une exécution ultérieure sur cette base de données se terminera</translation>
    </message>
    <message>
        <source>run %1 is %2</source>
        <translation>l&apos;exécution %1 est %2</translation>
    </message>
    <message>
        <source>the plan is empty: nothing to roll back</source>
        <translation>le plan est vide&#xa0;: rien à annuler</translation>
    </message>
    <message>
        <source>the plan cannot run: %1</source>
        <translation>le plan ne peut pas s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>the typed confirmation is not the database&apos;s name (%1)</source>
        <translation>la confirmation saisie n&apos;est pas le nom de la base de données (%1)</translation>
    </message>
    <message>
        <source>no fresh backup: %1</source>
        <translation>aucune sauvegarde récente&#xa0;: %1</translation>
    </message>
    <message>
        <source>another Backstep is changing %1: its lock is held by %2</source>
        <translation>un autre Backstep modifie %1&#xa0;: son verrou est détenu par %2</translation>
    </message>
    <message>
        <source>the connection of the run&apos;s previous attempt is still on the server: %1; its statement may still be running</source>
        <translation>la connexion de la tentative précédente de l&apos;exécution est toujours sur le serveur&#xa0;: %1&#xa0;; son instruction est peut-être encore en cours</translation>
    </message>
    <message>
        <source>run %1 of this database is %2 with %3 of %4 steps settled</source>
        <translation>l&apos;exécution %1 de cette base de données est %2, avec %3 étapes sur %4 traitées</translation>
    </message>
    <message>
        <source>, and %1 is executing it now</source>
        <translation>, et %1 l&apos;exécute en ce moment</translation>
    </message>
    <message>
        <source>the database&apos;s history changed since the plan was made (%1): nothing ran; plan again</source>
        <translation>l&apos;historique de la base de données a changé depuis l&apos;établissement du plan (%1)&#xa0;: rien n&apos;a été exécuté&#xa0;; refaites le plan</translation>
    </message>
    <message>
        <source>run %1 is being executed by %2</source>
        <translation>l&apos;exécution %1 est menée par %2</translation>
    </message>
    <message>
        <source>%1 may or may not have taken effect: %2 cannot undo a statement, and it was cut off between being sent and its progress record (%3). Statement: %4</source>
        <translation>%1 a pu ou non prendre effet&#xa0;: %2 ne peut pas annuler une instruction, et celle-ci a été coupée entre son envoi et son enregistrement de progression (%3). Instruction&#xa0;: %4</translation>
    </message>
    <message>
        <source>there is no rollback run %1 in the journal (%2)</source>
        <translation>le journal ne contient pas d&apos;exécution d&apos;annulation %1 (%2)</translation>
    </message>
    <message>
        <source>run %1 is %2: nothing of it can run any more</source>
        <translation>l&apos;exécution %1 est %2&#xa0;: plus rien ne peut en être exécuté</translation>
    </message>
    <message>
        <source>run %1 has no failed step to skip</source>
        <translation>l&apos;exécution %1 n&apos;a aucune étape en échec à ignorer</translation>
    </message>
    <message>
        <source>run %1 has no step whose effect is undecided</source>
        <translation>l&apos;exécution %1 n&apos;a aucune étape dont l&apos;effet est incertain</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>; the %n data statement(s) before it in the same transaction were rolled back with it and run again when the run goes on</source>
        <translation>
            <numerusform>&#xa0;; %n instruction de données qui la précédait dans la même transaction a été annulée avec elle et sera réexécutée à la reprise</numerusform>
            <numerusform>&#xa0;; les %n instructions de données qui la précédaient dans la même transaction ont été annulées avec elle et seront réexécutées à la reprise</numerusform>
        </translation>
    </message>
    <message>
        <source>the journal could not be written, so Backstep stopped at %1: %2</source>
        <translation>le journal n&apos;a pas pu être écrit, Backstep s&apos;est donc arrêté à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the connection to the server broke during %1: %2. Whether the statement took effect is decided from the database when the run goes on.</source>
        <translation>la connexion au serveur a été rompue pendant %1&#xa0;: %2. L&apos;effet de l&apos;instruction sera établi d&apos;après la base de données à la reprise de l&apos;exécution.</translation>
    </message>
    <message>
        <source>the commit of the statements up to %1 got no answer from the server: %2. Whether it took effect is decided from the database when the run goes on.</source>
        <translation>le commit des instructions jusqu&apos;à %1 n&apos;a reçu aucune réponse du serveur&#xa0;: %2. Son effet sera établi d&apos;après la base de données à la reprise de l&apos;exécution.</translation>
    </message>
    <message>
        <source>cancelled before %1; nothing of it ran</source>
        <translation>interrompue avant %1&#xa0;; rien n&apos;en a été exécuté</translation>
    </message>
    <message>
        <source>cancelled during %1: the server interrupted the statement (%2). Whether any of it took effect is decided from the database when the run goes on.</source>
        <translation>interrompue pendant %1&#xa0;: le serveur a interrompu l&apos;instruction (%2). Ce qui a pu prendre effet sera établi d&apos;après la base de données à la reprise de l&apos;exécution.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>arrêtée inopinément</translation>
    </message>
    <message>
        <source>bad input</source>
        <translation>entrée incorrecte</translation>
    </message>
</context>
<context>
    <name>RollbackPlan</name>
    <message>
        <source>nothing is applied: there is nothing to roll back</source>
        <translation>aucune migration n&apos;est appliquée&#xa0;: il n&apos;y a rien à annuler</translation>
    </message>
    <message>
        <source>the number of steps must be at least 1 (got %1)</source>
        <translation>le nombre d&apos;étapes doit être au moins 1 (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 steps asked, but only %2 migrations are applied</source>
        <translation>%1 étapes demandées, mais seules %2 migrations sont appliquées</translation>
    </message>
    <message>
        <source>version %1 is not applied: roll back to an applied version (it stays applied)</source>
        <translation>la version %1 n&apos;est pas appliquée&#xa0;: revenez à une version appliquée (elle reste appliquée)</translation>
    </message>
    <message>
        <source>version %1 is the latest applied migration: there is nothing after it to roll back</source>
        <translation>la version %1 est la dernière migration appliquée&#xa0;: il n&apos;y a rien après elle à annuler</translation>
    </message>
    <message>
        <source>no migration selected</source>
        <translation>aucune migration sélectionnée</translation>
    </message>
    <message>
        <source>version %1 is not applied</source>
        <translation>la version %1 n&apos;est pas appliquée</translation>
    </message>
    <message>
        <source>the selection is not the most recent migrations: it passes over %1, applied later, which stay applied and may depend on what this rollback removes</source>
        <translation>la sélection ne correspond pas aux migrations les plus récentes&#xa0;: elle saute %1, appliquées plus tard, qui restent appliquées et peuvent dépendre de ce que cette annulation supprime</translation>
    </message>
    <message>
        <source>unknown rollback target</source>
        <translation>cible d&apos;annulation inconnue</translation>
    </message>
    <message>
        <source>the latest migration</source>
        <translation>la migration la plus récente</translation>
    </message>
    <message>
        <source>the last migration</source>
        <translation>la dernière migration</translation>
    </message>
    <message>
        <source>the last %1 migrations</source>
        <translation>les %1 dernières migrations</translation>
    </message>
    <message>
        <source>down to %1 (not included)</source>
        <translation>jusqu&apos;à %1 (non comprise)</translation>
    </message>
    <message>
        <source>selected: %1</source>
        <translation>sélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the migration file is missing, so its DOWN section is unknown</source>
        <translation>%1&#xa0;: le fichier de migration est manquant, sa section DOWN est donc inconnue</translation>
    </message>
    <message>
        <source>%1 (%2) is irreversible: %3</source>
        <translation>%1 (%2) est irréversible&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the DOWN section does not parse: %2</source>
        <translation>%1&#xa0;: la section DOWN ne s&apos;analyse pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is dirty (applied partially): its DOWN section may fail on objects the UP never created</source>
        <translation>%1 est incomplète (appliquée partiellement)&#xa0;: sa section DOWN peut échouer sur des objets que la section UP n&apos;a jamais créés</translation>
    </message>
    <message>
        <source>%1 is recorded as failed by its tool: its DOWN section may fail on objects the UP never created</source>
        <translation>%1 est enregistrée comme échouée par son outil&#xa0;: sa section DOWN peut échouer sur des objets que la section UP n&apos;a jamais créés</translation>
    </message>
    <message>
        <source>version %1 is below the baseline: Flyway never applied it to this database, so there is nothing to roll back there</source>
        <translation>la version %1 est sous la baseline&#xa0;: Flyway ne l&apos;a jamais appliquée à cette base de données, il n&apos;y a donc rien à annuler là</translation>
    </message>
    <message>
        <source>%1 is dirty: golang-migrate refuses to run until it is resolved (a migration or a rollback stopped half-way); find out what took effect, then `migrate force VERSION`</source>
        <translation>%1 est dans l&apos;état dirty&#xa0;: golang-migrate refuse de s&apos;exécuter tant que ce n&apos;est pas résolu (une migration ou une annulation s&apos;est arrêtée à mi-chemin)&#xa0;; établissez ce qui a pris effet, puis `migrate force VERSION`</translation>
    </message>
    <message>
        <source>Liquibase&apos;s lock is held (DATABASECHANGELOGLOCK: %1): Liquibase may be running; if it is not, release the lock (liquibase release-locks) first</source>
        <translation>le verrou de Liquibase est détenu (DATABASECHANGELOGLOCK&#xa0;: %1)&#xa0;: Liquibase est peut-être en cours d&apos;exécution&#xa0;; sinon, libérez d&apos;abord le verrou (liquibase release-locks)</translation>
    </message>
    <message>
        <source>%1 (%2): the author declared that rolling it back needs nothing: %3</source>
        <translation>%1 (%2)&#xa0;: l&apos;auteur a déclaré que son annulation ne nécessite rien&#xa0;: %3</translation>
    </message>
    <message>
        <source>a no-op: its UP and DOWN are both empty</source>
        <translation>sans effet&#xa0;: ses sections UP et DOWN sont toutes deux vides</translation>
    </message>
    <message>
        <source>%1 (%2) is a no-op (UP and DOWN both empty): nothing runs, only its history row changes</source>
        <translation>%1 (%2) est sans effet (UP et DOWN tous deux vides)&#xa0;: rien ne s&apos;exécute, seule sa ligne d&apos;historique change</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RollbackPreviewer</name>
    <message>
        <source>drops table</source>
        <translation>supprime la table</translation>
    </message>
    <message>
        <source>drops view</source>
        <translation>supprime la vue</translation>
    </message>
    <message>
        <source>truncates table</source>
        <translation>tronque la table</translation>
    </message>
    <message>
        <source>deletes every row of</source>
        <translation>supprime toutes les lignes de</translation>
    </message>
    <message>
        <source>drops column</source>
        <translation>supprime la colonne</translation>
    </message>
    <message>
        <source>drops index</source>
        <translation>supprime l&apos;index</translation>
    </message>
    <message>
        <source>drops foreign key</source>
        <translation>supprime la clé étrangère</translation>
    </message>
    <message>
        <source>rebuilds table</source>
        <translation>reconstruit la table</translation>
    </message>
</context>
<context>
    <name>RollbackRunner</name>
    <message>
        <source>rolled back with step %1, which failed in the same transaction</source>
        <translation>annulée (ROLLBACK) avec l&apos;étape %1, qui a échoué dans la même transaction</translation>
    </message>
    <message>
        <source>cannot record the rollback: %1</source>
        <translation>impossible d&apos;enregistrer l&apos;annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>run %1, %2: %3</source>
        <translation>exécution %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>record in %1 (%2) that %3 is rolled back</source>
        <translation>enregistrer dans %1 (%2) que %3 est annulée</translation>
    </message>
    <message>
        <source>the history no longer lists %1 as applied: the update was written before the interruption</source>
        <translation>l&apos;historique n&apos;indique plus %1 comme appliquée&#xa0;: la mise à jour a été écrite avant l&apos;interruption</translation>
    </message>
    <message>
        <source>committed before the interruption (found in %1)</source>
        <translation>validée avant l&apos;interruption (trouvée dans %1)</translation>
    </message>
    <message>
        <source>the schema changed since just before this statement: it was committed before the interruption</source>
        <translation>le schéma a changé depuis juste avant cette instruction&#xa0;: elle a été validée avant l&apos;interruption</translation>
    </message>
    <message>
        <source>the schema is as it was just before this statement: it did not take effect</source>
        <translation>le schéma est tel qu&apos;il était juste avant cette instruction&#xa0;: elle n&apos;a pas pris effet</translation>
    </message>
    <message>
        <source>interrupted; applied again</source>
        <translation>interrompue&#xa0;; appliquée de nouveau</translation>
    </message>
    <message>
        <source>cannot restore the session state of step %1 (%2): %3</source>
        <translation>impossible de rétablir l&apos;état de session de l&apos;étape %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot read the backup catalog: %1</source>
        <translation>impossible de lire le catalogue des sauvegardes&#xa0;: %1</translation>
    </message>
    <message>
        <source>the run&apos;s connection cannot be read back: %1</source>
        <translation>la connexion de l&apos;exécution ne peut pas être relue&#xa0;: %1</translation>
    </message>
    <message>
        <source>without a backup, confirmed by typing %1</source>
        <translation>sans sauvegarde, confirmé en saisissant %1</translation>
    </message>
    <message>
        <source>run %1: %2, %3 steps; %4</source>
        <translation>exécution %1&#xa0;: %2, %3 étapes&#xa0;; %4</translation>
    </message>
    <message>
        <source>skipped by %1, confirmed by typing %2</source>
        <translation>ignorée par %1, confirmation par la saisie de %2</translation>
    </message>
    <message>
        <source>run %1, step %2 (%3): %4</source>
        <translation>exécution %1, étape %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>run %1 from step %2 of %3</source>
        <translation>exécution %1 à partir de l&apos;étape %2 sur %3</translation>
    </message>
    <message>
        <source>rolled back: the run was cancelled before step %1 inside the migration&apos;s own transaction</source>
        <translation>annulée (ROLLBACK)&#xa0;: l&apos;exécution a été interrompue avant l&apos;étape %1, dans la transaction propre à la migration</translation>
    </message>
    <message>
        <source>rolled back with the connection, lost during step %1 inside the migration&apos;s own transaction</source>
        <translation>annulée (ROLLBACK) avec la connexion, perdue pendant l&apos;étape %1, dans la transaction propre à la migration</translation>
    </message>
    <message>
        <source>rolled back: step %1 failed inside the migration&apos;s own transaction</source>
        <translation>annulée (ROLLBACK)&#xa0;: l&apos;étape %1 a échoué dans la transaction propre à la migration</translation>
    </message>
    <message>
        <source>rolled back: the run was cancelled during step %1 inside the migration&apos;s own transaction</source>
        <translation>annulée (ROLLBACK)&#xa0;: l&apos;exécution a été interrompue pendant l&apos;étape %1, dans la transaction propre à la migration</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>une vue</translation>
    </message>
    <message>
        <source>interrupted by the cancel (KILL QUERY): %1</source>
        <translation>interrompue par la demande d&apos;interruption (KILL QUERY)&#xa0;: %1</translation>
    </message>
    <message>
        <source>interrupted by the cancel (KILL QUERY) while the server said &quot;%1&quot;: %2</source>
        <translation>interrompue par la demande d&apos;interruption (KILL QUERY) alors que le serveur indiquait «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the connection broke: %1</source>
        <translation>la connexion a été rompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>rolled back: its progress rows could not be written</source>
        <translation>annulée (ROLLBACK)&#xa0;: ses lignes de progression n&apos;ont pas pu être écrites</translation>
    </message>
    <message>
        <source>rolled back: the server refused the commit</source>
        <translation>annulée (ROLLBACK)&#xa0;: le serveur a refusé le commit</translation>
    </message>
    <message numerus="yes">
        <source>%1 rolled back; %n row(s) of %2 written</source>
        <translation>
            <numerusform>%1 annulée&#xa0;; %n ligne de %2 écrite</numerusform>
            <numerusform>%1 annulée&#xa0;; %n lignes de %2 écrites</numerusform>
        </translation>
    </message>
    <message>
        <source>a statement whose tables are not known (%1)</source>
        <translation>une instruction dont les tables ne sont pas connues (%1)</translation>
    </message>
    <message>
        <source>its transaction was rolled back by the server when the connection ended (no progress row in %1)</source>
        <translation>sa transaction a été annulée par le serveur à la fin de la connexion (aucune ligne de progression dans %1)</translation>
    </message>
    <message>
        <source>not committed before the interruption (no progress row in %1)</source>
        <translation>non validée avant l&apos;interruption (aucune ligne de progression dans %1)</translation>
    </message>
    <message>
        <source>it took effect: its progress row was committed in %1</source>
        <translation>elle a pris effet&#xa0;: sa ligne de progression a été validée dans %1</translation>
    </message>
    <message>
        <source>the process that ran it ended after the journal recorded it as sent at %1</source>
        <translation>le processus qui l&apos;exécutait s&apos;est terminé après que le journal l&apos;a enregistrée comme envoyée à %1</translation>
    </message>
    <message>
        <source>the latest applied version was %1 with %2 rows, and is %3 with %4 rows now</source>
        <translation>la dernière version appliquée était %1 avec %2 lignes, et elle est %3 avec %4 lignes maintenant</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>a SQLite database keeps its progress rows itself: there is no other schema to keep them in</source>
        <translation>une base de données SQLite conserve elle-même ses lignes de progression&#xa0;: il n&apos;y a pas d&apos;autre schéma où les conserver</translation>
    </message>
    <message>
        <source>decided by %1: it took effect (confirmed by typing %2)</source>
        <translation>décidé par %1&#xa0;: elle a pris effet (confirmé en saisissant %2)</translation>
    </message>
    <message>
        <source>decided by %1: it did not take effect and runs again (confirmed by typing %2)</source>
        <translation>décidé par %1&#xa0;: elle n&apos;a pas pris effet et est réexécutée (confirmé en saisissant %2)</translation>
    </message>
    <message>
        <source>resumed from step %1</source>
        <translation>reprise à partir de l&apos;étape %1</translation>
    </message>
    <message>
        <source>type the blocking connection&apos;s id, %1, to end it</source>
        <translation>saisissez l&apos;identifiant de la connexion bloquante, %1, pour la terminer</translation>
    </message>
    <message>
        <source>connection %1 (%2@%3, %4 s: %5)</source>
        <translation>connexion %1 (%2@%3, %4 s&#xa0;: %5)</translation>
    </message>
    <message>
        <source>run %1: %2: %3</source>
        <translation>exécution %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>connection %1 has ended already</source>
        <translation>la connexion %1 est déjà terminée</translation>
    </message>
    <message>
        <source>connection %1 is now %2@%3, not the blocker %4@%5: nothing was ended</source>
        <translation>la connexion %1 est maintenant %2@%3, et non le bloqueur %4@%5&#xa0;: rien n&apos;a été terminé</translation>
    </message>
    <message>
        <source>run %1: %2 ended by %3, confirmed by typing %4</source>
        <translation>exécution %1&#xa0;: %2 terminée par %3, confirmé en saisissant %4</translation>
    </message>
    <message>
        <source>the journal already holds a run %1: it is resumed, never started again</source>
        <translation>le journal contient déjà une exécution %1&#xa0;: elle est reprise, jamais relancée</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>%1, %2, at version %3</source>
        <translation>%1, %2, à la version %3</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échouée</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); verified by hand</source>
        <translation>
            <numerusform>%n problème&#xa0;; vérifiée à la main</numerusform>
            <numerusform>%n problèmes&#xa0;; vérifiée à la main</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); verifies run %1</source>
        <translation>
            <numerusform>%n problème&#xa0;; vérifie l&apos;exécution %1</numerusform>
            <numerusform>%n problèmes&#xa0;; vérifie l&apos;exécution %1</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (profil %2)</translation>
    </message>
</context>
<context>
    <name>RunOwnerLock</name>
    <message>
        <source>process %1 (%2) on %3 is executing this run</source>
        <translation>le processus %1 (%2) sur %3 mène cette exécution</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (error %2)</source>
        <translation>impossible de créer le fichier de verrou %1 (erreur %2)</translation>
    </message>
</context>
<context>
    <name>ScenarioDetector</name>
    <message>
        <source>%1 DOWN statement %2</source>
        <translation>%1, instruction DOWN %2</translation>
    </message>
    <message>
        <source>%1 drops table %2: none of its foreign keys may remain</source>
        <translation>%1 supprime la table %2&#xa0;: aucune de ses clés étrangères ne doit subsister</translation>
    </message>
    <message>
        <source>%1 drops foreign key %2 of %3: it must be gone</source>
        <translation>%1 supprime la clé étrangère %2 de %3&#xa0;: elle doit avoir disparu</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 drops index %2: it must be gone</source>
        <translation>%1 supprime l&apos;index %2&#xa0;: il doit avoir disparu</translation>
    </message>
    <message>
        <source>%1 creates index %2 on %3, whose partitioning the plan removes: it must be present</source>
        <translation>%1 crée l&apos;index %2 sur %3, dont le plan supprime le partitionnement&#xa0;: il doit être présent</translation>
    </message>
    <message>
        <source>%1 re-adds the JSON column %2.%3 (normalization rollback): no row may hold NULL or invalid JSON in it</source>
        <translation>%1 rajoute la colonne JSON %2.%3 (annulation d&apos;une normalisation)&#xa0;: aucune ligne ne doit y contenir NULL ou un JSON invalide</translation>
    </message>
    <message>
        <source>%1 removes the partitioning of %2: no partition may be left, and its indexes must be present</source>
        <translation>%1 supprime le partitionnement de %2&#xa0;: aucune partition ne doit rester, et ses index doivent être présents</translation>
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est manquant</translation>
    </message>
    <message>
        <source>%1 is extra</source>
        <translation>%1 est en trop</translation>
    </message>
    <message>
        <source>%1 is extra: %2</source>
        <translation>%1 est en trop&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 a changé&#xa0;: %2</translation>
    </message>
    <message>
        <source> (with %1)</source>
        <translation> (avec %1)</translation>
    </message>
    <message>
        <source>AUTO_INCREMENT counters</source>
        <translation>compteurs AUTO_INCREMENT</translation>
    </message>
    <message>
        <source>row estimates</source>
        <translation>estimations du nombre de lignes</translation>
    </message>
    <message>
        <source>sizes (data, index, free)</source>
        <translation>tailles (données, index, espace libre)</translation>
    </message>
    <message>
        <source>create, update and check times</source>
        <translation>dates de création, de mise à jour et de vérification</translation>
    </message>
    <message>
        <source>event start and execution times (they default to when the event was created)</source>
        <translation>dates de début et d&apos;exécution des événements (par défaut, la date de création de l&apos;événement)</translation>
    </message>
    <message>
        <source>definers of triggers, routines, events and views</source>
        <translation>définisseurs (DEFINER) des déclencheurs, routines, événements et vues</translation>
    </message>
    <message>
        <source>table %1 (Backstep&apos;s own record of rollback steps)</source>
        <translation>table %1 (l&apos;enregistrement par Backstep des étapes d&apos;annulation)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>comments and blanks in trigger, routine, event and view bodies (the mysql client keeps comments, the mariadb client drops them)</source>
        <translation>commentaires et blancs dans le corps des déclencheurs, routines, événements et vues (le client mysql conserve les commentaires, le client mariadb les supprime)</translation>
    </message>
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <source>cannot read the schema&apos;s %1: %2</source>
        <translation>impossible de lire les %1 du schéma&#xa0;: %2</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>tables</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>index</translation>
    </message>
    <message>
        <source>key columns</source>
        <translation>colonnes de clés</translation>
    </message>
    <message>
        <source>foreign key rules</source>
        <translation>règles de clés étrangères</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>contraintes</translation>
    </message>
    <message>
        <source>check constraints</source>
        <translation>contraintes CHECK</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>déclencheurs</translation>
    </message>
    <message>
        <source>routine parameters</source>
        <translation>paramètres de routines</translation>
    </message>
    <message>
        <source>routines</source>
        <translation>routines</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>views</source>
        <translation>vues</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>partitions</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>clés étrangères</translation>
    </message>
    <message>
        <source>triggers and views</source>
        <translation>déclencheurs et vues</translation>
    </message>
</context>
<context>
    <name>SchemaSnapshot</name>
    <message>
        <source>not a schema snapshot Backstep can read (format %1)</source>
        <translation>pas un instantané de schéma lisible par Backstep (format %1)</translation>
    </message>
    <message>
        <source>unknown kind of schema object &quot;%1&quot; in a snapshot</source>
        <translation>type d&apos;objet de schéma inconnu «&#xa0;%1&#xa0;» dans un instantané</translation>
    </message>
</context>
<context>
    <name>SectionText</name>
    <message>
        <source>the DOWN section</source>
        <translation>la section DOWN</translation>
    </message>
    <message>
        <source>the UP section</source>
        <translation>la section UP</translation>
    </message>
</context>
<context>
    <name>ServerActivity</name>
    <message>
        <source>there is no server connection %1 to end</source>
        <translation>il n&apos;y a pas de connexion serveur %1 à terminer</translation>
    </message>
    <message>
        <source>KILL %1 %2</source>
        <translation>KILL %1 %2</translation>
    </message>
    <message>
        <source>cannot read the process list</source>
        <translation>impossible de lire la liste des processus</translation>
    </message>
    <message>
        <source>holds a row lock in its open transaction; no statement running</source>
        <translation>détient un verrou de ligne dans sa transaction ouverte&#xa0;; aucune instruction en cours</translation>
    </message>
</context>
<context>
    <name>ServerGrammarSplitter</name>
    <message>
        <source>unterminated comment</source>
        <translation>commentaire non terminé</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>unterminated quoted identifier</source>
        <translation>identifiant entre guillemets non terminé</translation>
    </message>
    <message>
        <source>the section</source>
        <translation>la section</translation>
    </message>
    <message>
        <source>a &apos;;&apos; inside an executable comment: whether the server ends the statement here depends on its version; Backstep keeps the comment in the statement</source>
        <translation>un «&#xa0;;&#xa0;» à l&apos;intérieur d&apos;un commentaire exécutable&#xa0;: que le serveur termine l&apos;instruction ici dépend de sa version&#xa0;; Backstep garde le commentaire dans l&apos;instruction</translation>
    </message>
    <message>
        <source>an empty statement before this &apos;;&apos;: the server rejects it (error 1064), so %1 could not have run this text</source>
        <translation>une instruction vide avant ce «&#xa0;;&#xa0;»&#xa0;: le serveur la rejette (erreur 1064), %1 n&apos;a donc pas pu exécuter ce texte</translation>
    </message>
    <message>
        <source>the tool</source>
        <translation>l&apos;outil</translation>
    </message>
    <message>
        <source>this statement never ends: %1 on line %2 has no END before the end of %3</source>
        <translation>cette instruction ne se termine jamais&#xa0;: %1 à la ligne %2 n&apos;a pas de END avant la fin de %3</translation>
    </message>
    <message>
        <source>DELIMITER is a command of the mysql client; %1 sends this text to the server, which rejects it</source>
        <translation>DELIMITER est une commande du client mysql&#xa0;; %1 envoie ce texte au serveur, qui le rejette</translation>
    </message>
</context>
<context>
    <name>ServerPosition</name>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnue (%1)</translation>
    </message>
    <message>
        <source>no GTID</source>
        <translation>aucun GTID</translation>
    </message>
    <message>
        <source>GTID %1</source>
        <translation>GTID %1</translation>
    </message>
    <message>
        <source>binary log %1 at %2</source>
        <translation>journal binaire %1 à la position %2</translation>
    </message>
    <message>
        <source>no binary log</source>
        <translation>pas de journal binaire</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by action or key…</source>
        <translation>Filtrer par action ou par touche…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>snapshot #%1 in the journal is damaged: %2</source>
        <translation>l&apos;instantané n° %1 du journal est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>snapshot #%1: %2</source>
        <translation>instantané n° %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot record the schema snapshot in the journal: %1</source>
        <translation>impossible d&apos;enregistrer l&apos;instantané du schéma dans le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>impossible de lire le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no schema snapshot #%1 in the journal</source>
        <translation>le journal ne contient pas d&apos;instantané de schéma n° %1</translation>
    </message>
    <message>
        <source>cannot read the snapshots from the journal</source>
        <translation>impossible de lire les instantanés dans le journal</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <source>a NUL byte (0x00): a migration file is text</source>
        <translation>un octet NUL (0x00)&#xa0;: un fichier de migration est du texte</translation>
    </message>
    <message>
        <source>the file is UTF-16 (big-endian, byte order mark FE FF), not UTF-8: save it as UTF-8</source>
        <translation>le fichier est en UTF-16 (big-endian, indicateur d&apos;ordre des octets FE FF), pas en UTF-8&#xa0;: enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 (little-endian, byte order mark FF FE), not UTF-8: save it as UTF-8</source>
        <translation>le fichier est en UTF-16 (little-endian, indicateur d&apos;ordre des octets FF FE), pas en UTF-8&#xa0;: enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-32 (byte order mark %1), not UTF-8: save it as UTF-8</source>
        <translation>le fichier est en UTF-32 (indicateur d&apos;ordre des octets %1), pas en UTF-8&#xa0;: enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source> (%1 was saved as Latin-1?)</source>
        <translation> (%1 a-t-il été enregistré en Latin-1&#xa0;?)</translation>
    </message>
    <message>
        <source>not UTF-8: byte %1 is not followed by UTF-8 continuation bytes%2; save the file as UTF-8</source>
        <translation>pas de l&apos;UTF-8&#xa0;: l&apos;octet %1 n&apos;est pas suivi d&apos;octets de continuation UTF-8%2&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8: byte %1 cannot start a UTF-8 character (%2 was saved as Windows-1252?); save the file as UTF-8</source>
        <translation>pas de l&apos;UTF-8&#xa0;: l&apos;octet %1 ne peut pas commencer un caractère UTF-8 (%2 a-t-il été enregistré en Windows-1252&#xa0;?)&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
</context>
<context>
    <name>SqitchReader</name>
    <message>
        <source>the mysql client (source FILE), stopping at the first error (--abort-source-on-error); transactions as the script writes them</source>
        <translation>le client mysql (source FILE), qui s&apos;arrête à la première erreur (--abort-source-on-error)&#xa0;; les transactions telles que le script les écrit</translation>
    </message>
    <message>
        <source>no sqitch.plan in the folder</source>
        <translation>aucun fichier sqitch.plan dans le dossier</translation>
    </message>
    <message>
        <source>cannot read this plan line (expected: change [deps] timestamp planner &lt;email&gt; # note)</source>
        <translation>impossible de lire cette ligne du plan (attendu&#xa0;: change [deps] timestamp planner &lt;email&gt; # note)</translation>
    </message>
    <message>
        <source>no deploy/%1.sql for the change %2</source>
        <translation>aucun fichier deploy/%1.sql pour la modification %2</translation>
    </message>
    <message>
        <source>no revert/%1.sql</source>
        <translation>aucun fichier revert/%1.sql</translation>
    </message>
    <message>
        <source>sqitch revert sets the variables %1 (sqitch.conf) before this script; Backstep does not set them: a script that reads them gets NULL</source>
        <translation>sqitch revert définit les variables %1 (sqitch.conf) avant ce script&#xa0;; Backstep ne les définit pas&#xa0;: un script qui les lit obtient NULL</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>cannot list the tables</source>
        <translation>impossible de lister les tables</translation>
    </message>
    <message>
        <source>cannot read the columns of %1</source>
        <translation>impossible de lire les colonnes de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot begin a transaction</source>
        <translation>impossible de commencer une transaction</translation>
    </message>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation>impossible de commencer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot commit: no transaction is open</source>
        <translation>validation (commit) impossible&#xa0;: aucune transaction n&apos;est ouverte</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>validation (commit) impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SqlMigrateReader</name>
    <message>
        <source>the statement before this has no &apos;;&apos; at the end of its last line and no &apos;-- +migrate StatementEnd&apos;: sql-migrate refuses this file</source>
        <translation>l&apos;instruction qui précède n&apos;a ni «&#xa0;;&#xa0;» à la fin de sa dernière ligne ni «&#xa0;-- +migrate StatementEnd&#xa0;»&#xa0;: sql-migrate refuse ce fichier</translation>
    </message>
    <message>
        <source>an incomplete &apos;-- +migrate&apos; command</source>
        <translation>une commande «&#xa0;-- +migrate&#xa0;» incomplète</translation>
    </message>
    <message>
        <source>statement by statement, no transaction (notransaction)</source>
        <translation>instruction par instruction, sans transaction (notransaction)</translation>
    </message>
    <message>
        <source>statement by statement, in one transaction with the history update (DDL commits implicitly all the same)</source>
        <translation>instruction par instruction, dans une seule transaction avec la mise à jour de l&apos;historique (le DDL valide implicitement malgré tout)</translation>
    </message>
    <message>
        <source>&apos;-- +migrate StatementBegin&apos; with no &apos;-- +migrate StatementEnd&apos;: sql-migrate refuses this file</source>
        <translation>«&#xa0;-- +migrate StatementBegin&#xa0;» sans «&#xa0;-- +migrate StatementEnd&#xa0;»&#xa0;: sql-migrate refuse ce fichier</translation>
    </message>
    <message>
        <source>no &apos;-- +migrate Up&apos; or &apos;-- +migrate Down&apos; (exactly so written): sql-migrate refuses this file</source>
        <translation>aucun «&#xa0;-- +migrate Up&#xa0;» ni «&#xa0;-- +migrate Down&#xa0;» (écrits exactement ainsi)&#xa0;: sql-migrate refuse ce fichier</translation>
    </message>
    <message>
        <source>the last statement has no &apos;;&apos; at the end of its last line and no &apos;-- +migrate StatementEnd&apos;: sql-migrate refuses this file</source>
        <translation>la dernière instruction n&apos;a ni «&#xa0;;&#xa0;» à la fin de sa dernière ligne ni «&#xa0;-- +migrate StatementEnd&#xa0;»&#xa0;: sql-migrate refuse ce fichier</translation>
    </message>
</context>
<context>
    <name>StatementImpact</name>
    <message>
        <source>drops temporary table %1</source>
        <translation>supprime la table temporaire %1</translation>
    </message>
    <message>
        <source>drops table %1</source>
        <translation>supprime la table %1</translation>
    </message>
    <message>
        <source>drops view %1</source>
        <translation>supprime la vue %1</translation>
    </message>
    <message>
        <source>drops index %1</source>
        <translation>supprime l&apos;index %1</translation>
    </message>
    <message>
        <source>drops the primary key of %1 and rebuilds it</source>
        <translation>supprime la clé primaire de %1 et la reconstruit</translation>
    </message>
    <message>
        <source>drops index %1 on %2</source>
        <translation>supprime l&apos;index %1 sur %2</translation>
    </message>
    <message>
        <source>rebuilds %1 (copying ALTER: %2)</source>
        <translation>reconstruit %1 (ALTER par copie&#xa0;: %2)</translation>
    </message>
    <message>
        <source>ALGORITHM=COPY</source>
        <translation>ALGORITHM=COPY</translation>
    </message>
    <message>
        <source>drops trigger %1</source>
        <translation>supprime le déclencheur %1</translation>
    </message>
    <message>
        <source>drops procedure %1</source>
        <translation>supprime la procédure %1</translation>
    </message>
    <message>
        <source>drops function %1</source>
        <translation>supprime la fonction %1</translation>
    </message>
    <message>
        <source>drops event %1</source>
        <translation>supprime l&apos;événement %1</translation>
    </message>
    <message>
        <source>drops database %1 and every table in it</source>
        <translation>supprime la base de données %1 et toutes ses tables</translation>
    </message>
    <message>
        <source>drops sequence %1</source>
        <translation>supprime la séquence %1</translation>
    </message>
    <message>
        <source>replaces table %1 (the existing table and its rows are dropped)</source>
        <translation>remplace la table %1 (la table existante et ses lignes sont supprimées)</translation>
    </message>
    <message>
        <source>creates temporary table %1</source>
        <translation>crée la table temporaire %1</translation>
    </message>
    <message>
        <source>creates table %1</source>
        <translation>crée la table %1</translation>
    </message>
    <message>
        <source>creates index %1 on %2</source>
        <translation>crée l&apos;index %1 sur %2</translation>
    </message>
    <message>
        <source>creates view %1</source>
        <translation>crée la vue %1</translation>
    </message>
    <message>
        <source>creates trigger %1 on %2</source>
        <translation>crée le déclencheur %1 sur %2</translation>
    </message>
    <message>
        <source>creates procedure %1</source>
        <translation>crée la procédure %1</translation>
    </message>
    <message>
        <source>creates function %1</source>
        <translation>crée la fonction %1</translation>
    </message>
    <message>
        <source>creates event %1</source>
        <translation>crée l&apos;événement %1</translation>
    </message>
    <message>
        <source>creates sequence %1</source>
        <translation>crée la séquence %1</translation>
    </message>
    <message>
        <source>creates database %1</source>
        <translation>crée la base de données %1</translation>
    </message>
    <message>
        <source>ENGINE change</source>
        <translation>changement d&apos;ENGINE</translation>
    </message>
    <message>
        <source>ROW_FORMAT change</source>
        <translation>changement de ROW_FORMAT</translation>
    </message>
    <message>
        <source>FORCE</source>
        <translation>FORCE</translation>
    </message>
    <message>
        <source>repartitioning</source>
        <translation>repartitionnement</translation>
    </message>
    <message>
        <source>alters table %1</source>
        <translation>modifie la table %1</translation>
    </message>
    <message>
        <source>primary key dropped</source>
        <translation>clé primaire supprimée</translation>
    </message>
    <message>
        <source>drops the primary key of %1</source>
        <translation>supprime la clé primaire de %1</translation>
    </message>
    <message>
        <source>drops foreign key %1 on %2</source>
        <translation>supprime la clé étrangère %1 sur %2</translation>
    </message>
    <message>
        <source>drops constraint %1 on %2</source>
        <translation>supprime la contrainte %1 sur %2</translation>
    </message>
    <message>
        <source>drops partition %1 of %2 and the rows in it</source>
        <translation>supprime la partition %1 de %2 et les lignes qu&apos;elle contient</translation>
    </message>
    <message>
        <source>drops system versioning of %1 and its row history</source>
        <translation>supprime le versionnement système de %1 et l&apos;historique de ses lignes</translation>
    </message>
    <message>
        <source>drops column %1 from %2</source>
        <translation>supprime la colonne %1 de %2</translation>
    </message>
    <message>
        <source>new primary key</source>
        <translation>nouvelle clé primaire</translation>
    </message>
    <message>
        <source>MODIFY/CHANGE may change a column&apos;s type</source>
        <translation>MODIFY/CHANGE peut changer le type d&apos;une colonne</translation>
    </message>
    <message>
        <source>CONVERT TO CHARACTER SET</source>
        <translation>CONVERT TO CHARACTER SET</translation>
    </message>
    <message>
        <source>renames %1 to %2</source>
        <translation>renomme %1 en %2</translation>
    </message>
    <message>
        <source>empties partition %1 of %2</source>
        <translation>vide la partition %1 de %2</translation>
    </message>
    <message>
        <source>exchanges partition %1 of %2 with table %3</source>
        <translation>échange la partition %1 de %2 avec la table %3</translation>
    </message>
    <message>
        <source>changes view %1</source>
        <translation>modifie la vue %1</translation>
    </message>
    <message>
        <source>changes database %1</source>
        <translation>modifie la base de données %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>renames %1</source>
        <translation>renomme %1</translation>
    </message>
    <message>
        <source>empties table %1 (TRUNCATE)</source>
        <translation>vide la table %1 (TRUNCATE)</translation>
    </message>
    <message>
        <source>deletes rows of %1</source>
        <translation>supprime des lignes de %1</translation>
    </message>
    <message>
        <source>deletes rows of %1 (no WHERE, only a LIMIT)</source>
        <translation>supprime des lignes de %1 (pas de WHERE, seulement un LIMIT)</translation>
    </message>
    <message>
        <source>deletes every row of %1 (no WHERE)</source>
        <translation>supprime toutes les lignes de %1 (pas de WHERE)</translation>
    </message>
    <message>
        <source>updates rows of %1</source>
        <translation>met à jour des lignes de %1</translation>
    </message>
    <message>
        <source>updates rows of %1 (no WHERE, only a LIMIT)</source>
        <translation>met à jour des lignes de %1 (pas de WHERE, seulement un LIMIT)</translation>
    </message>
    <message>
        <source>updates every row of %1 (no WHERE)</source>
        <translation>met à jour toutes les lignes de %1 (pas de WHERE)</translation>
    </message>
    <message>
        <source>replaces rows in %1</source>
        <translation>remplace des lignes dans %1</translation>
    </message>
    <message>
        <source>inserts rows into %1</source>
        <translation>insère des lignes dans %1</translation>
    </message>
    <message>
        <source>reads %1</source>
        <translation>lit %1</translation>
    </message>
    <message>
        <source>locks tables %1</source>
        <translation>verrouille les tables %1</translation>
    </message>
    <message>
        <source>rebuilds %1 (OPTIMIZE TABLE)</source>
        <translation>reconstruit %1 (OPTIMIZE TABLE)</translation>
    </message>
    <message>
        <source>calls procedure %1: what it changes is known only when it runs</source>
        <translation>appelle la procédure %1&#xa0;: ce qu&apos;elle modifie n&apos;est connu qu&apos;à son exécution</translation>
    </message>
</context>
<context>
    <name>StatementKind</name>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>transaction</translation>
    </message>
    <message>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>StatementSplitter</name>
    <message>
        <source>DELIMITER must be followed by a delimiter character or string</source>
        <translation>DELIMITER doit être suivi d&apos;un caractère ou d&apos;une chaîne de délimitation</translation>
    </message>
    <message>
        <source>DELIMITER cannot contain a backslash character</source>
        <translation>DELIMITER ne peut pas contenir de barre oblique inverse</translation>
    </message>
    <message>
        <source>the client command \%1 is not allowed in a migration</source>
        <translation>la commande client \%1 n&apos;est pas autorisée dans une migration</translation>
    </message>
    <message>
        <source>unterminated quoted identifier</source>
        <translation>identifiant entre guillemets non terminé</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>unterminated comment</source>
        <translation>commentaire non terminé</translation>
    </message>
    <message>
        <source>DELIMITER %1 (line %2) is never closed: the statement that starts here runs to the end of %3 (line %4) with no %1 to end it</source>
        <translation>DELIMITER %1 (ligne %2) n&apos;est jamais refermé&#xa0;: l&apos;instruction qui commence ici va jusqu&apos;à la fin de %3 (ligne %4) sans %1 pour la terminer</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>; &quot;%1&quot; on line %2 is read as part of it</source>
        <translation>&#xa0;; «&#xa0;%1&#xa0;» à la ligne %2 est lu comme en faisant partie</translation>
    </message>
</context>
<context>
    <name>StatementWatch</name>
    <message>
        <source>the second connection that watches and interrupts statements could not be opened (%1): a cancel waits for the running statement</source>
        <translation>la seconde connexion, qui surveille et interrompt les instructions, n&apos;a pas pu être ouverte (%1)&#xa0;: une interruption attend la fin de l&apos;instruction en cours</translation>
    </message>
</context>
<context>
    <name>StreamCompressor</name>
    <message>
        <source>zstd: out of memory</source>
        <translation>zstd&#xa0;: mémoire insuffisante</translation>
    </message>
    <message>
        <source>zstd: %1</source>
        <translation>zstd&#xa0;: %1</translation>
    </message>
    <message>
        <source>gzip: cannot start compressing: %1</source>
        <translation>gzip&#xa0;: impossible de commencer la compression&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>gzip: %1</source>
        <translation>gzip&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown compression</source>
        <translation>compression inconnue</translation>
    </message>
</context>
<context>
    <name>SystemdServiceController</name>
    <message>
        <source>stop</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <source>start</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <source>query</source>
        <translation>interrogation</translation>
    </message>
    <message>
        <source>systemd did not finish the %1 job for %2 within %3 s</source>
        <translation>systemd n&apos;a pas terminé la tâche «&#xa0;%1&#xa0;» pour %2 en %3 s</translation>
    </message>
    <message>
        <source>the system bus</source>
        <translation>le bus système</translation>
    </message>
    <message>
        <source>cannot connect to %1 to reach systemd: %2</source>
        <translation>impossible de se connecter à %1 pour joindre systemd&#xa0;: %2</translation>
    </message>
    <message>
        <source>Asking systemd about %1…</source>
        <translation>Interrogation de systemd sur %1…</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 est %2.</translation>
    </message>
    <message>
        <source>Asking systemd to %1 %2…</source>
        <translation>Demande à systemd&#xa0;: %1 de %2…</translation>
    </message>
    <message>
        <source>systemd queued job %1.</source>
        <translation>systemd a mis en file la tâche %1.</translation>
    </message>
    <message>
        <source>the unit failed</source>
        <translation>l&apos;unité a échoué</translation>
    </message>
    <message>
        <source>the job was cancelled by another one</source>
        <translation>la tâche a été annulée par une autre</translation>
    </message>
    <message>
        <source>systemd&apos;s own timeout for the unit expired</source>
        <translation>le délai propre à systemd pour l&apos;unité a expiré</translation>
    </message>
    <message>
        <source>a unit it depends on failed</source>
        <translation>une unité dont elle dépend a échoué</translation>
    </message>
    <message>
        <source>a condition of the unit was not met</source>
        <translation>une condition de l&apos;unité n&apos;était pas remplie</translation>
    </message>
    <message>
        <source>Could not %1 %2: %3 (job result &quot;%4&quot;); the unit is now %5</source>
        <translation>Échec de «&#xa0;%1&#xa0;» sur %2&#xa0;: %3 (résultat de la tâche «&#xa0;%4&#xa0;»)&#xa0;; l&apos;unité est maintenant %5</translation>
    </message>
    <message>
        <source>Not allowed to %1 %2: systemd (through polkit) refused the request (%3). Ask an administrator for the right to manage this unit, or configure the commands backend with a command you may run (for example with sudo).</source>
        <translation>Action «&#xa0;%1&#xa0;» sur %2 non autorisée&#xa0;: systemd (via polkit) a refusé la demande (%3). Demandez à un administrateur le droit de gérer cette unité, ou configurez le mécanisme «&#xa0;commands&#xa0;» avec une commande que vous pouvez exécuter (par exemple avec sudo).</translation>
    </message>
    <message>
        <source>systemd knows no unit %1: %2</source>
        <translation>systemd ne connaît aucune unité %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>systemd did not answer on %1 (%2): %3</source>
        <translation>systemd n&apos;a pas répondu sur %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>systemd could not %1 %2: %3 (%4)</source>
        <translation>systemd n&apos;a pas pu effectuer «&#xa0;%1&#xa0;» sur %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is %2 (%3).</source>
        <translation>%1 est %2 (%3).</translation>
    </message>
    <message>
        <source>systemd reported the %1 job for %2 done, but the unit is %3 %4 s later (expected %5).</source>
        <translation>systemd a signalé la tâche «&#xa0;%1&#xa0;» pour %2 comme terminée, mais l&apos;unité est %3 %4 s plus tard (attendu&#xa0;: %5).</translation>
    </message>
    <message>
        <source>systemd&apos;s job is done; waiting for %1 to be %2 (now %3).</source>
        <translation>la tâche de systemd est terminée&#xa0;; en attente que %1 soit %2 (actuellement %3).</translation>
    </message>
    <message>
        <source>systemd reported the %1 job for %2 done, but the unit is %3 (expected %4).</source>
        <translation>systemd a signalé la tâche «&#xa0;%1&#xa0;» pour %2 comme terminée, mais l&apos;unité est %3 (attendu&#xa0;: %4).</translation>
    </message>
    <message>
        <source>Stopped %1; it is %2.</source>
        <translation>%1 arrêté&#xa0;; il est %2.</translation>
    </message>
    <message>
        <source>Started %1; it is %2.</source>
        <translation>%1 démarré&#xa0;; il est %2.</translation>
    </message>
    <message>
        <source>Restarted %1; it is %2.</source>
        <translation>%1 redémarré&#xa0;; il est %2.</translation>
    </message>
</context>
<context>
    <name>TableChecksum</name>
    <message>
        <source>every row</source>
        <translation>toutes les lignes</translation>
    </message>
    <message>
        <source>not in the second snapshot</source>
        <translation>absente du second instantané</translation>
    </message>
    <message>
        <source>the second snapshot has other chunk bounds</source>
        <translation>le second instantané a d&apos;autres bornes de tranches</translation>
    </message>
    <message>
        <source>not computed within the time budget of the %1 snapshot</source>
        <translation>non calculée dans le temps imparti au %1 instantané</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>second</translation>
    </message>
    <message>
        <source>checksums of %1</source>
        <translation>sommes de contrôle de %1</translation>
    </message>
    <message>
        <source>%1: %2 rows before, %3 after, checksum %4 before, %5 after</source>
        <translation>%1&#xa0;: %2 lignes avant, %3 après, somme de contrôle %4 avant, %5 après</translation>
    </message>
    <message>
        <source>%1 not checked: %2</source>
        <translation>%1&#xa0;: non contrôlé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) of %1 changed: %2</source>
        <translation>
            <numerusform>%n tranche de %1 a changé&#xa0;: %2</numerusform>
            <numerusform>%n tranches de %1 ont changé&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no difference found where compared; %1</source>
        <translation>aucune différence trouvée dans ce qui a été comparé&#xa0;; %1</translation>
    </message>
    <message>
        <source>unchanged (checksummed whole: no primary or unique key)</source>
        <translation>inchangée (somme de contrôle sur la table entière&#xa0;: pas de clé primaire ni unique)</translation>
    </message>
    <message>
        <source>unchanged in every chunk</source>
        <translation>inchangée dans toutes les tranches</translation>
    </message>
    <message>
        <source>a snapshot was computed with a checksum method this version does not know: the comparison is inconclusive</source>
        <translation>un instantané a été calculé avec une méthode de somme de contrôle que cette version ne connaît pas : la comparaison n&apos;est pas concluante</translation>
    </message>
    <message>
        <source>the snapshots were computed with different checksum methods (%1 before, %2 after): the comparison is inconclusive</source>
        <translation>les instantanés ont été calculés avec des méthodes de somme de contrôle différentes (%1 avant, %2 après) : la comparaison n&apos;est pas concluante</translation>
    </message>
</context>
<context>
    <name>TableChecksummer</name>
    <message>
        <source>reading the columns of %1</source>
        <translation>lecture des colonnes de %1</translation>
    </message>
    <message>
        <source>there is no table %1 in %2</source>
        <translation>il n&apos;y a pas de table %1 dans %2</translation>
    </message>
    <message>
        <source>reading the keys of %1</source>
        <translation>lecture des clés de %1</translation>
    </message>
    <message>
        <source>no primary or unique key: checksummed whole</source>
        <translation>pas de clé primaire ni unique&#xa0;: somme de contrôle sur la table entière</translation>
    </message>
    <message>
        <source>no primary or unique key of NOT NULL columns whose order can be bound: checksummed whole</source>
        <translation>pas de clé primaire ni unique sur des colonnes NOT NULL dont l&apos;ordre peut être borné&#xa0;: somme de contrôle sur la table entière</translation>
    </message>
    <message>
        <source>its key is no longer (%1)</source>
        <translation>sa clé n&apos;est plus (%1)</translation>
    </message>
    <message>
        <source>SQLite has no CRC32: chunked checksums need MySQL or MariaDB</source>
        <translation>SQLite n&apos;a pas de CRC32&#xa0;: les sommes de contrôle par tranches nécessitent MySQL ou MariaDB</translation>
    </message>
    <message>
        <source>asking the server for checksums</source>
        <translation>interrogation du serveur pour les sommes de contrôle</translation>
    </message>
    <message>
        <source>the first snapshot was computed with a checksum method this version does not know</source>
        <translation>le premier instantané a été calculé avec une méthode de somme de contrôle que cette version ne connaît pas</translation>
    </message>
    <message>
        <source>no time left to read the key range of %1</source>
        <translation>plus de temps pour lire la plage de clés de %1</translation>
    </message>
    <message>
        <source>reading the key range of %1</source>
        <translation>lecture de la plage de clés de %1</translation>
    </message>
    <message>
        <source>the key of %1 has values beyond 64 signed bits</source>
        <translation>la clé de %1 a des valeurs au-delà de 64 bits signés</translation>
    </message>
    <message>
        <source>reading the next key of %1</source>
        <translation>lecture de la clé suivante de %1</translation>
    </message>
</context>
<context>
    <name>TargetConnection</name>
    <message>
        <source>cannot set the lock wait timeouts: %1</source>
        <translation>impossible de définir les délais d&apos;attente de verrou&#xa0;: %1</translation>
    </message>
    <message>
        <source>another Backstep is changing %1 (process %2 on %3): wait for it to finish</source>
        <translation>un autre Backstep modifie %1 (processus %2 sur %3)&#xa0;: attendez qu&apos;il ait terminé</translation>
    </message>
    <message>
        <source>cannot take the lock %1: %2</source>
        <translation>impossible de prendre le verrou %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>an unknown connection</source>
        <translation>une connexion inconnue</translation>
    </message>
    <message>
        <source>another Backstep is changing %1: the lock %2 is held by %3</source>
        <translation>un autre Backstep modifie %1&#xa0;: le verrou %2 est détenu par %3</translation>
    </message>
    <message>
        <source>connection %1 (%2@%3, %4 s in its current state)</source>
        <translation>connexion %1 (%2@%3, %4 s dans son état actuel)</translation>
    </message>
</context>
<context>
    <name>TargetEvidence</name>
    <message>
        <source>not a run id: %1</source>
        <translation>pas un identifiant d&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot record step %1 in %2: %3</source>
        <translation>impossible d&apos;enregistrer l&apos;étape %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the schema: %1</source>
        <translation>impossible de lire le schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create %1 (Backstep&apos;s record of which rollback statements were committed): %2</source>
        <translation>impossible de créer %1 (l&apos;enregistrement par Backstep des instructions d&apos;annulation validées)&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot tell whether %1 exists</source>
        <translation>impossible de savoir si %1 existe</translation>
    </message>
    <message>
        <source>cannot delete the finished runs&apos; rows from %1</source>
        <translation>impossible de supprimer de %1 les lignes des exécutions terminées</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>cannot drop %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>cannot read the tables&apos; storage engines</source>
        <translation>impossible de lire les moteurs de stockage des tables</translation>
    </message>
</context>
<context>
    <name>TerminalPrompt</name>
    <message>
        <source>a password is needed and there is no terminal to ask it on: use --password-file FILE or the BACKSTEP_PASSWORD variable</source>
        <translation>un mot de passe est nécessaire et il n&apos;y a aucun terminal où le demander&#xa0;: utilisez --password-file FILE ou la variable BACKSTEP_PASSWORD</translation>
    </message>
    <message>
        <source>there is no terminal to ask on: pass --yes to go on</source>
        <translation>aucun terminal pour poser la question : passez --yes pour continuer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>ToolChecks</name>
    <message>
        <source>succeeds</source>
        <translation>réussit</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>échoue</translation>
    </message>
    <message>
        <source>the script ran to its end</source>
        <translation>le script s&apos;est exécuté jusqu&apos;au bout</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Backstep user guide</source>
        <translation>Guide de l&apos;utilisateur de Backstep</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Find in the guide…</source>
        <translation>Rechercher dans le guide…</translation>
    </message>
</context>
<context>
    <name>ValidationCommand</name>
    <message>
        <source>the validation command &quot;%1&quot; has no command line</source>
        <translation>la commande de validation «&#xa0;%1&#xa0;» n&apos;a pas de ligne de commande</translation>
    </message>
    <message>
        <source>the validation command &quot;%1&quot; needs a timeout from 1 to %2 seconds</source>
        <translation>la commande de validation «&#xa0;%1&#xa0;» nécessite un délai de 1 à %2 secondes</translation>
    </message>
    <message>
        <source>the validation command &quot;%1&quot;: &quot;%2&quot; is not a variable name</source>
        <translation>la commande de validation «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nom de variable</translation>
    </message>
    <message>
        <source>the validation command &quot;%1&quot;: the variable %2 looks like a secret, and Backstep never stores one or puts one on a command line; let the command read it from the application&apos;s own configuration, or set it in the environment Backstep runs in</source>
        <translation>la commande de validation «&#xa0;%1&#xa0;»&#xa0;: la variable %2 ressemble à un secret, et Backstep n&apos;en enregistre jamais ni n&apos;en met sur une ligne de commande&#xa0;; laissez la commande le lire dans la configuration de l&apos;application elle-même, ou définissez-le dans l&apos;environnement où Backstep s&apos;exécute</translation>
    </message>
    <message>
        <source>the validation command &quot;%1&quot;: the value of %2 carries a password (user:password@), and Backstep never stores one or puts one on a command line</source>
        <translation>la commande de validation «&#xa0;%1&#xa0;»&#xa0;: la valeur de %2 contient un mot de passe (user:password@), et Backstep n&apos;en enregistre jamais ni n&apos;en met sur une ligne de commande</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <source>Data checks</source>
        <translation>Contrôles des données</translation>
    </message>
    <message>
        <source>Scenario checks</source>
        <translation>Contrôles des scénarios</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Assertions</translation>
    </message>
    <message>
        <source>Validation commands</source>
        <translation>Commandes de validation</translation>
    </message>
    <message>
        <source>Verification of %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>PASS: %1 checks passed, the schema matches the expected state</source>
        <translation>RÉUSSITE&#xa0;: %1 contrôles réussis, le schéma correspond à l&apos;état attendu</translation>
    </message>
    <message>
        <source>FAIL: %1 problems (%2 schema differences, %3 failed checks, %4 errors); %5 checks passed</source>
        <translation>ÉCHEC&#xa0;: %1 problèmes (%2 différences de schéma, %3 contrôles échoués, %4 erreurs)&#xa0;; %5 contrôles réussis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Rollback run</source>
        <translation>Exécution d&apos;annulation</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Version cible</translation>
    </message>
    <message>
        <source>Version in the history</source>
        <translation>Version dans l&apos;historique</translation>
    </message>
    <message>
        <source>Expected schema from</source>
        <translation>Schéma attendu d&apos;après</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>N&apos;a pas pu être contrôlé</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>The schema matches the expected state at %1.</source>
        <translation>Le schéma correspond à l&apos;état attendu à %1.</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Left out of the comparison:</source>
        <translation>Exclus de la comparaison&#xa0;:</translation>
    </message>
    <message>
        <source>None configured or applicable.</source>
        <translation>Aucune configurée ou applicable.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>expected:</source>
        <translation>attendu&#xa0;:</translation>
    </message>
    <message>
        <source>actual:</source>
        <translation>réel&#xa0;:</translation>
    </message>
    <message>
        <source>INCONCLUSIVE: %1; %2 checks passed, the schema was not compared</source>
        <translation>NON CONCLUANT&#xa0;: %1&#xa0;; %2 contrôles réussis, le schéma n&apos;a pas été comparé</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>unknown (not recorded)</source>
        <translation>inconnue (non enregistrée)</translation>
    </message>
    <message>
        <source>Binary log before the run</source>
        <translation>Journal binaire avant l&apos;exécution</translation>
    </message>
    <message>
        <source>Binary log after the run</source>
        <translation>Journal binaire après l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>VerificationRunner</name>
    <message>
        <source>the history table says the database is at %1, not at %2</source>
        <translation>la table d&apos;historique indique que la base de données est à %1, et non à %2</translation>
    </message>
    <message>
        <source>no migration</source>
        <translation>aucune migration</translation>
    </message>
    <message>
        <source>there is no rollback run %1 in the journal</source>
        <translation>le journal ne contient pas d&apos;exécution d&apos;annulation %1</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2, taken %3)</source>
        <translation>%1 (SHA-256 %2, prise le %3)</translation>
    </message>
    <message>
        <source>none: the run went ahead without a backup, confirmed by typing the database&apos;s name</source>
        <translation>aucune&#xa0;: l&apos;exécution a eu lieu sans sauvegarde, confirmée en saisissant le nom de la base de données</translation>
    </message>
    <message>
        <source>tables no migration in the folder creates or names, so a replay cannot expect them (the application&apos;s own, from before its first migration?): %1</source>
        <translation>tables qu&apos;aucune migration du dossier ne crée ni ne nomme, un rejeu ne peut donc pas les attendre (celles de l&apos;application elle-même, d&apos;avant sa première migration&#xa0;?)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sqitch verify of %1 (applied: passes)</source>
        <translation>Sqitch verify de %1 (appliquée&#xa0;: réussit)</translation>
    </message>
    <message>
        <source>Sqitch verify of %1 (reverted: fails)</source>
        <translation>Sqitch verify de %1 (annulée&#xa0;: échoue)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the expected schema at %1 cannot be established: %2</source>
        <translation>le schéma attendu à %1 ne peut pas être établi&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WebhookNotifier</name>
    <message>
        <source>the webhook %1 is not an http or https URL</source>
        <translation>le webhook %1 n’est pas une URL http ou https</translation>
    </message>
    <message>
        <source>the webhook %1 did not answer within %2 s</source>
        <translation>le webhook %1 n’a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>the webhook %1 answered HTTP %2: %3</source>
        <translation>le webhook %1 a répondu HTTP %2 : %3</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>erreur réseau %1</translation>
    </message>
    <message>
        <source>cannot reach the webhook %1: %2</source>
        <translation>impossible de joindre le webhook %1 : %2</translation>
    </message>
    <message>
        <source>the webhook %1 is not https, so its CA file %2 cannot be used</source>
        <translation>le webhook %1 n’est pas en https : son fichier d’AC %2 ne peut donc pas servir</translation>
    </message>
    <message>
        <source>the webhook&apos;s CA file %1 cannot be read: %2</source>
        <translation>le fichier d’AC %1 du webhook est illisible : %2</translation>
    </message>
    <message>
        <source>the webhook&apos;s CA file %1 holds no PEM certificate</source>
        <translation>le fichier d’AC %1 du webhook ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>the webhook %1&apos;s certificate is not trusted: %2</source>
        <translation>le certificat du webhook %1 n’est pas reconnu : %2</translation>
    </message>
</context>
<context>
    <name>backstep</name>
    <message>
        <source>Roll back database migrations safely, with evidence.</source>
        <translation>Annulez des migrations de base de données en toute sécurité, preuves à l&apos;appui.</translation>
    </message>
    <message>
        <source>Print the versions of Backstep and its libraries.</source>
        <translation>Afficher les versions de Backstep et de ses bibliothèques.</translation>
    </message>
    <message>
        <source>mysql://USER@HOST:PORT/DB, mariadb://... or sqlite:PATH.</source>
        <translation>mysql://USER@HOST:PORT/DB, mariadb://... ou sqlite:PATH.</translation>
    </message>
    <message>
        <source>Read the password from this file.</source>
        <translation>Lire le mot de passe dans ce fichier.</translation>
    </message>
    <message>
        <source>The migrations folder.</source>
        <translation>Le dossier des migrations.</translation>
    </message>
    <message>
        <source>The migrations&apos; format (default: auto).</source>
        <translation>Le format des migrations (par défaut&#xa0;: auto).</translation>
    </message>
    <message>
        <source>Open the embedded SQLite demo workspace.</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration SQLite intégré.</translation>
    </message>
    <message>
        <source>Select this migration version.</source>
        <translation>Sélectionner cette version de migration.</translation>
    </message>
    <message>
        <source>Follow this log file in the Log panel (repeatable).</source>
        <translation>Suivre ce fichier de log dans le panneau Log (option répétable).</translation>
    </message>
    <message>
        <source>Look for this run: system, light or dark (View ▸ Theme sets it for good).</source>
        <translation>Apparence pour ce lancement&#xa0;: system, light ou dark (Affichage ▸ Thème la fixe durablement).</translation>
    </message>
    <message>
        <source>Render the main window to this PNG and exit.</source>
        <translation>Rendre la fenêtre principale dans ce PNG et quitter.</translation>
    </message>
    <message>
        <source>Render the rollback dialog&apos;s preview of the last two migrations to this PNG and exit.</source>
        <translation>Rendre l&apos;aperçu, dans la boîte de dialogue d&apos;annulation, des deux dernières migrations dans ce PNG et quitter.</translation>
    </message>
    <message>
        <source>--migrations DIR is required with --url</source>
        <translation>--migrations DIR est obligatoire avec --url</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>format inconnu %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>no migration with version %1</source>
        <translation>aucune migration avec la version %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>no workspace to roll back</source>
        <translation>aucun espace de travail à annuler</translation>
    </message>
    <message>
        <source>--screenshot-rollback needs --demo or --url</source>
        <translation>--screenshot-rollback nécessite --demo ou --url</translation>
    </message>
    <message>
        <source>Open this connection profile: its database (unless --url is given), service, checks and logs.</source>
        <translation>Ouvrir ce profil de connexion&#xa0;: sa base de données (sauf si --url est indiquée), son service, ses contrôles et ses logs.</translation>
    </message>
    <message>
        <source>no workspace for the playbook</source>
        <translation>aucun espace de travail pour le playbook</translation>
    </message>
    <message>
        <source>--screenshot-playbook needs --demo or --url</source>
        <translation>--screenshot-playbook nécessite --demo ou --url</translation>
    </message>
    <message>
        <source>Run the playbook on the open database (the last two migrations, with the profile named like the demo&apos;s when there is one), render its steps to this PNG and, when it is done, its report to FILE-report.png, and exit. With --demo on a throwaway demo of its own (the demo, profiles and journal you use are left as they are); with --url it really rolls back that database.</source>
        <translation>Exécuter le playbook sur la base ouverte (les deux dernières migrations, avec le profil nommé comme celui de la démo s’il existe), rendre ses étapes dans ce PNG et, une fois terminé, son rapport dans FICHIER-report.png, puis quitter. Avec --demo, sur une démo jetable qui lui est propre (votre démo, vos profils et votre journal restent tels quels) ; avec --url, les migrations de cette base sont réellement annulées.</translation>
    </message>
    <message>
        <source>cannot make a temporary demo: %1</source>
        <translation>impossible de créer une démo temporaire : %1</translation>
    </message>
    <message>
        <source>the temporary demo&apos;s service did not stop: it %1</source>
        <translation>le service de la démo temporaire ne s’est pas arrêté : il %1</translation>
    </message>
</context>
<context>
    <name>backstep::AboutDialog</name>
    <message>
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>backstep::BackupCatalogModel</name>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>At version</source>
        <translation>À la version</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Never done for this backup.</source>
        <translation>Jamais effectué pour cette sauvegarde.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation>réussie le %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>échouée le %1</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Last test-restore</source>
        <translation>Dernière restauration d&apos;essai</translation>
    </message>
</context>
<context>
    <name>backstep::BackupsController</name>
    <message>
        <source>%1 written</source>
        <translation>%1 écrits</translation>
    </message>
    <message>
        <source> · about %1 to dump</source>
        <translation> · environ %1 à exporter</translation>
    </message>
    <message>
        <source> · table %1</source>
        <translation> · table %1</translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation> · %1 s</translation>
    </message>
    <message>
        <source>Backup of %1: %2</source>
        <translation>Sauvegarde de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Backup complete: %1 (%2, SHA-256 %3…)</source>
        <translation>Sauvegarde terminée&#xa0;: %1 (%2, SHA-256 %3…)</translation>
    </message>
    <message>
        <source>Backup %1: %2</source>
        <translation>Sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: passed</source>
        <translation>%1&#xa0;: réussie</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1&#xa0;: échouée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Latest complete backup: %1, at version %2.</source>
        <translation>Dernière sauvegarde complète&#xa0;: %1, à la version %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>No complete backup of this database yet: take one before any rollback.</source>
        <translation>Aucune sauvegarde complète de cette base de données pour l&apos;instant&#xa0;: faites-en une avant toute annulation.</translation>
    </message>
    <message>
        <source>Backup of %1 started</source>
        <translation>Sauvegarde de %1 démarrée</translation>
    </message>
    <message>
        <source>Starting the dump…</source>
        <translation>Démarrage du dump…</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 démarrée</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>Test-restore %1</source>
        <translation>Restauration d&apos;essai de %1</translation>
    </message>
    <message>
        <source>Restoring into a scratch database: %1 of %2</source>
        <translation>Restauration dans une base de données temporaire&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restauration de %1</translation>
    </message>
    <message>
        <source>Restoring: %1 of %2</source>
        <translation>Restauration&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1… (all of it in the catalog&apos;s tooltip)</source>
        <translation>%1… (texte complet dans l&apos;info-bulle du catalogue)</translation>
    </message>
    <message>
        <source>%1: passed. Compared: %2</source>
        <translation>%1&#xa0;: réussie. Comparé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the restore (%n statement(s)):</source>
        <translation>
            <numerusform>Omis lors de la restauration (%n instruction)&#xa0;:</numerusform>
            <numerusform>Omis lors de la restauration (%n instructions)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::BackupsPanel</name>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Test-restore</source>
        <translation>Restauration d&apos;essai</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>uncompressed</source>
        <translation>non compressé</translation>
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
        <translation>Où les nouvelles sauvegardes sont écrites</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dump the open database with the playbook&apos;s options, now</source>
        <translation>Faire maintenant un dump de la base de données ouverte avec les options du playbook</translation>
    </message>
    <message>
        <source>Open a database to back it up.</source>
        <translation>Ouvrez une base de données pour la sauvegarder.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restoring %1 replaces the data of %2.
Type the database name to confirm:</source>
        <translation>La restauration de %1 remplace les données de %2.
Saisissez le nom de la base de données pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>The name typed does not match %1: nothing was restored.</source>
        <translation>Le nom saisi ne correspond pas à %1&#xa0;: rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Not connected to the database: Retry in the banner above the history</source>
        <translation>Non connecté à la base de données&#xa0;: utilisez «&#xa0;Réessayer&#xa0;» dans le bandeau au-dessus de l&apos;historique</translation>
    </message>
    <message>
        <source>Looking for backups of this database…</source>
        <translation>Recherche des sauvegardes de cette base de données…</translation>
    </message>
</context>
<context>
    <name>backstep::CommandServiceController</name>
    <message>
        <source>no %1 command is configured for %2</source>
        <translation>aucune commande %1 n&apos;est configurée pour %2</translation>
    </message>
    <message>
        <source>Running the %1 command: %2</source>
        <translation>Exécution de la commande %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the %1 command exited with status %2: %3</source>
        <translation>la commande %1 s&apos;est terminée avec le code %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The %1 command finished (exit status %2).</source>
        <translation>La commande %1 s&apos;est terminée (code de sortie %2).</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 est %2.</translation>
    </message>
    <message>
        <source>the %1 command %2: %3</source>
        <translation>la commande %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is %2; waiting for it to be %3.</source>
        <translation>%1 est %2&#xa0;; en attente qu&apos;il soit %3.</translation>
    </message>
    <message>
        <source>The %1 command exited with status 0, but %2 is %3 %4 s later (expected %5). The status command said: %6</source>
        <translation>La commande %1 s&apos;est terminée avec le code 0, mais %2 est %3 %4 s plus tard (attendu&#xa0;: %5). La commande d&apos;état a indiqué&#xa0;: %6</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Stopped %1; the status command reports it %2.</source>
        <translation>%1 arrêté&#xa0;; la commande d&apos;état le signale %2.</translation>
    </message>
    <message>
        <source>Started %1; the status command reports it %2.</source>
        <translation>%1 démarré&#xa0;; la commande d&apos;état le signale %2.</translation>
    </message>
    <message>
        <source>Restarted %1; the status command reports it %2.</source>
        <translation>%1 redémarré&#xa0;; la commande d&apos;état le signale %2.</translation>
    </message>
</context>
<context>
    <name>backstep::ConnectionBanner</name>
    <message>
        <source>&amp;Retry…</source>
        <translation>&amp;Réessayer…</translation>
    </message>
    <message>
        <source>Connect again (asks for the password)</source>
        <translation>Se reconnecter (demande le mot de passe)</translation>
    </message>
    <message>
        <source>Not connected to %1: %2
Whether each migration is applied is unknown; rolling back, backing up and verifying wait for a connection.</source>
        <translation>Non connecté à %1&#xa0;: %2
On ne sait pas si chaque migration est appliquée&#xa0;; l&apos;annulation, la sauvegarde et la vérification attendent une connexion.</translation>
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
        <translation>(nouvelle connexion)</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Base de données SQLite</translation>
    </message>
    <message>
        <source>Migrations folder</source>
        <translation>Dossier des migrations</translation>
    </message>
    <message>
        <source>Choose the migrations folder.</source>
        <translation>Choisissez le dossier des migrations.</translation>
    </message>
    <message>
        <source>preferred: TLS when the server offers it</source>
        <translation>preferred&#xa0;: TLS quand le serveur le propose</translation>
    </message>
    <message>
        <source>required: refuse an unencrypted connection</source>
        <translation>required&#xa0;: refuser une connexion non chiffrée</translation>
    </message>
    <message>
        <source>verify-ca: TLS, certificate signed by the CA file</source>
        <translation>verify-ca&#xa0;: TLS, certificat signé par le fichier de l&apos;autorité (CA)</translation>
    </message>
    <message>
        <source>verify-identity: as verify-ca, and the host&apos;s name in it</source>
        <translation>verify-identity&#xa0;: comme verify-ca, et le nom de l&apos;hôte dans le certificat</translation>
    </message>
    <message>
        <source>disabled: never TLS</source>
        <translation>disabled&#xa0;: jamais de TLS</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
</context>
<context>
    <name>backstep::HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Backstep</source>
        <translation>À &amp;propos de Backstep</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>How to use Backstep, step by step, with pictures</source>
        <translation>Comment utiliser Backstep, étape par étape, en images</translation>
    </message>
</context>
<context>
    <name>backstep::KeyringCheckBox</name>
    <message>
        <source>Looking for the desktop&apos;s keyring…</source>
        <translation>Recherche du trousseau du bureau…</translation>
    </message>
    <message>
        <source>The password is kept by the keyring, never in a file.</source>
        <translation>Le mot de passe est conservé par le trousseau, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>No keyring to remember it in (%1): Backstep asks for the password each time.</source>
        <translation>Aucun trousseau où le mémoriser (%1)&#xa0;: Backstep demande le mot de passe à chaque fois.</translation>
    </message>
</context>
<context>
    <name>backstep::LogFileView</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug et supérieur</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info et supérieur</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n line(s) arrived since</source>
        <translation>
            <numerusform>En pause&#xa0;: %n ligne arrivée depuis</numerusform>
            <numerusform>En pause&#xa0;: %n lignes arrivées depuis</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>following</source>
        <translation>suivi en cours</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n ligne</numerusform>
            <numerusform>%1 · %2 · %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (%n affichée)</numerusform>
            <numerusform> (%n affichées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::LogPanel</name>
    <message>
        <source>No log file is followed. Follow the application&apos;s log or MariaDB&apos;s error log to see what they say after each step (or start Backstep with --log FILE).</source>
        <translation>Aucun fichier de log n&apos;est suivi. Suivez le log de l&apos;application ou le journal d&apos;erreurs de MariaDB pour voir ce qu&apos;ils disent après chaque étape (ou lancez Backstep avec --log FILE).</translation>
    </message>
    <message>
        <source>Follow a log file…</source>
        <translation>Suivre un fichier de log…</translation>
    </message>
    <message>
        <source>Follow…</source>
        <translation>Suivre…</translation>
    </message>
    <message>
        <source>Follow another log file</source>
        <translation>Suivre un autre fichier de log</translation>
    </message>
    <message>
        <source>Follow a log file</source>
        <translation>Suivre un fichier de log</translation>
    </message>
</context>
<context>
    <name>backstep::LogTail</name>
    <message>
        <source>%1 was rotated; following the new file</source>
        <translation>%1 a été renouvelé (rotation)&#xa0;; suivi du nouveau fichier</translation>
    </message>
    <message>
        <source>Waiting for %1 to appear</source>
        <translation>En attente de l&apos;apparition de %1</translation>
    </message>
    <message>
        <source>%1 appeared; following it from the start</source>
        <translation>%1 est apparu&#xa0;; suivi depuis le début</translation>
    </message>
    <message>
        <source>%1 was truncated; reading it again from the start</source>
        <translation>%1 a été tronqué&#xa0;; relecture depuis le début</translation>
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
        <translation>Aucune base de données ouverte. Fichier ▸ Ouvrir… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Verification of %1: %2 (%3 problems)</source>
        <translation>Vérification de %1&#xa0;: %2 (%3 problèmes)</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>marked resolved by hand in the main window</source>
        <translation>marquée comme résolue à la main dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Filter by version, name or state…</source>
        <translation>Filtrer par version, nom ou état…</translation>
    </message>
    <message>
        <source>Select a migration to see its file and its DOWN section.</source>
        <translation>Sélectionnez une migration pour voir son fichier et sa section DOWN.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>&amp;Annuler des migrations…</translation>
    </message>
    <message>
        <source>Choose migrations to roll back, preview their DOWN statements, and run them</source>
        <translation>Choisir les migrations à annuler, prévisualiser leurs instructions DOWN et les exécuter</translation>
    </message>
    <message>
        <source>&amp;Rollback</source>
        <translation>A&amp;nnulation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show the %1 panel</source>
        <translation>Afficher le panneau %1</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Put the panels, the splitter and the history&apos;s columns back as they were at first</source>
        <translation>Remettre les panneaux, le séparateur et les colonnes de l&apos;historique dans leur disposition d&apos;origine</translation>
    </message>
    <message>
        <source>%1 — Backstep</source>
        <translation>%1 — Backstep</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the migrations folder:</source>
        <translation>
            <numerusform>%n problème dans le dossier des migrations&#xa0;:</numerusform>
            <numerusform>%n problèmes dans le dossier des migrations&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>no history table</source>
        <translation>aucune table d&apos;historique</translation>
    </message>
    <message>
        <source>history %1 (%2), rollback order: %3</source>
        <translation>historique %1 (%2), ordre d&apos;annulation&#xa0;: %3</translation>
    </message>
    <message>
        <source>as applied</source>
        <translation>d&apos;après l&apos;application</translation>
    </message>
    <message>
        <source>by version</source>
        <translation>d&apos;après la version</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is in the database&apos;s history, but there is no migration file for it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; figure dans l&apos;historique de la base de données, mais aucun fichier de migration ne lui correspond.</translation>
    </message>
    <message>
        <source>-- No file for version %1.</source>
        <translation>-- Aucun fichier pour la version %1.</translation>
    </message>
    <message numerus="yes">
        <source>DOWN: %n statement(s)</source>
        <translation>
            <numerusform>DOWN&#xa0;: %n instruction</numerusform>
            <numerusform>DOWN&#xa0;: %n instructions</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;irreversible: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;irréversible&#xa0;: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>history not read</source>
        <translation>historique non lu</translation>
    </message>
    <message>
        <source>No migration matches the filter.</source>
        <translation>Aucune migration ne correspond au filtre.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Run the &amp;playbook…</source>
        <translation>Exécuter le &amp;playbook…</translation>
    </message>
    <message>
        <source>The whole rollback playbook as one guided, resumable flow: stop, back up, rehearse, roll back, verify, validate, start, watch the log, report</source>
        <translation>Tout le playbook d’annulation en un parcours guidé et reprenable : arrêter, sauvegarder, répéter, annuler, vérifier, valider, démarrer, surveiller le journal, rapporter</translation>
    </message>
</context>
<context>
    <name>backstep::MigrationHistoryModel</name>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n instruction</numerusform>
            <numerusform>%n instructions</numerusform>
        </translation>
    </message>
    <message>
        <source>irreversible</source>
        <translation>irréversible</translation>
    </message>
    <message>
        <source>Cannot be rolled back: %1</source>
        <translation>Ne peut pas être annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No migration file for version %1</source>
        <translation>Aucun fichier de migration pour la version %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Appliquée le</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <source>parse error, line %1</source>
        <translation>erreur d&apos;analyse, ligne %1</translation>
    </message>
    <message>
        <source>The DOWN section cannot be read past this error, so it cannot be rolled back until the file is fixed:
%1</source>
        <translation>La section DOWN ne peut pas être lue au-delà de cette erreur&#xa0;: la migration ne peut donc pas être annulée tant que le fichier n&apos;est pas corrigé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The database&apos;s history could not be read: whether this migration is applied is not known</source>
        <translation>L&apos;historique de la base de données n&apos;a pas pu être lu&#xa0;: on ne sait pas si cette migration est appliquée</translation>
    </message>
</context>
<context>
    <name>backstep::MigrationSourceView</name>
    <message>
        <source>DOWN section: empty, this migration cannot be rolled back</source>
        <translation>Section DOWN&#xa0;: vide, cette migration ne peut pas être annulée</translation>
    </message>
    <message numerus="yes">
        <source>DOWN section: %n statement(s), run in this order on rollback</source>
        <translation>
            <numerusform>Section DOWN&#xa0;: %n instruction, exécutée dans cet ordre lors de l&apos;annulation</numerusform>
            <numerusform>Section DOWN&#xa0;: %n instructions, exécutées dans cet ordre lors de l&apos;annulation</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>rollback failed here: %1</source>
        <translation>l&apos;annulation a échoué ici&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>backstep::PasswordDialog</name>
    <message>
        <source>&amp;Password of %1 on %2:%3:</source>
        <translation>&amp;Mot de passe de %1 sur %2:%3&#xa0;:</translation>
    </message>
</context>
<context>
    <name>backstep::PlaybookController</name>
    <message>
        <source>a playbook run is already going on</source>
        <translation>une exécution du playbook est déjà en cours</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>aucune base n’est ouverte</translation>
    </message>
    <message>
        <source>skipping &quot;%1&quot; needs a reason</source>
        <translation>sauter « %1 » nécessite une raison</translation>
    </message>
    <message>
        <source>Playbook run %1 for %2 started: %3</source>
        <translation>Exécution du playbook %1 pour %2 démarrée : %3</translation>
    </message>
    <message>
        <source>Playbook run %1 resumed</source>
        <translation>Exécution du playbook %1 reprise</translation>
    </message>
    <message>
        <source>playbook run %1 is for %2, not for the open database</source>
        <translation>l’exécution du playbook %1 concerne %2, pas la base ouverte</translation>
    </message>
    <message>
        <source>Playbook run %1 ended: %2</source>
        <translation>Exécution du playbook %1 terminée : %2</translation>
    </message>
    <message>
        <source>Playbook run %1 could not go on: %2</source>
        <translation>L’exécution du playbook %1 n’a pas pu continuer : %2</translation>
    </message>
    <message>
        <source>no incident report is stored for playbook run %1 yet: the report is the last step</source>
        <translation>aucun rapport d’incident n’est encore enregistré pour l’exécution du playbook %1 : le rapport est la dernière étape</translation>
    </message>
</context>
<context>
    <name>backstep::PlaybookDialog</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>skipped by the DBA</source>
        <translation>sautée par le DBA</translation>
    </message>
    <message>
        <source>not configured in the profile</source>
        <translation>non configurée dans le profil</translation>
    </message>
    <message>
        <source>not supported for this database</source>
        <translation>non prise en charge pour cette base</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%v of %m steps settled</source>
        <translation>%v étapes réglées sur %m</translation>
    </message>
    <message>
        <source>The report&apos;s Markdown is on the clipboard.</source>
        <translation>Le Markdown du rapport est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The journal: %1</source>
        <translation>Le journal : %1</translation>
    </message>
    <message>
        <source>(none: this connection only, no service or log)</source>
        <translation>(aucun : cette connexion seulement, ni service ni journal)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no migration is applied; there is nothing to roll back.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : aucune migration n’est appliquée ; il n’y a rien à annuler.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Playbook for %1&lt;/b&gt; — %n migration(s) applied.</source>
        <translation>
            <numerusform>&lt;b&gt;Playbook pour %1&lt;/b&gt; — %n migration appliquée.</numerusform>
            <numerusform>&lt;b&gt;Playbook pour %1&lt;/b&gt; — %n migrations appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip &quot;%1&quot;</source>
        <translation>Sauter « %1 »</translation>
    </message>
    <message>
        <source>why (for the report)</source>
        <translation>pourquoi (pour le rapport)</translation>
    </message>
    <message>
        <source>Reading playbook run %1…</source>
        <translation>Lecture de l’exécution du playbook %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Playbook run %1&lt;/b&gt; for %2 (%3): step %4 of %5, %6</source>
        <translation>&lt;b&gt;Exécution du playbook %1&lt;/b&gt; pour %2 (%3) : étape %4 sur %5, %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;Playbook run %1&lt;/b&gt; for %2 (%3): %4</source>
        <translation>&lt;b&gt;Exécution du playbook %1&lt;/b&gt; pour %2 (%3) : %4</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sautée</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>&lt;b&gt;The playbook could not go on:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le playbook n’a pas pu continuer :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>&amp;Cancel the playbook</source>
        <translation>&amp;Annuler le playbook</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Export the incident report</source>
        <translation>Exporter le rapport d’incident</translation>
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
        <translation>Le rapport est dans %1.</translation>
    </message>
    <message>
        <source>the journal, playbook run %1 (backstep-cli playbook show %1)</source>
        <translation>le journal, exécution du playbook %1 (backstep-cli playbook show %1)</translation>
    </message>
    <message>
        <source>The profile has no contact with an e-mail address.</source>
        <translation>Le profil n’a aucun contact avec une adresse e-mail.</translation>
    </message>
    <message>
        <source>No mail program took the message; Copy summary puts it on the clipboard instead.</source>
        <translation>Aucun logiciel de messagerie n’a pris le message ; « Copier le résumé » le place plutôt dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The summary was cut to fit a mail link; the message says where the whole report is.</source>
        <translation>Le résumé a été raccourci pour tenir dans un lien e-mail ; le message indique où se trouve le rapport complet.</translation>
    </message>
    <message>
        <source>%1: the report is exported as .html, .md, .json or .pdf</source>
        <translation>%1 : le rapport s’exporte en .html, .md, .json ou .pdf</translation>
    </message>
    <message>
        <source>no report of playbook run %1 is loaded</source>
        <translation>aucun rapport de l’exécution du playbook %1 n’est chargé</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Proposed: %1.</source>
        <translation>Proposé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>backstep::PlaybookRunBanner</name>
    <message>
        <source>Resume the &amp;playbook</source>
        <translation>Reprendre le &amp;playbook</translation>
    </message>
    <message>
        <source>&amp;Show its steps</source>
        <translation>&amp;Voir ses étapes</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>a échoué</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>a été annulée</translation>
    </message>
    <message>
        <source>was interrupted</source>
        <translation>a été interrompue</translation>
    </message>
    <message>
        <source>Playbook run %1 %2 after its last step</source>
        <translation>L’exécution du playbook %1 %2 après sa dernière étape</translation>
    </message>
    <message>
        <source>Playbook run %1 %2 at step %3 of %4 (%5)</source>
        <translation>L’exécution du playbook %1 %2 à l’étape %3 sur %4 (%5)</translation>
    </message>
    <message>
        <source>Resume it from that step (a step already done is never done again), or open it to see each step&apos;s evidence.</source>
        <translation>Reprenez-la à partir de cette étape (une étape terminée n’est jamais refaite), ou ouvrez-la pour voir les preuves de chaque étape.</translation>
    </message>
    <message>
        <source>Playbook run %1 of %2 (%3), started %4 by %5 on %6</source>
        <translation>Exécution du playbook %1 de %2 (%3), démarrée le %4 par %5 sur %6</translation>
    </message>
</context>
<context>
    <name>backstep::ProcessRunner</name>
    <message>
        <source>exited with status %1</source>
        <translation>s&apos;est terminée avec le code %1</translation>
    </message>
    <message>
        <source>was killed by signal %1</source>
        <translation>a été tuée par le signal %1</translation>
    </message>
    <message>
        <source>did not finish within %1 s and was killed with its process group</source>
        <translation>ne s&apos;est pas terminée en %1 s et a été tuée avec son groupe de processus</translation>
    </message>
    <message>
        <source>was cancelled and killed with its process group</source>
        <translation>a été interrompue et tuée avec son groupe de processus</translation>
    </message>
    <message>
        <source>could not be started (%1: %2)</source>
        <translation>n&apos;a pas pu être démarrée (%1&#xa0;: %2)</translation>
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
        <translation>preferred (défaut des clients&#xa0;: TLS quand le serveur le propose)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled (désactivé)</translation>
    </message>
    <message>
        <source>required (no certificate check)</source>
        <translation>required (sans vérification de certificat)</translation>
    </message>
    <message>
        <source>verify-ca (the server&apos;s certificate, by the CA)</source>
        <translation>verify-ca (le certificat du serveur, par l&apos;autorité de certification)</translation>
    </message>
    <message>
        <source>verify-identity (CA and host name)</source>
        <translation>verify-identity (autorité de certification et nom d&apos;hôte)</translation>
    </message>
    <message>
        <source>systemd (over D-Bus)</source>
        <translation>systemd (via D-Bus)</translation>
    </message>
    <message>
        <source>commands (run by /bin/sh)</source>
        <translation>commands (exécutées par /bin/sh)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Base de données SQLite</translation>
    </message>
    <message>
        <source>Migrations folder</source>
        <translation>Dossier des migrations</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Validation command %1: the timeout &quot;%2&quot; is not a number of seconds</source>
        <translation>Commande de validation %1&#xa0;: le délai «&#xa0;%2&#xa0;» n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>Validation command %1: &quot;%2&quot; is not NAME=value</source>
        <translation>Commande de validation %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas de la forme NOM=valeur</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is already a profile named &quot;%1&quot;: rename or delete it first</source>
        <translation>il existe déjà un profil nommé «&#xa0;%1&#xa0;»&#xa0;: renommez-le ou supprimez-le d&apos;abord</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>%n profil importé depuis %1.</numerusform>
            <numerusform>%n profils importés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <source>Backstep profiles (*.json)</source>
        <translation>Profils Backstep (*.json)</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>No database named.</source>
        <translation>Aucune base de données indiquée.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Asking for the state of %1…</source>
        <translation>Demande de l&apos;état de %1…</translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation>Constaté&#xa0;: %1</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> depuis %1</translation>
    </message>
    <message>
        <source>Show the whole webhook URL, its token included</source>
        <translation>Afficher toute l’URL du webhook, jeton compris</translation>
    </message>
    <message>
        <source>Hide the webhook URL&apos;s token</source>
        <translation>Masquer le jeton de l’URL du webhook</translation>
    </message>
    <message>
        <source>Posts to %1 (the rest, its token, is hidden)</source>
        <translation>Envoie à %1 (le reste, le jeton, est masqué)</translation>
    </message>
</context>
<context>
    <name>backstep::ProfilesController</name>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>Edit, test, import and export connection profiles</source>
        <translation>Modifier, tester, importer et exporter des profils de connexion</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
</context>
<context>
    <name>backstep::RollbackController</name>
    <message>
        <source>the database cannot be read: %1</source>
        <translation>la base de données ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rollback of %1 started: %2</source>
        <translation>Annulation de %1 démarrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rollback run %1 resumed, skipping the failed statement</source>
        <translation>Exécution d&apos;annulation %1 reprise, en ignorant l&apos;instruction en échec</translation>
    </message>
    <message>
        <source>Rollback run %1 resumed</source>
        <translation>Exécution d&apos;annulation %1 reprise</translation>
    </message>
    <message>
        <source>Rollback: %1 %2 rolled back</source>
        <translation>Annulation&#xa0;: %1 %2 annulée</translation>
    </message>
    <message>
        <source>Rollback of %1 %2: %3</source>
        <translation>Annulation de %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rollback run %1 of %2 ended: %3 (%4 of %5 steps settled)</source>
        <translation>Exécution d&apos;annulation %1 de %2 terminée&#xa0;: %3 (%4 étapes sur %5 traitées)</translation>
    </message>
    <message>
        <source>a rollback is running</source>
        <translation>une annulation est en cours</translation>
    </message>
    <message>
        <source>Rollback run %1 %2: %3</source>
        <translation>Exécution d&apos;annulation %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the journal (the backup catalog) cannot be opened: %1</source>
        <translation>le journal (le catalogue des sauvegardes) ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rollback run %1 resumed; the undecided statement marked done</source>
        <translation>Exécution d&apos;annulation %1 reprise&#xa0;; l&apos;instruction incertaine est marquée comme effectuée</translation>
    </message>
    <message>
        <source>Rollback run %1 resumed; the undecided statement runs again</source>
        <translation>Exécution d&apos;annulation %1 reprise&#xa0;; l&apos;instruction incertaine est réexécutée</translation>
    </message>
    <message>
        <source>another run is being closed</source>
        <translation>une autre exécution est en cours de fermeture</translation>
    </message>
</context>
<context>
    <name>backstep::RollbackDialog</name>
    <message>
        <source>Roll back %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message numerus="yes">
        <source>What should be rolled back on &lt;b&gt;%1&lt;/b&gt;? %n migration(s) are applied; DOWN sections run most recent first.</source>
        <translation>
            <numerusform>Que faut-il annuler sur &lt;b&gt;%1&lt;/b&gt;&#xa0;? %n migration est appliquée&#xa0;; les sections DOWN s&apos;exécutent de la plus récente à la plus ancienne.</numerusform>
            <numerusform>Que faut-il annuler sur &lt;b&gt;%1&lt;/b&gt;&#xa0;? %n migrations sont appliquées&#xa0;; les sections DOWN s&apos;exécutent de la plus récente à la plus ancienne.</numerusform>
        </translation>
    </message>
    <message>
        <source>The most recent migration (%1)</source>
        <translation>La migration la plus récente (%1)</translation>
    </message>
    <message>
        <source>The migrations selected in the history: %1</source>
        <translation>Les migrations sélectionnées dans l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Without a backup taken at the current version, nothing can bring the data back if a DOWN section destroys it. To run anyway, type the database&apos;s name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Sans sauvegarde prise à la version actuelle, rien ne pourra ramener les données si une section DOWN les détruit. Pour exécuter malgré tout, saisissez le nom de la base de données, &lt;b&gt;%1&lt;/b&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation>Démarrage de la sauvegarde…</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n step(s); %2</source>
        <translation>
            <numerusform>Exécution %1&#xa0;: %n étape&#xa0;; %2</numerusform>
            <numerusform>Exécution %1&#xa0;: %n étapes&#xa0;; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Run rollback</source>
        <translation>&amp;Lancer l&apos;annulation</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;This plan cannot run:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce plan ne peut pas s&apos;exécuter&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you run it:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avant de l&apos;exécuter&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Asking the database what this plan destroys and who may block it…</source>
        <translation>Interrogation de la base de données sur ce que ce plan détruit et sur qui peut le bloquer…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety net:&lt;/b&gt; fresh %1.</source>
        <translation>&lt;b&gt;Filet de sécurité (sauvegarde récente)&#xa0;:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No fresh backup:&lt;/b&gt; %1. Back up now, or run without one below.</source>
        <translation>&lt;b&gt;Aucune sauvegarde récente&#xa0;:&lt;/b&gt; %1. Sauvegardez maintenant, ou exécutez sans sauvegarde ci-dessous.</translation>
    </message>
    <message>
        <source>Starting: %1…</source>
        <translation>Démarrage&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 · %4
%5</source>
        <translation>Étape %1 sur %2 · %3 · %4
%5</translation>
    </message>
    <message>
        <source>%1/%2 FAILED %3 — %4</source>
        <translation>%1/%2 ÉCHEC %3 — %4</translation>
    </message>
    <message>
        <source>%1/%2 skipped %3</source>
        <translation>%1/%2 ignorée %3</translation>
    </message>
    <message>
        <source>%1/%2 ok %3 ms  %4</source>
        <translation>%1/%2 ok %3 ms  %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rolled back.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Annulation effectuée.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The database is at version &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>La base de données est à la version &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rollback stopped at an error.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;L&apos;annulation s&apos;est arrêtée sur une erreur.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Interrompue.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interrupted.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Arrêtée inopinément.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing ran.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Rien n&apos;a été exécuté.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 %4 · %5

%6

%7</source>
        <translation>Étape %1 sur %2 · %3 %4 · %5

%6

%7</translation>
    </message>
    <message>
        <source>&amp;Retry the statement</source>
        <translation>&amp;Réessayer l&apos;instruction</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>R&amp;eprendre</translation>
    </message>
    <message>
        <source>Run %1 (%2) is %3 with %4 of %5 steps settled.</source>
        <translation>L&apos;exécution %1 (%2) est %3, avec %4 étapes sur %5 traitées.</translation>
    </message>
    <message>
        <source>Resuming run %1…</source>
        <translation>Reprise de l&apos;exécution %1…</translation>
    </message>
    <message>
        <source>There is no complete backup to restore.</source>
        <translation>Il n&apos;y a aucune sauvegarde complète à restaurer.</translation>
    </message>
    <message>
        <source>Skip and Restore change the database with no way back: type &lt;b&gt;%1&lt;/b&gt; to enable them. Skipping is recorded in the journal.</source>
        <translation>«&#xa0;Ignorer&#xa0;» et «&#xa0;Restaurer la sauvegarde&#xa0;» modifient la base de données sans retour possible&#xa0;: saisissez &lt;b&gt;%1&lt;/b&gt; pour les activer. Une instruction ignorée est consignée dans le journal.</translation>
    </message>
    <message>
        <source>Run %1: going on from the first unsettled step</source>
        <translation>Exécution %1&#xa0;: reprise à partir de la première étape non traitée</translation>
    </message>
    <message>
        <source>Run %1: skipping the failed statement, then going on</source>
        <translation>Exécution %1&#xa0;: instruction en échec ignorée, puis reprise</translation>
    </message>
    <message>
        <source>aborted in the rollback dialog</source>
        <translation>abandonnée dans la boîte de dialogue d&apos;annulation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1 aborted.&lt;/b&gt; Nothing more of it will run; the database stays as it is now.</source>
        <translation>&lt;b&gt;Exécution %1 abandonnée.&lt;/b&gt; Plus rien n&apos;en sera exécuté&#xa0;; la base de données reste dans son état actuel.</translation>
    </message>
    <message>
        <source>Restoring %1 (taken %2)…</source>
        <translation>Restauration de %1 (prise le %2)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The restore failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La restauration a échoué&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>resolved by restoring the backup %1</source>
        <translation>résolue en restaurant la sauvegarde %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup restored&lt;/b&gt; (%1); run %2 marked resolved.</source>
        <translation>&lt;b&gt;Sauvegarde restaurée&lt;/b&gt; (%1)&#xa0;; exécution %2 marquée comme résolue.</translation>
    </message>
    <message>
        <source>connection %1 ended (Kill blocker)</source>
        <translation>connexion %1 terminée (Tuer la connexion bloquante)</translation>
    </message>
    <message>
        <source>connection %1 was not ended: %2</source>
        <translation>la connexion %1 n&apos;a pas été terminée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Looking for a fresh backup in the catalog…</source>
        <translation>Recherche d&apos;une sauvegarde récente dans le catalogue…</translation>
    </message>
    <message>
        <source>%1/%2 CANCELLED %3 — %4</source>
        <translation>%1/%2 INTERROMPUE %3 — %4</translation>
    </message>
    <message>
        <source>Fix the cause and retry the statement, skip it, abort the run, or restore the backup.</source>
        <translation>Corrigez la cause et réessayez l&apos;instruction, ignorez-la, abandonnez l&apos;exécution ou restaurez la sauvegarde.</translation>
    </message>
    <message>
        <source>Look at the data, then say what happened: it took effect (mark it done) or it did not (run it again). Backstep does not guess.</source>
        <translation>Examinez les données, puis indiquez ce qui s&apos;est passé&#xa0;: elle a pris effet («&#xa0;marquer comme effectuée&#xa0;») ou non («&#xa0;relancer&#xa0;»). Backstep ne devine pas.</translation>
    </message>
    <message>
        <source>It goes on to its end there: wait for it, or cancel it where it runs. Nothing was changed here.</source>
        <translation>Elle se poursuit jusqu&apos;au bout là-bas&#xa0;: attendez-la, ou interrompez-la là où elle s&apos;exécute. Rien n&apos;a été modifié ici.</translation>
    </message>
    <message>
        <source>Resume it, restore the backup, or abort it before a new run.</source>
        <translation>Reprenez-la, restaurez la sauvegarde ou abandonnez-la avant une nouvelle exécution.</translation>
    </message>
    <message>
        <source>Go back to the safety step.</source>
        <translation>Revenez à l&apos;étape de sécurité.</translation>
    </message>
    <message>
        <source>Close this dialog and plan again: the history view shows the database as it is now.</source>
        <translation>Fermez cette boîte de dialogue et refaites le plan&#xa0;: la vue de l&apos;historique montre la base de données dans son état actuel.</translation>
    </message>
    <message>
        <source>Resume when you are ready: what took effect is decided from the database first.</source>
        <translation>Reprenez quand vous serez prêt&#xa0;: ce qui a pris effet est d&apos;abord établi d&apos;après la base de données.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your decision is needed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Votre décision est nécessaire.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Tables: %1
What is known: %2</source>
        <translation>Tables&#xa0;: %1
Ce que l&apos;on sait&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading run %1 from the journal…</source>
        <translation>Lecture de l&apos;exécution %1 dans le journal…</translation>
    </message>
    <message>
        <source>Deciding, skipping and restoring change the database with no way back: type &lt;b&gt;%1&lt;/b&gt; to enable them. Your decision is recorded in the journal.</source>
        <translation>Décider, ignorer et restaurer modifient la base de données sans retour possible&#xa0;: saisissez &lt;b&gt;%1&lt;/b&gt; pour les activer. Votre décision est consignée dans le journal.</translation>
    </message>
    <message>
        <source>Run %1: the statement took effect; going on after it</source>
        <translation>Exécution %1&#xa0;: l&apos;instruction a pris effet&#xa0;; poursuite après elle</translation>
    </message>
    <message>
        <source>Run %1: the statement did not take effect; running it again</source>
        <translation>Exécution %1&#xa0;: l&apos;instruction n&apos;a pas pris effet&#xa0;; elle est réexécutée</translation>
    </message>
    <message>
        <source>Aborting run %1…</source>
        <translation>Abandon de l&apos;exécution %1…</translation>
    </message>
    <message>
        <source>The progress table could not be removed (%1); it goes when a later run of this database settles.</source>
        <translation>La table de progression n&apos;a pas pu être supprimée (%1)&#xa0;; elle le sera quand une exécution ultérieure sur cette base de données se terminera.</translation>
    </message>
    <message>
        <source>Backup restored (%1); marking run %2 resolved…</source>
        <translation>Sauvegarde restaurée (%1)&#xa0;; exécution %2 en cours de marquage comme résolue…</translation>
    </message>
</context>
<context>
    <name>backstep::RollbackPlanModel</name>
    <message>
        <source>record in the history table that %1 is rolled back</source>
        <translation>enregistrer dans la table d&apos;historique que %1 est annulée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The server commits before this statement: it cannot be undone by a transaction.</source>
        <translation>Le serveur valide (commit) avant cette instruction&#xa0;: elle ne peut pas être annulée par une transaction.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File:line</source>
        <translation>Fichier:ligne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Implicit commit</source>
        <translation>Commit implicite</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
</context>
<context>
    <name>backstep::RunCloseGuard</name>
    <message>
        <source>A rollback is running</source>
        <translation>Une annulation est en cours</translation>
    </message>
    <message>
        <source>A rollback of %1 is running (%2 of %3 steps settled). Closing now would leave it unfinished.</source>
        <translation>Une annulation de %1 est en cours (%2 étapes sur %3 traitées). Fermer maintenant la laisserait inachevée.</translation>
    </message>
    <message>
        <source>Cancel it: the running statement is interrupted and the window closes when the run has stopped; it can be resumed later. Or let it finish, and the window closes then.</source>
        <translation>Interrompez-la&#xa0;: l&apos;instruction en cours est interrompue et la fenêtre se ferme une fois l&apos;exécution arrêtée&#xa0;; elle pourra être reprise plus tard. Ou laissez-la se terminer, et la fenêtre se fermera à ce moment-là.</translation>
    </message>
    <message>
        <source>Cancel the rollback and close</source>
        <translation>Interrompre l&apos;annulation et fermer</translation>
    </message>
    <message>
        <source>The playbook is running</source>
        <translation>Le playbook est en cours</translation>
    </message>
    <message>
        <source>between two steps</source>
        <translation>entre deux étapes</translation>
    </message>
    <message>
        <source>The playbook for %1 is running (now: %2). Closing now would leave it unfinished.</source>
        <translation>Le playbook pour %1 est en cours (en ce moment : %2). Fermer maintenant le laisserait inachevé.</translation>
    </message>
    <message>
        <source>Cancel it: the flow stops before its next step and the window closes then; it can be resumed later. Or let it finish, and the window closes then.</source>
        <translation>L’annuler : le parcours s’arrête avant sa prochaine étape et la fenêtre se ferme alors ; il pourra être repris plus tard. Ou le laisser finir, et la fenêtre se fermera à ce moment-là.</translation>
    </message>
    <message>
        <source>Cancel the playbook and close</source>
        <translation>Annuler le playbook et fermer</translation>
    </message>
    <message>
        <source>Close when it finishes</source>
        <translation>Fermer à la fin de l’exécution</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Garder la fenêtre ouverte</translation>
    </message>
</context>
<context>
    <name>backstep::RunHistoryController</name>
    <message>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
</context>
<context>
    <name>backstep::RunHistoryModel</name>
    <message>
        <source>Rollback</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>backstep::RunHistoryPanel</name>
    <message>
        <source>Only the open database</source>
        <translation>Seulement la base de données ouverte</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Filter by status, target, file, run…</source>
        <translation>Filtrer par état, cible, fichier, exécution…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Open an entry to see its steps and its report.</source>
        <translation>Ouvrez une entrée pour voir ses étapes et son rapport.</translation>
    </message>
    <message>
        <source>%1 %2 of %3, %4: %5</source>
        <translation>%1 %2 de %3, %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>A backup has no report; its catalog row says: %1</source>
        <translation>Une sauvegarde n&apos;a pas de rapport&#xa0;; sa ligne du catalogue indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>No verification report is stored for this run.</source>
        <translation>Aucun rapport de vérification n&apos;est enregistré pour cette exécution.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No incident report is stored for this playbook run yet: the report is its last step.</source>
        <translation>Aucun rapport d’incident n’est encore enregistré pour cette exécution du playbook : le rapport est sa dernière étape.</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>sautée : %1</translation>
    </message>
</context>
<context>
    <name>backstep::RunningStatementPanel</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What it holds or runs</source>
        <translation>Ce qu&apos;elle détient ou exécute</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelling:&lt;/b&gt; the running statement is interrupted on the server; nothing after it starts. Whether it took effect is decided when the run goes on.</source>
        <translation>&lt;b&gt;Interruption&#xa0;:&lt;/b&gt; l&apos;instruction en cours est interrompue sur le serveur&#xa0;; rien d&apos;autre ne démarre ensuite. Son effet sera établi à la reprise de l&apos;exécution.</translation>
    </message>
    <message numerus="yes">
        <source>Running for &lt;b&gt;%n s&lt;/b&gt;</source>
        <translation>
            <numerusform>En cours depuis &lt;b&gt;%n s&lt;/b&gt;</numerusform>
            <numerusform>En cours depuis &lt;b&gt;%n s&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>the server says: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>le serveur indique&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
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
        <translation>Terminer la connexion &lt;b&gt;%1&lt;/b&gt; annule sa transaction (ROLLBACK), ce qui est consigné dans le journal. Saisissez son identifiant pour activer&#xa0;:</translation>
    </message>
    <message>
        <source>Select the connection to end.</source>
        <translation>Sélectionnez la connexion à terminer.</translation>
    </message>
</context>
<context>
    <name>backstep::ServiceController</name>
    <message>
        <source>%1 is still busy with %2; try again when it has finished</source>
        <translation>%1 est encore occupé par %2&#xa0;; réessayez quand ce sera terminé</translation>
    </message>
    <message>
        <source>Not recorded in the journal: %1</source>
        <translation>Non consigné dans le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 backend, %2 ms, state %3</source>
        <translation>mécanisme %1, %2 ms, état %3</translation>
    </message>
    <message>
        <source>inactive or failed</source>
        <translation>inactif ou en échec</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>activating</source>
        <translation>en cours d&apos;activation</translation>
    </message>
    <message>
        <source>deactivating</source>
        <translation>en cours de désactivation</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <source>start</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <source>status</source>
        <translation>interrogation de l&apos;état</translation>
    </message>
</context>
<context>
    <name>backstep::ServiceDockController</name>
    <message>
        <source>Service %1: %2 started</source>
        <translation>Service %1&#xa0;: action %2 lancée</translation>
    </message>
    <message>
        <source>Service %1: %2 %3 (%4 s)</source>
        <translation>Service %1&#xa0;: action %2 — %3 (%4 s)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>backstep::ServicePanel</name>
    <message>
        <source>&lt;b&gt;No service configured&lt;/b&gt;&lt;br&gt;Add the application&apos;s service to the connection profile (its unit name and the systemd or commands backend) to stop it before a rollback and start it afterwards from here.</source>
        <translation>&lt;b&gt;Aucun service configuré&lt;/b&gt;&lt;br&gt;Ajoutez le service de l&apos;application au profil de connexion (le nom de son unité et le mécanisme systemd ou commands) pour l&apos;arrêter avant une annulation et le redémarrer ensuite depuis ici.</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Arrêter…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>Redémarrer…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Ask the service for its state again</source>
        <translation>Redemander son état au service</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <source>Stop %1? The application is unavailable until it is started again.</source>
        <translation>Arrêter %1&#xa0;? L&apos;application reste indisponible jusqu&apos;à son redémarrage.</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Redémarrer %1</translation>
    </message>
    <message>
        <source>Restart %1? Its users lose their sessions while it restarts.</source>
        <translation>Redémarrer %1&#xa0;? Ses utilisateurs perdent leur session pendant le redémarrage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The service %1 cannot be used&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Le service %1 ne peut pas être utilisé&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;%2 %3&lt;/span&gt; — %4 s, %5&lt;br&gt;%6</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;%2&#xa0;: %3&lt;/span&gt; — %4 s, %5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
</context>
<context>
    <name>backstep::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System (as the desktop)</source>
        <translation>&amp;Système (comme le bureau)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>backstep::UnfinishedRunBanner</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Restore &amp;backup…</source>
        <translation>Restaurer la &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation>&amp;Marquer comme résolue</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>a échoué</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>a été interrompue</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>s&apos;est arrêtée inopinément</translation>
    </message>
    <message>
        <source>Run %1 %2 after its last step (%3 of %3 settled)</source>
        <translation>L&apos;exécution %1 %2 après sa dernière étape (%3 sur %3 traitées)</translation>
    </message>
    <message>
        <source>Run %1 %2 at step %3 of %4 (%5, %6)</source>
        <translation>L&apos;exécution %1 %2 à l&apos;étape %3 sur %4 (%5, %6)</translation>
    </message>
    <message>
        <source>This rollback did not finish: resume it from the next statement, restore the backup, or mark it resolved if you finished it by hand.</source>
        <translation>Cette annulation ne s&apos;est pas terminée&#xa0;: reprenez-la à partir de l&apos;instruction suivante, restaurez la sauvegarde, ou marquez-la comme résolue si vous l&apos;avez terminée à la main.</translation>
    </message>
    <message numerus="yes">
        <source>(%n older unfinished run(s) too.)</source>
        <translation>
            <numerusform>(ainsi que %n exécution plus ancienne non terminée.)</numerusform>
            <numerusform>(ainsi que %n exécutions plus anciennes non terminées.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 of %2, started %3 by %4 on %5</source>
        <translation>Exécution %1 de %2, démarrée le %3 par %4 sur %5</translation>
    </message>
</context>
<context>
    <name>backstep::ValidationRunner</name>
    <message>
        <source>not run: the validation was cancelled</source>
        <translation>non exécutée&#xa0;: la validation a été annulée</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot start /bin/sh: %1</source>
        <translation>impossible de démarrer /bin/sh&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>[%n earlier line(s) not kept]</source>
        <translation>
            <numerusform>[%n ligne précédente non conservée]</numerusform>
            <numerusform>[%n lignes précédentes non conservées]</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled after %1 s; its process group was killed</source>
        <translation>annulée après %1 s&#xa0;; son groupe de processus a été tué</translation>
    </message>
    <message>
        <source>did not finish within %1 s; it was killed with its process group</source>
        <translation>ne s&apos;est pas terminée en %1 s&#xa0;; elle a été tuée avec son groupe de processus</translation>
    </message>
    <message>
        <source> It left processes running in its process group; they were killed.</source>
        <translation> Elle a laissé des processus en cours dans son groupe de processus&#xa0;; ils ont été tués.</translation>
    </message>
    <message>
        <source>killed by signal %1 after %2 s</source>
        <translation>tuée par le signal %1 après %2 s</translation>
    </message>
    <message>
        <source>the shell could not run it (status %1)%2</source>
        <translation>le shell n&apos;a pas pu l&apos;exécuter (code %1)%2</translation>
    </message>
    <message>
        <source>exited with status %1 after %2 s%3</source>
        <translation>terminée avec le code %1 après %2 s%3</translation>
    </message>
    <message>
        <source>exited with status 0 after %1 s</source>
        <translation>terminée avec le code 0 après %1 s</translation>
    </message>
    <message>
        <source>folder: %1</source>
        <translation>dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>environment: %1 (values not recorded)</source>
        <translation>environnement&#xa0;: %1 (valeurs non enregistrées)</translation>
    </message>
    <message>
        <source>timeout: %1 s</source>
        <translation>délai&#xa0;: %1 s</translation>
    </message>
</context>
<context>
    <name>backstep::VerificationPanel</name>
    <message>
        <source>Verify now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Export verification report…</source>
        <translation>&amp;Exporter le rapport de vérification…</translation>
    </message>
    <message>
        <source>No verification yet. After a rollback, Verify now compares the schema with the expected state, checks the data and runs the validation commands.</source>
        <translation>Aucune vérification pour l&apos;instant. Après une annulation, «&#xa0;Vérifier maintenant&#xa0;» compare le schéma à l&apos;état attendu, contrôle les données et exécute les commandes de validation.</translation>
    </message>
    <message>
        <source>Schema, constraints, indexes and data against the expected state at the current version, then the validation commands</source>
        <translation>Schéma, contraintes, index et données comparés à l&apos;état attendu à la version actuelle, puis les commandes de validation</translation>
    </message>
    <message>
        <source>Validation commands&apos; output appears here as they run.</source>
        <translation>La sortie des commandes de validation s&apos;affiche ici pendant leur exécution.</translation>
    </message>
    <message>
        <source>Write the report shown as HTML, PDF or JSON</source>
        <translation>Écrire le rapport affiché en HTML, PDF ou JSON</translation>
    </message>
    <message>
        <source>Verifying… (schema, expected state, data checks, validation commands)</source>
        <translation>Vérification… (schéma, état attendu, contrôles des données, commandes de validation)</translation>
    </message>
    <message>
        <source>PASS — %1 checks passed, the schema matches the expected state at %2</source>
        <translation>RÉUSSITE — %1 contrôles réussis, le schéma correspond à l&apos;état attendu à %2</translation>
    </message>
    <message>
        <source>FAIL — %1 problems: %2 schema differences, %3 failed checks, %4 errors</source>
        <translation>ÉCHEC — %1 problèmes&#xa0;: %2 différences de schéma, %3 contrôles échoués, %4 erreurs</translation>
    </message>
    <message>
        <source>Export the verification report</source>
        <translation>Exporter le rapport de vérification</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;JSON (*.json)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Last report, %1: %2</source>
        <translation>Dernier rapport, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not connected to the database: Retry in the banner above the history</source>
        <translation>Non connecté à la base de données&#xa0;: utilisez «&#xa0;Réessayer&#xa0;» dans le bandeau au-dessus de l&apos;historique</translation>
    </message>
</context>
<context>
    <name>backstep::WorkspaceController</name>
    <message>
        <source>Reading %1 and %2…</source>
        <translation>Lecture de %1 et de %2…</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Where to write the backup (default: the current folder).</source>
        <translation>Où écrire la sauvegarde (par défaut&#xa0;: le dossier courant).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>none, gzip or zstd (default none).</source>
        <translation>none, gzip ou zstd (par défaut&#xa0;: none).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>error: --compress takes none, gzip or zstd</source>
        <translation>erreur&#xa0;: --compress accepte none, gzip ou zstd</translation>
    </message>
    <message>
        <source>%1  %2 bytes  sha256 %3  %4 s</source>
        <translation>%1  %2 octets  sha256 %3  %4 s</translation>
    </message>
    <message>
        <source>error: backup %1: %2</source>
        <translation>erreur&#xa0;: sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only the backups of this database.</source>
        <translation>Seulement les sauvegardes de cette base de données.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Confirm: the database&apos;s data is replaced.</source>
        <translation>Confirmer&#xa0;: les données de la base de données sont remplacées.</translation>
    </message>
    <message>
        <source>Restore into this database instead.</source>
        <translation>Restaurer plutôt dans cette base de données.</translation>
    </message>
    <message>
        <source>db</source>
        <translation>base</translation>
    </message>
    <message>
        <source>error: name exactly one backup file to restore</source>
        <translation>erreur&#xa0;: indiquez exactement un fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>error: restoring replaces the data of %1; pass --yes to confirm</source>
        <translation>erreur&#xa0;: la restauration remplace les données de %1&#xa0;; passez --yes pour confirmer</translation>
    </message>
    <message>
        <source>%1 restored into %2</source>
        <translation>%1 restaurée dans %2</translation>
    </message>
    <message>
        <source>restored %1 into %2</source>
        <translation>%1 restaurée dans %2</translation>
    </message>
    <message>
        <source>Back up the data of the tables the rollback plan (--to, --steps or --only, with --migrations) touches, and the whole schema, routines, triggers and events without data. It cannot restore the data of any other table.</source>
        <translation>Sauvegarder les données des tables que touche le plan d&apos;annulation (--to, --steps ou --only, avec --migrations), ainsi que l&apos;ensemble du schéma, des routines, des déclencheurs et des événements, sans leurs données. Une telle sauvegarde ne peut restaurer les données d&apos;aucune autre table.</translation>
    </message>
    <message>
        <source>error: a targeted backup needs the plan (--to, --steps or --only), and the plan is only for --targeted</source>
        <translation>erreur&#xa0;: une sauvegarde ciblée nécessite le plan (--to, --steps ou --only), et le plan n&apos;est valable qu&apos;avec --targeted</translation>
    </message>
    <message>
        <source>targeted: the data of %1; it cannot restore %2</source>
        <translation>ciblée&#xa0;: les données de %1&#xa0;; elle ne peut pas restaurer %2</translation>
    </message>
</context>
<context>
    <name>checkbackup</name>
    <message>
        <source>%1: passed</source>
        <translation>%1&#xa0;: réussie</translation>
    </message>
    <message>
        <source>%1: FAILED</source>
        <translation>%1&#xa0;: ÉCHEC</translation>
    </message>
    <message>
        <source>  problem: %1</source>
        <translation>  problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>  compared: %1</source>
        <translation>  comparé&#xa0;: %1</translation>
    </message>
    <message>
        <source>  not compared: %1</source>
        <translation>  non comparé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup&apos;s id in the catalog (backstep-cli backups).</source>
        <translation>L&apos;identifiant de la sauvegarde dans le catalogue (backstep-cli backups).</translation>
    </message>
    <message>
        <source>Also restore it into a scratch database on the server of --url and compare the copy with the backup&apos;s manifest.</source>
        <translation>La restaurer aussi dans une base de données temporaire sur le serveur de --url et comparer la copie avec le manifeste de la sauvegarde.</translation>
    </message>
    <message>
        <source>error: name exactly one backup by its id (backstep-cli backups)</source>
        <translation>erreur&#xa0;: indiquez exactement une sauvegarde par son identifiant (backstep-cli backups)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: the catalog has no backup %1</source>
        <translation>erreur&#xa0;: le catalogue ne contient pas de sauvegarde %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>test-restore</source>
        <translation>restauration d&apos;essai</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Read a migrations folder and show every statement.</source>
        <translation>Lire un dossier de migrations et afficher chaque instruction.</translation>
    </message>
    <message>
        <source>Show which migrations a database has applied.</source>
        <translation>Afficher les migrations qu&apos;une base de données a appliquées.</translation>
    </message>
    <message>
        <source>Back up a database with the playbook&apos;s dump.</source>
        <translation>Sauvegarder une base de données avec le dump du playbook.</translation>
    </message>
    <message>
        <source>List the backup catalog.</source>
        <translation>Lister le catalogue des sauvegardes.</translation>
    </message>
    <message>
        <source>Restore a backup into a database.</source>
        <translation>Restaurer une sauvegarde dans une base de données.</translation>
    </message>
    <message>
        <source>Show what a rollback would run, in order, and what it destroys.</source>
        <translation>Afficher ce qu&apos;une annulation exécuterait, dans l&apos;ordre, et ce qu&apos;elle détruit.</translation>
    </message>
    <message>
        <source>Roll back migrations statement by statement, journaled; resume after a crash.</source>
        <translation>Annuler des migrations instruction par instruction, avec journal&#xa0;; reprendre après un plantage.</translation>
    </message>
    <message>
        <source>Take a snapshot of the schema and record it in the journal.</source>
        <translation>Prendre un instantané du schéma et l&apos;enregistrer dans le journal.</translation>
    </message>
    <message>
        <source>Verify a database after a rollback: schema against the expected state, data, assertions, commands.</source>
        <translation>Vérifier une base de données après une annulation&#xa0;: schéma comparé à l&apos;état attendu, données, assertions, commandes.</translation>
    </message>
    <message>
        <source>Create the SQLite demo workspace and print where.</source>
        <translation>Créer l&apos;espace de travail de démonstration SQLite et afficher son emplacement.</translation>
    </message>
    <message>
        <source>Show, stop, start or restart the application&apos;s service.</source>
        <translation>Afficher l&apos;état du service de l&apos;application, l&apos;arrêter, le démarrer ou le redémarrer.</translation>
    </message>
    <message>
        <source>Print a log file&apos;s last lines; --follow keeps printing new ones.</source>
        <translation>Afficher les dernières lignes d&apos;un fichier de log&#xa0;; --follow continue d&apos;afficher les nouvelles.</translation>
    </message>
    <message>
        <source>Run the application&apos;s validation commands (playbook step 6); exit 3 when one fails.</source>
        <translation>Exécuter les commandes de validation de l&apos;application (étape 6 du playbook)&#xa0;; code de sortie 3 si l&apos;une échoue.</translation>
    </message>
    <message>
        <source>Usage: backstep-cli COMMAND [options]

Commands:
</source>
        <translation>Utilisation&#xa0;: backstep-cli COMMAND [options]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
backstep-cli COMMAND --help shows a command&apos;s options. Exit codes: 0 ok, 1 the operation failed, 2 bad usage or bad input, 3 checks failed, 4 refused (no backup, lock held, irreversible).
</source>
        <translation>
backstep-cli COMMAND --help affiche les options d&apos;une commande. Codes de sortie&#xa0;: 0 succès, 1 l&apos;opération a échoué, 2 utilisation ou entrée incorrecte, 3 contrôles échoués, 4 refus (pas de sauvegarde, verrou détenu, irréversible).
</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;

</source>
        <translation>erreur&#xa0;: commande inconnue «&#xa0;%1&#xa0;»

</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>erreur&#xa0;: %1
</translation>
    </message>
    <message>
        <source>error: unexpected argument &quot;%1&quot;
</source>
        <translation>erreur&#xa0;: argument inattendu «&#xa0;%1&#xa0;»
</translation>
    </message>
    <message>
        <source>List, show, import, export or remove connection profiles (JSON, docs/profiles.md).</source>
        <translation>Lister, afficher, importer, exporter ou supprimer des profils de connexion (JSON, docs/profiles.md).</translation>
    </message>
    <message>
        <source>Verify a backup, or test-restore it, against what it held.</source>
        <translation>Vérifier une sauvegarde, ou en faire une restauration d&apos;essai, par rapport à ce qu&apos;elle contenait.</translation>
    </message>
    <message>
        <source>Run the rollback playbook from a profile, resume a run, list the runs, or show one&apos;s incident report (md, html, json).</source>
        <translation>Exécuter le playbook d&apos;annulation d&apos;un profil, reprendre une exécution, lister les exécutions ou afficher le rapport d&apos;incident de l&apos;une d&apos;elles (md, html, json).</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Where the demo lives (default: %1).</source>
        <translation>Emplacement de la démonstration (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Create the demo again from scratch.</source>
        <translation>Recréer la démonstration à partir de zéro.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>profile %1 saved in %2 (service %3, running; log %4)</source>
        <translation>profil %1 enregistré dans %2 (service %3, en marche&#xa0;; log %4)</translation>
    </message>
</context>
<context>
    <name>parse</name>
    <message numerus="yes">
        <source>%1: %n migration(s), format %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n migration, format %2</numerusform>
            <numerusform>%1&#xa0;: %n migrations, format %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DOWN %n statement(s)</source>
        <translation>
            <numerusform>DOWN %n instruction</numerusform>
            <numerusform>DOWN %n instructions</numerusform>
        </translation>
    </message>
    <message>
        <source>irreversible: %1</source>
        <translation>irréversible&#xa0;: %1</translation>
    </message>
    <message>
        <source>rollback declared empty</source>
        <translation>rollback déclaré vide</translation>
    </message>
    <message>
        <source>no-op</source>
        <translation>sans effet</translation>
    </message>
    <message>
        <source>Split plain files and Sqitch scripts as this client would send them to the target (parse connects to none): mariadb (comments dropped) or mysql (MySQL&apos;s client: comments sent).</source>
        <translation>Découper les fichiers simples et les scripts Sqitch comme ce client les enverrait à la cible (parse ne se connecte à aucun serveur)&#xa0;: mariadb (commentaires supprimés) ou mysql (le client de MySQL&#xa0;: commentaires envoyés).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>error: unknown client &quot;%1&quot; (known: mariadb, mysql)</source>
        <translation>erreur&#xa0;: client «&#xa0;%1&#xa0;» inconnu (connus&#xa0;: mariadb, mysql)</translation>
    </message>
</context>
<context>
    <name>playbook</name>
    <message>
        <source>error: --format takes md, html or json, not &quot;%1&quot;</source>
        <translation>erreur&#xa0;: --format accepte md, html ou json, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: the journal %1 has no playbook run %2</source>
        <translation>erreur&#xa0;: le journal %1 ne contient pas d&apos;exécution de playbook %2</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>erreur&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report&apos;s format for show: md (default), html or json.</source>
        <translation>Le format du rapport pour show&#xa0;: md (par défaut), html ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>run (with --profile and --to, --steps or --only), resume RUN, list, or show RUN (its incident report).</source>
        <translation>run (avec --profile et --to, --steps ou --only), resume EXÉCUTION, list ou show EXÉCUTION (son rapport d&apos;incident).</translation>
    </message>
    <message>
        <source>show: write the report to FILE (its extension picks the format) instead of printing it; run, resume: write it there too.</source>
        <translation>show : écrire le rapport dans FICHIER (son extension choisit le format) au lieu de l&apos;afficher ; run, resume : l&apos;y écrire aussi.</translation>
    </message>
    <message>
        <source>error: use &quot;playbook run --profile NAME (--to V | --steps N | --only V)&quot;, &quot;playbook resume RUN&quot;, &quot;playbook list&quot; or &quot;playbook show RUN&quot;</source>
        <translation>erreur : utilisez « playbook run --profile NOM (--to V | --steps N | --only V) », « playbook resume EXÉCUTION », « playbook list » ou « playbook show EXÉCUTION »</translation>
    </message>
    <message>
        <source>error: the profile %1: %2</source>
        <translation>erreur : le profil %1 : %2</translation>
    </message>
    <message>
        <source>error: the profile %1 names no migrations folder</source>
        <translation>erreur : le profil %1 ne désigne aucun dossier de migrations</translation>
    </message>
    <message>
        <source>%1
Go on? [y/N] </source>
        <translation>%1
Continuer ? [o/N] </translation>
    </message>
    <message>
        <source>error: nothing was run: %1</source>
        <translation>erreur : rien n&apos;a été exécuté : %1</translation>
    </message>
    <message>
        <source>nothing was run</source>
        <translation>rien n&apos;a été exécuté</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1 : %2…</translation>
    </message>
    <message>
        <source>%1: done (%2 s) %3</source>
        <translation>%1 : terminé (%2 s) %3</translation>
    </message>
    <message>
        <source>%1: skipped (%2) %3</source>
        <translation>%1 : ignoré (%2) %3</translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation>%1 : ÉCHEC : %2</translation>
    </message>
    <message>
        <source>%1: cancelled: %2</source>
        <translation>%1 : annulé : %2</translation>
    </message>
    <message>
        <source>playbook run %1: done; its report: backstep-cli playbook show %1</source>
        <translation>exécution du playbook %1 : terminée ; son rapport : backstep-cli playbook show %1</translation>
    </message>
    <message>
        <source>playbook run %1: %2%3; go on with: backstep-cli playbook resume %1</source>
        <translation>exécution du playbook %1 : %2%3 ; pour continuer : backstep-cli playbook resume %1</translation>
    </message>
    <message>
        <source>run: the stored connection profile the playbook is for.</source>
        <translation>run : le profil de connexion enregistré pour lequel le playbook s&apos;exécute.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>run: full (default) or targeted (the data of the tables the plan touches, the rest of the schema without data).</source>
        <translation>run : full (par défaut) ou targeted (les données des tables que le plan touche, le reste du schéma sans données).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>run: where the backup is written (default: the current folder).</source>
        <translation>run : où la sauvegarde est écrite (par défaut : le dossier courant).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>run: skip this step (stop-service, rehearse, validate, start-service, watch-log), each with a --reason.</source>
        <translation>run : ignorer cette étape (stop-service, rehearse, validate, start-service, watch-log), chacune avec un --reason.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>run: why the matching --skip is skipped (in the same order).</source>
        <translation>run : pourquoi le --skip correspondant est ignoré (dans le même ordre).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>run: seconds to watch the profile&apos;s logs after the service is back (default 300; 0 skips the watch).</source>
        <translation>run : secondes de surveillance des journaux du profil une fois le service relancé (par défaut 300 ; 0 saute la surveillance).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>run, resume: go on without asking (needed without a terminal).</source>
        <translation>run, resume : continuer sans demander (nécessaire sans terminal).</translation>
    </message>
    <message>
        <source>error: playbook run needs --profile NAME</source>
        <translation>erreur : playbook run exige --profile NOM</translation>
    </message>
    <message>
        <source>error: --backup: %1</source>
        <translation>erreur : --backup : %1</translation>
    </message>
    <message>
        <source>error: --watch-log takes a number of seconds (0 or more), not &quot;%1&quot;</source>
        <translation>erreur : --watch-log attend un nombre de secondes (0 ou plus), pas « %1 »</translation>
    </message>
    <message>
        <source>error: every --skip needs its --reason (%1 --skip, %2 --reason)</source>
        <translation>erreur : chaque --skip exige son --reason (%1 --skip, %2 --reason)</translation>
    </message>
    <message>
        <source>error: --skip: %1</source>
        <translation>erreur : --skip : %1</translation>
    </message>
    <message>
        <source>The playbook for %1 (%2): roll back %3, %4 backup.</source>
        <translation>Le playbook pour %1 (%2) : annuler %3, sauvegarde %4.</translation>
    </message>
    <message>
        <source>playbook run %1</source>
        <translation>exécution du playbook %1</translation>
    </message>
    <message>
        <source>error: playbook run %1 is %2: nothing more runs</source>
        <translation>erreur : l&apos;exécution du playbook %1 est %2 : plus rien ne s&apos;exécute</translation>
    </message>
    <message>
        <source>error: the run&apos;s profile: %1</source>
        <translation>erreur : le profil de l&apos;exécution : %1</translation>
    </message>
    <message>
        <source>error: the profile %1 now names %2, and the run was against %3: nothing was run</source>
        <translation>erreur : le profil %1 désigne maintenant %2, alors que l&apos;exécution visait %3 : rien n&apos;a été exécuté</translation>
    </message>
    <message>
        <source>Resume playbook run %1 for %2 (%3): %4, from the step %5.</source>
        <translation>Reprendre l&apos;exécution du playbook %1 pour %2 (%3) : %4, à partir de l&apos;étape %5.</translation>
    </message>
    <message>
        <source>error: --skip %1: the step cannot be skipped, it is the playbook itself</source>
        <translation>erreur : --skip %1 : cette étape ne peut pas être ignorée, elle est le playbook lui-même</translation>
    </message>
    <message>
        <source>error: cannot read the history of %1: %2</source>
        <translation>erreur&#xa0;: impossible de lire l&apos;historique de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>error: no default target: %1</source>
        <translation>erreur&#xa0;: pas de cible par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>no --to, --steps or --only: %1 (%2)</source>
        <translation>ni --to, ni --steps, ni --only&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (else BACKSTEP_PASSWORD, else the keyring when the profile remembers its password, else a prompt).</source>
        <translation>Lire le mot de passe sur la première ligne de ce fichier (sinon BACKSTEP_PASSWORD, sinon le trousseau quand le profil mémorise son mot de passe, sinon une invite).</translation>
    </message>
    <message>
        <source>error: playbook run %1 was started without a profile: it has no contacts to notify</source>
        <translation>erreur : l’exécution du playbook %1 a été lancée sans profil : elle n’a aucun contact à prévenir</translation>
    </message>
    <message>
        <source>note: the e-mail&apos;s summary was cut to fit a mail link; it says where the whole report is</source>
        <translation>remarque : le résumé de l’e-mail a été coupé pour tenir dans un lien mail ; il indique où se trouve le rapport complet</translation>
    </message>
    <message>
        <source>note: the profile %1 has no contact with an e-mail address</source>
        <translation>remarque : le profil %1 n’a aucun contact avec une adresse e-mail</translation>
    </message>
    <message>
        <source>note: the profile %1 has no webhook</source>
        <translation>remarque : le profil %1 n’a pas de webhook</translation>
    </message>
    <message>
        <source>summary posted to %1</source>
        <translation>résumé envoyé à %1</translation>
    </message>
    <message>
        <source>show: instead of the report, tell the contacts of the run&apos;s profile: the summary in Markdown and a mailto: URL on standard output, and the summary posted to the profile&apos;s webhook (exit 1 when that fails).</source>
        <translation>show : au lieu du rapport, prévenir les contacts du profil de l’exécution : le résumé en Markdown et une URL mailto: sur la sortie standard, et le résumé envoyé au webhook du profil (code de sortie 1 en cas d’échec).</translation>
    </message>
    <message>
        <source>error: --url: %1</source>
        <translation>erreur : --url : %1</translation>
    </message>
    <message>
        <source>error: no migrations folder: give it with --migrations</source>
        <translation>erreur : aucun dossier de migrations : indiquez-le avec --migrations</translation>
    </message>
    <message>
        <source>resume: the database of a run started without a profile (the window&apos;s &quot;(none)&quot;); it must be the one the run recorded.</source>
        <translation>resume : la base d’une exécution lancée sans profil (« (aucun) » dans la fenêtre) ; ce doit être celle que l’exécution a enregistrée.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>resume: the migrations folder of a run started without a profile.</source>
        <translation>resume : le dossier des migrations d’une exécution lancée sans profil.</translation>
    </message>
    <message>
        <source>error: playbook run takes its database and migrations from --profile; --url and --migrations are for resuming a run started without a profile</source>
        <translation>erreur : playbook run prend sa base et ses migrations dans --profile ; --url et --migrations servent à reprendre une exécution lancée sans profil</translation>
    </message>
    <message>
        <source>error: playbook run %1 was started without a profile: give its database and migrations again with --url %2 --migrations DIR</source>
        <translation>erreur : l’exécution du playbook %1 a été lancée sans profil : redonnez sa base et ses migrations avec --url %2 --migrations DIR</translation>
    </message>
    <message>
        <source>error: playbook run %1 was against %2, and --url names %3, a different database: nothing was run</source>
        <translation>erreur : l’exécution du playbook %1 portait sur %2, et --url nomme %3, une autre base : rien n’a été exécuté</translation>
    </message>
    <message>
        <source>error: playbook run %1 is for the profile %2, which names its database and migrations: --url and --migrations are only for a run started without a profile</source>
        <translation>erreur : l’exécution du playbook %1 appartient au profil %2, qui nomme sa base et ses migrations : --url et --migrations ne servent qu’à une exécution lancée sans profil</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no connection)</source>
        <translation>(aucune connexion)</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>erreur&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; written to %2</source>
        <translation>profil «&#xa0;%1&#xa0;» écrit dans %2</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>erreur&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>error: there is already a profile named &quot;%1&quot;; --replace replaces it</source>
        <translation>erreur&#xa0;: il existe déjà un profil nommé «&#xa0;%1&#xa0;»&#xa0;; --replace le remplace</translation>
    </message>
    <message>
        <source>imported &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» importé</translation>
    </message>
    <message>
        <source>list | show NAME | import FILE | export NAME [FILE] | remove NAME</source>
        <translation>list | show NAME | import FILE | export NAME [FILE] | remove NAME</translation>
    </message>
    <message>
        <source>import: replace profiles that have the same name.</source>
        <translation>import&#xa0;: remplacer les profils de même nom.</translation>
    </message>
    <message>
        <source>error: use profile list | show NAME | import FILE | export NAME [FILE] | remove NAME</source>
        <translation>erreur&#xa0;: utilisez profile list | show NAME | import FILE | export NAME [FILE] | remove NAME</translation>
    </message>
    <message>
        <source>no connection profile named &quot;%1&quot;</source>
        <translation>aucun profil de connexion nommé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>rollback</name>
    <message>
        <source>Roll back every migration applied after VERSION (it stays applied).</source>
        <translation>Annuler toutes les migrations appliquées après VERSION (elle reste appliquée).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Roll back the last N applied migrations.</source>
        <translation>Annuler les N dernières migrations appliquées.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Roll back exactly these versions (repeat the option, or separate with commas).</source>
        <translation>Annuler exactement ces versions (répétez l&apos;option, ou séparez-les par des virgules).</translation>
    </message>
    <message>
        <source>error: give one of --to, --steps and --only</source>
        <translation>erreur&#xa0;: indiquez une seule option parmi --to, --steps et --only</translation>
    </message>
    <message>
        <source>error: --steps takes a number of at least 1, not &quot;%1&quot;</source>
        <translation>erreur&#xa0;: --steps accepte un nombre d&apos;au moins 1, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plan: %1, %2 migrations, %3 statements, order %4; afterwards at %5</source>
        <translation>Plan&#xa0;: %1, %2 migrations, %3 instructions, ordre %4&#xa0;; ensuite à %5</translation>
    </message>
    <message>
        <source>as applied</source>
        <translation>d&apos;après l&apos;application</translation>
    </message>
    <message>
        <source>by version</source>
        <translation>d&apos;après la version</translation>
    </message>
    <message>
        <source>no migration</source>
        <translation>aucune migration</translation>
    </message>
    <message>
        <source>  BLOCKED: %1</source>
        <translation>  BLOQUÉ&#xa0;: %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>run %1: %2 steps; %3</source>
        <translation>exécution %1&#xa0;: %2 étapes&#xa0;; %3</translation>
    </message>
    <message>
        <source>aborted from backstep-cli</source>
        <translation>abandonnée depuis backstep-cli</translation>
    </message>
    <message>
        <source>marked resolved from backstep-cli</source>
        <translation>marquée comme résolue depuis backstep-cli</translation>
    </message>
    <message>
        <source>Impact (%1 statements commit implicitly: a transaction cannot undo them):</source>
        <translation>Impact (%1 instructions valident implicitement&#xa0;: une transaction ne peut pas les annuler)&#xa0;:</translation>
    </message>
    <message>
        <source> (not there now)</source>
        <translation> (absent actuellement)</translation>
    </message>
    <message>
        <source> (%1%2 rows, %3 bytes)</source>
        <translation> (%1%2 lignes, %3 octets)</translation>
    </message>
    <message>
        <source>Lock risks: %1</source>
        <translation>Risques de verrouillage&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>  %1 on %2: connection %3 (%4@%5), %6 s: %7</source>
        <translation>  %1 sur %2&#xa0;: connexion %3 (%4@%5), %6 s&#xa0;: %7</translation>
    </message>
    <message>
        <source>unknown tables</source>
        <translation>tables inconnues</translation>
    </message>
    <message>
        <source>  (not all could be inspected: %1)</source>
        <translation>  (tout n&apos;a pas pu être inspecté&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run the plan (without it nothing runs).</source>
        <translation>Exécuter le plan (sans cette option, rien ne s&apos;exécute).</translation>
    </message>
    <message>
        <source>Run without a fresh backup (needs --confirm with the database&apos;s name).</source>
        <translation>Exécuter sans sauvegarde récente (nécessite --confirm avec le nom de la base de données).</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>With --resume: skip the failed statement (needs --confirm).</source>
        <translation>Avec --resume&#xa0;: ignorer l&apos;instruction en échec (nécessite --confirm).</translation>
    </message>
    <message>
        <source>End a run: nothing more of it runs.</source>
        <translation>Terminer une exécution&#xa0;: plus rien n&apos;en sera exécuté.</translation>
    </message>
    <message>
        <source>Mark a run resolved by hand (e.g. after restoring the backup).</source>
        <translation>Marquer une exécution comme résolue à la main (p. ex. après la restauration de la sauvegarde).</translation>
    </message>
    <message>
        <source>Seconds a statement may wait for a lock (default 60).</source>
        <translation>Nombre de secondes pendant lesquelles une instruction peut attendre un verrou (par défaut&#xa0;: 60).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>error: --lock-wait-timeout takes a number of seconds</source>
        <translation>erreur&#xa0;: --lock-wait-timeout accepte un nombre de secondes</translation>
    </message>
    <message>
        <source>error: --migrations DIR is required (or --resume RUN)</source>
        <translation>erreur&#xa0;: --migrations DIR est obligatoire (ou --resume RUN)</translation>
    </message>
    <message>
        <source>error: nothing was run; pass --yes to run this plan</source>
        <translation>erreur&#xa0;: rien n&apos;a été exécuté&#xa0;; passez --yes pour exécuter ce plan</translation>
    </message>
    <message>
        <source>  nothing to run: %1</source>
        <translation>  rien à exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>  as its tool ran it: %1</source>
        <translation>  tel que son outil l&apos;a exécuté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take a backup first (backstep-cli backup), or run without one by typing the database&apos;s name: --no-backup --confirm %1</source>
        <translation>Faites d&apos;abord une sauvegarde (backstep-cli backup), ou exécutez sans sauvegarde en saisissant le nom de la base de données&#xa0;: --no-backup --confirm %1</translation>
    </message>
    <message>
        <source>Give the database&apos;s name exactly: --confirm %1</source>
        <translation>Indiquez exactement le nom de la base de données&#xa0;: --confirm %1</translation>
    </message>
    <message>
        <source>Wait for the other Backstep to finish, then try again.</source>
        <translation>Attendez que l&apos;autre Backstep ait terminé, puis réessayez.</translation>
    </message>
    <message>
        <source>Wait for it to finish, or end it on the server (KILL %1), then resume again: backstep-cli rollback --resume %2</source>
        <translation>Attendez qu&apos;elle se termine, ou terminez-la sur le serveur (KILL %1), puis reprenez de nouveau&#xa0;: backstep-cli rollback --resume %2</translation>
    </message>
    <message>
        <source>It goes on to its end there: wait for it, or cancel it there (Ctrl+C in its terminal, or Cancel in its window). Nothing was changed here.</source>
        <translation>Elle se poursuit jusqu&apos;au bout là-bas&#xa0;: attendez-la, ou interrompez-la là-bas (Ctrl+C dans son terminal, ou «&#xa0;Interrompre l&apos;annulation&#xa0;» dans sa fenêtre). Rien n&apos;a été modifié ici.</translation>
    </message>
    <message>
        <source>Resume it (backstep-cli rollback --resume %1) or end it (--abort %1, or --resolve %1 once it is finished by hand) first.</source>
        <translation>Reprenez-la (backstep-cli rollback --resume %1) ou terminez-la (--abort %1, ou --resolve %1 une fois terminée à la main) d&apos;abord.</translation>
    </message>
    <message>
        <source>Look at the history again (backstep-cli status) and plan again.</source>
        <translation>Consultez de nouveau l&apos;historique (backstep-cli status) et refaites le plan.</translation>
    </message>
    <message>
        <source>Look at the data, then say what happened: backstep-cli rollback --resume %1 --mark-done --confirm %2 (it took effect), or --resume %1 --run-again --confirm %2 (it did not).</source>
        <translation>Examinez les données, puis indiquez ce qui s&apos;est passé&#xa0;: backstep-cli rollback --resume %1 --mark-done --confirm %2 (elle a pris effet), ou --resume %1 --run-again --confirm %2 (elle n&apos;a pas pris effet).</translation>
    </message>
    <message>
        <source>Fix the cause and retry: backstep-cli rollback --resume %1; or skip the statement: --resume %1 --skip --confirm %2; or end the run: --abort %1 (or --resolve %1 after restoring the backup).</source>
        <translation>Corrigez la cause et réessayez&#xa0;: backstep-cli rollback --resume %1&#xa0;; ou ignorez l&apos;instruction&#xa0;: --resume %1 --skip --confirm %2&#xa0;; ou terminez l&apos;exécution&#xa0;: --abort %1 (ou --resolve %1 après avoir restauré la sauvegarde).</translation>
    </message>
    <message>
        <source>Go on with backstep-cli rollback --resume %1, or end the run with --abort %1 (or --resolve %1 after restoring the backup).</source>
        <translation>Poursuivez avec backstep-cli rollback --resume %1, ou terminez l&apos;exécution avec --abort %1 (ou --resolve %1 après avoir restauré la sauvegarde).</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>INTERROMPUE</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>[%1/%2] running for %3 s</source>
        <translation>[%1/%2] en cours depuis %3 s</translation>
    </message>
    <message>
        <source>; held up by connection %1 (%2@%3, %4 s): %5</source>
        <translation>&#xa0;; bloquée par la connexion %1 (%2@%3, %4 s)&#xa0;: %5</translation>
    </message>
    <message>
        <source>The database&apos;s name, typed to confirm --no-backup, --skip, --mark-done or --run-again.</source>
        <translation>Le nom de la base de données, saisi pour confirmer --no-backup, --skip, --mark-done ou --run-again.</translation>
    </message>
    <message>
        <source>Go on with an interrupted, cancelled or failed run from the journal.</source>
        <translation>Poursuivre une exécution arrêtée inopinément, interrompue ou en échec, à partir du journal.</translation>
    </message>
    <message>
        <source>With --resume: the statement whose effect is undecided took effect (needs --confirm).</source>
        <translation>Avec --resume&#xa0;: l&apos;instruction dont l&apos;effet est incertain a pris effet (nécessite --confirm).</translation>
    </message>
    <message>
        <source>With --resume: the statement whose effect is undecided did not take effect; run it (needs --confirm).</source>
        <translation>Avec --resume&#xa0;: l&apos;instruction dont l&apos;effet est incertain n&apos;a pas pris effet&#xa0;; l&apos;exécuter (nécessite --confirm).</translation>
    </message>
    <message>
        <source>Keep the progress rows in this schema of Backstep&apos;s own on the same server instead of in the database (it needs CREATE, INSERT, SELECT, DELETE and DROP there).</source>
        <translation>Conserver les lignes de progression dans ce schéma propre à Backstep, sur le même serveur, plutôt que dans la base de données (il y faut CREATE, INSERT, SELECT, DELETE et DROP).</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>error: give one of --skip, --mark-done and --run-again</source>
        <translation>erreur&#xa0;: indiquez une seule option parmi --skip, --mark-done et --run-again</translation>
    </message>
    <message>
        <source>error: --skip, --mark-done and --run-again go with --resume RUN</source>
        <translation>erreur&#xa0;: --skip, --mark-done et --run-again vont avec --resume RUN</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: unknown backend &quot;%1&quot; (known: systemd, commands)</source>
        <translation>erreur&#xa0;: mécanisme inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: systemd, commands)</translation>
    </message>
    <message>
        <source>The service&apos;s unit, e.g. heartguard-app.</source>
        <translation>L&apos;unité du service, p. ex. heartguard-app.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>How to reach it: systemd (D-Bus, the default) or commands.</source>
        <translation>Comment le joindre&#xa0;: systemd (D-Bus, par défaut) ou commands.</translation>
    </message>
    <message>
        <source>Commands backend: the command line, run by /bin/sh.</source>
        <translation>Mécanisme «&#xa0;commands&#xa0;»&#xa0;: la ligne de commande, exécutée par /bin/sh.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation>Abandonner après ce nombre de secondes.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>systemd backend: this D-Bus address instead of the system bus.</source>
        <translation>Mécanisme systemd&#xa0;: cette adresse D-Bus au lieu du bus système.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Take the service from this stored connection profile.</source>
        <translation>Prendre le service dans ce profil de connexion enregistré.</translation>
    </message>
    <message>
        <source>error: say what to do: backstep-cli service %1 --unit NAME</source>
        <translation>erreur&#xa0;: indiquez quoi faire&#xa0;: backstep-cli service %1 --unit NAME</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> depuis %1</translation>
    </message>
</context>
<context>
    <name>snapshot</name>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>snapshot #%1 of %2 at version %3 (%4), %5: %6</source>
        <translation>instantané n° %1 de %2 à la version %3 (%4), %5&#xa0;: %6</translation>
    </message>
    <message>
        <source>no objects</source>
        <translation>aucun objet</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>as applied</source>
        <translation>d&apos;après l&apos;application</translation>
    </message>
    <message>
        <source>by version</source>
        <translation>d&apos;après la version</translation>
    </message>
    <message>
        <source>%1 (%2, %6), history: %3 (%4), rollback order: %5</source>
        <translation>%1 (%2, %6), historique&#xa0;: %3 (%4), ordre d&apos;annulation&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>tail</name>
    <message>
        <source>The log file.</source>
        <translation>Le fichier de log.</translation>
    </message>
    <message>
        <source>Print the last N lines (default 10).</source>
        <translation>Afficher les N dernières lignes (par défaut&#xa0;: 10).</translation>
    </message>
    <message>
        <source>Keep printing new lines, across rotation and truncation, until interrupted.</source>
        <translation>Continuer d&apos;afficher les nouvelles lignes, malgré rotation et troncature, jusqu&apos;à interruption.</translation>
    </message>
    <message>
        <source>error: tail takes one FILE
</source>
        <translation>erreur&#xa0;: tail prend un seul FILE
</translation>
    </message>
    <message>
        <source>error: --lines needs a number ≥ 0, not &quot;%1&quot;
</source>
        <translation>erreur&#xa0;: --lines nécessite un nombre ≥ 0, pas «&#xa0;%1&#xa0;»
</translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <source>error: say what to run: --profile NAME, or --command CMD (one or more)</source>
        <translation>erreur&#xa0;: indiquez quoi exécuter&#xa0;: --profile NAME, ou --command CMD (une ou plusieurs)</translation>
    </message>
    <message>
        <source>error: --dir, --timeout and --env go with --command; a profile keeps its own</source>
        <translation>erreur&#xa0;: --dir, --timeout et --env vont avec --command&#xa0;; un profil garde les siens</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: the profile &quot;%1&quot; has no validation commands</source>
        <translation>erreur&#xa0;: le profil «&#xa0;%1&#xa0;» n&apos;a pas de commande de validation</translation>
    </message>
    <message>
        <source>error: --timeout takes a number of seconds, at least 1</source>
        <translation>erreur&#xa0;: --timeout accepte un nombre de secondes, au moins 1</translation>
    </message>
    <message>
        <source>error: --env takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation>erreur&#xa0;: --env accepte NAME=VALUE, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Run the validation commands of this stored connection profile.</source>
        <translation>Exécuter les commandes de validation de ce profil de connexion enregistré.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>A command line to run with /bin/sh; repeat for more, run in order.</source>
        <translation>Une ligne de commande à exécuter avec /bin/sh&#xa0;; répétez l&apos;option pour en ajouter, exécutées dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>With --command: the folder to run in (default: the current one).</source>
        <translation>Avec --command&#xa0;: le dossier où exécuter (par défaut&#xa0;: le dossier courant).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>With --command: kill a command after this many seconds (default 300).</source>
        <translation>Avec --command&#xa0;: tuer une commande après ce nombre de secondes (par défaut&#xa0;: 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>With --command: add NAME=VALUE to the environment; repeatable. Never a secret: the command line is visible to every user.</source>
        <translation>Avec --command&#xa0;: ajouter NAME=VALUE à l&apos;environnement&#xa0;; option répétable. Jamais de secret&#xa0;: la ligne de commande est visible par tous les utilisateurs.</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 could not run, %4 skipped</source>
        <translation>%1 réussies, %2 échouées, %3 n&apos;ont pas pu s&apos;exécuter, %4 ignorées</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>PASS</source>
        <translation>RÉUSSITE</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>: %1 problems; %2 checks passed, %3 skipped; expected schema from %4</source>
        <translation>&#xa0;: %1 problèmes&#xa0;; %2 contrôles réussis, %3 ignorés&#xa0;; schéma attendu d&apos;après %4</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>  error: %1</source>
        <translation>  erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>  schema: %1</source>
        <translation>  schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>The version the database should be at (default: what its history says).</source>
        <translation>La version à laquelle la base de données devrait être (par défaut&#xa0;: celle qu&apos;indique son historique).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>The rollback run to verify (default: the newest finished one).</source>
        <translation>L&apos;exécution d&apos;annulation à vérifier (par défaut&#xa0;: la plus récente terminée).</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>A folder of assertion files (-- expect: lines and a query).</source>
        <translation>Un dossier de fichiers d&apos;assertion (lignes -- expect: et une requête).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Also write the report to FILE (.html, .pdf or .json).</source>
        <translation>Écrire aussi le rapport dans FILE (.html, .pdf ou .json).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: --report writes .html, .pdf or .json, not %1</source>
        <translation>erreur&#xa0;: --report écrit du .html, .pdf ou .json, pas %1</translation>
    </message>
    <message>
        <source>INCONCLUSIVE: %1</source>
        <translation>NON CONCLUANT&#xa0;: %1</translation>
    </message>
</context>
</TS>
