#pragma once

#include "core/migration.h"
#include "ui/qscintilla.h"

#include <QHash>

namespace backstep {

class SyntaxHighlightingLexer;

// The selected migration's file, read-only: MySQL highlighting from KSyntaxHighlighting,
// line numbers, the UP and DOWN sections marked in the margin, each DOWN statement's
// extent bracketed in a second margin and boxed in the text, errors as annotations.
class MigrationSourceView : public QsciScintilla
{
    Q_OBJECT
public:
    enum Marker {
        UpSectionMarker,
        DownSectionMarker,
        StatementStartMarker,
        StatementBodyMarker,
        StatementEndMarker,
        ErrorMarker,
        DownBackgroundMarker,
    };
    enum Margin { LineNumberMargin, SectionMargin, StatementMargin };

    explicit MigrationSourceView(QWidget *parent = nullptr);

    // Shows `text` (the content of the migration's first file) with its sections.
    void showMigration(const Migration &migration, const QString &text);
    void showMessage(const QString &message);
    // Marks the statement a rollback failed at (1-based line) with the server's message.
    void markFailure(int line, const QString &message);

    // 1-based file lines, as migrations count them.
    bool lineHasMarker(int line, Marker marker) const;
    QList<int> linesWithMarker(Marker marker) const;
    // The statement boxes drawn in the text, as 1-based [first line, last line].
    QList<std::pair<int, int>> statementExtents() const { return m_statementExtents; }
    QString annotationAt(int line) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every colour from the palette: the highlighting theme, margins, markers, boxes.
    void applyPalette();
    void defineMarkers();
    void markSection(const MigrationSection &section, Marker marker);
    void markStatements(const MigrationSection &section, const QString &text);
    void markErrors(const Migration &migration);

    SyntaxHighlightingLexer *m_lexer;
    QsciStyle m_errorStyle;
    QsciStyle m_sectionStyle;
    void addAnnotation(int line, const QString &text, const QsciStyle &style);

    QList<std::pair<int, int>> m_statementExtents;
    // What each annotated line says (QScintilla's own getter is unreliable).
    QHash<int, QString> m_annotations;
    bool m_applyingPalette = false;
};

} // namespace backstep
