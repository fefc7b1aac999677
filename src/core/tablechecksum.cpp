#include "core/tablechecksum.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TableChecksum)
};

const QString dataSection = QStringLiteral("data");

// A key value as a literal a DBA can paste: numbers bare, everything else quoted.
QString literal(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toString();
    case QMetaType::QByteArray:
        return QStringLiteral("0x") + QString::fromLatin1(value.toByteArray().toHex());
    default:
        break;
    }
    QString text = value.toString();
    text.replace(u'\'', QStringLiteral("''"));
    return u'\'' + text + u'\'';
}

QString tuple(const QStringList &items)
{
    return items.size() == 1 ? items.first() : u'(' + items.join(QStringLiteral(", ")) + u')';
}

QString keyTuple(const KeyValues &values)
{
    QStringList items;
    for (const QVariant &value : values)
        items.append(literal(value));
    return tuple(items);
}

// "i:42", "u:42", "d:1.5", "s:text", "b:<base64>", "n" (NULL): a key value that binds back
// as the same type.
QString keyValueText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("n");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QStringLiteral("i:") + QString::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QStringLiteral("u:") + QString::number(value.toULongLong());
    case QMetaType::Double:
        return QStringLiteral("d:") + QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return QStringLiteral("b:") + QString::fromLatin1(value.toByteArray().toBase64());
    case QMetaType::QDateTime:
        return QStringLiteral("s:") +
               value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case QMetaType::QDate:
        return QStringLiteral("s:") + value.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    case QMetaType::QTime:
        return QStringLiteral("s:") + value.toTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    default:
        return QStringLiteral("s:") + value.toString();
    }
}

QVariant keyValueFromText(const QString &text)
{
    const QString body = text.mid(2);
    if (text.startsWith(u"i:"))
        return QVariant(body.toLongLong());
    if (text.startsWith(u"u:"))
        return QVariant(body.toULongLong());
    if (text.startsWith(u"d:"))
        return QVariant(body.toDouble());
    if (text.startsWith(u"b:"))
        return QVariant(QByteArray::fromBase64(body.toLatin1()));
    if (text.startsWith(u"s:"))
        return QVariant(body);
    return QVariant(QMetaType(QMetaType::QString));
}

QJsonArray keyToJson(const KeyValues &values)
{
    QJsonArray array;
    for (const QVariant &value : values)
        array.append(keyValueText(value));
    return array;
}

KeyValues keyFromJson(const QJsonValue &json)
{
    KeyValues values;
    const QJsonArray array = json.toArray();
    for (const auto &value : array)
        values.append(keyValueFromText(value.toString()));
    return values;
}

QStringList stringsFromJson(const QJsonValue &json)
{
    QStringList strings;
    const QJsonArray array = json.toArray();
    for (const auto &value : array)
        strings.append(value.toString());
    return strings;
}

const QString algorithmKey = QStringLiteral("algorithm");

ChecksumAlgorithm algorithmFromJson(const QJsonValue &json)
{
    if (json.isUndefined())
        return ChecksumAlgorithm::BitXorCrc32; // written before the tag existed
    for (const ChecksumAlgorithm known :
         {ChecksumAlgorithm::BitXorCrc32, ChecksumAlgorithm::SumCrc32})
        if (json.toString() == algorithmName(known))
            return known;
    return ChecksumAlgorithm::Unknown;
}

// Why two snapshots cannot be compared chunk by chunk, or empty when they can.
QString incomparable(const ChecksumSnapshot &before, const ChecksumSnapshot &after)
{
    if (before.algorithm == ChecksumAlgorithm::Unknown ||
        after.algorithm == ChecksumAlgorithm::Unknown)
        return Tr::tr("a snapshot was computed with a checksum method this version does not "
                      "know: the comparison is inconclusive");
    if (before.algorithm != after.algorithm)
        return Tr::tr("the snapshots were computed with different checksum methods (%1 before, "
                      "%2 after): the comparison is inconclusive")
            .arg(algorithmName(before.algorithm), algorithmName(after.algorithm));
    return {};
}

bool sameBounds(const ChecksumChunk &a, const ChecksumChunk &b)
{
    return a.lower == b.lower && a.upper == b.upper;
}

} // namespace

