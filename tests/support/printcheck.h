#pragma once

#include <QImage>
#include <QStringList>

namespace backstep {
class PrintLayout;
}

namespace backstep::test {

// What is wrong with a printed layout, in words (empty when nothing is): a table wider
// than the text, a column narrower than its longest word, a word broken inside across
// two lines. For every report Backstep prints (verification, incident).
QStringList printLayoutProblems(const PrintLayout &layout);

// Page `index` rendered at `dpi`, with a band as wide as the text to its right: ink in
// that band ran off the page.
QImage renderPage(const PrintLayout &layout, int index, int dpi);
// True when the image has a non-white pixel in [fromX, width).
bool hasInkFrom(const QImage &image, int fromX);

} // namespace backstep::test
