#include "ui/profileeditor.h"

#include "core/incidentnotice.h"
#include "core/migration.h"
#include "models/statuscolors.h"
#include "ops/connectiontester.h"
#include "ops/passwordkeyring.h"
#include "ops/servicecontroller.h"
#include "ui/keyringcheckbox.h"
#include "ui_profileeditor.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

namespace backstep {

namespace {

// The TLS settings as ConnectionSpec reads them from the URL's query (the clients'
// --ssl-mode names); "preferred" is the clients' default and is left out of the URL.
const QString sslModeKey = QStringLiteral("ssl-mode");
const QString sslCaKey = QStringLiteral("ssl-ca");
const QString sslCertKey = QStringLiteral("ssl-cert");
const QString sslKeyKey = QStringLiteral("ssl-key");
const QString connectTimeoutKey = QStringLiteral("connect-timeout");
const QString defaultSslMode = QStringLiteral("preferred");

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

void appendRow(QTableWidget *table, const QStringList &texts)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < texts.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
}

void removeSelectedRows(QTableWidget *table)
{
    QList<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.rbegin(), rows.rend());
    for (int row : rows)
        table->removeRow(row);
}

QString environmentText(const QMap<QString, QString> &environment)
{
    QStringList lines;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        lines.append(it.key() + u'=' + it.value());
    return lines.join(u'\n');
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    return lines;
}

} // namespace

