#include "ui/guidebrowser.h"

#include <QImage>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace backstep {

GuideBrowser::GuideBrowser(QWidget *parent)
    : QTextBrowser(parent)
{}

QVariant GuideBrowser::loadResource(int type, const QUrl &name)
{
    QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource)
        return resource;
    QImage image = resource.typeId() == QMetaType::QImage
                       ? resource.value<QImage>()
                       : QImage::fromData(resource.toByteArray());
    const int room = viewport()->width() - 2 * int(document()->documentMargin()) -
                     verticalScrollBar()->sizeHint().width();
    if (!image.isNull() && room > 100 && image.width() > room)
        image = image.scaledToWidth(room, Qt::SmoothTransformation);
    return image;
}

QString GuideBrowser::anchorFor(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            anchor += c;
        else if (c == u' ')
            anchor += u'-';
    }
    return anchor;
}

void GuideBrowser::doSetSource(const QUrl &name, QTextDocument::ResourceType type)
{
    QTextBrowser::doSetSource(name, type);
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames({anchorFor(block.text())});
        cursor.mergeCharFormat(anchor);
    }
    if (name.hasFragment())
        scrollToAnchor(name.fragment());
}

} // namespace backstep
