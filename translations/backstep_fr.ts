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
        <translation>Distribué sous licence GNU General Public License, version 3 ou ultérieure. Icônes : Breeze, par la communauté KDE (LGPL-3.0-or-later).</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>unknown theme &quot;%1&quot; (system, light or dark)</source>
        <translation>thème inconnu « %1 » (system, light ou dark)</translation>
    </message>
</context>
<context>
    <name>Assertion</name>
    <message>
        <source>an assertion is a SELECT, WITH, SHOW or VALUES statement, not &quot;%1&quot;</source>
        <translation>une assertion est une instruction SELECT, WITH, SHOW ou VALUES, pas « %1 »</translation>
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
        <translation>l&apos;assertion contient %1 instructions ; elle doit en contenir exactement une</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1 : dossier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1:1: no &quot;-- expect: &lt;result&gt;&quot; line</source>
        <translation>%1:1: aucune ligne « -- expect: &lt;result&gt; »</translation>
    </message>
    <message>
        <source>%1:1: no query</source>
        <translation>%1:1: aucune requête</translation>
    </message>
    <message>
        <source>%1:%2: a second statement; an assertion file holds one query</source>
        <translation>%1:%2: une deuxième instruction ; un fichier d&apos;assertion contient une seule requête</translation>
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
        <translation>impossible d&apos;enregistrer la sauvegarde : %1</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>the copy failed its integrity check: %1</source>
        <translation>la copie a échoué à la vérification d&apos;intégrité : %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>cannot rename the copy to %1</source>
        <translation>impossible de renommer la copie en %1</translation>
    </message>
    <message>
        <source>not enough free space in %1: the backup needs about %2, %3 are free</source>
        <translation>espace libre insuffisant dans %1 : la sauvegarde nécessite environ %2, %3 sont libres</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the dump program was killed before it finished</source>
        <translation>le programme de dump a été tué avant la fin</translation>
    </message>
    <message>
        <source>the dump program failed (exit code %1): %2</source>
        <translation>le programme de dump a échoué (code de sortie %1) : %2</translation>
    </message>
    <message>
        <source>the compressor failed: %1</source>
        <translation>le compresseur a échoué : %1</translation>
    </message>
    <message>
        <source>the compressor stopped before the dump finished</source>
        <translation>le compresseur s&apos;est arrêté avant la fin du dump</translation>
    </message>
    <message>
        <source>the dump does not end with its completion line: it is incomplete</source>
        <translation>le dump ne se termine pas par sa ligne de fin : il est incomplet</translation>
    </message>
    <message>
        <source>cannot write %1 to disk: %2</source>
        <translation>impossible d&apos;écrire %1 sur le disque : %2</translation>
    </message>
    <message>
        <source>cannot rename the backup to %1</source>
        <translation>impossible de renommer la sauvegarde en %1</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>annulé par l&apos;utilisateur</translation>
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
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the SHA-256 differs from the one recorded: the file changed</source>
        <translation>le SHA-256 diffère de celui enregistré : le fichier a changé</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>vérification d&apos;intégrité : %1</translation>
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
        <source>install %1</source>
        <translation>installez %1</translation>
    </message>
    <message>
        <source>cannot create a private folder: %1</source>
        <translation>impossible de créer un dossier privé : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
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
        <translation>&amp;Récentes :</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <source>never stored</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>SQLite &amp;file:</source>
        <translation>&amp;Fichier SQLite :</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>&amp;Migrations:</source>
        <translation>M&amp;igrations :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat :</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>The database: mysql://USER@HOST:PORT/DB, mariadb://... or sqlite:PATH.</source>
        <translation>La base de données : mysql://USER@HOST:PORT/DB, mariadb://... ou sqlite:PATH.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (else BACKSTEP_PASSWORD, else a prompt).</source>
        <translation>Lire le mot de passe dans la première ligne de ce fichier (sinon BACKSTEP_PASSWORD, sinon une invite).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The history table to read (default: the one known tool&apos;s table found in the database).</source>
        <translation>La table d&apos;historique à lire (par défaut : la table d&apos;un outil connu trouvée dans la base de données).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>With --history-table: a table of your own with a row per applied version in this column.</source>
        <translation>Avec --history-table : une table à vous, avec une ligne par version appliquée dans cette colonne.</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>With --version-column: the column that says when each version was applied (rollback then follows the applied order).</source>
        <translation>Avec --version-column : la colonne qui indique quand chaque version a été appliquée (l&apos;annulation suit alors l&apos;ordre d&apos;application).</translation>
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
        <translation>Le format des migrations : %1.</translation>
    </message>
    <message>
        <source>error: unknown format &quot;%1&quot; (known: %2)</source>
        <translation>erreur : format inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>error: --migrations DIR is required</source>
        <translation>erreur : --migrations DIR est obligatoire</translation>
    </message>
    <message>
        <source>error: --url is required (mysql://USER@HOST:PORT/DB or sqlite:PATH)</source>
        <translation>erreur : --url est obligatoire (mysql://USER@HOST:PORT/DB ou sqlite:PATH)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>error: --version-column needs --history-table NAME</source>
        <translation>erreur : --version-column nécessite --history-table NAME</translation>
    </message>
    <message>
        <source>error: --applied-at-column needs --version-column COLUMN</source>
        <translation>erreur : --applied-at-column nécessite --version-column COLUMN</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
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
        <translation>le mécanisme « commands » nécessite une commande %1</translation>
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
        <translation>profil « %1 » dans %2 : mécanisme de service inconnu « %3 » (connus : systemd, commands)</translation>
    </message>
    <message>
        <source>a connection profile needs a name</source>
        <translation>un profil de connexion doit avoir un nom</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>profil « %1 » : %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: a version column is named but no history table</source>
        <translation>profil « %1 » : une colonne de version est indiquée mais aucune table d&apos;historique</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: the assertion &quot;%2&quot;: %3</source>
        <translation>profil « %1 » : l&apos;assertion « %2 » : %3</translation>
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
        <translation>n&apos;est pas un paramètre de profil (faute de frappe ?)</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;: known backends are systemd and commands</source>
        <translation>vaut « %1 » : les mécanismes connus sont systemd et commands</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 is kept as written (%4); the INI format read it as &quot;%5&quot;</source>
        <translation>%1:%2: %3 est conservé tel qu&apos;écrit (%4) ; le format INI l&apos;avait lu comme « %5 »</translation>
    </message>
    <message>
        <source>cannot read the settings file %1</source>
        <translation>impossible de lire le fichier de paramètres %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>the SQLite URL names no file: use sqlite:PATH</source>
        <translation>l&apos;URL SQLite n&apos;indique aucun fichier : utilisez sqlite:PATH</translation>
    </message>
    <message>
        <source>cannot read the connection URL &quot;%1&quot;: use mysql://USER@HOST:PORT/DB, mariadb://USER@HOST:PORT/DB or sqlite:PATH</source>
        <translation>impossible de lire l&apos;URL de connexion « %1 » : utilisez mysql://USER@HOST:PORT/DB, mariadb://USER@HOST:PORT/DB ou sqlite:PATH</translation>
    </message>
    <message>
        <source>the connection URL contains a password: it would show in the process list and the shell history. Remove it and use --password-file, the BACKSTEP_PASSWORD variable or the prompt</source>
        <translation>l&apos;URL de connexion contient un mot de passe : il apparaîtrait dans la liste des processus et dans l&apos;historique du shell. Retirez-le et utilisez --password-file, la variable BACKSTEP_PASSWORD ou l&apos;invite</translation>
    </message>
    <message>
        <source>the connection URL names no host: mysql://USER@HOST:PORT/DB</source>
        <translation>l&apos;URL de connexion n&apos;indique aucun hôte : mysql://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <source>the connection URL names no user: mysql://USER@HOST:PORT/DB</source>
        <translation>l&apos;URL de connexion n&apos;indique aucun utilisateur : mysql://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <source>the connection URL names no database: mysql://USER@HOST:PORT/DB</source>
        <translation>l&apos;URL de connexion n&apos;indique aucune base de données : mysql://USER@HOST:PORT/DB</translation>
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
        <translation>impossible de savoir si %1 existe : %2</translation>
    </message>
    <message>
        <source>%1 is sound</source>
        <translation>%1 est saine</translation>
    </message>
    <message>
        <source>CHECK TABLE %1 reports: %2</source>
        <translation>CHECK TABLE %1 signale : %2</translation>
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
        <translation>%1 lignes de %2 ne référencent aucune ligne de %3 via %4 (%5) ; p. ex. %6</translation>
    </message>
    <message>
        <source>orphaned rows</source>
        <translation>lignes orphelines</translation>
    </message>
    <message>
        <source>cannot read the foreign keys: %1</source>
        <translation>impossible de lire les clés étrangères : %1</translation>
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
        <translation>integrity_check signale : %1</translation>
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
        <translation>%1 lignes de %2 ne référencent aucune ligne ; p. ex. %3</translation>
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
        <translation>%1 : %2 lignes avant, %3 après</translation>
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
        <translation>des nombres de lignes ont changé dans des tables que l&apos;annulation n&apos;a pas touchées : %1</translation>
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
        <source>%1 rows of %2 hold NULL or invalid JSON in %3 (%4 NULL, %5 invalid)</source>
        <translation>%1 lignes de %2 contiennent NULL ou un JSON invalide dans %3 (%4 NULL, %5 invalides)</translation>
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
        <translation>toujours présent : %1</translation>
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
        <translation>aucune partition ; index présents</translation>
    </message>
    <message>
        <source>partitions: %1; indexes: %2</source>
        <translation>partitions : %1 ; index : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n partition(s): %2</source>
        <translation>
            <numerusform>%1 a encore %n partition : %2</numerusform>
            <numerusform>%1 a encore %n partitions : %2</numerusform>
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
        <translation>non exécuté : %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>the server said: %1</source>
        <translation>le serveur a répondu : %1</translation>
    </message>
    <message>
        <source>the result is as expected</source>
        <translation>le résultat est celui attendu</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>attendu « %1 », obtenu « %2 »</translation>
    </message>
</context>
<context>
    <name>DatabaseInspector</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot estimate the database&apos;s size: %1</source>
        <translation>impossible d&apos;estimer la taille de la base de données : %1</translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation>impossible de compter les lignes de %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the default collation of %1: %2</source>
        <translation>impossible de lire la collation par défaut de %1 : %2</translation>
    </message>
    <message>
        <source>there is no database %1</source>
        <translation>la base de données %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>VACUUM INTO %1 failed: %2</source>
        <translation>VACUUM INTO %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>the Qt SQL driver %1 is not installed (available: %2)</source>
        <translation>le pilote Qt SQL %1 n&apos;est pas installé (disponibles : %2)</translation>
    </message>
    <message>
        <source>there is no SQLite database at %1</source>
        <translation>il n&apos;y a pas de base de données SQLite à %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>impossible de créer %1 : %2</translation>
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
</context>
<context>
    <name>DumpRestorer</name>
    <message>
        <source>%1 is not a sound SQLite database: %2</source>
        <translation>%1 n&apos;est pas une base de données SQLite saine : %2</translation>
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
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>restore cancelled after %1 of %2 bytes; the database is partly restored</source>
        <translation>restauration annulée après %1 octets sur %2 ; la base de données est partiellement restaurée</translation>
    </message>
    <message>
        <source>the mariadb client failed restoring %1 into %2: %3</source>
        <translation>le client mariadb a échoué en restaurant %1 dans %2 : %3</translation>
    </message>
</context>
<context>
    <name>ExpectedSchema</name>
    <message>
        <source>version %1 is not in the migrations folder %2: the expected schema at it cannot be replayed</source>
        <translation>la version %1 n&apos;est pas dans le dossier des migrations %2 : le schéma attendu à cette version ne peut pas être rejoué</translation>
    </message>
    <message>
        <source>the UP section of %1 cannot be read: %2</source>
        <translation>la section UP de %1 est illisible : %2</translation>
    </message>
    <message>
        <source>%1: the UP section of %2 names the database %3 itself; replayed in a scratch database it would change the real one. Take a snapshot at that version instead (backstep-cli snapshot).</source>
        <translation>%1 : la section UP de %2 nomme la base de données %3 elle-même ; rejouée dans une base de données temporaire, elle modifierait la vraie. Prenez plutôt un instantané à cette version (backstep-cli snapshot).</translation>
    </message>
    <message>
        <source>%1: the UP section of %2 failed in the replay: %3</source>
        <translation>%1 : la section UP de %2 a échoué lors du rejeu : %3</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the replay: %1</source>
        <translation>impossible de créer un dossier temporaire pour le rejeu : %1</translation>
    </message>
    <message>
        <source>cannot create the replay&apos;s database %1: %2</source>
        <translation>impossible de créer la base de données du rejeu %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the replay&apos;s scratch database %1: %2</source>
        <translation>impossible de créer la base de données temporaire du rejeu %1 : %2</translation>
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
</context>
<context>
    <name>FlywayReader</name>
    <message>
        <source>cannot read a Flyway version from the file name (expected V&lt;version&gt;__&lt;description&gt;.sql, e.g. V1.2__add_index.sql)</source>
        <translation>impossible de lire une version Flyway dans le nom du fichier (attendu V&lt;version&gt;__&lt;description&gt;.sql, p. ex. V1.2__add_index.sql)</translation>
    </message>
    <message>
        <source>not a Flyway migration name (expected V&lt;version&gt;__&lt;description&gt;.sql, U&lt;version&gt;__&lt;description&gt;.sql or R__&lt;description&gt;.sql)</source>
        <translation>pas un nom de migration Flyway (attendu V&lt;version&gt;__&lt;description&gt;.sql, U&lt;version&gt;__&lt;description&gt;.sql ou R__&lt;description&gt;.sql)</translation>
    </message>
    <message>
        <source>duplicate undo version %1: also in %2</source>
        <translation>version d&apos;annulation %1 en double : aussi dans %2</translation>
    </message>
    <message>
        <source>a repeatable migration (R__) has no undo: Flyway runs it again whenever it changes</source>
        <translation>une migration répétable (R__) n&apos;a pas d&apos;annulation : Flyway la réexécute chaque fois qu&apos;elle change</translation>
    </message>
    <message>
        <source>no undo file U%1__*.sql</source>
        <translation>aucun fichier d&apos;annulation U%1__*.sql</translation>
    </message>
    <message>
        <source>duplicate baseline version %1: also in %2</source>
        <translation>version de baseline %1 en double : aussi dans %2</translation>
    </message>
    <message>
        <source>a baseline migration (B) has no undo: it stands for every migration up to its version</source>
        <translation>une migration de baseline (B) n&apos;a pas d&apos;annulation : elle représente toutes les migrations jusqu&apos;à sa version</translation>
    </message>
    <message>
        <source>an undo file without its versioned migration V%1__*.sql</source>
        <translation>un fichier d&apos;annulation sans sa migration versionnée V%1__*.sql</translation>
    </message>
</context>
<context>
    <name>FormatRegistry</name>
    <message>
        <source>no migration markers found (-- UP / -- DOWN, -- migrate:up, -- +goose Up, -- +migrate Up, *.up.sql / *.down.sql, V1__name.sql, --liquibase formatted sql); choose the format explicitly with --format</source>
        <translation>aucun marqueur de migration trouvé (-- UP / -- DOWN, -- migrate:up, -- +goose Up, -- +migrate Up, *.up.sql / *.down.sql, V1__name.sql, --liquibase formatted sql) ; choisissez le format explicitement avec --format</translation>
    </message>
    <message>
        <source>the folder mixes migration formats: %1</source>
        <translation>le dossier mélange plusieurs formats de migration : %1</translation>
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
        <translation>version %1 en double : aussi dans %2</translation>
    </message>
    <message>
        <source>no %1_%2.down.sql file</source>
        <translation>aucun fichier %1_%2.down.sql</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>a .down.sql file without its .up.sql file (same version)</source>
        <translation>un fichier .down.sql sans son fichier .up.sql (même version)</translation>
    </message>
</context>
<context>
    <name>HistoryReader</name>
    <message>
        <source>cannot read the history (%1): %2</source>
        <translation>impossible de lire l&apos;historique (%1) : %2</translation>
    </message>
    <message>
        <source>%1 holds more than one row; golang-migrate keeps exactly one</source>
        <translation>%1 contient plus d&apos;une ligne ; golang-migrate en garde exactement une</translation>
    </message>
    <message>
        <source>the history table %1 has no column %2</source>
        <translation>la table d&apos;historique %1 n&apos;a pas de colonne %2</translation>
    </message>
    <message>
        <source>%1 is not a history table of a known tool; name its version column with --version-column</source>
        <translation>%1 n&apos;est pas une table d&apos;historique d&apos;un outil connu ; indiquez sa colonne de version avec --version-column</translation>
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
        <translation>la base de données contient plusieurs tables d&apos;historique (%1) : choisissez celle qu&apos;utilise l&apos;application avec --history-table NAME</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>cannot write the history (%1): %2</source>
        <translation>impossible d&apos;écrire l&apos;historique (%1) : %2</translation>
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
</context>
<context>
    <name>ImpactInspector</name>
    <message>
        <source>cannot read information_schema.TABLES: %1</source>
        <translation>impossible de lire information_schema.TABLES : %1</translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation>impossible de compter les lignes de %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the tables of %1: %2</source>
        <translation>impossible de lire les tables de %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the columns of %1: %2</source>
        <translation>impossible de lire les colonnes de %1 : %2</translation>
    </message>
    <message>
        <source>cannot count the values of %1.%2: %3</source>
        <translation>impossible de compter les valeurs de %1.%2 : %3</translation>
    </message>
    <message>
        <source>cannot read the process list: %1</source>
        <translation>impossible de lire la liste des processus : %1</translation>
    </message>
    <message>
        <source>cannot read information_schema.METADATA_LOCK_INFO: %1</source>
        <translation>impossible de lire information_schema.METADATA_LOCK_INFO : %1</translation>
    </message>
    <message>
        <source>cannot read information_schema.COLUMNS: %1</source>
        <translation>impossible de lire information_schema.COLUMNS : %1</translation>
    </message>
    <message>
        <source>cannot count the values of the columns of %1: %2</source>
        <translation>impossible de compter les valeurs des colonnes de %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the open transactions: %1</source>
        <translation>impossible de lire les transactions ouvertes : %1</translation>
    </message>
    <message>
        <source>%1, rows changed: %2, %3</source>
        <translation>%1, lignes modifiées : %2, %3</translation>
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
        <translation>%1 (%2) : aucun DDL ni aucune écriture nulle part tant qu&apos;il n&apos;est pas levé</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>en cours : %1</translation>
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
        <translation>impossible de créer le journal %1 : %2</translation>
    </message>
    <message>
        <source>cannot configure the journal %1: %2</source>
        <translation>impossible de configurer le journal %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the journal&apos;s schema version: %1</source>
        <translation>impossible de lire la version du schéma du journal : %1</translation>
    </message>
    <message>
        <source>the journal %1 has schema version %2, newer than this Backstep (%3): use a newer Backstep</source>
        <translation>le journal %1 a la version de schéma %2, plus récente que ce Backstep (%3) : utilisez un Backstep plus récent</translation>
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
        <translation>impossible d&apos;écrire dans le journal : %1</translation>
    </message>
    <message>
        <source>cannot read the journal&apos;s events</source>
        <translation>impossible de lire les événements du journal</translation>
    </message>
</context>
<context>
    <name>LiquibaseReader</name>
    <message>
        <source>the changeset says --rollback not required: Liquibase does not undo it</source>
        <translation>le changeset indique --rollback not required : Liquibase ne l&apos;annule pas</translation>
    </message>
    <message>
        <source>the changeset&apos;s rollback is declared empty (--rollback empty)</source>
        <translation>l&apos;annulation du changeset est déclarée vide (--rollback empty)</translation>
    </message>
    <message>
        <source>the changeset has no --rollback: Liquibase cannot undo raw SQL by itself</source>
        <translation>le changeset n&apos;a pas de --rollback : Liquibase ne peut pas annuler du SQL brut de lui-même</translation>
    </message>
    <message>
        <source>not a Liquibase formatted SQL file: its first line must be --liquibase formatted sql</source>
        <translation>pas un fichier Liquibase formatted SQL : sa première ligne doit être --liquibase formatted sql</translation>
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
        <source>/* liquibase rollback without its closing */</source>
        <translation>/* liquibase rollback sans son */ de fermeture</translation>
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
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>MarkedFileReader</name>
    <message>
        <source>cannot read a version from the file name (expected &lt;version&gt;_&lt;name&gt;.sql, e.g. 1203_add_index.sql)</source>
        <translation>impossible de lire une version dans le nom du fichier (attendu &lt;version&gt;_&lt;name&gt;.sql, p. ex. 1203_add_index.sql)</translation>
    </message>
    <message>
        <source>StatementBegin inside a statement block</source>
        <translation>StatementBegin à l&apos;intérieur d&apos;un bloc d&apos;instructions</translation>
    </message>
    <message>
        <source>StatementEnd without StatementBegin</source>
        <translation>StatementEnd sans StatementBegin</translation>
    </message>
    <message>
        <source>StatementBegin without StatementEnd: the block runs to the end of the file</source>
        <translation>StatementBegin sans StatementEnd : le bloc va jusqu&apos;à la fin du fichier</translation>
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
</context>
<context>
    <name>MigrationFolderReader</name>
    <message>
        <source>duplicate version %1: also in %2</source>
        <translation>version %1 en double : aussi dans %2</translation>
    </message>
    <message>
        <source>the migrations folder does not exist</source>
        <translation>le dossier des migrations n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
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
</context>
<context>
    <name>MigrationStatus</name>
    <message>
        <source>no migration file</source>
        <translation>aucun fichier de migration</translation>
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
        <translation>pas de bus de session D-Bus : aucun trousseau n&apos;est joignable</translation>
    </message>
    <message>
        <source>the keyring did not answer: %1</source>
        <translation>le trousseau n&apos;a pas répondu : %1</translation>
    </message>
    <message>
        <source>the keyring did not answer within %1 seconds</source>
        <translation>le trousseau n&apos;a pas répondu en %1 secondes</translation>
    </message>
    <message>
        <source>cannot read the password from the keyring: %1</source>
        <translation>impossible de lire le mot de passe dans le trousseau : %1</translation>
    </message>
    <message>
        <source>cannot store the password in the keyring: %1</source>
        <translation>impossible d&apos;enregistrer le mot de passe dans le trousseau : %1</translation>
    </message>
    <message>
        <source>cannot remove the password from the keyring: %1</source>
        <translation>impossible de supprimer le mot de passe du trousseau : %1</translation>
    </message>
</context>
<context>
    <name>PasswordSource</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>impossible de lire le fichier de mot de passe %1 : %2</translation>
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
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>HeartGuard production</source>
        <translation>HeartGuard production</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>SQLite &amp;file:</source>
        <translation>Fichier S&amp;QLite :</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>T&amp;LS :</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat de l&apos;&amp;autorité (CA) :</translation>
    </message>
    <message>
        <source>/etc/ssl/certs/db-ca.pem</source>
        <translation>/etc/ssl/certs/db-ca.pem</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Ce&amp;rtificat client :</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>&amp;Clé client :</translation>
    </message>
    <message>
        <source>Connect ti&amp;meout:</source>
        <translation>Délai de conne&amp;xion :</translation>
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
        <translation>Mo&amp;t de passe :</translation>
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
        <translation>D&amp;ossier :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Fo&amp;rmat :</translation>
    </message>
    <message>
        <source>&amp;History table:</source>
        <translation>Table d&apos;&amp;historique :</translation>
    </message>
    <message>
        <source>found among the known tools&apos; tables</source>
        <translation>trouvée parmi les tables des outils connus</translation>
    </message>
    <message>
        <source>&amp;Version column:</source>
        <translation>&amp;Colonne de version :</translation>
    </message>
    <message>
        <source>only for a table of your own</source>
        <translation>seulement pour une table à vous</translation>
    </message>
    <message>
        <source>&amp;Applied-at column:</source>
        <translation>Colonne de date d&apos;&amp;application :</translation>
    </message>
    <message>
        <source>optional: gives the applied order</source>
        <translation>facultatif : donne l&apos;ordre d&apos;application</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>heartguard-app.service</source>
        <translation>heartguard-app.service</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>Mé&amp;canisme :</translation>
    </message>
    <message>
        <source>&amp;Stop command:</source>
        <translation>Commande d&apos;&amp;arrêt :</translation>
    </message>
    <message>
        <source>sudo -n systemctl stop heartguard-app</source>
        <translation>sudo -n systemctl stop heartguard-app</translation>
    </message>
    <message>
        <source>S&amp;tart command:</source>
        <translation>Commande de dé&amp;marrage :</translation>
    </message>
    <message>
        <source>sudo -n systemctl start heartguard-app</source>
        <translation>sudo -n systemctl start heartguard-app</translation>
    </message>
    <message>
        <source>&amp;Restart command:</source>
        <translation>Commande de &amp;redémarrage :</translation>
    </message>
    <message>
        <source>empty: stop, then start</source>
        <translation>vide : arrêt, puis démarrage</translation>
    </message>
    <message>
        <source>Stat&amp;us command:</source>
        <translation>Commande d&apos;é&amp;tat :</translation>
    </message>
    <message>
        <source>systemctl is-active heartguard-app (exit 0 active, 3 inactive)</source>
        <translation>systemctl is-active heartguard-app (sortie 0 actif, 3 inactif)</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Dé&amp;lai :</translation>
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
        <translation>Fichiers de &amp;log (un par ligne) :</translation>
    </message>
    <message>
        <source>/var/log/heartguard/app.log</source>
        <translation>/var/log/heartguard/app.log</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts :</translation>
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
        <translation>Commandes de validation (environnement : NOM=valeur, une par ligne) :</translation>
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
        <translation>Assertions (une requête en lecture seule et le résultat qu&apos;elle doit donner) :</translation>
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
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1 : pas du JSON : %2</translation>
    </message>
    <message>
        <source>%1: written by a newer Backstep (profiles format %2; this one reads %3)</source>
        <translation>%1 : écrit par un Backstep plus récent (format de profils %2 ; celui-ci lit %3)</translation>
    </message>
    <message>
        <source>%1, profile %2</source>
        <translation>%1, profil %2</translation>
    </message>
    <message>
        <source>%1: not a Backstep profile (no &quot;%2&quot; member; see docs/profiles.md)</source>
        <translation>%1 : pas un profil Backstep (aucun membre « %2 » ; voir docs/profiles.md)</translation>
    </message>
    <message>
        <source>%1: written by a newer Backstep (profile format %2; this one reads %3)</source>
        <translation>%1 : écrit par un Backstep plus récent (format de profil %2 ; celui-ci lit %3)</translation>
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
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>no connection profile named &quot;%1&quot; in %2</source>
        <translation>aucun profil de connexion nommé « %1 » dans %2</translation>
    </message>
    <message>
        <source>there is already a connection profile named &quot;%1&quot;</source>
        <translation>il existe déjà un profil de connexion nommé « %1 »</translation>
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
        <translation>%1 : un rapport s&apos;écrit en .html, .json ou .pdf</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>cannot store the report in the journal: %1</source>
        <translation>impossible d&apos;enregistrer le rapport dans le journal : %1</translation>
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
        <translation>Jusqu&apos;à la version (elle reste appliquée) :</translation>
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
        <source>Cancel after this statement</source>
        <translation>Interrompre après cette instruction</translation>
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
        <translation>impossible d&apos;écrire le journal d&apos;annulation : %1</translation>
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
</context>
<context>
    <name>RollbackPlan</name>
    <message>
        <source>nothing is applied: there is nothing to roll back</source>
        <translation>aucune migration n&apos;est appliquée : il n&apos;y a rien à annuler</translation>
    </message>
    <message>
        <source>the number of steps must be at least 1 (got %1)</source>
        <translation>le nombre d&apos;étapes doit être au moins 1 (reçu : %1)</translation>
    </message>
    <message>
        <source>%1 steps asked, but only %2 migrations are applied</source>
        <translation>%1 étapes demandées, mais seules %2 migrations sont appliquées</translation>
    </message>
    <message>
        <source>version %1 is not applied: roll back to an applied version (it stays applied)</source>
        <translation>la version %1 n&apos;est pas appliquée : revenez à une version appliquée (elle reste appliquée)</translation>
    </message>
    <message>
        <source>version %1 is the latest applied migration: there is nothing after it to roll back</source>
        <translation>la version %1 est la dernière migration appliquée : il n&apos;y a rien après elle à annuler</translation>
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
        <translation>la sélection ne correspond pas aux migrations les plus récentes : elle saute %1, appliquées plus tard, qui restent appliquées et peuvent dépendre de ce que cette annulation supprime</translation>
    </message>
    <message>
        <source>unknown rollback target</source>
        <translation>cible d&apos;annulation inconnue</translation>
    </message>
    <message>
        <source>the latest migration</source>
        <translation>la dernière migration</translation>
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
        <translation>sélection : %1</translation>
    </message>
    <message>
        <source>%1: the migration file is missing, so its DOWN section is unknown</source>
        <translation>%1 : le fichier de migration est manquant, sa section DOWN est donc inconnue</translation>
    </message>
    <message>
        <source>%1 (%2) is irreversible: %3</source>
        <translation>%1 (%2) est irréversible : %3</translation>
    </message>
    <message>
        <source>%1: the DOWN section does not parse: %2</source>
        <translation>%1 : la section DOWN ne s&apos;analyse pas : %2</translation>
    </message>
    <message>
        <source>%1 is dirty (applied partially): its DOWN section may fail on objects the UP never created</source>
        <translation>%1 est incomplète (appliquée partiellement) : sa section DOWN peut échouer sur des objets que la section UP n&apos;a jamais créés</translation>
    </message>
    <message>
        <source>%1 is recorded as failed by its tool: its DOWN section may fail on objects the UP never created</source>
        <translation>%1 est enregistrée comme échouée par son outil : sa section DOWN peut échouer sur des objets que la section UP n&apos;a jamais créés</translation>
    </message>
</context>
<context>
    <name>RollbackRunner</name>
    <message>
        <source>cancelled, but the last statements&apos; commit got no answer: whether it took effect is decided when the run is resumed</source>
        <translation>interrompue, mais le commit des dernières instructions n&apos;a reçu aucune réponse : son effet sera établi à la reprise de l&apos;exécution</translation>
    </message>
    <message>
        <source>cancelled before step %1 of %2; resume to go on</source>
        <translation>interrompue avant l&apos;étape %1 sur %2 ; reprenez pour continuer</translation>
    </message>
    <message>
        <source>the journal could not be written, so Backstep stopped after step %1 (%2): %3</source>
        <translation>le journal n&apos;a pas pu être écrit, Backstep s&apos;est donc arrêté après l&apos;étape %1 (%2) : %3</translation>
    </message>
    <message>
        <source>the connection to the server broke during step %1 (%2, %3:%4): %5. Whether it took effect is decided when the run is resumed.</source>
        <translation>la connexion au serveur a été rompue pendant l&apos;étape %1 (%2, %3:%4) : %5. Son effet sera établi à la reprise de l&apos;exécution.</translation>
    </message>
    <message>
        <source>step %1 of %2 failed (%3, %4:%5): %6</source>
        <translation>l&apos;étape %1 sur %2 a échoué (%3, %4:%5) : %6</translation>
    </message>
    <message>
        <source>; the %1 data statements before it in the same transaction were rolled back with it and run again on retry</source>
        <translation> ; les %1 instructions de données qui la précédaient dans la même transaction ont été annulées avec elle et seront réexécutées en cas de nouvel essai</translation>
    </message>
    <message>
        <source>the last statements&apos; commit got no answer from the server: whether it took effect is decided when the run is resumed</source>
        <translation>le commit des dernières instructions n&apos;a reçu aucune réponse du serveur : son effet sera établi à la reprise de l&apos;exécution</translation>
    </message>
    <message>
        <source>rolled back: %1 steps settled</source>
        <translation>annulée (ROLLBACK) : %1 étapes traitées</translation>
    </message>
    <message>
        <source>rolled back with step %1, which failed in the same transaction</source>
        <translation>annulée (ROLLBACK) avec l&apos;étape %1, qui a échoué dans la même transaction</translation>
    </message>
    <message>
        <source>cannot record the rollback: %1</source>
        <translation>impossible d&apos;enregistrer l&apos;annulation : %1</translation>
    </message>
    <message>
        <source>%1 rolled back; %2 rows of %3 written</source>
        <translation>%1 annulée ; %2 lignes de %3 écrites</translation>
    </message>
    <message>
        <source>run %1, %2: %3</source>
        <translation>exécution %1, %2 : %3</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>exécution %1 : %2</translation>
    </message>
    <message>
        <source>record in %1 (%2) that %3 is rolled back</source>
        <translation>enregistrer dans %1 (%2) que %3 est annulée</translation>
    </message>
    <message>
        <source>the history no longer lists %1 as applied: the update was written before the interruption</source>
        <translation>l&apos;historique n&apos;indique plus %1 comme appliquée : la mise à jour a été écrite avant l&apos;interruption</translation>
    </message>
    <message>
        <source>ran inside the migration&apos;s own transaction, which the server rolled back when the connection ended</source>
        <translation>exécutée dans la transaction propre à la migration, que le serveur a annulée à la fin de la connexion</translation>
    </message>
    <message>
        <source>committed before the interruption (found in %1)</source>
        <translation>validée avant l&apos;interruption (trouvée dans %1)</translation>
    </message>
    <message>
        <source>the schema changed since just before this statement: it was committed before the interruption</source>
        <translation>le schéma a changé depuis juste avant cette instruction : elle a été validée avant l&apos;interruption</translation>
    </message>
    <message>
        <source>the schema is as it was just before this statement: it did not take effect</source>
        <translation>le schéma est tel qu&apos;il était juste avant cette instruction : elle n&apos;a pas pris effet</translation>
    </message>
    <message>
        <source>interrupted; applied again</source>
        <translation>interrompue ; appliquée de nouveau</translation>
    </message>
    <message>
        <source>cannot restore the session state of step %1 (%2): %3</source>
        <translation>impossible de rétablir l&apos;état de session de l&apos;étape %1 (%2) : %3</translation>
    </message>
    <message>
        <source>the previous run&apos;s connection %1 is still on the server (its statement may still be running); wait for it, or end it with KILL %1, then resume</source>
        <translation>la connexion %1 de l&apos;exécution précédente est toujours sur le serveur (son instruction est peut-être encore en cours) ; attendez-la, ou terminez-la avec KILL %1, puis reprenez</translation>
    </message>
    <message>
        <source>cannot read the backup catalog: %1</source>
        <translation>impossible de lire le catalogue des sauvegardes : %1</translation>
    </message>
    <message>
        <source>the run&apos;s connection cannot be read back: %1</source>
        <translation>la connexion de l&apos;exécution ne peut pas être relue : %1</translation>
    </message>
    <message>
        <source>the plan is empty: nothing to roll back</source>
        <translation>le plan est vide : rien à annuler</translation>
    </message>
    <message>
        <source>the plan cannot run: %1</source>
        <translation>le plan ne peut pas s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>running without a fresh backup needs the database&apos;s name typed as confirmation (%1)</source>
        <translation>exécuter sans sauvegarde récente nécessite de saisir le nom de la base de données pour confirmer (%1)</translation>
    </message>
    <message>
        <source>without a backup, confirmed by typing %1</source>
        <translation>sans sauvegarde, confirmé en saisissant %1</translation>
    </message>
    <message>
        <source>%1. Take a backup first (Back up now, or backstep-cli backup), or run without one by typing the database&apos;s name (--no-backup --confirm %2).</source>
        <translation>%1. Faites d&apos;abord une sauvegarde (« Sauvegarder maintenant », ou backstep-cli backup), ou exécutez sans sauvegarde en saisissant le nom de la base de données (--no-backup --confirm %2).</translation>
    </message>
    <message>
        <source>run %1: %2, %3 steps; %4</source>
        <translation>exécution %1 : %2, %3 étapes ; %4</translation>
    </message>
    <message>
        <source>there is no rollback run %1 in the journal %2</source>
        <translation>il n&apos;y a pas d&apos;exécution d&apos;annulation %1 dans le journal %2</translation>
    </message>
    <message>
        <source>run %1 is %2: there is nothing to resume</source>
        <translation>l&apos;exécution %1 est %2 : il n&apos;y a rien à reprendre</translation>
    </message>
    <message>
        <source>run %1 has no step left to skip</source>
        <translation>l&apos;exécution %1 n&apos;a plus d&apos;étape à ignorer</translation>
    </message>
    <message>
        <source>skipping a statement needs the database&apos;s name typed as confirmation (%1)</source>
        <translation>ignorer une instruction nécessite de saisir le nom de la base de données pour confirmer (%1)</translation>
    </message>
    <message>
        <source>skipped by %1, confirmed by typing %2</source>
        <translation>ignorée par %1, confirmation par la saisie de %2</translation>
    </message>
    <message>
        <source>run %1, step %2 (%3): %4</source>
        <translation>exécution %1, étape %2 (%3) : %4</translation>
    </message>
    <message>
        <source>run %1 from step %2 of %3</source>
        <translation>exécution %1 à partir de l&apos;étape %2 sur %3</translation>
    </message>
    <message>
        <source>run %1 is already %2</source>
        <translation>l&apos;exécution %1 est déjà %2</translation>
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
            <numerusform>%n problème ; vérifiée à la main</numerusform>
            <numerusform>%n problèmes ; vérifiée à la main</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); verifies run %1</source>
        <translation>
            <numerusform>%n problème ; vérifie l&apos;exécution %1</numerusform>
            <numerusform>%n problèmes ; vérifie l&apos;exécution %1</numerusform>
        </translation>
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
        <translation>%1 supprime la table %2 : aucune de ses clés étrangères ne doit subsister</translation>
    </message>
    <message>
        <source>%1 drops foreign key %2 of %3: it must be gone</source>
        <translation>%1 supprime la clé étrangère %2 de %3 : elle doit avoir disparu</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 drops index %2: it must be gone</source>
        <translation>%1 supprime l&apos;index %2 : il doit avoir disparu</translation>
    </message>
    <message>
        <source>%1 creates index %2 on %3, whose partitioning the plan removes: it must be present</source>
        <translation>%1 crée l&apos;index %2 sur %3, dont le plan supprime le partitionnement : il doit être présent</translation>
    </message>
    <message>
        <source>%1 re-adds the JSON column %2.%3 (normalization rollback): no row may hold NULL or invalid JSON in it</source>
        <translation>%1 rajoute la colonne JSON %2.%3 (annulation d&apos;une normalisation) : aucune ligne ne doit y contenir NULL ou un JSON invalide</translation>
    </message>
    <message>
        <source>%1 removes the partitioning of %2: no partition may be left, and its indexes must be present</source>
        <translation>%1 supprime le partitionnement de %2 : aucune partition ne doit rester, et ses index doivent être présents</translation>
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
        <translation>%1 est en trop : %2</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 a changé : %2</translation>
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
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <source>cannot read the schema&apos;s %1: %2</source>
        <translation>impossible de lire les %1 du schéma : %2</translation>
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
        <translation>type d&apos;objet de schéma inconnu « %1 » dans un instantané</translation>
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
        <translation>l&apos;instantané n° %1 du journal est endommagé : %2</translation>
    </message>
    <message>
        <source>snapshot #%1: %2</source>
        <translation>instantané n° %1 : %2</translation>
    </message>
    <message>
        <source>cannot record the schema snapshot in the journal: %1</source>
        <translation>impossible d&apos;enregistrer l&apos;instantané du schéma dans le journal : %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>impossible de lire le journal : %1</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>cannot begin a transaction</source>
        <translation>impossible de commencer une transaction</translation>
    </message>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation>impossible de commencer une transaction : %1</translation>
    </message>
    <message>
        <source>cannot commit: no transaction is open</source>
        <translation>validation (commit) impossible : aucune transaction n&apos;est ouverte</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>validation (commit) impossible : %1</translation>
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
        <translation>reconstruit %1 (ALTER par copie : %2)</translation>
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
        <translation>appelle la procédure %1 : ce qu&apos;elle modifie n&apos;est connu qu&apos;à son exécution</translation>
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
</context>
<context>
    <name>SystemdServiceController</name>
    <message>
        <source>stop</source>
        <translation>arrêter</translation>
    </message>
    <message>
        <source>start</source>
        <translation>démarrer</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>redémarrer</translation>
    </message>
    <message>
        <source>query</source>
        <translation>interroger</translation>
    </message>
    <message>
        <source>systemd did not finish the %1 job for %2 within %3 s</source>
        <translation>systemd n&apos;a pas terminé la tâche « %1 » pour %2 en %3 s</translation>
    </message>
    <message>
        <source>the system bus</source>
        <translation>le bus système</translation>
    </message>
    <message>
        <source>cannot connect to %1 to reach systemd: %2</source>
        <translation>impossible de se connecter à %1 pour joindre systemd : %2</translation>
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
        <translation>Demande à systemd : %1 %2…</translation>
    </message>
    <message>
        <source>systemd queued job %1.</source>
        <translation>systemd a mis en file la tâche %1.</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 arrêté.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 démarré.</translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation>%1 redémarré.</translation>
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
        <translation>Échec de « %1 » sur %2 : %3 (résultat de la tâche « %4 ») ; l&apos;unité est maintenant %5</translation>
    </message>
    <message>
        <source>Not allowed to %1 %2: systemd (through polkit) refused the request (%3). Ask an administrator for the right to manage this unit, or configure the commands backend with a command you may run (for example with sudo).</source>
        <translation>Action « %1 » sur %2 non autorisée : systemd (via polkit) a refusé la demande (%3). Demandez à un administrateur le droit de gérer cette unité, ou configurez le mécanisme « commands » avec une commande que vous pouvez exécuter (par exemple avec sudo).</translation>
    </message>
    <message>
        <source>systemd knows no unit %1: %2</source>
        <translation>systemd ne connaît aucune unité %1 : %2</translation>
    </message>
    <message>
        <source>systemd did not answer on %1 (%2): %3</source>
        <translation>systemd n&apos;a pas répondu sur %1 (%2) : %3</translation>
    </message>
    <message>
        <source>systemd could not %1 %2: %3 (%4)</source>
        <translation>systemd n&apos;a pas pu effectuer « %1 » sur %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is %2 (%3).</source>
        <translation>%1 est %2 (%3).</translation>
    </message>
</context>
<context>
    <name>TargetConnection</name>
    <message>
        <source>cannot set the lock wait timeouts: %1</source>
        <translation>impossible de définir les délais d&apos;attente de verrou : %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>validation (commit) impossible : %1</translation>
    </message>
    <message>
        <source>cannot read the process list: %1</source>
        <translation>impossible de lire la liste des processus : %1</translation>
    </message>
    <message>
        <source>another Backstep is changing %1 (process %2 on %3): wait for it to finish</source>
        <translation>un autre Backstep modifie %1 (processus %2 sur %3) : attendez qu&apos;il ait terminé</translation>
    </message>
    <message>
        <source>cannot take the lock %1: %2</source>
        <translation>impossible de prendre le verrou %1 : %2</translation>
    </message>
    <message>
        <source>an unknown connection</source>
        <translation>une connexion inconnue</translation>
    </message>
    <message>
        <source>connection %1 (%2@%3, connected for %4 s)</source>
        <translation>connexion %1 (%2@%3, connectée depuis %4 s)</translation>
    </message>
    <message>
        <source>another Backstep is changing %1: the lock %2 is held by %3</source>
        <translation>un autre Backstep modifie %1 : le verrou %2 est détenu par %3</translation>
    </message>
</context>
<context>
    <name>TargetEvidence</name>
    <message>
        <source>cannot create %1 in the target database (Backstep&apos;s record of which rollback statements were committed): %2</source>
        <translation>impossible de créer %1 dans la base de données cible (l&apos;enregistrement par Backstep des instructions d&apos;annulation validées) : %2</translation>
    </message>
    <message>
        <source>not a run id: %1</source>
        <translation>pas un identifiant d&apos;exécution : %1</translation>
    </message>
    <message>
        <source>cannot record step %1 in %2: %3</source>
        <translation>impossible d&apos;enregistrer l&apos;étape %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>cannot record steps %1-%2 in %3: %4</source>
        <translation>impossible d&apos;enregistrer les étapes %1-%2 dans %3 : %4</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the schema: %1</source>
        <translation>impossible de lire le schéma : %1</translation>
    </message>
</context>
<context>
    <name>TerminalPrompt</name>
    <message>
        <source>a password is needed and there is no terminal to ask it on: use --password-file FILE or the BACKSTEP_PASSWORD variable</source>
        <translation>un mot de passe est nécessaire et il n&apos;y a aucun terminal où le demander : utilisez --password-file FILE ou la variable BACKSTEP_PASSWORD</translation>
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
        <translation>la commande de validation « %1 » n&apos;a pas de ligne de commande</translation>
    </message>
    <message>
        <source>the validation command &quot;%1&quot; needs a timeout from 1 to %2 seconds</source>
        <translation>la commande de validation « %1 » nécessite un délai de 1 à %2 secondes</translation>
    </message>
    <message>
        <source>the validation command &quot;%1&quot;: &quot;%2&quot; is not a variable name</source>
        <translation>la commande de validation « %1 » : « %2 » n&apos;est pas un nom de variable</translation>
    </message>
    <message>
        <source>the validation command &quot;%1&quot;: the variable %2 looks like a secret, and Backstep never stores one or puts one on a command line; let the command read it from the application&apos;s own configuration, or set it in the environment Backstep runs in</source>
        <translation>la commande de validation « %1 » : la variable %2 ressemble à un secret, et Backstep n&apos;en enregistre jamais ni n&apos;en met sur une ligne de commande ; laissez la commande le lire dans la configuration de l&apos;application elle-même, ou définissez-le dans l&apos;environnement où Backstep s&apos;exécute</translation>
    </message>
    <message>
        <source>the validation command &quot;%1&quot;: the value of %2 carries a password (user:password@), and Backstep never stores one or puts one on a command line</source>
        <translation>la commande de validation « %1 » : la valeur de %2 contient un mot de passe (user:password@), et Backstep n&apos;en enregistre jamais ni n&apos;en met sur une ligne de commande</translation>
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
        <translation>RÉUSSITE : %1 contrôles réussis, le schéma correspond à l&apos;état attendu</translation>
    </message>
    <message>
        <source>FAIL: %1 problems (%2 schema differences, %3 failed checks, %4 errors); %5 checks passed</source>
        <translation>ÉCHEC : %1 problèmes (%2 différences de schéma, %3 contrôles échoués, %4 erreurs) ; %5 contrôles réussis</translation>
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
        <translation>Exclus de la comparaison :</translation>
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
        <translation>attendu :</translation>
    </message>
    <message>
        <source>actual:</source>
        <translation>réel :</translation>
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
        <translation>aucune : l&apos;exécution a eu lieu sans sauvegarde, confirmée en saisissant le nom de la base de données</translation>
    </message>
    <message>
        <source>the expected schema at %1 is not known: %2</source>
        <translation>le schéma attendu à %1 n&apos;est pas connu : %2</translation>
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
        <translation>Le format des migrations (par défaut : auto).</translation>
    </message>
    <message>
        <source>Open the embedded SQLite demo workspace.</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration SQLite intégré.</translation>
    </message>
    <message>
        <source>Use this connection profile&apos;s service.</source>
        <translation>Utiliser le service de ce profil de connexion.</translation>
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
        <translation>Apparence pour ce lancement : system, light ou dark (Affichage ▸ Thème la fixe durablement).</translation>
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
        <translation>Mot de passe pour %1 :</translation>
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
        <translation>Sauvegarde de %1 : %2</translation>
    </message>
    <message>
        <source>Backup complete: %1 (%2, SHA-256 %3…)</source>
        <translation>Sauvegarde terminée : %1 (%2, SHA-256 %3…)</translation>
    </message>
    <message>
        <source>Backup %1: %2</source>
        <translation>Sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>%1: passed</source>
        <translation>%1 : réussie</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1 : échouée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Latest complete backup: %1, at version %2.</source>
        <translation>Dernière sauvegarde complète : %1, à la version %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>No complete backup of this database yet: take one before any rollback.</source>
        <translation>Aucune sauvegarde complète de cette base de données pour l&apos;instant : faites-en une avant toute annulation.</translation>
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
        <translation>Restauration dans une base de données temporaire : %1 sur %2</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restauration de %1</translation>
    </message>
    <message>
        <source>Restoring: %1 of %2</source>
        <translation>Restauration : %1 sur %2</translation>
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
        <translation>Dossier : %1</translation>
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
Saisissez le nom de la base de données pour confirmer :</translation>
    </message>
    <message>
        <source>The name typed does not match %1: nothing was restored.</source>
        <translation>Le nom saisi ne correspond pas à %1 : rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Not connected to the database: Retry in the banner above the history</source>
        <translation>Non connecté à la base de données : utilisez « Réessayer » dans le bandeau au-dessus de l&apos;historique</translation>
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
        <translation>Exécution de la commande %1 : %2</translation>
    </message>
    <message>
        <source>the %1 command did not finish within %2 s and was killed: %3</source>
        <translation>la commande %1 ne s&apos;est pas terminée en %2 s et a été tuée : %3</translation>
    </message>
    <message>
        <source>cannot run /bin/sh for the %1 command: %2</source>
        <translation>impossible d&apos;exécuter /bin/sh pour la commande %1 : %2</translation>
    </message>
    <message>
        <source>the %1 command was killed: %2</source>
        <translation>la commande %1 a été tuée : %2</translation>
    </message>
    <message>
        <source>the %1 command exited with status %2: %3</source>
        <translation>la commande %1 s&apos;est terminée avec le code %2 : %3</translation>
    </message>
    <message>
        <source>The %1 command finished (exit status %2).</source>
        <translation>La commande %1 s&apos;est terminée (code de sortie %2).</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 arrêté.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 démarré.</translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation>%1 redémarré.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 est %2.</translation>
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
        <translation>Non connecté à %1 : %2
On ne sait pas si chaque migration est appliquée ; l&apos;annulation, la sauvegarde et la vérification attendent une connexion.</translation>
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
        <translation>Aucun trousseau où le mémoriser (%1) : Backstep demande le mot de passe à chaque fois.</translation>
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
            <numerusform>En pause : %n ligne arrivée depuis</numerusform>
            <numerusform>En pause : %n lignes arrivées depuis</numerusform>
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
        <translation>%1 a été renouvelé (rotation) ; suivi du nouveau fichier</translation>
    </message>
    <message>
        <source>Waiting for %1 to appear</source>
        <translation>En attente de l&apos;apparition de %1</translation>
    </message>
    <message>
        <source>%1 appeared; following it from the start</source>
        <translation>%1 est apparu ; suivi depuis le début</translation>
    </message>
    <message>
        <source>%1 was truncated; reading it again from the start</source>
        <translation>%1 a été tronqué ; relecture depuis le début</translation>
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
        <translation>Vérification de %1 : %2 (%3 problèmes)</translation>
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
        <translation>Journal : %1</translation>
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
        <translation>Annuler des &amp;migrations…</translation>
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
            <numerusform>%n problème dans le dossier des migrations :</numerusform>
            <numerusform>%n problèmes dans le dossier des migrations :</numerusform>
        </translation>
    </message>
    <message>
        <source>no history table</source>
        <translation>aucune table d&apos;historique</translation>
    </message>
    <message>
        <source>history %1 (%2), rollback order: %3</source>
        <translation>historique %1 (%2), ordre d&apos;annulation : %3</translation>
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
            <numerusform>DOWN : %n instruction</numerusform>
            <numerusform>DOWN : %n instructions</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;irreversible: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;irréversible : %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>history not read</source>
        <translation>historique non lu</translation>
    </message>
    <message>
        <source>No migration matches the filter.</source>
        <translation>Aucune migration ne correspond au filtre.</translation>
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
        <translation>Ne peut pas être annulée : %1</translation>
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
        <translation>La section DOWN ne peut pas être lue au-delà de cette erreur : la migration ne peut donc pas être annulée tant que le fichier n&apos;est pas corrigé :
%1</translation>
    </message>
    <message>
        <source>The database&apos;s history could not be read: whether this migration is applied is not known</source>
        <translation>L&apos;historique de la base de données n&apos;a pas pu être lu : on ne sait pas si cette migration est appliquée</translation>
    </message>
</context>
<context>
    <name>backstep::MigrationSourceView</name>
    <message>
        <source>DOWN section: empty, this migration cannot be rolled back</source>
        <translation>Section DOWN : vide, cette migration ne peut pas être annulée</translation>
    </message>
    <message numerus="yes">
        <source>DOWN section: %n statement(s), run in this order on rollback</source>
        <translation>
            <numerusform>Section DOWN : %n instruction, exécutée dans cet ordre lors de l&apos;annulation</numerusform>
            <numerusform>Section DOWN : %n instructions, exécutées dans cet ordre lors de l&apos;annulation</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1 : %2</translation>
    </message>
    <message>
        <source>rollback failed here: %1</source>
        <translation>l&apos;annulation a échoué ici : %1</translation>
    </message>
</context>
<context>
    <name>backstep::PasswordDialog</name>
    <message>
        <source>&amp;Password of %1 on %2:%3:</source>
        <translation>&amp;Mot de passe de %1 sur %2:%3 :</translation>
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
        <translation>preferred (défaut des clients : TLS quand le serveur le propose)</translation>
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
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Validation command %1: the timeout &quot;%2&quot; is not a number of seconds</source>
        <translation>Commande de validation %1 : le délai « %2 » n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>Validation command %1: &quot;%2&quot; is not NAME=value</source>
        <translation>Commande de validation %1 : « %2 » n&apos;est pas de la forme NOM=valeur</translation>
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
        <translation>Supprimer le profil « %1 » ?</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>there is already a profile named &quot;%1&quot;: rename or delete it first</source>
        <translation>il existe déjà un profil nommé « %1 » : renommez-le ou supprimez-le d&apos;abord</translation>
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
        <translation>impossible d&apos;écrire %1 : %2</translation>
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
        <translation>Constaté : %1</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> depuis %1</translation>
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
        <translation>la base de données ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>the journal (the backup catalog) cannot be opened</source>
        <translation>le journal (le catalogue des sauvegardes) ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>the journal cannot be opened</source>
        <translation>le journal ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Rollback of %1 started: %2</source>
        <translation>Annulation de %1 démarrée : %2</translation>
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
        <translation>Annulation : %1 %2 annulée</translation>
    </message>
    <message>
        <source>Rollback of %1 %2: %3</source>
        <translation>Annulation de %1 %2 : %3</translation>
    </message>
    <message>
        <source>Rollback run %1 of %2 ended: %3 (%4 of %5 steps settled)</source>
        <translation>Exécution d&apos;annulation %1 de %2 terminée : %3 (%4 étapes sur %5 traitées)</translation>
    </message>
    <message>
        <source>a rollback is running</source>
        <translation>une annulation est en cours</translation>
    </message>
    <message>
        <source>Rollback run %1 %2: %3</source>
        <translation>Exécution d&apos;annulation %1 %2 : %3</translation>
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
            <numerusform>Que faut-il annuler sur &lt;b&gt;%1&lt;/b&gt; ? %n migration est appliquée ; les sections DOWN s&apos;exécutent de la plus récente à la plus ancienne.</numerusform>
            <numerusform>Que faut-il annuler sur &lt;b&gt;%1&lt;/b&gt; ? %n migrations sont appliquées ; les sections DOWN s&apos;exécutent de la plus récente à la plus ancienne.</numerusform>
        </translation>
    </message>
    <message>
        <source>The most recent migration (%1)</source>
        <translation>La migration la plus récente (%1)</translation>
    </message>
    <message>
        <source>The migrations selected in the history: %1</source>
        <translation>Les migrations sélectionnées dans l&apos;historique : %1</translation>
    </message>
    <message>
        <source>Without a backup taken at the current version, nothing can bring the data back if a DOWN section destroys it. To run anyway, type the database&apos;s name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Sans sauvegarde prise à la version actuelle, rien ne pourra ramener les données si une section DOWN les détruit. Pour exécuter malgré tout, saisissez le nom de la base de données, &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation>Démarrage de la sauvegarde…</translation>
    </message>
    <message>
        <source>Cancelling: the statement running now finishes, nothing after it starts.</source>
        <translation>Interruption : l&apos;instruction en cours se termine, rien d&apos;autre ne démarre ensuite.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n step(s); %2</source>
        <translation>
            <numerusform>Exécution %1 : %n étape ; %2</numerusform>
            <numerusform>Exécution %1 : %n étapes ; %2</numerusform>
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
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n migration(s), </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n migration, </numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n migrations, </numerusform>
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
        <source>&lt;b&gt;This plan cannot run:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce plan ne peut pas s&apos;exécuter :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you run it:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avant de l&apos;exécuter :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Asking the database what this plan destroys and who may block it…</source>
        <translation>Interrogation de la base de données sur ce que ce plan détruit et sur qui peut le bloquer…</translation>
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
        <translation>étape %1 (%2) : %3 %4%5</translation>
    </message>
    <message>
        <source>%1 on %2: connection %3 (%4@%5), %6 s — %7</source>
        <translation>%1 sur %2 : connexion %3 (%4@%5), %6 s — %7</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it destroys:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce qu&apos;il détruit :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>It drops, empties or rebuilds no table, column or index.</source>
        <translation>Il ne supprime, ne vide ni ne reconstruit aucune table, colonne ou index.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What may block it now:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce qui peut le bloquer maintenant :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No other connection holds a transaction or a lock on its tables.</source>
        <translation>Aucune autre connexion ne détient de transaction ni de verrou sur ses tables.</translation>
    </message>
    <message>
        <source>Not everything could be inspected: %1</source>
        <translation>Tout n&apos;a pas pu être inspecté : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety net:&lt;/b&gt; fresh %1.</source>
        <translation>&lt;b&gt;Filet de sécurité (sauvegarde récente) :&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No fresh backup:&lt;/b&gt; %1. Back up now, or run without one below.</source>
        <translation>&lt;b&gt;Aucune sauvegarde récente :&lt;/b&gt; %1. Sauvegardez maintenant, ou exécutez sans sauvegarde ci-dessous.</translation>
    </message>
    <message>
        <source>Starting: %1…</source>
        <translation>Démarrage : %1…</translation>
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
        <translation>« Ignorer » et « Restaurer la sauvegarde » modifient la base de données sans retour possible : saisissez &lt;b&gt;%1&lt;/b&gt; pour les activer. Une instruction ignorée est consignée dans le journal.</translation>
    </message>
    <message>
        <source>Run %1: going on from the first unsettled step</source>
        <translation>Exécution %1 : reprise à partir de la première étape non traitée</translation>
    </message>
    <message>
        <source>Run %1: skipping the failed statement, then going on</source>
        <translation>Exécution %1 : instruction en échec ignorée, puis reprise</translation>
    </message>
    <message>
        <source>aborted in the rollback dialog</source>
        <translation>abandonnée dans la boîte de dialogue d&apos;annulation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1 aborted.&lt;/b&gt; Nothing more of it will run; the database stays as it is now.</source>
        <translation>&lt;b&gt;Exécution %1 abandonnée.&lt;/b&gt; Plus rien n&apos;en sera exécuté ; la base de données reste dans son état actuel.</translation>
    </message>
    <message>
        <source>Restoring %1 (taken %2)…</source>
        <translation>Restauration de %1 (prise le %2)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The restore failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La restauration a échoué :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>resolved by restoring the backup %1</source>
        <translation>résolue en restaurant la sauvegarde %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup restored&lt;/b&gt; (%1); run %2 marked resolved.</source>
        <translation>&lt;b&gt;Sauvegarde restaurée&lt;/b&gt; (%1) ; exécution %2 marquée comme résolue.</translation>
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
        <translation>Le serveur valide (commit) avant cette instruction : elle ne peut pas être annulée par une transaction.</translation>
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
        <translation>%1 %2 de %3, %4 : %5</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>A backup has no report; its catalog row says: %1</source>
        <translation>Une sauvegarde n&apos;a pas de rapport ; sa ligne du catalogue indique : %1</translation>
    </message>
    <message>
        <source>No verification report is stored for this run.</source>
        <translation>Aucun rapport de vérification n&apos;est enregistré pour cette exécution.</translation>
    </message>
</context>
<context>
    <name>backstep::ServiceController</name>
    <message>
        <source>%1 is still busy with %2; try again when it has finished</source>
        <translation>%1 est encore occupé par %2 ; réessayez quand ce sera terminé</translation>
    </message>
    <message>
        <source>Not recorded in the journal: %1</source>
        <translation>Non consigné dans le journal : %1</translation>
    </message>
    <message>
        <source>%1 backend, %2 ms, state %3</source>
        <translation>mécanisme %1, %2 ms, état %3</translation>
    </message>
</context>
<context>
    <name>backstep::ServiceDockController</name>
    <message>
        <source>Service %1: %2 started</source>
        <translation>Service %1 : action %2 lancée</translation>
    </message>
    <message>
        <source>Service %1: %2 %3 (%4 s)</source>
        <translation>Service %1 : action %2 — %3 (%4 s)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
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
        <translation>Arrêter %1 ? L&apos;application reste indisponible jusqu&apos;à son redémarrage.</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Redémarrer %1</translation>
    </message>
    <message>
        <source>Restart %1? Its users lose their sessions while it restarts.</source>
        <translation>Redémarrer %1 ? Ses utilisateurs perdent leur session pendant le redémarrage.</translation>
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
        <translation>&lt;span style=&quot;color:%1&quot;&gt;%2 : %3&lt;/span&gt; — %4 s, %5&lt;br&gt;%6</translation>
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
        <translation>Cette annulation ne s&apos;est pas terminée : reprenez-la à partir de l&apos;instruction suivante, restaurez la sauvegarde, ou marquez-la comme résolue si vous l&apos;avez terminée à la main.</translation>
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
        <translation>non exécutée : la validation a été annulée</translation>
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
        <translation>impossible de démarrer /bin/sh : %1</translation>
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
        <translation>annulée après %1 s ; son groupe de processus a été tué</translation>
    </message>
    <message>
        <source>did not finish within %1 s; it was killed with its process group</source>
        <translation>ne s&apos;est pas terminée en %1 s ; elle a été tuée avec son groupe de processus</translation>
    </message>
    <message>
        <source> It left processes running in its process group; they were killed.</source>
        <translation> Elle a laissé des processus en cours dans son groupe de processus ; ils ont été tués.</translation>
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
        <translation>dossier : %1</translation>
    </message>
    <message>
        <source>environment: %1 (values not recorded)</source>
        <translation>environnement : %1 (valeurs non enregistrées)</translation>
    </message>
    <message>
        <source>timeout: %1 s</source>
        <translation>délai : %1 s</translation>
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
        <translation>Aucune vérification pour l&apos;instant. Après une annulation, « Vérifier maintenant » compare le schéma à l&apos;état attendu, contrôle les données et exécute les commandes de validation.</translation>
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
        <translation>ÉCHEC — %1 problèmes : %2 différences de schéma, %3 contrôles échoués, %4 erreurs</translation>
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
        <translation>Dernier rapport, %1 : %2</translation>
    </message>
    <message>
        <source>Not connected to the database: Retry in the banner above the history</source>
        <translation>Non connecté à la base de données : utilisez « Réessayer » dans le bandeau au-dessus de l&apos;historique</translation>
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
        <translation>Où écrire la sauvegarde (par défaut : le dossier courant).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>none, gzip or zstd (default none).</source>
        <translation>none, gzip ou zstd (par défaut : none).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>error: --compress takes none, gzip or zstd</source>
        <translation>erreur : --compress accepte none, gzip ou zstd</translation>
    </message>
    <message>
        <source>%1  %2 bytes  sha256 %3  %4 s</source>
        <translation>%1  %2 octets  sha256 %3  %4 s</translation>
    </message>
    <message>
        <source>error: backup %1: %2</source>
        <translation>erreur : sauvegarde %1 : %2</translation>
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
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Confirm: the database&apos;s data is replaced.</source>
        <translation>Confirmer : les données de la base de données sont remplacées.</translation>
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
        <translation>erreur : indiquez exactement un fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>error: restoring replaces the data of %1; pass --yes to confirm</source>
        <translation>erreur : la restauration remplace les données de %1 ; passez --yes pour confirmer</translation>
    </message>
    <message>
        <source>%1 restored into %2</source>
        <translation>%1 restaurée dans %2</translation>
    </message>
    <message>
        <source>restored %1 into %2</source>
        <translation>%1 restaurée dans %2</translation>
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
        <translation>Annuler des migrations instruction par instruction, avec journal ; reprendre après un plantage.</translation>
    </message>
    <message>
        <source>Take a snapshot of the schema and record it in the journal.</source>
        <translation>Prendre un instantané du schéma et l&apos;enregistrer dans le journal.</translation>
    </message>
    <message>
        <source>Verify a database after a rollback: schema against the expected state, data, assertions, commands.</source>
        <translation>Vérifier une base de données après une annulation : schéma comparé à l&apos;état attendu, données, assertions, commandes.</translation>
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
        <translation>Afficher les dernières lignes d&apos;un fichier de log ; --follow continue d&apos;afficher les nouvelles.</translation>
    </message>
    <message>
        <source>Run the application&apos;s validation commands (playbook step 6); exit 3 when one fails.</source>
        <translation>Exécuter les commandes de validation de l&apos;application (étape 6 du playbook) ; code de sortie 3 si l&apos;une échoue.</translation>
    </message>
    <message>
        <source>Usage: backstep-cli COMMAND [options]

Commands:
</source>
        <translation>Utilisation : backstep-cli COMMAND [options]

Commandes :
</translation>
    </message>
    <message>
        <source>
backstep-cli COMMAND --help shows a command&apos;s options. Exit codes: 0 ok, 1 the operation failed, 2 bad usage or bad input, 3 checks failed, 4 refused (no backup, lock held, irreversible).
</source>
        <translation>
backstep-cli COMMAND --help affiche les options d&apos;une commande. Codes de sortie : 0 succès, 1 l&apos;opération a échoué, 2 utilisation ou entrée incorrecte, 3 contrôles échoués, 4 refus (pas de sauvegarde, verrou détenu, irréversible).
</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;

</source>
        <translation>erreur : commande inconnue « %1 »

</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>erreur : %1
</translation>
    </message>
    <message>
        <source>error: unexpected argument &quot;%1&quot;
</source>
        <translation>erreur : argument inattendu « %1 »
</translation>
    </message>
    <message>
        <source>List, show, import, export or remove connection profiles (JSON, docs/profiles.md).</source>
        <translation>Lister, afficher, importer, exporter ou supprimer des profils de connexion (JSON, docs/profiles.md).</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Where the demo lives (default: %1).</source>
        <translation>Emplacement de la démonstration (par défaut : %1).</translation>
    </message>
    <message>
        <source>Create the demo again from scratch.</source>
        <translation>Recréer la démonstration à partir de zéro.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
</context>
<context>
    <name>parse</name>
    <message numerus="yes">
        <source>%1: %n migration(s), format %2</source>
        <translation>
            <numerusform>%1 : %n migration, format %2</numerusform>
            <numerusform>%1 : %n migrations, format %2</numerusform>
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
        <translation>irréversible : %1</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>(no connection)</source>
        <translation>(aucune connexion)</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>erreur : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; written to %2</source>
        <translation>profil « %1 » écrit dans %2</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>erreur : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>error: there is already a profile named &quot;%1&quot;; --replace replaces it</source>
        <translation>erreur : il existe déjà un profil nommé « %1 » ; --replace le remplace</translation>
    </message>
    <message>
        <source>imported &quot;%1&quot;</source>
        <translation>« %1 » importé</translation>
    </message>
    <message>
        <source>list | show NAME | import FILE | export NAME [FILE] | remove NAME</source>
        <translation>list | show NAME | import FILE | export NAME [FILE] | remove NAME</translation>
    </message>
    <message>
        <source>import: replace profiles that have the same name.</source>
        <translation>import : remplacer les profils de même nom.</translation>
    </message>
    <message>
        <source>error: use profile list | show NAME | import FILE | export NAME [FILE] | remove NAME</source>
        <translation>erreur : utilisez profile list | show NAME | import FILE | export NAME [FILE] | remove NAME</translation>
    </message>
    <message>
        <source>no connection profile named &quot;%1&quot;</source>
        <translation>aucun profil de connexion nommé « %1 »</translation>
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
        <translation>erreur : indiquez une seule option parmi --to, --steps et --only</translation>
    </message>
    <message>
        <source>error: --steps takes a number of at least 1, not &quot;%1&quot;</source>
        <translation>erreur : --steps accepte un nombre d&apos;au moins 1, pas « %1 »</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Plan: %1, %2 migrations, %3 statements, order %4; afterwards at %5</source>
        <translation>Plan : %1, %2 migrations, %3 instructions, ordre %4 ; ensuite à %5</translation>
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
        <translation>  BLOQUÉ : %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  avertissement : %1</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur : </translation>
    </message>
    <message>
        <source>run %1: resume with backstep-cli rollback --resume %1 (add --skip --confirm DB to skip the failed statement), or end it with --abort %1 / --resolve %1</source>
        <translation>exécution %1 : reprenez avec backstep-cli rollback --resume %1 (ajoutez --skip --confirm DB pour ignorer l&apos;instruction en échec), ou terminez-la avec --abort %1 / --resolve %1</translation>
    </message>
    <message>
        <source>run %1: %2 steps; %3</source>
        <translation>exécution %1 : %2 étapes ; %3</translation>
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
        <source>run %1 is %2</source>
        <translation>l&apos;exécution %1 est %2</translation>
    </message>
    <message>
        <source>Impact (%1 statements commit implicitly: a transaction cannot undo them):</source>
        <translation>Impact (%1 instructions valident implicitement : une transaction ne peut pas les annuler) :</translation>
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
        <translation>Risques de verrouillage : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>  %1 on %2: connection %3 (%4@%5), %6 s: %7</source>
        <translation>  %1 sur %2 : connexion %3 (%4@%5), %6 s : %7</translation>
    </message>
    <message>
        <source>unknown tables</source>
        <translation>tables inconnues</translation>
    </message>
    <message>
        <source>  (not all could be inspected: %1)</source>
        <translation>  (tout n&apos;a pas pu être inspecté : %1)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde : %1</translation>
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
        <source>The database&apos;s name, typed to confirm --no-backup or --skip.</source>
        <translation>Le nom de la base de données, saisi pour confirmer --no-backup ou --skip.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Go on with an interrupted or failed run from the journal.</source>
        <translation>Poursuivre une exécution interrompue ou en échec à partir du journal.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>With --resume: skip the failed statement (needs --confirm).</source>
        <translation>Avec --resume : ignorer l&apos;instruction en échec (nécessite --confirm).</translation>
    </message>
    <message>
        <source>End a run: nothing more of it runs.</source>
        <translation>Terminer une exécution : plus rien n&apos;en sera exécuté.</translation>
    </message>
    <message>
        <source>Mark a run resolved by hand (e.g. after restoring the backup).</source>
        <translation>Marquer une exécution comme résolue à la main (p. ex. après la restauration de la sauvegarde).</translation>
    </message>
    <message>
        <source>Seconds a statement may wait for a lock (default 60).</source>
        <translation>Nombre de secondes pendant lesquelles une instruction peut attendre un verrou (par défaut : 60).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>error: --lock-wait-timeout takes a number of seconds</source>
        <translation>erreur : --lock-wait-timeout accepte un nombre de secondes</translation>
    </message>
    <message>
        <source>error: --skip goes with --resume RUN</source>
        <translation>erreur : --skip va avec --resume RUN</translation>
    </message>
    <message>
        <source>error: --migrations DIR is required (or --resume RUN)</source>
        <translation>erreur : --migrations DIR est obligatoire (ou --resume RUN)</translation>
    </message>
    <message>
        <source>error: cannot tell whether another run of this database is open: %1</source>
        <translation>erreur : impossible de savoir si une autre exécution sur cette base de données est ouverte : %1</translation>
    </message>
    <message>
        <source>error: run %1 on this database is %2 at step %3 of %4; resume it (--resume %1) or end it (--abort %1, --resolve %1) first</source>
        <translation>erreur : l&apos;exécution %1 sur cette base de données est %2 à l&apos;étape %3 sur %4 ; reprenez-la (--resume %1) ou terminez-la (--abort %1, --resolve %1) d&apos;abord</translation>
    </message>
    <message>
        <source>error: nothing was run; pass --yes to run this plan</source>
        <translation>erreur : rien n&apos;a été exécuté ; passez --yes pour exécuter ce plan</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>error: unknown backend &quot;%1&quot; (known: systemd, commands)</source>
        <translation>erreur : mécanisme inconnu « %1 » (connus : systemd, commands)</translation>
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
        <translation>Comment le joindre : systemd (D-Bus, par défaut) ou commands.</translation>
    </message>
    <message>
        <source>Commands backend: the command line, run by /bin/sh.</source>
        <translation>Mécanisme « commands » : la ligne de commande, exécutée par /bin/sh.</translation>
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
        <translation>Mécanisme systemd : cette adresse D-Bus au lieu du bus système.</translation>
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
        <translation>erreur : indiquez quoi faire : backstep-cli service %1 --unit NAME</translation>
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
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>snapshot #%1 of %2 at version %3 (%4), %5: %6</source>
        <translation>instantané n° %1 de %2 à la version %3 (%4), %5 : %6</translation>
    </message>
    <message>
        <source>no objects</source>
        <translation>aucun objet</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>%1 (%2), history: %3 (%4), rollback order: %5</source>
        <translation>%1 (%2), historique : %3 (%4), ordre d&apos;annulation : %5</translation>
    </message>
    <message>
        <source>as applied</source>
        <translation>d&apos;après l&apos;application</translation>
    </message>
    <message>
        <source>by version</source>
        <translation>d&apos;après la version</translation>
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
        <translation>Afficher les N dernières lignes (par défaut : 10).</translation>
    </message>
    <message>
        <source>Keep printing new lines, across rotation and truncation, until interrupted.</source>
        <translation>Continuer d&apos;afficher les nouvelles lignes, malgré rotation et troncature, jusqu&apos;à interruption.</translation>
    </message>
    <message>
        <source>error: tail takes one FILE
</source>
        <translation>erreur : tail prend un seul FILE
</translation>
    </message>
    <message>
        <source>error: --lines needs a number ≥ 0, not &quot;%1&quot;
</source>
        <translation>erreur : --lines nécessite un nombre ≥ 0, pas « %1 »
</translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <source>error: say what to run: --profile NAME, or --command CMD (one or more)</source>
        <translation>erreur : indiquez quoi exécuter : --profile NAME, ou --command CMD (une ou plusieurs)</translation>
    </message>
    <message>
        <source>error: --dir, --timeout and --env go with --command; a profile keeps its own</source>
        <translation>erreur : --dir, --timeout et --env vont avec --command ; un profil garde les siens</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>error: the profile &quot;%1&quot; has no validation commands</source>
        <translation>erreur : le profil « %1 » n&apos;a pas de commande de validation</translation>
    </message>
    <message>
        <source>error: --timeout takes a number of seconds, at least 1</source>
        <translation>erreur : --timeout accepte un nombre de secondes, au moins 1</translation>
    </message>
    <message>
        <source>error: --env takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation>erreur : --env accepte NAME=VALUE, pas « %1 »</translation>
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
        <translation>Une ligne de commande à exécuter avec /bin/sh ; répétez l&apos;option pour en ajouter, exécutées dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>With --command: the folder to run in (default: the current one).</source>
        <translation>Avec --command : le dossier où exécuter (par défaut : le dossier courant).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>With --command: kill a command after this many seconds (default 300).</source>
        <translation>Avec --command : tuer une commande après ce nombre de secondes (par défaut : 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>With --command: add NAME=VALUE to the environment; repeatable. Never a secret: the command line is visible to every user.</source>
        <translation>Avec --command : ajouter NAME=VALUE à l&apos;environnement ; option répétable. Jamais de secret : la ligne de commande est visible par tous les utilisateurs.</translation>
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
        <translation> : %1 problèmes ; %2 contrôles réussis, %3 ignorés ; schéma attendu d&apos;après %4</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>  error: %1</source>
        <translation>  erreur : %1</translation>
    </message>
    <message>
        <source>  schema: %1</source>
        <translation>  schéma : %1</translation>
    </message>
    <message>
        <source>The version the database should be at (default: what its history says).</source>
        <translation>La version à laquelle la base de données devrait être (par défaut : celle qu&apos;indique son historique).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>The rollback run to verify (default: the newest finished one).</source>
        <translation>L&apos;exécution d&apos;annulation à vérifier (par défaut : la plus récente terminée).</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>Take assertions and validation commands from this profile.</source>
        <translation>Prendre les assertions et les commandes de validation dans ce profil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
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
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>error: --report writes .html, .pdf or .json, not %1</source>
        <translation>erreur : --report écrit du .html, .pdf ou .json, pas %1</translation>
    </message>
</context>
</TS>