ProfileEditor::ProfileEditor(ProfileStore store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileEditor>())
    , m_store(std::move(store))
{
    m_ui->setupUi(this);
    m_ui->engineCombo->addItem(tr("MySQL / MariaDB"), int(ConnectionSpec::Engine::MySql));
    m_ui->engineCombo->addItem(tr("SQLite"), int(ConnectionSpec::Engine::Sqlite));
    const QList<std::pair<QString, QString>> modes{
        {defaultSslMode, tr("preferred (the clients' default: TLS when the server offers it)")},
        {QStringLiteral("disabled"), tr("disabled")},
        {QStringLiteral("required"), tr("required (no certificate check)")},
        {QStringLiteral("verify-ca"), tr("verify-ca (the server's certificate, by the CA)")},
        {QStringLiteral("verify-identity"), tr("verify-identity (CA and host name)")},
    };
    for (const auto &[mode, text] : modes)
        m_ui->tlsModeCombo->addItem(text, mode);
    for (const QString &name : formatNames())
        m_ui->formatCombo->addItem(name, name);
    m_ui->backendCombo->addItem(tr("systemd (over D-Bus)"),
                                ServiceConfig::backendName(ServiceConfig::Backend::Systemd));
    m_ui->backendCombo->addItem(tr("commands (run by /bin/sh)"),
                                ServiceConfig::backendName(ServiceConfig::Backend::Commands));
    for (QTableWidget *table : {m_ui->contactsTable, m_ui->commandsTable, m_ui->assertionsTable})
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->commandsTable->setColumnWidth(1, 220);
    m_ui->assertionsTable->setColumnWidth(1, 320);
    new KeyringCheckBox(m_ui->rememberCheck, m_ui->keyringLabel);

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this,
            &ProfileEditor::currentChanged);
    connect(m_ui->engineCombo, &QComboBox::currentIndexChanged, this,
            &ProfileEditor::updateEngineFields);
    connect(m_ui->tlsModeCombo, &QComboBox::currentIndexChanged, this,
            &ProfileEditor::updateEngineFields);
    connect(m_ui->rememberCheck, &QCheckBox::toggled, this, &ProfileEditor::updateEngineFields);
    connect(m_ui->backendCombo, &QComboBox::currentIndexChanged, this,
            &ProfileEditor::updateBackendFields);
    // A webhook URL's path and query are its token: hidden as a password is until the DBA
    // asks to see it; the note under it says what is wrong while typing (saving refuses
    // the same, ConnectionProfile::problem), or where it posts, as redactedUrl() shows it.
    m_revealWebhook = m_ui->webhookEdit->addAction(QIcon::fromTheme(QStringLiteral("view-visible")),
                                                   QLineEdit::TrailingPosition);
    m_revealWebhook->setObjectName(QStringLiteral("revealWebhookAction"));
    m_revealWebhook->setCheckable(true);
    m_revealWebhook->setToolTip(tr("Show the whole webhook URL, its token included"));
    connect(m_revealWebhook, &QAction::toggled, this, [this](bool shown) {
        m_ui->webhookEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_revealWebhook->setIcon(QIcon::fromTheme(shown ? QStringLiteral("view-hidden")
                                                        : QStringLiteral("view-visible")));
        m_revealWebhook->setToolTip(shown ? tr("Hide the webhook URL's token")
                                          : tr("Show the whole webhook URL, its token included"));
    });
    connect(m_ui->webhookEdit, &QLineEdit::textChanged, this, &ProfileEditor::updateWebhookNote);
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] {
        ConnectionProfile fresh;
        fresh.name = tr("New profile");
        newProfile(fresh);
    });
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, [this] {
        auto edited = editedProfile();
        if (!edited) {
            showProblem(edited.error());
            return;
        }
        edited->name = tr("%1 (copy)").arg(edited->name);
        newProfile(edited.value());
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfileEditor::deleteProfile);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ProfileEditor::chooseImport);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ProfileEditor::chooseExport);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        if (auto saved = save(); !saved)
            showRefusal(saved.error());
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (auto saved = save(); !saved) {
            showRefusal(saved.error());
            return;
        }
        Q_EMIT openRequested(editedProfile().value());
        accept();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    // After a refused save, every edit asks again: the red words go once the DBA has
    // mended what they name, instead of blaming a field that is right by now.
    for (auto *line : findChildren<QLineEdit *>())
        connect(line, &QLineEdit::textChanged, this, &ProfileEditor::recheckRefusal);
    for (auto *text : findChildren<QPlainTextEdit *>())
        connect(text, &QPlainTextEdit::textChanged, this, &ProfileEditor::recheckRefusal);
    for (auto *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfileEditor::recheckRefusal);
    for (auto *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, &ProfileEditor::recheckRefusal);
    for (auto *table : findChildren<QTableWidget *>())
        connect(table, &QTableWidget::itemChanged, this, &ProfileEditor::recheckRefusal);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this,
            &ProfileEditor::testConnection);
    connect(m_ui->testServiceButton, &QPushButton::clicked, this, &ProfileEditor::testService);
    connect(m_ui->sqliteBrowseButton, &QToolButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("SQLite database"), m_ui->sqliteEdit->text());
        if (!file.isEmpty())
            m_ui->sqliteEdit->setText(file);
    });
    connect(m_ui->folderBrowseButton, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Migrations folder"),
                                                              m_ui->folderEdit->text());
        if (!dir.isEmpty())
            m_ui->folderEdit->setText(dir);
    });
    connect(m_ui->addContactButton, &QPushButton::clicked, this,
            [this] { appendRow(m_ui->contactsTable, {QString(), QString()}); });
    connect(m_ui->removeContactButton, &QPushButton::clicked, this,
            [this] { removeSelectedRows(m_ui->contactsTable); });
    connect(m_ui->playbookContactsButton, &QPushButton::clicked, this, [this] {
        for (const Contact &contact : ConnectionProfile::playbookContacts())
            appendRow(m_ui->contactsTable, {contact.name, contact.email});
    });
    connect(m_ui->addCommandButton, &QPushButton::clicked, this, [this] {
        appendRow(m_ui->commandsTable,
                  {QString(), QString(), QString(), QStringLiteral("300"), QString()});
    });
    connect(m_ui->removeCommandButton, &QPushButton::clicked, this,
            [this] { removeSelectedRows(m_ui->commandsTable); });
    connect(m_ui->addAssertionButton, &QPushButton::clicked, this,
            [this] { appendRow(m_ui->assertionsTable, {QString(), QString(), QString()}); });
    connect(m_ui->removeAssertionButton, &QPushButton::clicked, this,
            [this] { removeSelectedRows(m_ui->assertionsTable); });
    connect(&m_connectionTest, &QFutureWatcher<Result<QString>>::finished, this, [this] {
        m_ui->testConnectionButton->setEnabled(true);
        const Result<QString> answer = m_connectionTest.result();
        m_ui->connectionResultLabel->setText(answer ? tr("Connected: %1").arg(answer.value())
                                                    : answer.error());
        m_ui->connectionResultLabel->setStyleSheet(
            QStringLiteral("color: %1;")
                .arg(StatusColors::of(answer ? Tone::Good : Tone::Bad).name()));
    });

    reloadList();
    if (m_ui->profileList->count() == 0) {
        ConnectionProfile fresh;
        fresh.name = tr("New profile");
        showProfile(fresh);
    }
}

