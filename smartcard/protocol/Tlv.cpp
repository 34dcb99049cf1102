#include "smartcard/protocol/Tlv.h"

#include <QStringDecoder>

namespace carddesk::tlv {

namespace {

bool readElement(const QByteArray& data, int& pos, Element& out)
{
    const int n = int(data.size());
    auto byte = [&](int i) { return static_cast<unsigned char>(data[i]); };
    if (pos >= n)
        return false;
    unsigned tag = byte(pos++);
    if ((tag & 0x1F) == 0x1F) {
        // Multi-byte tag: continuation bytes have bit 8 set; we accept up to three tag bytes.
        int extra = 0;
        do {
            if (pos >= n || ++extra > 2)
                return false;
            tag = (tag << 8) | byte(pos);
        } while (byte(pos++) & 0x80);
    }
    if (pos >= n)
        return false;
    int len = byte(pos++);
    if (len == 0x81) {
        if (pos >= n)
            return false;
        len = byte(pos++);
    } else if (len == 0x82) {
        if (pos + 1 >= n)
            return false;
        len = (byte(pos) << 8) | byte(pos + 1);
        pos += 2;
    } else if (len > 0x7F) {
        return false;
    }
    if (len > n - pos)
        return false;
    out.tag = tag;
    out.value = data.mid(pos, len);
    pos += len;
    return true;
}

bool isConstructed(unsigned tag)
{
    unsigned first = tag;
    while (first > 0xFF)
        first >>= 8;
    return (first & 0x20) != 0;
}

} // namespace

std::optional<QList<Element>> parse(const QByteArray& data)
{
    QList<Element> out;
    int pos = 0;
    const int n = int(data.size());
    while (pos < n) {
        const unsigned char b = static_cast<unsigned char>(data[pos]);
        if (b == 0x00 || b == 0xFF) {
            ++pos; // filler between or after records
            continue;
        }
        Element e;
        if (!readElement(data, pos, e))
            return std::nullopt;
        out.append(e);
    }
    return out;
}

std::optional<QByteArray> find(const QByteArray& data, unsigned tag)
{
    const auto elements = parse(data);
    if (!elements)
        return std::nullopt;
    for (const Element& e : *elements) {
        if (e.tag == tag)
            return e.value;
        if (isConstructed(e.tag)) {
            if (auto inner = find(e.value, tag))
                return inner;
        }
    }
    return std::nullopt;
}

std::optional<QString> decodeBcd(const QByteArray& value)
{
    QString out;
    bool padding = false;
    for (char c : value) {
        const unsigned char b = static_cast<unsigned char>(c);
        for (unsigned nibble : {unsigned(b >> 4), unsigned(b & 0x0F)}) {
            if (nibble == 0xF) {
                padding = true;
            } else if (nibble <= 9 && !padding) {
                out.append(QChar(u'0' + nibble));
            } else {
                return std::nullopt;
            }
        }
    }
    return out;
}

std::optional<QString> decodeAn(const QByteArray& value)
{
    int end = int(value.size());
    while (end > 0 && value[end - 1] == '\0')
        --end;
    QString out;
    for (int i = 0; i < end; ++i) {
        const unsigned char c = static_cast<unsigned char>(value[i]);
        if (c < 0x20 || c > 0x7E)
            return std::nullopt;
        out.append(QChar(c));
    }
    return out.trimmed();
}

std::optional<QDate> decodeDate(const QByteArray& value)
{
    if (value.size() != 4)
        return std::nullopt;
    const auto digits = decodeBcd(value);
    if (!digits || digits->size() != 8)
        return std::nullopt;
    const QDate d = QDate::fromString(*digits, QStringLiteral("yyyyMMdd"));
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString decodeGbk(const QByteArray& value)
{
    int end = int(value.size());
    while (end > 0 && (value[end - 1] == '\0' || value[end - 1] == ' '))
        --end;
    QStringDecoder decoder("GB18030");
    QString s = decoder.decode(QByteArrayView(value.constData(), end));
    return s.trimmed();
}

QByteArray encodeBcd(const QByteArray& digits)
{
    QByteArray out;
    for (int i = 0; i < digits.size(); i += 2) {
        const int hi = digits[i] - '0';
        const int lo = i + 1 < digits.size() ? digits[i + 1] - '0' : 0xF;
        out.append(char((hi << 4) | lo));
    }
    return out;
}

} // namespace carddesk::tlv
