#include "ui/connectiondialog.h"

#include "ops/passwordkeyring.h"
#include "ui/keyringcheckbox.h"
#include "ui/recentconnections.h"
#include "ui_connectiondialog.h"

#include <QFileDialog>
#include <QLoggingCategory>
#include <QPushButton>

Q_LOGGING_CATEGORY(lcConnectionDialog, "backstep.ui.connection", QtInfoMsg)

namespace backstep {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    m_ui->engineCombo->addItem(tr("MySQL / MariaDB"), int(ConnectionSpec::Engine::MySql));
    m_ui->engineCombo->addItem(tr("SQLite"), int(ConnectionSpec::Engine::Sqlite));
    for (const QString &name : formatNames())
        m_ui->formatCombo->addItem(name, name);
    using Mode = ConnectionSpec::TlsMode;
    for (const auto &[mode, text] :
         {std::pair{Mode::Preferred, tr("preferred: TLS when the server offers it")},
          std::pair{Mode::Required, tr("required: refuse an unencrypted connection")},
          std::pair{Mode::VerifyCa, tr("verify-ca: TLS, certificate signed by the CA file")},
          std::pair{Mode::VerifyIdentity,
                    tr("verify-identity: as verify-ca, and the host's name in it")},
          std::pair{Mode::Disabled, tr("disabled: never TLS")}})
        m_ui->tlsModeCombo->addItem(text, int(mode));
    new KeyringCheckBox(m_ui->rememberCheck, m_ui->keyringLabel);

    m_ui->recentCombo->addItem(tr("(new connection)"));
    for (const auto &entry : RecentConnections::load())
        m_ui->recentCombo->addItem(entry.url + QStringLiteral("  —  ") + entry.migrations);

    connect(m_ui->recentCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::fillFromRecent);
    connect(m_ui->engineCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::updateEngineFields);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_ui->sqliteBrowseButton, &QToolButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("SQLite database"), m_ui->sqliteEdit->text());
        if (!file.isEmpty())
            m_ui->sqliteEdit->setText(file);
    });
    connect(m_ui->tlsModeCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::updateEngineFields);
    connect(m_ui->caBrowseButton, &QToolButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Certificate authority"), m_ui->caEdit->text());
        if (!file.isEmpty())
            m_ui->caEdit->setText(file);
    });
    connect(m_ui->migrationsBrowseButton, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Migrations folder"),
                                                              m_ui->migrationsEdit->text());
        if (!dir.isEmpty())
            m_ui->migrationsEdit->setText(dir);
    });
    updateEngineFields();
    if (m_ui->recentCombo->count() > 1)
        m_ui->recentCombo->setCurrentIndex(1);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::fillFromRecent(int index)
{
    const auto entries = RecentConnections::load();
    if (index < 1 || index > entries.size())
        return;
    const auto &entry = entries[index - 1];
    auto spec = ConnectionSpec::parse(entry.url);
    if (!spec)
        return;
    m_ui->engineCombo->setCurrentIndex(m_ui->engineCombo->findData(int(spec->engine)));
    m_ui->hostEdit->setText(spec->host);
    m_ui->portSpin->setValue(spec->port);
    m_ui->userEdit->setText(spec->user);
    m_ui->databaseEdit->setText(spec->database);
    m_ui->sqliteEdit->setText(spec->sqlitePath);
    m_ui->tlsModeCombo->setCurrentIndex(
        std::max(0, m_ui->tlsModeCombo->findData(int(spec->tlsMode))));
    m_ui->caEdit->setText(spec->sslCa);
    m_ui->certEdit->setText(spec->sslCert);
    m_ui->keyEdit->setText(spec->sslKey);
    m_ui->connectTimeoutSpin->setValue(spec->connectTimeoutSeconds);
    m_ui->migrationsEdit->setText(entry.migrations);
    m_ui->formatCombo->setCurrentIndex(std::max(0, m_ui->formatCombo->findData(entry.format)));
    m_ui->passwordEdit->clear();
    // A password remembered for this account fills the field (never a settings file).
    PasswordKeyring &keyring = PasswordKeyring::instance();
    if (!spec->needsPassword() ||
        keyring.availability() != PasswordKeyring::Availability::Available)
        return;
    const QString key = PasswordKeyring::keyFor(spec.value());
    keyring.read(key, this, [this, key](const Result<std::optional<QString>> &stored) {
        if (!stored || !stored.value() || !m_ui->passwordEdit->text().isEmpty())
            return;
        auto current = readFields();
        if (!current || PasswordKeyring::keyFor(current->connection) != key)
            return; // the DBA moved on to another connection meanwhile
        m_ui->passwordEdit->setText(*stored.value());
        m_ui->rememberCheck->setChecked(true);
    });
}