ProfileEditor::~ProfileEditor()
{
    m_connectionTest.waitForFinished();
}

QString ProfileEditor::problemText() const
{
    return m_ui->problemLabel->text();
}

void ProfileEditor::updateWebhookNote()
{
    const QString url = m_ui->webhookEdit->text().trimmed();
    const QString problem = webhookUrlProblem(url);
    QString note = problem;
    if (problem.isEmpty() && !url.isEmpty())
        note = tr("Posts to %1 (the rest, its token, is hidden)").arg(redactedUrl(url));
    m_ui->webhookNoteLabel->setText(note);
    m_ui->webhookNoteLabel->setStyleSheet(
        problem.isEmpty() ? QString()
                          : QStringLiteral("color: %1;").arg(StatusColors::of(Tone::Bad).name()));
}

void ProfileEditor::showRefusal(const QString &text)
{
    showProblem(text);
    m_refused = true;
}

void ProfileEditor::recheckRefusal()
{
    if (!m_refused)
        return;
    if (auto edited = editedProfile(); !edited) {
        showRefusal(edited.error());
        return;
    }
    showProblem(tr("Not saved yet."), false);
}

void ProfileEditor::showProblem(const QString &text, bool bad)
{
    m_refused = false;
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setStyleSheet(
        text.isEmpty() ? QString()
                       : QStringLiteral("color: %1;")
                             .arg(StatusColors::of(bad ? Tone::Bad : Tone::Good).name()));
}

void ProfileEditor::reloadList(const QString &select)
{
    auto names = m_store.names();
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    if (!names) {
        showProblem(names.error());
        return;
    }
    m_ui->profileList->addItems(names.value());
    const int row = select.isEmpty() ? 0 : int(names->indexOf(select));
    if (!names->isEmpty()) {
        m_ui->profileList->setCurrentRow(std::max(0, row));
        currentChanged();
    }
}

bool ProfileEditor::selectProfile(const QString &name)
{
    const auto found = m_ui->profileList->findItems(name, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    m_ui->profileList->setCurrentItem(found.first());
    return true;
}

void ProfileEditor::currentChanged()
{
    const QListWidgetItem *item = m_ui->profileList->currentItem();
    if (!item)
        return;
    auto profile = m_store.load(item->text());
    if (!profile) {
        showProblem(profile.error());
        return;
    }
    showProfile(profile.value());
    showProblem({});
}

void ProfileEditor::newProfile(const ConnectionProfile &from)
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->setCurrentRow(-1);
    showProfile(from);
    m_shownName.clear();
    m_ui->tabs->setCurrentIndex(0);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
    showProblem(tr("Not saved yet."), false);
}

