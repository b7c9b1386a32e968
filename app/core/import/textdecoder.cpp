// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QByteArrayView>
#include <QObject>
#include <QStringDecoder>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

constexpr qsizetype Utf16SampleBytes = 4096;
constexpr qsizetype ControlSampleBytes = 8192;
constexpr char16_t ReplacementCharacter = 0xFFFD;

enum class Encoding { Utf8Bom, Utf16LE, Utf16BE, Utf32LE, Utf32BE };

struct Bom {
    Encoding encoding;
    qsizetype length;
};

std::optional<Bom> detectBom(QByteArrayView bytes)
{
    // UTF-32LE first: its BOM starts with the UTF-16LE one.
    if (bytes.startsWith("\xFF\xFE\x00\x00"_ba)) {
        return Bom{Encoding::Utf32LE, 4};
    }
    if (bytes.startsWith("\x00\x00\xFE\xFF"_ba)) {
        return Bom{Encoding::Utf32BE, 4};
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        return Bom{Encoding::Utf8Bom, 3};
    }
    if (bytes.startsWith("\xFF\xFE")) {
        return Bom{Encoding::Utf16LE, 2};
    }
    if (bytes.startsWith("\xFE\xFF")) {
        return Bom{Encoding::Utf16BE, 2};
    }
    return std::nullopt;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8Bom:
        return u"UTF-8 BOM"_s;
    case Encoding::Utf16LE:
        return u"UTF-16LE"_s;
    case Encoding::Utf16BE:
        return u"UTF-16BE"_s;
    case Encoding::Utf32LE:
        return u"UTF-32LE"_s;
    case Encoding::Utf32BE:
        return u"UTF-32BE"_s;
    }
    return {};
}

// What a file is when its first bytes are the signature of a common binary format, else empty.
QString binaryFormatName(QByteArrayView bytes)
{
    struct Signature {
        QByteArrayView magic;
        const char *name;
    };
    static const std::array<Signature, 10> signatures = {{
        {"\x89PNG\r\n\x1A\n", QT_TRANSLATE_NOOP("QObject", "a PNG image")},
        {"\xFF\xD8\xFF", QT_TRANSLATE_NOOP("QObject", "a JPEG image")},
        {"GIF87a", QT_TRANSLATE_NOOP("QObject", "a GIF image")},
        {"GIF89a", QT_TRANSLATE_NOOP("QObject", "a GIF image")},
        {"%PDF", QT_TRANSLATE_NOOP("QObject", "a PDF document")},
        {"PK\x03\x04", QT_TRANSLATE_NOOP("QObject", "a ZIP archive (Word and OpenDocument files are ZIP archives too)")},
        {"\x1F\x8B", QT_TRANSLATE_NOOP("QObject", "gzip-compressed data")},
        {"\x7F" "ELF", QT_TRANSLATE_NOOP("QObject", "a program (ELF executable)")},
        {QByteArrayView("SQLite format 3\0", 16), QT_TRANSLATE_NOOP("QObject", "an SQLite database")},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", QT_TRANSLATE_NOOP("QObject", "an old Microsoft Office document (.doc, .xls)")},
    }};
    for (const Signature &signature : signatures) {
        if (bytes.startsWith(signature.magic)) {
            return QObject::tr(signature.name);
        }
    }
    return {};
}

bool isTextControlByte(unsigned char byte)
{
    return byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f';
}

// A UTF-16 code unit whose high byte is zero: printable Latin-1 or a line/tab character.
bool isPrintableLatin1Unit(unsigned char low)
{
    return isTextControlByte(low) || (low >= 0x20 && low < 0x7F) || low >= 0xA0;
}

