#include "ops/printlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <numeric>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrintLayout)
};

// Document units per inch: the logical resolution fonts are measured in when a document
// has no paint device of its own (96 on ordinary and offscreen screens).
qreal unitsPerInch()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qreal(qRound(screen->logicalDotsPerInchY())) : 96.0;
}

qreal naturalWidth(const QString &text, const QFont &font)
{
    if (text.isEmpty())
        return 0;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    return line.isValid() ? line.naturalTextWidth() : 0;
}

bool breaksLine(QChar c)
{
    return c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

// Where the layout may break a long word that has no better place (see makeBreakable).
constexpr QChar kZeroWidthSpace(0x200B);

// Spaces separate words, and so do the zero-width spaces put in long words; a no-break
// space does not.
bool separatesWords(QChar c)
{
    return (c != QChar::Nbsp && c.isSpace()) || c == kZeroWidthSpace;
}

// Shrinks `widths` until they add up to `available`, taking from the widest first, so
// that narrow columns keep their words whole as long as anything else can give way.
void shrinkWidest(QList<qreal> &widths, qreal available)
{
    qreal excess = std::accumulate(widths.cbegin(), widths.cend(), 0.0) - available;
    while (excess > 0.01) {
        qreal widest = 0, second = 0;
        int count = 0;
        for (qreal w : widths) {
            if (w > widest + 0.01) {
                second = widest;
                widest = w;
                count = 1;
            } else if (std::abs(w - widest) <= 0.01) {
                ++count;
            } else if (w > second) {
                second = w;
            }
        }
        const qreal step = std::min(excess / count, widest - second);
        for (qreal &w : widths)
            if (std::abs(w - widest) <= 0.01)
                w -= step;
        excess -= step * count;
    }
}

} // namespace

PrintLayout::PrintLayout(const QString &html, const QString &title, const QPageLayout &page)
    : m_document(std::make_unique<QTextDocument>())
    , m_title(title)
    , m_page(page)
{
    QTextOption option = m_document->defaultTextOption();
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    QFont font = m_document->defaultFont();
    font.setPointSizeF(9.5);
    m_document->setDefaultFont(font);
    m_document->setHtml(html);
    // The page's own margins frame the text, not the body's (meant for a browser window).
    QTextFrameFormat root = m_document->rootFrame()->frameFormat();
    root.setMargin(0);
    root.setPadding(0);
    m_document->rootFrame()->setFrameFormat(root);

    const QRectF printable = m_page.paintRect(QPageLayout::Inch);
    const qreal units = unitsPerInch();
    m_footerHeight = QFontMetricsF(font).height() * 2.2;
    m_document->setPageSize(
        QSizeF(printable.width() * units, printable.height() * units - m_footerHeight));
    fitTables();
}

PrintLayout::~PrintLayout() = default;