void ProfileEditor::showProfile(const ConnectionProfile &profile)
{
    m_refused = false; // another profile: its own problems, if any, come on its save
    m_shownName = profile.name;
    m_revealWebhook->setChecked(false);
    m_ui->webhookEdit->setText(profile.webhookUrl);
    m_ui->webhookCaEdit->setText(profile.webhookCaFile);
    m_ui->nameEdit->setText(profile.name);
    m_ui->passwordEdit->clear();
    m_ui->connectionResultLabel->clear();
    m_ui->serviceResultLabel->clear();
    // The URL's parts as fields; the TLS settings are its query.
    const QUrl url(profile.url);
    const bool sqlite = profile.url.startsWith(QLatin1StringView("sqlite:"), Qt::CaseInsensitive);
    m_ui->engineCombo->setCurrentIndex(m_ui->engineCombo->findData(
        int(sqlite ? ConnectionSpec::Engine::Sqlite : ConnectionSpec::Engine::MySql)));
    m_ui->hostEdit->setText(sqlite ? QString() : url.host());
    m_ui->portSpin->setValue(sqlite ? 3306 : url.port(3306));
    m_ui->userEdit->setText(sqlite ? QString() : url.userName());
    m_ui->databaseEdit->setText(sqlite ? QString() : url.path().mid(1));
    m_ui->sqliteEdit->setText(sqlite ? profile.url.mid(7) : QString());
    const QUrlQuery query(url);
    const QString mode = query.queryItemValue(sslModeKey, QUrl::FullyDecoded);
    m_ui->tlsModeCombo->setCurrentIndex(
        std::max(0, m_ui->tlsModeCombo->findData(mode.isEmpty() ? defaultSslMode : mode)));
    m_ui->caEdit->setText(query.queryItemValue(sslCaKey, QUrl::FullyDecoded));
    m_ui->certEdit->setText(query.queryItemValue(sslCertKey, QUrl::FullyDecoded));
    m_ui->keyEdit->setText(query.queryItemValue(sslKeyKey, QUrl::FullyDecoded));
    m_ui->connectTimeoutSpin->setValue(query.queryItemValue(connectTimeoutKey).toInt());
    if (m_ui->rememberCheck->isEnabled() || !profile.rememberPassword)
        m_ui->rememberCheck->setChecked(profile.rememberPassword);

    m_ui->folderEdit->setText(profile.migrationsFolder);
    m_ui->formatCombo->setCurrentIndex(
        std::max(0, m_ui->formatCombo->findData(profile.migrationsFormat)));
    m_ui->historyTableEdit->setText(profile.historyTable.table);
    m_ui->versionColumnEdit->setText(profile.historyTable.versionColumn);
    m_ui->appliedAtColumnEdit->setText(profile.historyTable.appliedAtColumn);

    const ServiceConfig &service = profile.service;
    m_ui->unitEdit->setText(service.unit);
    m_ui->backendCombo->setCurrentIndex(
        m_ui->backendCombo->findData(ServiceConfig::backendName(service.backend)));
    m_ui->stopEdit->setPlainText(service.stopCommand);
    m_ui->startEdit->setPlainText(service.startCommand);
    m_ui->restartEdit->setPlainText(service.restartCommand);
    m_ui->statusEdit->setPlainText(service.statusCommand);
    m_ui->serviceTimeoutSpin->setValue(service.timeoutSeconds);

    m_ui->logFilesEdit->setPlainText(profile.logFiles.join(u'\n'));
    m_ui->contactsTable->setRowCount(0);
    for (const Contact &contact : profile.contacts)
        appendRow(m_ui->contactsTable, {contact.name, contact.email});
    m_ui->commandsTable->setRowCount(0);
    for (const ValidationCommand &command : profile.validationCommands)
        appendRow(m_ui->commandsTable,
                  {command.name, command.command, command.workingDirectory,
                   QString::number(command.timeoutSeconds), environmentText(command.environment)});
    m_ui->assertionsTable->setRowCount(0);
    for (const Assertion &assertion : profile.assertions)
        appendRow(m_ui->assertionsTable, {assertion.name, assertion.sql, assertion.expected});
    updateEngineFields();
    updateBackendFields();
}

void ProfileEditor::updateEngineFields()
{
    const bool sqlite =
        m_ui->engineCombo->currentData().toInt() == int(ConnectionSpec::Engine::Sqlite);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_ui->hostEdit, m_ui->portSpin, m_ui->userEdit, m_ui->databaseEdit, m_ui->tlsModeCombo,
             m_ui->connectTimeoutSpin})
        widget->setEnabled(!sqlite);
    const bool tls = !sqlite && m_ui->tlsModeCombo->currentData().toString() != u"disabled";
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_ui->caEdit, m_ui->certEdit, m_ui->keyEdit})
        widget->setEnabled(tls);
    m_ui->sqliteEdit->setEnabled(sqlite);
    m_ui->sqliteBrowseButton->setEnabled(sqlite);
    m_ui->passwordEdit->setEnabled(!sqlite && m_ui->rememberCheck->isChecked());
}

