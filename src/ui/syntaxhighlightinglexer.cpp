#include "ui/syntaxhighlightinglexer.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QPalette>

namespace backstep {

using KSyntaxHighlighting::Theme;

namespace {
constexpr int styleCount = int(Theme::Error) + 1;
}

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

// Highlights one line at a time and collects the formats as style runs.
class SyntaxHighlightingLexer::LineHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Span
    {
        int offset;
        int length;
        int style;
    };

    KSyntaxHighlighting::State highlight(QStringView line, const KSyntaxHighlighting::State &state)
    {
        spans.clear();
        return highlightLine(line, state);
    }

    QList<Span> spans;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length > 0)
            spans.append({offset, length, int(format.textStyle())});
    }
};

SyntaxHighlightingLexer::SyntaxHighlightingLexer(const QString &definitionName,
                                                 const QPalette &palette, QObject *parent)
    : QsciLexerCustom(parent)
    , m_highlighter(std::make_unique<LineHighlighter>())
    , m_language(definitionName.toUtf8())
{
    m_highlighter->setDefinition(syntaxRepository().definitionForName(definitionName));
    m_highlighter->setTheme(syntaxRepository().themeForPalette(palette));
    applyThemeColors();
}

SyntaxHighlightingLexer::~SyntaxHighlightingLexer() = default;

void SyntaxHighlightingLexer::setPalette(const QPalette &palette)
{
    const Theme theme = syntaxRepository().themeForPalette(palette);
    if (theme.name() == m_highlighter->theme().name())
        return;
    m_highlighter->setTheme(theme);
    applyThemeColors();
}

KSyntaxHighlighting::Theme SyntaxHighlightingLexer::syntaxTheme() const
{
    return m_highlighter->theme();
}

const char *SyntaxHighlightingLexer::language() const
{
    return m_language.constData();
}

QString SyntaxHighlightingLexer::description(int style) const
{
    if (style < 0 || style >= styleCount)
        return {};
    return QStringLiteral("style %1").arg(style);
}

void SyntaxHighlightingLexer::applyThemeColors()
{
    const Theme current = m_highlighter->theme();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QColor paper = QColor::fromRgba(current.editorColor(Theme::BackgroundColor));
    setDefaultPaper(paper);
    setDefaultColor(QColor::fromRgba(current.textColor(Theme::Normal)));
    setDefaultFont(fixed);
    for (int style = 0; style < styleCount; ++style) {
        const auto textStyle = Theme::TextStyle(style);
        setColor(QColor::fromRgba(current.textColor(textStyle)), style);
        setPaper(paper, style);
        QFont font = fixed;
        font.setBold(current.isBold(textStyle));
        font.setItalic(current.isItalic(textStyle));
        setFont(font, style);
    }
}

void SyntaxHighlightingLexer::styleText(int start, int end)
{
    QsciScintilla *view = editor();
    if (!view || !m_highlighter->definition().isValid())
        return;
    const int firstLine = int(view->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, start));
    const int lastLine = int(view->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, end));
    // Highlighting a line needs the state the previous line ended in: restart from the
    // first line whose state is not known.
    int line = std::min(firstLine, int(m_lineEndStates.size()));
    m_lineEndStates.resize(line);
    KSyntaxHighlighting::State state =
        line > 0 ? m_lineEndStates.at(line - 1) : KSyntaxHighlighting::State();
    for (; line <= lastLine; ++line) {
        const long lineStart = view->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line);
        const QString withEnd = view->text(line);
        QStringView text(withEnd);
        while (text.endsWith(u'\n') || text.endsWith(u'\r'))
            text.chop(1);
        state = m_highlighter->highlight(text, state);
        m_lineEndStates.append(state);

        startStyling(int(lineStart));
        int pos = 0;
        auto styleRun = [&](int from, int to, int style) {
            if (to > from)
                setStyling(int(QStringView(withEnd).sliced(from, to - from).toUtf8().size()),
                           style);
        };
        for (const auto &span : std::as_const(m_highlighter->spans)) {
            if (span.offset < pos)
                continue;
            styleRun(pos, span.offset, int(Theme::Normal));
            styleRun(span.offset, std::min<int>(span.offset + span.length, int(text.size())),
                     span.style);
            pos = std::min<int>(span.offset + span.length, int(text.size()));
        }
        styleRun(pos, int(withEnd.size()), int(Theme::Normal));
    }
}

} // namespace backstep
