#include "support/printcheck.h"

#include "ops/printlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QtMath>

namespace backstep::test {

namespace {

QList<QTextTable *> tablesOf(const QTextDocument &document)
{
    QList<QTextTable *> tables;
    QList<QTextFrame *> frames{document.rootFrame()};
    while (!frames.isEmpty()) {
        QTextFrame *frame = frames.takeFirst();
        frames.append(frame->childFrames());
        if (auto *table = qobject_cast<QTextTable *>(frame))
            tables.append(table);
    }
    return tables;
}

// A line that ends between two letters or digits, with the next line going on with the
// same word: the layout had to break the word where it had no room.
QStringList brokenWords(const QTextBlock &block)
{
    QStringList broken;
    const QTextLayout *layout = block.layout();
    const QString text = block.text();
    for (int i = 0; i + 1 < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const int end = line.textStart() + line.textLength();
        if (end <= 0 || end >= text.size())
            continue;
        if (text.at(end - 1).isLetterOrNumber() && text.at(end).isLetterOrNumber()) {
            qsizetype start = end, stop = end;
            while (start > 0 && !text.at(start - 1).isSpace())
                --start;
            while (stop < text.size() && !text.at(stop).isSpace())
                ++stop;
            broken.append(text.mid(start, stop - start));
        }
    }
    return broken;
}

} // namespace

QStringList printLayoutProblems(const PrintLayout &layout)
{
    QStringList problems;
    const QTextDocument &document = layout.document();
    QAbstractTextDocumentLayout *documentLayout = document.documentLayout();
    const QList<QTextTable *> tables = tablesOf(document);
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const QTextTable &table = *tables.at(t);
        const qreal width = documentLayout->frameBoundingRect(tables.at(t)).width();
        if (width > layout.textWidth() + 0.5)
            problems.append(QStringLiteral("table %1 is %2 wide, the text %3")
                                .arg(t + 1)
                                .arg(width)
                                .arg(layout.textWidth()));
        for (int row = 0; row < table.rows(); ++row) {
            for (int column = 0; column < table.columns(); ++column) {
                const QTextTableCell cell = table.cellAt(row, column);
                if (cell.row() != row || cell.column() != column)
                    continue;
                const PrintLayout::ContentWidths content =
                    PrintLayout::contentWidths(table, row, column);
                for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock block = it.currentBlock();
                    if (!block.isValid() || block.layout()->lineCount() == 0)
                        continue;
                    const QTextBlockFormat format = block.blockFormat();
                    const qreal room = block.layout()->lineAt(0).width() + format.leftMargin() +
                                       format.rightMargin() +
                                       format.indent() * document.indentWidth();
                    if (room + 0.5 < content.longestWord)
                        problems.append(
                            QStringLiteral("table %1, row %2, column %3: %4 wide, narrower "
                                           "than its longest word \"%5\" (%6)")
                                .arg(t + 1)
                                .arg(row + 1)
                                .arg(column + 1)
                                .arg(room)
                                .arg(content.widestWord)
                                .arg(content.longestWord));
                    for (const QString &word : brokenWords(block))
                        problems.append(
                            QStringLiteral("table %1, row %2, column %3: \"%4\" is broken "
                                           "across two lines")
                                .arg(t + 1)
                                .arg(row + 1)
                                .arg(column + 1)
                                .arg(word));
                }
            }
        }
    }
    // Outside tables too: a word wider than the text is the only reason to break one.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (QTextTable *inTable = qobject_cast<QTextTable *>(QTextCursor(block).currentFrame());
            inTable)
            continue;
        for (const QString &word : brokenWords(block))
            problems.append(QStringLiteral("\"%1\" is broken across two lines").arg(word));
    }
    return problems;
}

QImage renderPage(const PrintLayout &layout, int index, int dpi)
{
    const QSizeF page = layout.document().pageSize();
    const qreal scale = dpi / 96.0;
    // The page's text area, its footer below, and an empty band as wide again to the right.
    QImage image(QSize(qCeil(page.width() * scale * 2), qCeil(page.height() * scale * 1.1)),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    layout.paintPage(painter, index, QSizeF(page.width() * scale, page.height() * scale));
    return image;
}

bool hasInkFrom(const QImage &image, int fromX)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = fromX; x < image.width(); ++x)
            if (qGray(line[x]) < 250)
                return true;
    }
    return false;
}

} // namespace backstep::test