void ProfileEditor::updateBackendFields()
{
    const bool commands = m_ui->backendCombo->currentData().toString() ==
                          ServiceConfig::backendName(ServiceConfig::Backend::Commands);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_ui->stopEdit, m_ui->startEdit,
                                                            m_ui->restartEdit, m_ui->statusEdit})
        widget->setEnabled(commands);
}

Result<QString> ProfileEditor::connectionUrl() const
{
    if (m_ui->engineCombo->currentData().toInt() == int(ConnectionSpec::Engine::Sqlite)) {
        const QString file = m_ui->sqliteEdit->text().trimmed();
        return file.isEmpty() ? QString() : QStringLiteral("sqlite:") + file;
    }
    const QString host = m_ui->hostEdit->text().trimmed();
    const QString user = m_ui->userEdit->text().trimmed();
    const QString database = m_ui->databaseEdit->text().trimmed();
    if (host.isEmpty() && user.isEmpty() && database.isEmpty())
        return QString(); // a profile for the service and logs only
    QUrl url;
    url.setScheme(QStringLiteral("mysql"));
    url.setUserName(user);
    url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    url.setPort(m_ui->portSpin->value());
    url.setPath(u'/' + database);
    QUrlQuery query;
    const QString mode = m_ui->tlsModeCombo->currentData().toString();
    if (mode != defaultSslMode)
        query.addQueryItem(sslModeKey, mode);
    if (mode != u"disabled") {
        for (const auto &[key, edit] :
             {std::pair{sslCaKey, m_ui->caEdit}, std::pair{sslCertKey, m_ui->certEdit},
              std::pair{sslKeyKey, m_ui->keyEdit}})
            if (!edit->text().trimmed().isEmpty())
                query.addQueryItem(
                    key, QString::fromUtf8(QUrl::toPercentEncoding(edit->text().trimmed(), "/")));
    }
    if (m_ui->connectTimeoutSpin->value() > 0)
        query.addQueryItem(connectTimeoutKey, QString::number(m_ui->connectTimeoutSpin->value()));
    if (!query.isEmpty())
        url.setQuery(query);
    const QString text = url.toString(QUrl::FullyEncoded);
    if (auto spec = ConnectionSpec::parse(text); !spec)
        return spec.failure();
    return text;
}