// UTF-16 without a BOM: in the sample, most bytes of one parity are zero (the high bytes of Latin
// characters), hardly any of the other parity are, and the Latin characters are printable.
std::optional<Encoding> guessUtf16(QByteArrayView bytes)
{
    const qsizetype sampleSize = std::min(bytes.size(), Utf16SampleBytes) & ~qsizetype(1);
    const qsizetype units = sampleSize / 2;
    // Most bytes of one parity must be zero: a sample without any is not UTF-16.
    if (units == 0 || !bytes.first(sampleSize).contains('\0')) {
        return std::nullopt;
    }
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    qsizetype printableLE = 0;
    qsizetype printableBE = 0;
    for (qsizetype i = 0; i < sampleSize; i += 2) {
        const auto even = static_cast<unsigned char>(bytes[i]);
        const auto odd = static_cast<unsigned char>(bytes[i + 1]);
        zeroEven += even == 0;
        zeroOdd += odd == 0;
        printableLE += odd == 0 && isPrintableLatin1Unit(even);
        printableBE += even == 0 && isPrintableLatin1Unit(odd);
    }
    const auto looksLike = [units](qsizetype zeroHigh, qsizetype zeroLow, qsizetype printable) {
        return zeroHigh * 2 > units && zeroLow * 20 <= units && printable * 10 >= zeroHigh * 9;
    };
    if (looksLike(zeroOdd, zeroEven, printableLE)) {
        return Encoding::Utf16LE;
    }
    if (looksLike(zeroEven, zeroOdd, printableBE)) {
        return Encoding::Utf16BE;
    }
    return std::nullopt;
}

// A control byte other than tab, line feed, carriage return and form feed, or DEL; without
// branches, so that the loops below are vectorised.
unsigned char isOtherControlByte(unsigned char b)
{
    return ((b < 0x20) & (b != '\t') & (b != '\n') & (b != '\r') & (b != '\f')) | (b == 0x7F);
}

bool controlShareTooHigh(QByteArrayView bytes)
{
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), ControlSampleBytes));
    // This runs on every file, and nearly every text has no such byte at all: a scan whose
    // accumulator is as wide as a byte (or the compiler keeps it scalar) says so first.
    unsigned char any = 0;
    for (const char byte : sample) {
        any |= isOtherControlByte(static_cast<unsigned char>(byte));
    }
    if (any == 0) {
        return false;
    }
    qsizetype controls = 0;
    for (const char byte : sample) {
        controls += isOtherControlByte(static_cast<unsigned char>(byte));
    }
    return controls * 10 > sample.size();
}

// The NUL and control-byte checks for a file already known not to be UTF-16 or UTF-32.
bool looksBinaryAsBytes(QByteArrayView bytes)
{
    return bytes.contains('\0') || controlShareTooHigh(bytes);
}

bool isUtf16or32(Encoding encoding)
{
    return encoding != Encoding::Utf8Bom;
}

char16_t readUnit(QByteArrayView bytes, qsizetype at, bool littleEndian)
{
    const auto first = static_cast<unsigned char>(bytes[at]);
    const auto second = static_cast<unsigned char>(bytes[at + 1]);
    return littleEndian ? char16_t(first | (second << 8)) : char16_t((first << 8) | second);
}

DecodedText decodeUtf16(QByteArrayView bytes, Encoding encoding)
{
    const bool littleEndian = encoding == Encoding::Utf16LE;
    const qsizetype units = bytes.size() / 2;
    QString text;
    text.reserve(units + 1);
    bool invalid = bytes.size() % 2 != 0;
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t unit = readUnit(bytes, i * 2, littleEndian);
        if (QChar::isHighSurrogate(unit) && i + 1 < units) {
            const char16_t next = readUnit(bytes, (i + 1) * 2, littleEndian);
            if (QChar::isLowSurrogate(next)) {
                text.append(QChar(unit));
                text.append(QChar(next));
                ++i;
                continue;
            }
        }
        if (QChar::isSurrogate(unit)) {
            text.append(QChar(ReplacementCharacter));
            invalid = true;
        } else {
            text.append(QChar(unit));
        }
    }
    if (bytes.size() % 2 != 0) {
        text.append(QChar(ReplacementCharacter));
    }
    return DecodedText{text, encodingName(encoding), invalid};
}

