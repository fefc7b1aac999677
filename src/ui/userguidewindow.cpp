#include "ui/userguidewindow.h"

#include "ui/guidebrowser.h"
#include "ui_userguidewindow.h"

#include <QIcon>
#include <QKeySequence>
#include <QScrollBar>
#include <QShortcut>

namespace backstep {

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::UserGuideWindow>())
{
    m_ui->setupUi(this);
    m_ui->backButton->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    m_ui->forwardButton->setIcon(QIcon::fromTheme(QStringLiteral("go-next")));
    m_ui->homeButton->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    m_ui->backButton->setShortcut(QKeySequence::Back);
    m_ui->forwardButton->setShortcut(QKeySequence::Forward);
    m_ui->backButton->setEnabled(false);
    m_ui->forwardButton->setEnabled(false);

    connect(m_ui->backButton, &QToolButton::clicked, m_ui->browser, &QTextBrowser::backward);
    connect(m_ui->forwardButton, &QToolButton::clicked, m_ui->browser, &QTextBrowser::forward);
    connect(m_ui->homeButton, &QToolButton::clicked, this, [this] { showSection(); });
    connect(m_ui->browser, &QTextBrowser::backwardAvailable, m_ui->backButton,
            &QToolButton::setEnabled);
    connect(m_ui->browser, &QTextBrowser::forwardAvailable, m_ui->forwardButton,
            &QToolButton::setEnabled);
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, [this] { find(false); });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_ui->findEdit->setFocus();
        m_ui->findEdit->selectAll();
    });
    auto *findNext = new QShortcut(QKeySequence::FindNext, this);
    connect(findNext, &QShortcut::activated, this, [this] { find(false); });
    auto *findPrevious = new QShortcut(QKeySequence::FindPrevious, this);
    connect(findPrevious, &QShortcut::activated, this, [this] { find(true); });
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    showSection();
}

UserGuideWindow::~UserGuideWindow() = default;

QUrl UserGuideWindow::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/docs/user-guide.md"));
}

GuideBrowser *UserGuideWindow::browser() const
{
    return m_ui->browser;
}

void UserGuideWindow::showSection(const QString &anchor)
{
    QUrl url = guideUrl();
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    if (m_ui->browser->source().matches(guideUrl(), QUrl::RemoveFragment) && !anchor.isEmpty())
        m_ui->browser->scrollToAnchor(anchor);
    else
        m_ui->browser->setSource(url, QTextDocument::MarkdownResource);
    if (anchor.isEmpty())
        m_ui->browser->verticalScrollBar()->setValue(0);
}

void UserGuideWindow::find(bool backwards)
{
    const QString text = m_ui->findEdit->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_ui->browser->find(text, flags)) {
        // Round again from the other end, as editors do.
        QTextCursor cursor = m_ui->browser->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_ui->browser->setTextCursor(cursor);
        m_ui->browser->find(text, flags);
    }
}

} // namespace backstep