Result<ConnectionProfile> ProfileEditor::editedProfile() const
{
    ConnectionProfile profile;
    profile.name = m_ui->nameEdit->text().trimmed();
    auto url = connectionUrl();
    if (!url)
        return url.failure();
    profile.url = url.value();
    profile.rememberPassword = m_ui->rememberCheck->isChecked();
    profile.webhookUrl = m_ui->webhookEdit->text().trimmed();
    profile.webhookCaFile = m_ui->webhookCaEdit->text().trimmed();
    profile.migrationsFolder = m_ui->folderEdit->text().trimmed();
    profile.migrationsFormat = m_ui->formatCombo->currentData().toString();
    profile.historyTable = {m_ui->historyTableEdit->text().trimmed(),
                            m_ui->versionColumnEdit->text().trimmed(),
                            m_ui->appliedAtColumnEdit->text().trimmed()};

    ServiceConfig &service = profile.service;
    service.unit = m_ui->unitEdit->text().trimmed();
    service.backend = ServiceConfig::backendFromName(m_ui->backendCombo->currentData().toString())
                          .value_or(ServiceConfig::Backend::Systemd);
    // Commands exactly as typed: `;`, `#`, quotes and line breaks are the shell's business.
    service.stopCommand = m_ui->stopEdit->toPlainText();
    service.startCommand = m_ui->startEdit->toPlainText();
    service.restartCommand = m_ui->restartEdit->toPlainText();
    service.statusCommand = m_ui->statusEdit->toPlainText();
    service.timeoutSeconds = m_ui->serviceTimeoutSpin->value();

    profile.logFiles = nonEmptyLines(m_ui->logFilesEdit->toPlainText());
    const QTableWidget *contacts = m_ui->contactsTable;
    for (int row = 0; row < contacts->rowCount(); ++row)
        if (!cell(contacts, row, 0).trimmed().isEmpty() ||
            !cell(contacts, row, 1).trimmed().isEmpty())
            profile.contacts.append(
                {cell(contacts, row, 0).trimmed(), cell(contacts, row, 1).trimmed()});
    const QTableWidget *commands = m_ui->commandsTable;
    for (int row = 0; row < commands->rowCount(); ++row) {
        ValidationCommand command;
        command.name = cell(commands, row, 0);
        command.command = cell(commands, row, 1);
        command.workingDirectory = cell(commands, row, 2).trimmed();
        bool ok = false;
        command.timeoutSeconds = cell(commands, row, 3).trimmed().toInt(&ok);
        if (!ok)
            return Error{tr("Validation command %1: the timeout \"%2\" is not a number of seconds")
                             .arg(row + 1)
                             .arg(cell(commands, row, 3))};
        for (const QString &line : nonEmptyLines(cell(commands, row, 4))) {
            const qsizetype equals = line.indexOf(u'=');
            if (equals <= 0)
                return Error{
                    tr("Validation command %1: \"%2\" is not NAME=value").arg(row + 1).arg(line)};
            command.environment.insert(line.left(equals).trimmed(), line.mid(equals + 1));
        }
        if (command.name.isEmpty() && command.command.trimmed().isEmpty())
            continue;
        profile.validationCommands.append(command);
    }
    const QTableWidget *assertions = m_ui->assertionsTable;
    for (int row = 0; row < assertions->rowCount(); ++row)
        if (!cell(assertions, row, 1).trimmed().isEmpty())
            profile.assertions.append(
                {cell(assertions, row, 0), cell(assertions, row, 1), cell(assertions, row, 2)});
    if (const QString problem = profile.problem(); !problem.isEmpty())
        return Error{problem};
    return profile;
}

Result<void> ProfileEditor::save()
{
    auto profile = editedProfile();
    if (!profile)
        return profile.failure();
    if (auto saved =
            m_store.replace(m_shownName.isEmpty() ? profile->name : m_shownName, profile.value());
        !saved)
        return saved.failure();
    // The password goes to the keyring only, and only when asked for; unticking the box
    // takes it out of the keyring again.
    if (auto spec = ConnectionSpec::parse(profile->url); spec && spec->needsPassword()) {
        PasswordKeyring &keyring = PasswordKeyring::instance();
        const QString key = PasswordKeyring::keyFor(spec.value());
        auto report = [this](const Result<void> &done) {
            if (!done)
                showProblem(done.error());
        };
        if (profile->rememberPassword && !m_ui->passwordEdit->text().isEmpty())
            keyring.write(key, m_ui->passwordEdit->text(), this, report);
        else if (!profile->rememberPassword &&
                 keyring.availability() == PasswordKeyring::Availability::Available)
            keyring.forget(key, this, report);
    }
    m_ui->passwordEdit->clear();
    reloadList(profile->name);
    showProblem(tr("Saved to %1.").arg(m_store.file()), false);
    return {};
}

void ProfileEditor::deleteProfile()
{
    if (m_shownName.isEmpty()) {
        reloadList();
        return;
    }
    if (QMessageBox::question(this, tr("Delete profile"),
                              tr("Delete the profile \"%1\"?").arg(m_shownName)) !=
        QMessageBox::Yes)
        return;
    if (auto removed = m_store.remove(m_shownName); !removed) {
        showProblem(removed.error());
        return;
    }
    reloadList();
}