QPageLayout PrintLayout::pageOf(QPageSize::PageSizeId size)
{
    // 15 mm all round: room for binding and for a printer's unprintable edge.
    return QPageLayout(QPageSize(size), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

QPageLayout PrintLayout::defaultPage(const QLocale &locale)
{
    const bool letter = locale.measurementSystem() == QLocale::ImperialUSSystem ||
                        locale.territory() == QLocale::Canada ||
                        locale.territory() == QLocale::Mexico ||
                        locale.territory() == QLocale::Philippines;
    return pageOf(letter ? QPageSize::Letter : QPageSize::A4);
}

qreal PrintLayout::textWidth() const
{
    return m_document->pageSize().width();
}

int PrintLayout::pageCount() const
{
    return m_document->pageCount();
}

namespace {

// A word of a table cell as printed: its width (with the block's indentation), and where
// it is in the document, to make it breakable.
struct Word
{
    qreal width = 0;
    int position = 0;
    QString text;
};

struct CellText
{
    QList<Word> words;
    qreal longestLine = 0;
};

CellText measureCell(const QTextTable &table, int row, int column)
{
    CellText measured;
    const QTextTableCell cell = table.cellAt(row, column);
    const QTextDocument *document = table.document();
    for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue; // a nested frame: not in Backstep's reports
        const QTextBlockFormat format = block.blockFormat();
        const qreal indent = format.leftMargin() + format.rightMargin() +
                             format.indent() * document->indentWidth() +
                             std::max<qreal>(0, format.textIndent());
        qreal line = 0;
        Word word;
        auto endWord = [&] {
            if (!word.text.isEmpty()) {
                word.width += indent;
                measured.words.append(word);
            }
            word = Word{};
        };
        auto endLine = [&] {
            endWord();
            measured.longestLine = std::max(measured.longestLine, line + indent);
            line = 0;
        };
        for (QTextBlock::iterator f = block.begin(); !f.atEnd(); ++f) {
            const QTextFragment fragment = f.fragment();
            const QFont font = fragment.charFormat().font();
            const QString text = fragment.text();
            qsizetype start = 0;
            for (qsizetype i = 0; i <= text.size(); ++i) {
                const bool end = i == text.size();
                if (!end && !separatesWords(text.at(i)))
                    continue;
                const QString piece = text.mid(start, i - start);
                if (!piece.isEmpty()) {
                    if (word.text.isEmpty())
                        word.position = fragment.position() + int(start);
                    const qreal pieceWidth = naturalWidth(piece, font);
                    word.width += pieceWidth;
                    word.text += piece;
                    line += pieceWidth;
                }
                if (!end) {
                    if (breaksLine(text.at(i))) {
                        endLine();
                    } else {
                        endWord();
                        line += naturalWidth(text.mid(i, 1), font);
                    }
                }
                start = i + 1;
            }
        }
        endLine();
    }
    return measured;
}

// Where a long identifier, path or URL may break when nothing else fits: after these.
bool softBreakAfter(QChar c)
{
    return c == u'_' || c == u'.' || c == u'/' || c == u',' || c == u'=' || c == u'(' ||
           c == u':' || c == u'-';
}

// Lets the layout break `word` after its underscores, dots, slashes, ... (a zero-width
// space there) rather than anywhere between two letters.
void makeBreakable(QTextDocument &document, const Word &word)
{
    QList<int> places;
    for (qsizetype i = 0; i + 1 < word.text.size(); ++i)
        if (softBreakAfter(word.text.at(i)) && !softBreakAfter(word.text.at(i + 1)))
            places.append(word.position + int(i) + 1);
    QTextCursor cursor(&document);
    for (auto it = places.crbegin(); it != places.crend(); ++it) {
        cursor.setPosition(*it);
        cursor.insertText(QString(kZeroWidthSpace));
    }
}

} // namespace

PrintLayout::ContentWidths PrintLayout::contentWidths(const QTextTable &table, int row, int column)
{
    ContentWidths widths;
    const CellText measured = measureCell(table, row, column);
    widths.longestLine = measured.longestLine;
    for (const Word &word : measured.words) {
        if (word.width > widths.longestWord) {
            widths.longestWord = word.width;
            widths.widestWord = word.text;
        }
    }
    return widths;
}

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

QList<QTextLength> fixedLengths(const QList<qreal> &widths)
{
    QList<QTextLength> lengths;
    for (qreal width : widths)
        lengths.append(QTextLength(QTextLength::FixedLength, width));
    return lengths;
}

// What a column's fixed width loses to its cells' padding and borders (per column), and
// what the table adds around its columns (borders, spacing, margins): measured on a copy
// of the table's first row in a scratch document, rather than recomputed from Qt's rules.
struct TableOverhead
{
    QList<qreal> cellLoss;
    qreal around = 0;
};

TableOverhead measureOverhead(const QTextTable &table, qreal textWidth)
{
    QTextDocument scratch;
    scratch.setDefaultTextOption(table.document()->defaultTextOption());
    scratch.setDefaultFont(table.document()->defaultFont());
    scratch.setDocumentMargin(0);
    scratch.setPageSize(QSizeF(textWidth, 1e6));
    const int columns = table.columns();
    constexpr qreal probe = 200;
    QTextTableFormat format = table.format();
    format.setColumnWidthConstraints(fixedLengths(QList<qreal>(columns, probe)));
    format.setWidth(QTextLength());
    format.setHeaderRowCount(0);
    QTextCursor cursor(&scratch);
    QTextTable *copy = cursor.insertTable(1, columns, format);
    for (int column = 0; column < columns; ++column) {
        QTextTableCell cell = copy->cellAt(0, column);
        cell.setFormat(table.cellAt(0, column).format());
        cell.firstCursorPosition().insertText(QStringLiteral("x"));
    }
    TableOverhead overhead;
    overhead.around = scratch.documentLayout()->frameBoundingRect(copy).width() - columns * probe;
    for (int column = 0; column < columns; ++column) {
        const QTextBlock block = copy->cellAt(0, column).firstCursorPosition().block();
        const qreal line = block.layout()->lineCount() > 0 ? block.layout()->lineAt(0).width() : 0;
        overhead.cellLoss.append(probe - line);
    }
    return overhead;
}

} // namespace

