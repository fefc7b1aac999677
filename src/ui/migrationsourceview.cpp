#include "ui/migrationsourceview.h"

#include "models/statuscolors.h"
#include "ui/syntaxhighlightinglexer.h"

#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QScopedValueRollback>

namespace backstep {

using KSyntaxHighlighting::Theme;

namespace {

constexpr int statementIndicatorA = 8;
constexpr int statementIndicatorB = 9;

QColor blend(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

// Offset in the text -> (0-based line, 0-based column), for QScintilla's line/index API.
std::pair<int, int> lineIndexOf(const QString &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const qsizetype lineStart = offset == 0 ? 0 : text.lastIndexOf(u'\n', offset - 1) + 1;
    return {int(text.first(lineStart).count(u'\n')), int(offset - lineStart)};
}

// The sections and the failing statement in the status colours of the editor's palette.
QColor upColour(const QPalette &palette)
{
    return StatusColors::of(Tone::Good, palette);
}
QColor downColour(const QPalette &palette)
{
    return StatusColors::of(Tone::Warning, palette);
}
QColor errorColour(const QPalette &palette)
{
    return StatusColors::of(Tone::Bad, palette);
}

} // namespace

MigrationSourceView::MigrationSourceView(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new SyntaxHighlightingLexer(QStringLiteral("SQL (MySQL)"), palette(), this))
{
    setUtf8(true);
    setLexer(m_lexer);
    setReadOnly(true);
    setCaretWidth(0); // read-only: no blinking caret (also keeps screenshots stable)
    setWrapMode(WrapNone);
    setAnnotationDisplay(AnnotationBoxed);
    // The box is drawn on the line's last pixel row: without room below the text it hides
    // underscores, and server messages name tables like no_such_table.
    SendScintilla(SCI_SETEXTRADESCENT, 1);
    // Scroll as wide as the longest line, not a fixed 2000 pixels.
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, true);

    setMarginType(LineNumberMargin, NumberMargin);
    setMarginWidth(LineNumberMargin, QStringLiteral("00000"));
    setMarginType(SectionMargin, SymbolMargin);
    setMarginWidth(SectionMargin, 10);
    setMarginType(StatementMargin, SymbolMargin);
    setMarginWidth(StatementMargin, 14);
    setMarginMarkerMask(LineNumberMargin, 0);
    setMarginMarkerMask(SectionMargin, (1 << UpSectionMarker) | (1 << DownSectionMarker));
    setMarginMarkerMask(StatementMargin, (1 << StatementStartMarker) | (1 << StatementBodyMarker) |
                                             (1 << StatementEndMarker) | (1 << ErrorMarker));
    setMarginSensitivity(StatementMargin, false);

    for (int indicator : {statementIndicatorA, statementIndicatorB}) {
        indicatorDefine(StraightBoxIndicator, indicator);
        SendScintilla(SCI_INDICSETUNDER, indicator, true);
    }
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_errorStyle = QsciStyle(-1, QStringLiteral("error annotation"), Qt::black, Qt::white, fixed);
    m_sectionStyle =
        QsciStyle(-1, QStringLiteral("section annotation"), Qt::black, Qt::white, fixed);
    applyPalette();
}

void MigrationSourceView::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    // The annotations take the new colours when the migration is shown again.
    if (event->type() == QEvent::PaletteChange && !m_applyingPalette)
        applyPalette();
}

void MigrationSourceView::applyPalette()
{
    const QScopedValueRollback guard(m_applyingPalette, true);
    m_lexer->setPalette(palette());
    const Theme theme = m_lexer->syntaxTheme();
    const QColor background = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    setMarginsBackgroundColor(QColor::fromRgba(theme.editorColor(Theme::IconBorder)));
    setMarginsForegroundColor(QColor::fromRgba(theme.editorColor(Theme::LineNumbers)));
    defineMarkers();
    setIndicatorForegroundColor(downColour(palette()), statementIndicatorA);
    setIndicatorForegroundColor(downColour(palette()).darker(140), statementIndicatorB);
    // Translucent boxes (after the colour, which sets the alpha from its own).
    for (int indicator : {statementIndicatorA, statementIndicatorB}) {
        SendScintilla(SCI_INDICSETALPHA, indicator, 28);
        SendScintilla(SCI_INDICSETOUTLINEALPHA, indicator, 110);
    }
    // Annotation text in the tone, darker on light paper and lighter on dark paper.
    const bool dark = StatusColors::isDark(palette());
    m_errorStyle.setColor(dark ? errorColour(palette()) : errorColour(palette()).darker(150));
    m_errorStyle.setPaper(blend(background, errorColour(palette()), 0.18));
    m_sectionStyle.setColor(QColor::fromRgba(theme.textColor(Theme::Comment)));
    m_sectionStyle.setPaper(blend(background, downColour(palette()), 0.10));
    setMarkerBackgroundColor(blend(background, downColour(palette()), 0.07), DownBackgroundMarker);
}

