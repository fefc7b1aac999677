#pragma once

#include "core/sourcelocation.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace backstep {

// The text encodings a migration file may be read in. UTF-8 is what every tool expects
// (the Go tools send the bytes as they are, Flyway and Liquibase decode UTF-8 by
// default); the others are for files saved otherwise on purpose (`--encoding`).
enum class SourceEncoding { Utf8, Latin1, Utf16 };

QString encodingName(SourceEncoding encoding); // "utf-8", "latin1", "utf-16"
std::optional<SourceEncoding> encodingFromName(const QString &name);
QStringList encodingNames();

// Why a file's bytes are not the text they should be.
struct EncodingProblem
{
    enum class Kind {
        NulByte,     // a NUL byte: not text
        InvalidUtf8, // a byte that is not valid UTF-8
        Utf16Bom,    // a UTF-16 byte order mark, read as UTF-8
        Utf32Bom,    // a UTF-32 byte order mark
    };
    Kind kind = Kind::InvalidUtf8;
    SourceLocation location; // line and column in characters, 1-based
    uchar byte = 0;          // the offending byte
    bool bigEndian = false;  // for the byte order marks
};

// A file's text, decoded, and the first problem found in its bytes (the text then has
// U+FFFD where bytes were invalid, so that the file can still be shown).
struct DecodedSource
{
    QString text;
    std::optional<EncodingProblem> problem;
};

DecodedSource decodeSource(const QByteArray &bytes, const QString &path, SourceEncoding encoding);

// The problem in words: "a NUL byte (0x00): a migration file is text", "not UTF-8: byte 0xE9
// is not followed by UTF-8 continuation bytes (the DOWN was saved as Latin-1?); save the file
// as UTF-8". `part` names where it is ("the DOWN", "the UP", "the file").
QString describeEncodingProblem(const EncodingProblem &problem, const QString &part);

} // namespace backstep