void PrintLayout::fitTables()
{
    // Every change in one edit: the document is laid out once, at the end.
    QTextCursor editor(m_document.get());
    editor.beginEditBlock();
    const QList<QTextTable *> tables = tablesOf(*m_document);
    for (QTextTable *table : tables)
        fitTable(*table);
    editor.endEditBlock();
    // Rounding in the layout must not push a table past the text's edge.
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool changed = false;
        for (QTextTable *table : tables) {
            const qreal over =
                m_document->documentLayout()->frameBoundingRect(table).width() - textWidth();
            if (over <= 0)
                continue;
            QTextTableFormat format = table->format();
            QList<qreal> widths;
            for (const QTextLength &length : format.columnWidthConstraints())
                widths.append(length.rawValue());
            shrinkWidest(widths, std::accumulate(widths.cbegin(), widths.cend(), 0.0) - over - 0.5);
            format.setColumnWidthConstraints(fixedLengths(widths));
            table->setFormat(format);
            changed = true;
        }
        if (!changed)
            break;
    }
}

void PrintLayout::fitTable(QTextTable &table)
{
    const int columns = table.columns();
    const int rows = table.rows();
    if (columns == 0 || rows == 0)
        return;
    QTextTableFormat format = table.format();
    const TableOverhead overhead = measureOverhead(table, textWidth());
    const qreal available = textWidth() - overhead.around;

    // What each column needs: its longest word and its longest line, with what the cell
    // takes (padding, borders), rounded up to whole units as the layout rounds them.
    QList<qreal> least(columns, 0), most(columns, 0);
    QList<QList<Word>> words(columns);
    auto measure = [&] {
        least.fill(0);
        most.fill(0);
        for (QList<Word> &column : words)
            column.clear();
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                const QTextTableCell cell = table.cellAt(row, column);
                if (cell.row() != row || cell.column() != column || cell.columnSpan() != 1)
                    continue; // spanned cells are measured where they start, if single-column
                const CellText measured = measureCell(table, row, column);
                const qreal loss = overhead.cellLoss.value(column);
                for (const Word &word : measured.words)
                    least[column] = std::max(least[column], std::ceil(word.width + loss) + 1);
                most[column] = std::max(most[column], std::ceil(measured.longestLine + loss) + 1);
                words[column].append(measured.words);
            }
        }
    };
    measure();
    if (std::accumulate(least.cbegin(), least.cend(), 0.0) > available) {
        // The longest words do not fit side by side (identifiers of 64 characters, paths):
        // the words wider than their column would be if the widest columns gave way
        // become breakable after their underscores, dots and slashes (rather than
        // anywhere), and the columns are measured again.
        QList<qreal> levelled = least;
        shrinkWidest(levelled, available);
        QList<Word> tooWide;
        for (int c = 0; c < columns; ++c)
            for (const Word &word : std::as_const(words[c]))
                if (std::ceil(word.width + overhead.cellLoss.value(c)) + 1 > levelled[c])
                    tooWide.append(word);
        std::sort(tooWide.begin(), tooWide.end(),
                  [](const Word &a, const Word &b) { return a.position > b.position; });
        for (const Word &word : std::as_const(tooWide))
            makeBreakable(*m_document, word);
        measure();
    }

    const qreal leastSum = std::accumulate(least.cbegin(), least.cend(), 0.0);
    const qreal mostSum = std::accumulate(most.cbegin(), most.cend(), 0.0);
    QList<qreal> widths(columns);
    if (mostSum <= available) {
        // Everything fits on one line: the rest of the width goes where the text is.
        for (int c = 0; c < columns; ++c)
            widths[c] = most[c] + (available - mostSum) * (most[c] / mostSum);
    } else if (leastSum <= available) {
        // Each column gets its longest word, and the rest in proportion to what it lacks.
        const qreal share = (available - leastSum) / (mostSum - leastSum);
        for (int c = 0; c < columns; ++c)
            widths[c] = least[c] + (most[c] - least[c]) * share;
    } else {
        // A word with nowhere to break is wider than the page allows: the widest columns
        // give way, and the layout breaks that word where it must.
        widths = least;
        shrinkWidest(widths, available);
    }
    // A first row made of header cells (bold, as <th> makes them) repeats on every page.
    if (rows > 1 && columns > 1) {
        bool header = true;
        for (int column = 0; column < columns && header; ++column)
            header = table.cellAt(0, column).firstCursorPosition().charFormat().fontWeight() >=
                     QFont::Bold;
        format.setHeaderRowCount(header ? 1 : 0);
    }
    format.setColumnWidthConstraints(fixedLengths(widths));
    format.setWidth(QTextLength());
    table.setFormat(format);
}

