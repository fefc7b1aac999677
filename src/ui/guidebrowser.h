#pragma once

#include <QTextBrowser>

namespace backstep {

// The user guide's text: Markdown from the program's resources, its screenshots shrunk
// to the width of the view (they are taken at full window size), its headings anchored
// the way GitHub names them ("## Rolling back" → #rolling-back), so that the same links
// work in the window and on the web.
class GuideBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit GuideBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    // "Rolling back" → "rolling-back".
    static QString anchorFor(const QString &heading);

protected:
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;
};

} // namespace backstep