void MigrationSourceView::defineMarkers()
{
    markerDefine(LeftRectangle, UpSectionMarker);
    setMarkerBackgroundColor(upColour(palette()), UpSectionMarker);
    setMarkerForegroundColor(upColour(palette()), UpSectionMarker);
    markerDefine(LeftRectangle, DownSectionMarker);
    setMarkerBackgroundColor(downColour(palette()), DownSectionMarker);
    setMarkerForegroundColor(downColour(palette()), DownSectionMarker);

    markerDefine(RightTriangle, StatementStartMarker);
    markerDefine(VerticalLine, StatementBodyMarker);
    markerDefine(BottomLeftCorner, StatementEndMarker);
    for (int marker : {StatementStartMarker, StatementBodyMarker, StatementEndMarker}) {
        setMarkerBackgroundColor(downColour(palette()), marker);
        setMarkerForegroundColor(downColour(palette()), marker);
    }
    markerDefine(Circle, ErrorMarker);
    setMarkerBackgroundColor(errorColour(palette()), ErrorMarker);
    setMarkerForegroundColor(errorColour(palette()).darker(150), ErrorMarker);
    markerDefine(Background, DownBackgroundMarker);
}

void MigrationSourceView::showMessage(const QString &message)
{
    m_lexer->resetStates();
    setText(message);
    markerDeleteAll();
    clearAnnotations();
    m_annotations.clear();
    m_statementExtents.clear();
}

void MigrationSourceView::showMigration(const Migration &migration, const QString &text)
{
    m_lexer->resetStates();
    markerDeleteAll();
    clearAnnotations();
    m_annotations.clear();
    clearIndicatorRange(0, 0, std::max(0, lines() - 1), lineLength(std::max(0, lines() - 1)),
                        statementIndicatorA);
    clearIndicatorRange(0, 0, std::max(0, lines() - 1), lineLength(std::max(0, lines() - 1)),
                        statementIndicatorB);
    m_statementExtents.clear();
    setText(text);

    const QString shownFile = migration.files.value(0);
    if (migration.up.file == shownFile)
        markSection(migration.up, UpSectionMarker);
    if (migration.down.file == shownFile) {
        markSection(migration.down, DownSectionMarker);
        markStatements(migration.down, text);
    }
    markErrors(migration);
    setCursorPosition(0, 0);
}

void MigrationSourceView::markSection(const MigrationSection &section, Marker marker)
{
    for (const TextRange &range : section.ranges) {
        for (int line = range.firstLine; line <= range.lastLine; ++line) {
            markerAdd(line - 1, marker);
            if (marker == DownSectionMarker)
                markerAdd(line - 1, DownBackgroundMarker);
        }
    }
    if (marker == DownSectionMarker && !section.ranges.isEmpty()) {
        // The marker line itself precedes the first range: say what the section does.
        const int header = section.ranges.first().firstLine - 2;
        if (header >= 0) {
            const QString note =
                section.statements.isEmpty()
                    ? tr("DOWN section: empty, this migration cannot be rolled back")
                    : tr("DOWN section: %n statement(s), run in this order on rollback", nullptr,
                         int(section.statements.size()));
            addAnnotation(header, note, m_sectionStyle);
        }
    }
}

void MigrationSourceView::markStatements(const MigrationSection &section, const QString &text)
{
    bool alternate = false;
    for (const Statement &statement : section.statements) {
        const int first = statement.start.line;
        const int last = std::max(first, statement.endLine);
        m_statementExtents.append({first, last});
        markerAdd(first - 1, StatementStartMarker);
        for (int line = first + 1; line < last; ++line)
            markerAdd(line - 1, StatementBodyMarker);
        if (last > first)
            markerAdd(last - 1, StatementEndMarker);
        const auto [fromLine, fromIndex] = lineIndexOf(text, statement.beginOffset);
        const auto [toLine, toIndex] = lineIndexOf(text, statement.endOffset);
        fillIndicatorRange(fromLine, fromIndex, toLine, toIndex,
                           alternate ? statementIndicatorB : statementIndicatorA);
        alternate = !alternate;
    }
}

void MigrationSourceView::markErrors(const Migration &migration)
{
    const QString shownFile = migration.files.value(0);
    for (const Diagnostic &error : migration.errors()) {
        if (error.location.file != shownFile || error.location.line <= 0)
            continue;
        const int line = error.location.line - 1;
        markerAdd(line, ErrorMarker);
        addAnnotation(line, tr("column %1: %2").arg(error.location.column).arg(error.message),
                      m_errorStyle);
    }
}

void MigrationSourceView::markFailure(int line, const QString &message)
{
    if (line <= 0 || line > lines())
        return;
    markerAdd(line - 1, ErrorMarker);
    addAnnotation(line - 1, tr("rollback failed here: %1").arg(message), m_errorStyle);
    ensureLineVisible(line - 1);
}

bool MigrationSourceView::lineHasMarker(int line, Marker marker) const
{
    return (markersAtLine(line - 1) & (1u << marker)) != 0;
}

QList<int> MigrationSourceView::linesWithMarker(Marker marker) const
{
    QList<int> found;
    for (int line = 1; line <= lines(); ++line)
        if (lineHasMarker(line, marker))
            found.append(line);
    return found;
}

void MigrationSourceView::addAnnotation(int line, const QString &text, const QsciStyle &style)
{
    QString &shown = m_annotations[line];
    shown = shown.isEmpty() ? text : shown + u'\n' + text;
    annotate(line, shown, style);
}

QString MigrationSourceView::annotationAt(int line) const
{
    return m_annotations.value(line - 1);
}

} // namespace backstep
