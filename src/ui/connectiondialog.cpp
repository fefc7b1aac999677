#include "ui/connectiondialog.h"

#include "ui/recentconnections.h"
#include "ui_connectiondialog.h"

#include <QFileDialog>
#include <QPushButton>

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
    m_ui->migrationsEdit->setText(entry.migrations);
    m_ui->formatCombo->setCurrentIndex(std::max(0, m_ui->formatCombo->findData(entry.format)));
    m_ui->passwordEdit->clear();
}

void ConnectionDialog::updateEngineFields()
{
    const bool sqlite =
        m_ui->engineCombo->currentData().toInt() == int(ConnectionSpec::Engine::Sqlite);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->hostEdit), static_cast<QWidget *>(m_ui->portSpin),
          static_cast<QWidget *>(m_ui->userEdit), static_cast<QWidget *>(m_ui->passwordEdit),
          static_cast<QWidget *>(m_ui->databaseEdit)})
        widget->setEnabled(!sqlite);
    m_ui->sqliteEdit->setEnabled(sqlite);
    m_ui->sqliteBrowseButton->setEnabled(sqlite);
}

Result<WorkspaceRequest> ConnectionDialog::readFields() const
{
    QString url;
    if (m_ui->engineCombo->currentData().toInt() == int(ConnectionSpec::Engine::Sqlite)) {
        url = QStringLiteral("sqlite:") + m_ui->sqliteEdit->text().trimmed();
    } else {
        const QString host = m_ui->hostEdit->text().trimmed();
        url = QStringLiteral("mysql://%1@%2:%3/%4")
                  .arg(m_ui->userEdit->text().trimmed(),
                       host.isEmpty() ? QStringLiteral("localhost") : host)
                  .arg(m_ui->portSpin->value())
                  .arg(m_ui->databaseEdit->text().trimmed());
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
        {m_request.connection.url(), m_request.migrationsFolder, formatName(m_request.format)});
    QDialog::accept();
}

} // namespace backstep
