#include "models/statepresentation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace backstep {

QString StatePresentation::label(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied:
        return QCoreApplication::translate("MigrationState", "Applied");
    case MigrationState::Pending:
        return QCoreApplication::translate("MigrationState", "Pending");
    case MigrationState::MissingFile:
        return QCoreApplication::translate("MigrationState", "File missing");
    case MigrationState::Dirty:
        return QCoreApplication::translate("MigrationState", "Dirty (partial)");
    case MigrationState::Failed:
        return QCoreApplication::translate("MigrationState", "Failed");
    case MigrationState::BelowBaseline:
        return QCoreApplication::translate("MigrationState", "Below baseline");
    case MigrationState::Unknown:
        return QCoreApplication::translate("MigrationState", "Unknown");
    }
    return {};
}

QString StatePresentation::countLabel(MigrationState state, int count)
{
    // One sentence per state: languages inflect the state's word by the count ("1
    // appliquée", "2 appliquées"), which a number glued to label() cannot do.
    switch (state) {
    case MigrationState::Applied:
        return QCoreApplication::translate("MigrationState", "%n applied", nullptr, count);
    case MigrationState::Pending:
        return QCoreApplication::translate("MigrationState", "%n pending", nullptr, count);
    case MigrationState::MissingFile:
        return QCoreApplication::translate("MigrationState", "%n file(s) missing", nullptr, count);
    case MigrationState::Dirty:
        return QCoreApplication::translate("MigrationState", "%n dirty (partial)", nullptr, count);
    case MigrationState::Failed:
        return QCoreApplication::translate("MigrationState", "%n failed", nullptr, count);
    case MigrationState::BelowBaseline:
        return QCoreApplication::translate("MigrationState", "%n below baseline", nullptr, count);
    case MigrationState::Unknown:
        return QCoreApplication::translate("MigrationState", "%n unknown", nullptr, count);
    }
    return {};
}

Tone StatePresentation::tone(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied:
        return Tone::Good;
    case MigrationState::Pending:
        return Tone::Neutral;
    case MigrationState::MissingFile:
        return Tone::Notice;
    case MigrationState::Dirty:
        return Tone::Warning;
    case MigrationState::Failed:
        return Tone::Bad;
    case MigrationState::BelowBaseline:
        return Tone::Neutral;
    case MigrationState::Unknown:
        return Tone::Unknown;
    }
    return Tone::Unknown;
}

QColor StatePresentation::color(MigrationState state)
{
    return StatusColors::of(tone(state));
}

QIcon StatePresentation::icon(MigrationState state)
{
    // Drawn once per state and palette darkness (the colours differ).
    static QHash<int, QIcon> cache;
    const int key = int(state) * 2 + (StatusColors::isDark(QGuiApplication::palette()) ? 1 : 0);
    if (auto it = cache.constFind(key); it != cache.cend())
        return it.value();
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor colour = color(state);
        const QRectF disc(1.5, 1.5, size - 3.0, size - 3.0);
        painter.setPen(QPen(colour.darker(130), size / 16.0));
        // Pending, below baseline and unknown are outlines: nothing was done here, or
        // nothing is known.
        const bool hollow = state == MigrationState::Pending ||
                            state == MigrationState::BelowBaseline ||
                            state == MigrationState::Unknown;
        if (state == MigrationState::Unknown)
            painter.setPen(QPen(colour, size / 16.0, Qt::DotLine));
        painter.setBrush(hollow ? QBrush(Qt::NoBrush) : QBrush(colour));
        painter.drawEllipse(disc);
        // A glyph so that the state is not told by colour alone.
        QPen glyph(hollow ? colour : QColor(Qt::white), size / 8.0);
        glyph.setCapStyle(Qt::RoundCap);
        painter.setPen(glyph);
        const double s = size;
        switch (state) {
        case MigrationState::Applied:
            painter.drawPolyline(
                QPolygonF{{0.30 * s, 0.52 * s}, {0.45 * s, 0.67 * s}, {0.70 * s, 0.36 * s}});
            break;
        case MigrationState::Pending:
            painter.drawLine(QPointF(0.5 * s, 0.5 * s), QPointF(0.5 * s, 0.3 * s));
            painter.drawLine(QPointF(0.5 * s, 0.5 * s), QPointF(0.65 * s, 0.58 * s));
            break;
        case MigrationState::MissingFile:
            painter.drawLine(QPointF(0.32 * s, 0.5 * s), QPointF(0.68 * s, 0.5 * s));
            break;
        case MigrationState::BelowBaseline:
            // A floor line: the history starts above it.
            painter.drawLine(QPointF(0.30 * s, 0.64 * s), QPointF(0.70 * s, 0.64 * s));
            painter.drawLine(QPointF(0.5 * s, 0.30 * s), QPointF(0.5 * s, 0.56 * s));
            break;
        case MigrationState::Dirty:
        case MigrationState::Failed:
            painter.drawLine(QPointF(0.5 * s, 0.28 * s), QPointF(0.5 * s, 0.56 * s));
            painter.drawPoint(QPointF(0.5 * s, 0.72 * s));
            break;
        case MigrationState::Unknown: {
            // A question mark: an arc, a short stem and a dot.
            painter.setBrush(Qt::NoBrush);
            const QRectF arc(0.34 * s, 0.22 * s, 0.32 * s, 0.28 * s);
            painter.drawArc(arc, 160 * 16, -250 * 16);
            painter.drawLine(QPointF(0.5 * s, 0.50 * s), QPointF(0.5 * s, 0.58 * s));
            painter.drawPoint(QPointF(0.5 * s, 0.74 * s));
            break;
        }
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace backstep
