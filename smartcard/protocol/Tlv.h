#pragma once
// TLV and field decoding for the card's records and FCI. Every parser is total: malformed input gives
// an error result, never a crash or an out-of-bounds read (fuzzed in tests/fuzz/).

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace carddesk::tlv {

struct Element
{
    unsigned tag = 0; // one or two bytes (xF first byte => two-byte tag, as in 9F0C)
    QByteArray value;
};

// Parses a flat sequence of BER-TLV elements (1-3 byte tags, short and long length forms up to 0x82).
// Trailing 00/FF filler bytes are skipped. Returns nullopt when an element runs past the end.
std::optional<QList<Element>> parse(const QByteArray& data);
// The first element with this tag, searching constructed elements (bit 6 of the first tag byte) too.
std::optional<QByteArray> find(const QByteArray& data, unsigned tag);

// cn: BCD digits, right-padded with F. Returns nullopt on a non-digit nibble before the padding.
std::optional<QString> decodeBcd(const QByteArray& value);
// an: ASCII, right-padded with 00 (and spaces trimmed). Returns nullopt on a control character.
std::optional<QString> decodeAn(const QByteArray& value);
// A 4-byte cn date YYYYMMDD; nullopt when not a valid date.
std::optional<QDate> decodeDate(const QByteArray& value);
// GBK (GB18030) text, 00-padded.
QString decodeGbk(const QByteArray& value);

// BCD of a digit string, F-padded to whole bytes ("123456" -> 12 34 56, "12345" -> 12 34 5F).
QByteArray encodeBcd(const QByteArray& digits);

} // namespace carddesk::tlv