QString algorithmName(ChecksumAlgorithm algorithm)
{
    switch (algorithm) {
    case ChecksumAlgorithm::BitXorCrc32:
        return QStringLiteral("bit-xor-crc32");
    case ChecksumAlgorithm::SumCrc32:
        return QStringLiteral("sum-crc32");
    case ChecksumAlgorithm::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString checksumMethod(ChecksumAlgorithm algorithm)
{
    switch (algorithm) {
    case ChecksumAlgorithm::BitXorCrc32:
        return QStringLiteral(
            "COUNT(*), BIT_XOR(CRC32(CONCAT_WS('#', columns…, ISNULL markers))) per key range");
    case ChecksumAlgorithm::SumCrc32:
        return QStringLiteral(
            "COUNT(*), SUM(CRC32(CONCAT_WS('#', columns…, ISNULL markers))) per key range");
    case ChecksumAlgorithm::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool TableChecksum::complete() const
{
    if (!error.isEmpty() || chunks.isEmpty())
        return false;
    for (const ChecksumChunk &chunk : chunks)
        if (!chunk.checked)
            return false;
    return true;
}

const TableChecksum *ChecksumSnapshot::table(const QString &name) const
{
    for (const TableChecksum &table : tables)
        if (table.table == name)
            return &table;
    return nullptr;
}

QString describeKeyRange(const QStringList &keyColumns, const KeyValues &lower,
                         const KeyValues &upper)
{
    if (keyColumns.isEmpty() || (lower.isEmpty() && upper.isEmpty()))
        return Tr::tr("every row");
    const QString columns = tuple(keyColumns);
    QStringList parts;
    if (!lower.isEmpty())
        parts.append(columns + QStringLiteral(" > ") + keyTuple(lower));
    if (!upper.isEmpty())
        parts.append(columns + QStringLiteral(" <= ") + keyTuple(upper));
    return parts.join(QStringLiteral(" AND "));
}

ChecksumComparison compareChecksums(const ChecksumSnapshot &before, const ChecksumSnapshot &after)
{
    ChecksumComparison comparison;
    comparison.algorithm = before.algorithm;
    comparison.afterAlgorithm = after.algorithm;
    const QString methods = incomparable(before, after);
    for (const TableChecksum &was : before.tables) {
        comparison.tables.append(was.table);
        if (was.wholeTable())
            comparison.wholeTables.append(was.table);
        const TableChecksum *now = after.table(was.table);
        const QString whyNot = !before.unsupportedReason.isEmpty()  ? before.unsupportedReason
                               : !after.unsupportedReason.isEmpty() ? after.unsupportedReason
                               : !methods.isEmpty()                 ? methods
                               : !was.error.isEmpty()               ? was.error
                               : !now ? Tr::tr("not in the second snapshot")
                                      : now->error;
        if (!whyNot.isEmpty()) {
            comparison.notChecked.append({was.table, Tr::tr("every row"), whyNot});
            continue;
        }
        for (int i = 0; i < was.chunks.size(); ++i) {
            const ChecksumChunk &a = was.chunks.at(i);
            const ChecksumChunk *b = i < now->chunks.size() ? &now->chunks.at(i) : nullptr;
            const QString range = describeKeyRange(was.keyColumns, a.lower, a.upper);
            if (!b || !sameBounds(a, *b)) {
                comparison.notChecked.append(
                    {was.table, range, Tr::tr("the second snapshot has other chunk bounds")});
                continue;
            }
            if (!a.checked || !b->checked) {
                comparison.notChecked.append(
                    {was.table, range,
                     Tr::tr("not computed within the time budget of the %1 snapshot")
                         .arg(!a.checked ? Tr::tr("first") : Tr::tr("second"))});
                continue;
            }
            ++comparison.chunksCompared;
            if (a.rows != b->rows || a.crc != b->crc)
                comparison.differences.append(
                    {was.table, was.keyColumns, a.lower, a.upper, a.rows, b->rows, a.crc, b->crc});
        }
    }
    return comparison;
}

VerificationChecks checksumChecks(const ChecksumComparison &comparison)
{
    VerificationChecks checks;
    for (const QString &table : comparison.tables) {
        VerificationCheck check;
        check.section = dataSection;
        check.name = Tr::tr("checksums of %1").arg(table);
        check.evidence = checksumMethod(comparison.algorithm);
        QStringList differing;
        for (const ChunkDifference &difference : comparison.differences) {
            if (difference.table != table)
                continue;
            differing.append(Tr::tr("%1: %2 rows before, %3 after, checksum %4 before, %5 after")
                                 .arg(describeKeyRange(difference.keyColumns, difference.lower,
                                                       difference.upper),
                                      QString::number(difference.rowsBefore),
                                      QString::number(difference.rowsAfter), difference.crcBefore,
                                      difference.crcAfter));
        }
        QStringList unchecked;
        for (const UncheckedRange &range : comparison.notChecked)
            if (range.table == table)
                unchecked.append(Tr::tr("%1 not checked: %2").arg(range.range, range.reason));
        const bool whole = comparison.wholeTables.contains(table);
        if (!differing.isEmpty()) {
            check.outcome = VerificationCheck::Outcome::Failed;
            check.detail = Tr::tr("%n chunk(s) of %1 changed: %2", nullptr, int(differing.size()))
                               .arg(table, differing.join(QStringLiteral("; ")));
        } else if (!unchecked.isEmpty()) {
            check.outcome = VerificationCheck::Outcome::Skipped;
            check.detail = Tr::tr("no difference found where compared; %1")
                               .arg(unchecked.join(QStringLiteral("; ")));
        } else {
            check.detail = whole ? Tr::tr("unchanged (checksummed whole: no primary or unique key)")
                                 : Tr::tr("unchanged in every chunk");
        }
        if (!unchecked.isEmpty() && !differing.isEmpty())
            check.actual = unchecked.join(u'\n');
        checks.append(check);
    }
    return checks;
}

QJsonObject checksumSnapshotToJson(const ChecksumSnapshot &snapshot)
{
    QJsonArray tables;
    for (const TableChecksum &table : snapshot.tables) {
        QJsonArray chunks;
        for (const ChecksumChunk &chunk : table.chunks)
            chunks.append(QJsonObject{{QStringLiteral("lower"), keyToJson(chunk.lower)},
                                      {QStringLiteral("upper"), keyToJson(chunk.upper)},
                                      {QStringLiteral("rows"), QString::number(chunk.rows)},
                                      {QStringLiteral("crc"), chunk.crc},
                                      {QStringLiteral("checked"), chunk.checked}});
        tables.append(QJsonObject{
            {QStringLiteral("table"), table.table},
            {QStringLiteral("keyName"), table.keyName},
            {QStringLiteral("keyColumns"), QJsonArray::fromStringList(table.keyColumns)},
            {QStringLiteral("wholeTableReason"), table.wholeTableReason},
            {QStringLiteral("error"), table.error},
            {QStringLiteral("chunks"), chunks}});
    }
    return QJsonObject{{QStringLiteral("tables"), tables},
                       {QStringLiteral("budgetMs"), QString::number(snapshot.budgetMs)},
                       {QStringLiteral("elapsedMs"), QString::number(snapshot.elapsedMs)},
                       {QStringLiteral("connections"), snapshot.connections},
                       {algorithmKey, algorithmName(snapshot.algorithm)},
                       {QStringLiteral("unsupportedReason"), snapshot.unsupportedReason}};
}

ChecksumSnapshot checksumSnapshotFromJson(const QJsonObject &json)
{
    ChecksumSnapshot snapshot;
    snapshot.budgetMs = json.value(QStringLiteral("budgetMs")).toString().toLongLong();
    snapshot.elapsedMs = json.value(QStringLiteral("elapsedMs")).toString().toLongLong();
    snapshot.connections = json.value(QStringLiteral("connections")).toInt(1);
    snapshot.unsupportedReason = json.value(QStringLiteral("unsupportedReason")).toString();
    snapshot.algorithm = algorithmFromJson(json.value(algorithmKey));
    const QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
    for (const auto &tableValue : tables) {
        const QJsonObject object = tableValue.toObject();
        TableChecksum table;
        table.table = object.value(QStringLiteral("table")).toString();
        table.keyName = object.value(QStringLiteral("keyName")).toString();
        table.keyColumns = stringsFromJson(object.value(QStringLiteral("keyColumns")));
        table.wholeTableReason = object.value(QStringLiteral("wholeTableReason")).toString();
        table.error = object.value(QStringLiteral("error")).toString();
        const QJsonArray chunks = object.value(QStringLiteral("chunks")).toArray();
        for (const auto &chunkValue : chunks) {
            const QJsonObject chunkObject = chunkValue.toObject();
            ChecksumChunk chunk;
            chunk.lower = keyFromJson(chunkObject.value(QStringLiteral("lower")));
            chunk.upper = keyFromJson(chunkObject.value(QStringLiteral("upper")));
            chunk.rows = chunkObject.value(QStringLiteral("rows")).toString().toLongLong();
            chunk.crc = chunkObject.value(QStringLiteral("crc")).toString();
            chunk.checked = chunkObject.value(QStringLiteral("checked")).toBool();
            table.chunks.append(chunk);
        }
        snapshot.tables.append(table);
    }
    return snapshot;
}

QJsonObject checksumComparisonToJson(const ChecksumComparison &comparison)
{
    QJsonArray differing;
    for (const ChunkDifference &difference : comparison.differences)
        differing.append(QJsonObject{
            {QStringLiteral("table"), difference.table},
            {QStringLiteral("range"),
             describeKeyRange(difference.keyColumns, difference.lower, difference.upper)},
            {QStringLiteral("rowsBefore"), difference.rowsBefore},
            {QStringLiteral("rowsAfter"), difference.rowsAfter}});
    QJsonArray notCovered;
    for (const UncheckedRange &range : comparison.notChecked)
        notCovered.append(QJsonObject{{QStringLiteral("table"), range.table},
                                      {QStringLiteral("range"), range.range},
                                      {QStringLiteral("reason"), range.reason}});
    // The method is part of the evidence: "unchanged" means "equal sums of CRC32s", and a
    // reader of the report must be able to tell which sums.
    return QJsonObject{
        {algorithmKey, algorithmName(comparison.algorithm)},
        {QStringLiteral("algorithmAfter"), algorithmName(comparison.afterAlgorithm)},
        {QStringLiteral("method"), checksumMethod(comparison.algorithm)},
        {QStringLiteral("compared"), comparison.chunksCompared},
        {QStringLiteral("differing"), differing},
        {QStringLiteral("notCovered"), notCovered},
        {QStringLiteral("wholeTables"), QJsonArray::fromStringList(comparison.wholeTables)}};
}

} // namespace backstep
