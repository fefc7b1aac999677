#include "ui/shortcutsdialog.h"

#include "ui_shortcutsdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>

namespace backstep {

namespace {

QString plainText(const QAction *action)
{
    // "&Open…" → "Open…"; "&&" stays a literal ampersand.
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

void addMenu(QTreeWidget *tree, const QMenu *menu, const QString &path)
{
    QTreeWidgetItem *group = nullptr;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *submenu = action->menu()) {
            addMenu(tree, submenu, path + QStringLiteral(" ▸ ") + plainText(action));
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        if (!group) {
            group = new QTreeWidgetItem(tree, {path});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts.append(key.toString(QKeySequence::NativeText));
        new QTreeWidgetItem(group, {plainText(action), texts.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    for (const QAction *action : menuBar->actions())
        if (const QMenu *menu = action->menu())
            addMenu(m_ui->shortcutsTree, menu, plainText(action));
    m_ui->shortcutsTree->expandAll();
    m_ui->shortcutsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->shortcutsTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->shortcutsTree->header()->setStretchLastSection(false);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QTreeWidget *ShortcutsDialog::tree() const
{
    return m_ui->shortcutsTree;
}

QMap<QString, QString> ShortcutsDialog::shortcuts() const
{
    QMap<QString, QString> all;
    for (int g = 0; g < m_ui->shortcutsTree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_ui->shortcutsTree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            all.insert(group->child(i)->text(0), group->child(i)->text(1));
    }
    return all;
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    for (int g = 0; g < m_ui->shortcutsTree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_ui->shortcutsTree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() ||
                               item->text(0).contains(text, Qt::CaseInsensitive) ||
                               item->text(1).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace backstep
