#pragma once

#include "ui/qscintilla.h"

#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <memory>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace backstep {

// The application's one KSyntaxHighlighting repository (loading it is not free).
KSyntaxHighlighting::Repository &syntaxRepository();

// Lets QScintilla show text highlighted by a KSyntaxHighlighting definition ("SQL
// (MySQL)") in the theme that matches the palette. Styles are KSyntaxHighlighting's
// default text styles (Theme::TextStyle), so every definition maps onto 31 styles.
class SyntaxHighlightingLexer : public QsciLexerCustom
{
    Q_OBJECT
public:
    SyntaxHighlightingLexer(const QString &definitionName, const QPalette &palette,
                            QObject *parent = nullptr);
    ~SyntaxHighlightingLexer() override;

    const char *language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;

    // Forget the per-line states: the editor's text was replaced.
    void resetStates() { m_lineEndStates.clear(); }
    KSyntaxHighlighting::Theme syntaxTheme() const;
    // The theme for a new palette (the window switched between light and dark).
    void setPalette(const QPalette &palette);

private:
    class LineHighlighter;
    void applyThemeColors();

    std::unique_ptr<LineHighlighter> m_highlighter;
    QList<KSyntaxHighlighting::State> m_lineEndStates;
    QByteArray m_language;
};

} // namespace backstep
