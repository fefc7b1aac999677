#include "ui/componentversions.h"

#include <Qsci/qsciglobal.h>

#include <QtGlobal>

#include <ksyntaxhighlighting_version.h>

namespace backstep {

QList<ComponentVersion> componentVersions()
{
    // Qt is named as it runs (a newer patch release may have replaced the one built with).
    const QString qtRuntime = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    return {
        {QStringLiteral("Backstep"), QStringLiteral(BACKSTEP_VERSION)},
        {QStringLiteral("Qt"), qtRuntime == qtBuilt
                                   ? qtRuntime
                                   : QStringLiteral("%1 (built with %2)").arg(qtRuntime, qtBuilt)},
        {QStringLiteral("KF6 SyntaxHighlighting"),
         QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)},
        {QStringLiteral("QScintilla"), QStringLiteral(QSCINTILLA_VERSION_STR)},
    };
}

QString versionText()
{
    const QList<ComponentVersion> versions = componentVersions();
    QString text = QStringLiteral("backstep %1\n").arg(versions.first().version);
    for (const ComponentVersion &component : versions.mid(1))
        text += QStringLiteral("%1 %2\n").arg(component.name, component.version);
    return text;
}

} // namespace backstep