void ConnectionDialog::updateEngineFields()
{
    const bool sqlite =
        m_ui->engineCombo->currentData().toInt() == int(ConnectionSpec::Engine::Sqlite);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->hostEdit), static_cast<QWidget *>(m_ui->portSpin),
          static_cast<QWidget *>(m_ui->userEdit), static_cast<QWidget *>(m_ui->passwordEdit),
          static_cast<QWidget *>(m_ui->databaseEdit), static_cast<QWidget *>(m_ui->tlsModeCombo),
          static_cast<QWidget *>(m_ui->connectTimeoutSpin)})
        widget->setEnabled(!sqlite);
    const bool tls = !sqlite && m_ui->tlsModeCombo->currentData().toInt() !=
                                    int(ConnectionSpec::TlsMode::Disabled);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->caEdit), static_cast<QWidget *>(m_ui->caBrowseButton),
          static_cast<QWidget *>(m_ui->certEdit), static_cast<QWidget *>(m_ui->keyEdit)})
        widget->setEnabled(tls);
    m_ui->sqliteEdit->setEnabled(sqlite);
    m_ui->sqliteBrowseButton->setEnabled(sqlite);
}

Result<WorkspaceRequest> ConnectionDialog::readFields() const
{
    QString url;
    if (m_ui->engineCombo->currentData().toInt() == int(ConnectionSpec::Engine::Sqlite)) {
        url = QStringLiteral("sqlite:") + m_ui->sqliteEdit->text().trimmed();
    } else {
        // Built field by field and read back: a database named with '#' or '?' stays
        // whole, and the URL's own checks (TLS files, timeouts) apply.
        ConnectionSpec fields;
        fields.engine = ConnectionSpec::Engine::MySql;
        const QString host = m_ui->hostEdit->text().trimmed();
        fields.host = host.isEmpty() ? QStringLiteral("localhost") : host;
        fields.port = m_ui->portSpin->value();
        fields.user = m_ui->userEdit->text().trimmed();
        fields.database = m_ui->databaseEdit->text().trimmed();
        fields.tlsMode = ConnectionSpec::TlsMode(m_ui->tlsModeCombo->currentData().toInt());
        if (fields.tlsMode != ConnectionSpec::TlsMode::Disabled) {
            fields.sslCa = m_ui->caEdit->text().trimmed();
            fields.sslCert = m_ui->certEdit->text().trimmed();
            fields.sslKey = m_ui->keyEdit->text().trimmed();
        }
        fields.connectTimeoutSeconds = m_ui->connectTimeoutSpin->value();
        url = fields.fullUrl();
    }
    auto spec = ConnectionSpec::parse(url);
    if (!spec)
        return spec.failure();
    if (m_ui->migrationsEdit->text().trimmed().isEmpty())
        return Error{tr("Choose the migrations folder.")};
    WorkspaceRequest request;
    request.connection = spec.value();
    request.password = m_ui->passwordEdit->text();
    request.migrationsFolder = m_ui->migrationsEdit->text().trimmed();
    request.format =
        formatFromName(m_ui->formatCombo->currentData().toString()).value_or(MigrationFormat::Auto);
    return request;
}

void ConnectionDialog::accept()
{
    auto request = readFields();
    if (!request) {
        m_ui->problemLabel->setText(request.error());
        return;
    }
    m_request = request.value();
    RecentConnections::remember(
        {m_request.connection.fullUrl(), m_request.migrationsFolder, formatName(m_request.format)});
    if (m_request.connection.needsPassword() && m_ui->rememberCheck->isEnabled() &&
        m_ui->rememberCheck->isChecked())
        PasswordKeyring::instance().write(
            PasswordKeyring::keyFor(m_request.connection), m_request.password,
            QCoreApplication::instance(), [](const Result<void> &stored) {
                if (!stored)
                    qCWarning(lcConnectionDialog).noquote() << stored.error();
            });
    QDialog::accept();
}

} // namespace backstep