DecodedText decodeUtf32(QByteArrayView bytes, Encoding encoding)
{
    const bool littleEndian = encoding == Encoding::Utf32LE;
    const qsizetype units = bytes.size() / 4;
    QString text;
    text.reserve(units + 1);
    bool invalid = bytes.size() % 4 != 0;
    for (qsizetype i = 0; i < units; ++i) {
        char32_t codePoint = 0;
        for (int b = 0; b < 4; ++b) {
            const auto byte = static_cast<unsigned char>(bytes[i * 4 + (littleEndian ? 3 - b : b)]);
            codePoint = (codePoint << 8) | byte;
        }
        if (codePoint > 0x10FFFF || QChar::isSurrogate(codePoint)) {
            text.append(QChar(ReplacementCharacter));
            invalid = true;
        } else if (QChar::requiresSurrogates(codePoint)) {
            text.append(QChar(QChar::highSurrogate(codePoint)));
            text.append(QChar(QChar::lowSurrogate(codePoint)));
        } else {
            text.append(QChar(char16_t(codePoint)));
        }
    }
    if (bytes.size() % 4 != 0) {
        text.append(QChar(ReplacementCharacter));
    }
    return DecodedText{text, encodingName(encoding), invalid};
}

struct Utf8Result {
    QString text;
    bool hadErrors = false;
};

// Strict: overlong forms, surrogates, code points past U+10FFFF and truncated sequences are errors.
Utf8Result decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    return Utf8Result{std::move(text), decoder.hasError()};
}

char16_t windows1252(unsigned char byte)
{
    // 0x80–0x9F; the five bytes Windows-1252 leaves undefined keep their Latin-1 (C1) value.
    static constexpr std::array<char16_t, 32> high = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    if (byte >= 0x80 && byte <= 0x9F) {
        return high[byte - 0x80];
    }
    return byte;
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        *out++ = QChar(windows1252(static_cast<unsigned char>(byte)));
    }
    return text;
}

Error binaryError(const QString &path, const QString &format)
{
    if (format.isEmpty()) {
        return badInput(QObject::tr("%1 is not a text file (it looks like binary data).").arg(path));
    }
    return badInput(QObject::tr("%1 is not a text file (it looks like %2).").arg(path, format));
}

} // namespace

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes, const QString &path)
{
    if (bytes.isEmpty()) {
        return DecodedText{QString(), u"UTF-8"_s, false};
    }
    if (const QString format = binaryFormatName(bytes); !format.isEmpty()) {
        return binaryError(path, format);
    }
    const std::optional<Bom> bom = detectBom(bytes);
    const std::optional<Encoding> utf16 = bom ? std::nullopt : guessUtf16(bytes);
    const Encoding *wide = bom && isUtf16or32(bom->encoding) ? &bom->encoding : utf16 ? &*utf16 : nullptr;
    if (wide) {
        const QByteArrayView body = QByteArrayView(bytes).sliced(bom ? bom->length : 0);
        if (*wide == Encoding::Utf32LE || *wide == Encoding::Utf32BE) {
            return decodeUtf32(body, *wide);
        }
        return decodeUtf16(body, *wide);
    }

    const QByteArrayView body = QByteArrayView(bytes).sliced(bom ? bom->length : 0);
    if (looksBinaryAsBytes(body)) {
        return binaryError(path, {});
    }
    Utf8Result utf8 = decodeUtf8(body);
    if (bom) {
        // The BOM vouches for UTF-8: keep it and replace the invalid sequences.
        return DecodedText{std::move(utf8.text), encodingName(Encoding::Utf8Bom), utf8.hadErrors};
    }
    if (!utf8.hadErrors) {
        return DecodedText{std::move(utf8.text), u"UTF-8"_s, false};
    }
    return DecodedText{decodeWindows1252(body), u"Windows-1252"_s, true};
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return false;
    }
    if (!binaryFormatName(bytes).isEmpty()) {
        return true;
    }
    const std::optional<Bom> bom = detectBom(bytes);
    if (bom && isUtf16or32(bom->encoding)) {
        return false;
    }
    if (!bom && guessUtf16(bytes)) {
        return false;
    }
    return looksBinaryAsBytes(QByteArrayView(bytes).sliced(bom ? bom->length : 0));
}

} // namespace Gloss
