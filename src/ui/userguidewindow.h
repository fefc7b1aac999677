#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class UserGuideWindow;
}

namespace backstep {

class GuideBrowser;

// Help ▸ User guide: docs/user-guide.md as built into the program, with its
// screenshots, in a window of its own beside the main one; Back, Forward, Contents, Find.
class UserGuideWindow : public QWidget
{
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget *parent = nullptr);
    ~UserGuideWindow() override;

    GuideBrowser *browser() const;
    // Shows the guide at `anchor` (a heading's id), or its beginning.
    void showSection(const QString &anchor = {});

    static QUrl guideUrl();

private:
    void find(bool backwards);

    const std::unique_ptr<Ui::UserGuideWindow> m_ui;
};

} // namespace backstep
