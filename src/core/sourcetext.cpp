#include "core/sourcetext.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SourceText)
};

struct EncodingEntry
{
    SourceEncoding encoding;
    QLatin1StringView name;
};
constexpr EncodingEntry encodingTable[] = {
    {SourceEncoding::Utf8, QLatin1StringView("utf-8")},
    {SourceEncoding::Latin1, QLatin1StringView("latin1")},
    {SourceEncoding::Utf16, QLatin1StringView("utf-16")},
};

// How many continuation bytes a UTF-8 lead byte needs, and the range the first of them
// must be in (which rules out overlong forms and surrogates); 0 for a byte that cannot
// lead.
struct Lead
{
    int continuations = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
};

Lead leadOf(uchar byte)
{
    if (byte >= 0xC2 && byte <= 0xDF)
        return {1};
    if (byte == 0xE0)
        return {2, 0xA0, 0xBF};
    if (byte == 0xED)
        return {2, 0x80, 0x9F};
    if (byte >= 0xE1 && byte <= 0xEF)
        return {2};
    if (byte == 0xF0)
        return {3, 0x90, 0xBF};
    if (byte >= 0xF1 && byte <= 0xF3)
        return {3};
    if (byte == 0xF4)
        return {3, 0x80, 0x8F};
    return {0};
}

// The first NUL or invalid UTF-8 byte, with its line and column in characters.
std::optional<EncodingProblem> validateUtf8(const QByteArray &bytes, const QString &path)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < size;) {
        const uchar byte = data[i];
        if (byte < 0x80) {
            if (byte == 0)
                return EncodingProblem{EncodingProblem::Kind::NulByte, {path, line, column}, 0};
            if (byte == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            ++i;
            continue;
        }
        const Lead lead = leadOf(byte);
        bool valid = lead.continuations > 0;
        if (valid) {
            for (int k = 1; k <= lead.continuations; ++k) {
                if (i + k >= size) {
                    valid = false;
                    break;
                }
                const uchar next = data[i + k];
                const uchar low = k == 1 ? lead.low : 0x80;
                const uchar high = k == 1 ? lead.high : 0xBF;
                if (next < low || next > high) {
                    valid = false;
                    break;
                }
            }
        }
        if (!valid)
            return EncodingProblem{EncodingProblem::Kind::InvalidUtf8, {path, line, column}, byte};
        i += 1 + lead.continuations;
        ++column;
    }
    return std::nullopt;
}

} // namespace

QString encodingName(SourceEncoding encoding)
{
    for (const auto &entry : encodingTable)
        if (entry.encoding == encoding)
            return entry.name;
    return {};
}

std::optional<SourceEncoding> encodingFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(u'-');
    key.remove(u'_');
    if (key == u"utf8")
        return SourceEncoding::Utf8;
    if (key == u"latin1" || key == u"iso88591")
        return SourceEncoding::Latin1;
    if (key == u"utf16")
        return SourceEncoding::Utf16;
    return std::nullopt;
}

QStringList encodingNames()
{
    QStringList names;
    for (const auto &entry : encodingTable)
        names.append(entry.name);
    return names;
}

DecodedSource decodeSource(const QByteArray &bytes, const QString &path, SourceEncoding encoding)
{
    DecodedSource decoded;
    const bool utf32Le = bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4));
    const bool utf32Be = bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4));
    const bool utf16Le = !utf32Le && bytes.startsWith("\xFF\xFE");
    const bool utf16Be = bytes.startsWith("\xFE\xFF");
    if (utf32Le || utf32Be) {
        decoded.problem = EncodingProblem{EncodingProblem::Kind::Utf32Bom, {path, 1, 1}, 0};
        decoded.problem->bigEndian = utf32Be;
        // Decoded all the same, so that the file can be shown.
        QStringDecoder decoder(utf32Be ? QStringConverter::Utf32BE : QStringConverter::Utf32LE);
        decoded.text = decoder(bytes.sliced(4));
        return decoded;
    }
    switch (encoding) {
    case SourceEncoding::Utf16: {
        if (!utf16Le && !utf16Be) {
            // Without a byte order mark, UTF-16 is taken as little-endian, as Windows writes it.
            QStringDecoder decoder(QStringConverter::Utf16LE);
            decoded.text = decoder(bytes);
        } else {
            QStringDecoder decoder(utf16Be ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
            decoded.text = decoder(bytes.sliced(2));
        }
        break;
    }
    case SourceEncoding::Latin1:
        decoded.text = QString::fromLatin1(bytes);
        break;
    case SourceEncoding::Utf8:
        if (utf16Le || utf16Be) {
            decoded.problem = EncodingProblem{EncodingProblem::Kind::Utf16Bom, {path, 1, 1}, 0};
            decoded.problem->bigEndian = utf16Be;
            // Decoded all the same, so that the file can be shown.
            QStringDecoder decoder(utf16Be ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
            decoded.text = decoder(bytes.sliced(2));
            return decoded;
        }
        decoded.problem = validateUtf8(bytes, path);
        decoded.text = QString::fromUtf8(bytes);
        return decoded;
    }
    // A NUL is not text in any encoding.
    if (const qsizetype nul = decoded.text.indexOf(QChar(0)); nul >= 0) {
        const QStringView before = QStringView(decoded.text).first(nul);
        const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
        decoded.problem =
            EncodingProblem{EncodingProblem::Kind::NulByte,
                            {path, int(before.count(u'\n')) + 1, int(nul - lineStart) + 1},
                            0};
    }
    return decoded;
}

QString describeEncodingProblem(const EncodingProblem &problem, const QString &part)
{
    const QString byteName =
        QStringLiteral("0x") +
        QString::number(uint(problem.byte), 16).rightJustified(2, u'0').toUpper();
    switch (problem.kind) {
    case EncodingProblem::Kind::NulByte:
        return Tr::tr("a NUL byte (0x00): a migration file is text");
    case EncodingProblem::Kind::Utf16Bom:
        return problem.bigEndian
                   ? Tr::tr("the file is UTF-16 (big-endian, byte order mark FE FF), not UTF-8: "
                            "save it as UTF-8")
                   : Tr::tr("the file is UTF-16 (little-endian, byte order mark FF FE), not "
                            "UTF-8: save it as UTF-8");
    case EncodingProblem::Kind::Utf32Bom:
        return Tr::tr("the file is UTF-32 (byte order mark %1), not UTF-8: save it as UTF-8")
            .arg(problem.bigEndian ? QStringLiteral("00 00 FE FF") : QStringLiteral("FF FE 00 00"));
    case EncodingProblem::Kind::InvalidUtf8:
        break;
    }
    if (leadOf(problem.byte).continuations > 0 || problem.byte >= 0xA0) {
        // A lead byte without its continuation bytes: in practice a Latin-1 letter.
        const QString guess =
            problem.byte >= 0xA0 ? Tr::tr(" (%1 was saved as Latin-1?)").arg(part) : QString();
        return Tr::tr("not UTF-8: byte %1 is not followed by UTF-8 continuation bytes%2; save "
                      "the file as UTF-8")
            .arg(byteName, guess);
    }
    return Tr::tr("not UTF-8: byte %1 cannot start a UTF-8 character (%2 was saved as "
                  "Windows-1252?); save the file as UTF-8")
        .arg(byteName, part);
}

} // namespace backstep