Result<void> ProfileEditor::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read %1: %2").arg(path, file.errorString())};
    auto profiles = ProfileStore::readDocument(file.readAll(), path);
    if (!profiles)
        return profiles.failure();
    auto names = m_store.names();
    if (!names)
        return names.failure();
    for (const ConnectionProfile &profile : profiles.value())
        if (names->contains(profile.name))
            return Error{tr("there is already a profile named \"%1\": rename or delete it first")
                             .arg(profile.name)};
    for (const ConnectionProfile &profile : profiles.value())
        if (auto saved = m_store.save(profile); !saved)
            return saved.failure();
    reloadList(profiles->first().name);
    showProblem(tr("Imported %n profile(s) from %1.", nullptr, int(profiles->size())).arg(path),
                false);
    return {};
}

Result<void> ProfileEditor::exportTo(const QString &path) const
{
    auto profile = editedProfile();
    if (!profile)
        return profile.failure();
    QSaveFile file(path);
    const QByteArray document = ProfileStore::exportDocument(profile.value());
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() ||
        !file.commit())
        return Error{tr("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

void ProfileEditor::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import profiles"), {},
                                                      tr("Backstep profiles (*.json)"));
    if (path.isEmpty())
        return;
    if (auto imported = importFile(path); !imported)
        showProblem(imported.error());
}

void ProfileEditor::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export profile"), m_ui->nameEdit->text() + QStringLiteral(".json"),
        tr("Backstep profiles (*.json)"));
    if (path.isEmpty())
        return;
    if (auto written = exportTo(path); !written)
        showProblem(written.error());
    else
        showProblem(tr("Exported to %1.").arg(path), false);
}

void ProfileEditor::testConnection()
{
    auto url = connectionUrl();
    if (!url || url->isEmpty()) {
        m_ui->connectionResultLabel->setText(url ? tr("No database named.") : url.error());
        return;
    }
    const ConnectionSpec spec = ConnectionSpec::parse(url.value()).value();
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->connectionResultLabel->setStyleSheet({});
    m_ui->connectionResultLabel->setText(tr("Connecting to %1…").arg(spec.url()));
    auto run = [this, spec](const QString &password) {
        m_connectionTest.setFuture(ConnectionTester::start(spec, password));
    };
    // The password typed here, else the one the keyring remembers, else none (the server
    // then says it wants one).
    PasswordKeyring &keyring = PasswordKeyring::instance();
    if (!spec.needsPassword() || !m_ui->passwordEdit->text().isEmpty() ||
        keyring.availability() != PasswordKeyring::Availability::Available) {
        run(m_ui->passwordEdit->text());
        return;
    }
    keyring.read(PasswordKeyring::keyFor(spec), this,
                 [run](const Result<std::optional<QString>> &stored) {
                     run(stored && stored.value() ? *stored.value() : QString());
                 });
}

void ProfileEditor::testService()
{
    auto profile = editedProfile();
    if (!profile) {
        m_ui->serviceResultLabel->setText(profile.error());
        return;
    }
    if (const QString problem = profile->service.problem(); !problem.isEmpty()) {
        m_ui->serviceResultLabel->setText(problem);
        return;
    }
    m_serviceTest = ServiceController::create(profile->service, {});
    m_ui->testServiceButton->setEnabled(false);
    m_ui->serviceResultLabel->setText(tr("Asking for the state of %1…").arg(profile->service.unit));
    connect(
        m_serviceTest.get(), &ServiceController::finished, this,
        [this](const ServiceResult &result) {
            m_ui->testServiceButton->setEnabled(true);
            const ServiceStatus &status = result.status;
            QString text = result.ok ? tr("Observed: %1").arg(serviceStateLabel(status.state))
                                     : result.message;
            if (result.ok && status.since.isValid())
                text += tr(" since %1")
                            .arg(QLocale().toString(status.since.toLocalTime(),
                                                    QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            if (result.ok && !status.detail.trimmed().isEmpty())
                text += QStringLiteral(" (%1)").arg(status.detail.trimmed());
            m_ui->serviceResultLabel->setText(text);
            m_ui->serviceResultLabel->setStyleSheet(
                QStringLiteral("color: %1;")
                    .arg(StatusColors::of(!result.ok                             ? Tone::Bad
                                          : status.state == ServiceState::Active ? Tone::Good
                                                                                 : Tone::Neutral)
                             .name()));
        });
    m_serviceTest->requestStatus();
}

} // namespace backstep
