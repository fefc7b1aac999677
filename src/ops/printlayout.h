#pragma once

#include <QPageLayout>
#include <QString>

#include <memory>

class QPainter;
class QTextDocument;
class QTextTable;

namespace backstep {

// An HTML document laid out for printing on pages of a given size (A4, Letter, ...):
// every table gets column widths from its content — at least as wide as the column's
// longest word, at most as wide as its longest line, never wider together than the text
// — so that words are not broken and tables do not run off the page; header rows repeat
// on every page a table spans; each page has a footer with the title and "page n of N".
// Needs a QGuiApplication (fonts, text layout).
class PrintLayout
{
public:
    PrintLayout(const QString &html, const QString &title, const QPageLayout &page);
    ~PrintLayout();

    // A4, or Letter where the locale measures in US units.
    static QPageLayout defaultPage(const QLocale &locale);
    static QPageLayout pageOf(QPageSize::PageSizeId size);

    // Laid out in document units (1/96 inch) on a page `textWidth()` wide.
    const QTextDocument &document() const { return *m_document; }
    qreal textWidth() const;
    int pageCount() const;
    // Paints page `index` (0-based) with its footer; the painter's device covers the
    // page's printable area, in any resolution.
    void paintPage(QPainter &painter, int index, const QSizeF &deviceSize) const;
    QByteArray toPdf() const;

    // The narrowest width at which `text` in the cell's fonts breaks no word (the longest
    // word) and the width it needs on one line per paragraph (the longest line), without
    // padding. Public for the tests that check the printed layout.
    struct ContentWidths
    {
        qreal longestWord = 0;
        qreal longestLine = 0;
        QString widestWord;
    };
    static ContentWidths contentWidths(const QTextTable &table, int row, int column);

private:
    void fitTables();
    void fitTable(QTextTable &table);

    std::unique_ptr<QTextDocument> m_document;
    QString m_title;
    QPageLayout m_page;
    qreal m_footerHeight = 0;
};

} // namespace backstep
