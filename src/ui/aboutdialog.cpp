#include "ui/aboutdialog.h"

#include "ui/appearance.h"
#include "ui/componentversions.h"
#include "ui_aboutdialog.h"

#include <QHeaderView>

namespace backstep {

AboutDialog::AboutDialog(const QString &server, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(Appearance::applicationIcon().pixmap(64, 64));
    const QList<ComponentVersion> versions = componentVersions();
    m_ui->titleLabel->setText(
        QStringLiteral("<h2>Backstep %1</h2>").arg(versions.first().version.toHtmlEscaped()));

    QList<std::pair<QString, QString>> rows;
    for (const ComponentVersion &component : versions.mid(1))
        rows.append({component.name, component.version});
    rows.append({tr("Database server"), server.isEmpty() ? tr("not connected") : server});
    m_ui->versionsTable->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_ui->versionsTable->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_ui->versionsTable->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    m_ui->versionsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QStringList AboutDialog::versionLines() const
{
    QStringList lines;
    for (int row = 0; row < m_ui->versionsTable->rowCount(); ++row)
        lines.append(QStringLiteral("%1: %2").arg(m_ui->versionsTable->item(row, 0)->text(),
                                                  m_ui->versionsTable->item(row, 1)->text()));
    return lines;
}

} // namespace backstep
