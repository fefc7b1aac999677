#include "core/serverposition.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerPosition)
};

} // namespace

ServerPosition ServerPosition::unknown(const QString &reason)
{
    ServerPosition position;
    position.unknownReason = reason;
    return position;
}

QString ServerPosition::describe() const
{
    if (!known)
        return unknownReason.isEmpty() ? Tr::tr("not recorded")
                                       : Tr::tr("unknown (%1)").arg(unknownReason);
    const QString gtidText = gtid.isEmpty() ? Tr::tr("no GTID") : Tr::tr("GTID %1").arg(gtid);
    const QString binlogText =
        binlogOn ? Tr::tr("binary log %1 at %2").arg(binlogFile, QString::number(binlogPosition))
                 : Tr::tr("no binary log");
    return gtidText + QStringLiteral("; ") + binlogText;
}

QJsonObject ServerPosition::toJson() const
{
    if (!known) {
        if (unknownReason.isEmpty())
            return {};
        return {{QStringLiteral("known"), false}, {QStringLiteral("reason"), unknownReason}};
    }
    return {{QStringLiteral("known"), true},
            {QStringLiteral("gtid"), gtid},
            {QStringLiteral("binlog"),
             binlogOn ? QJsonValue(QJsonObject{{QStringLiteral("file"), binlogFile},
                                               {QStringLiteral("position"), binlogPosition}})
                      : QJsonValue(QJsonValue::Null)}};
}

ServerPosition ServerPosition::fromJson(const QJsonObject &json)
{
    if (json.isEmpty())
        return {};
    if (!json.value(QStringLiteral("known")).toBool())
        return unknown(json.value(QStringLiteral("reason")).toString());
    ServerPosition position;
    position.known = true;
    position.gtid = json.value(QStringLiteral("gtid")).toString();
    const QJsonObject binlog = json.value(QStringLiteral("binlog")).toObject();
    position.binlogOn = !binlog.isEmpty();
    position.binlogFile = binlog.value(QStringLiteral("file")).toString();
    position.binlogPosition = binlog.value(QStringLiteral("position")).toInteger();
    return position;
}

QString ServerPosition::toText() const
{
    if (!recorded())
        return {};
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

ServerPosition ServerPosition::fromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

} // namespace backstep