void PrintLayout::paintPage(QPainter &painter, int index, const QSizeF &deviceSize) const
{
    const QSizeF pageSize = m_document->pageSize();
    const qreal scale = deviceSize.width() / pageSize.width();
    painter.save();
    painter.scale(scale, scale);

    painter.save();
    painter.translate(0, -index * pageSize.height());
    // Clipped above and below to the page's slice of the document, not at the sides: a
    // table too wide would show in the margin (and fail the tests that look for it).
    const QRectF pageRect(-pageSize.width(), index * pageSize.height(), 3 * pageSize.width(),
                          pageSize.height());
    painter.setClipRect(pageRect);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = pageRect;
    // Paper is white whatever the window's theme: ink comes from the document or black.
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();

    // In document units (the painter is scaled to them), not points of the device.
    QFont footerFont = m_document->defaultFont();
    footerFont.setPixelSize(qRound(footerFont.pointSizeF() * 0.85 * unitsPerInch() / 72));
    painter.setFont(footerFont);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF footer(0, pageSize.height(), pageSize.width(), m_footerHeight);
    painter.drawLine(footer.topLeft() + QPointF(0, m_footerHeight * 0.3),
                     footer.topRight() + QPointF(0, m_footerHeight * 0.3));
    const QRectF text = footer.adjusted(0, m_footerHeight * 0.4, 0, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter,
                     Tr::tr("page %1 of %2").arg(index + 1).arg(pageCount()));
    painter.restore();
}

QByteArray PrintLayout::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(m_page);
        writer.setResolution(300);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Backstep"));
        QPainter painter(&writer);
        const QSizeF device(writer.width(), writer.height());
        for (int page = 0; page < pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, page, device);
        }
    }
    return bytes;
}

} // namespace backstep
