#include "smartcard/pcsc/PinPad.h"

#include <PCSC/reader.h>
#include <PCSC/winscard.h>

namespace carddesk::pinpad {

namespace {

void appendLe16(QByteArray& b, std::uint16_t v)
{
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
}

void appendLe32(QByteArray& b, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}

int pinBytes(const PinFormat& f)
{
    return (f.maxDigits + 1) / 2;
}

// bmFormatString: units are bytes (bit 7), PIN at `offset` bytes into the data field, left-justified, BCD.
unsigned char formatString(int offset)
{
    return static_cast<unsigned char>(0x80 | ((offset & 0x0F) << 3) | 0x01);
}

} // namespace

std::uint32_t getFeatureRequestCode()
{
    return CM_IOCTL_GET_FEATURE_REQUEST;
}

std::optional<QMap<unsigned char, std::uint32_t>> parseFeatures(const QByteArray& tlv)
{
    QMap<unsigned char, std::uint32_t> out;
    int pos = 0;
    while (pos < tlv.size()) {
        if (pos + 2 > tlv.size())
            return std::nullopt;
        const unsigned char tag = static_cast<unsigned char>(tlv[pos]);
        const int len = static_cast<unsigned char>(tlv[pos + 1]);
        pos += 2;
        if (len != 4 || pos + len > tlv.size())
            return std::nullopt;
        std::uint32_t code = 0;
        for (int i = 0; i < 4; ++i)
            code = (code << 8) | static_cast<unsigned char>(tlv[pos + i]);
        out.insert(tag, code);
        pos += len;
    }
    return out;
}

QByteArray buildVerifyStructure(const PinFormat& f)
{
    const int n = pinBytes(f);
    QByteArray apdu = QByteArray::fromHex("002000");
    apdu.append(char(f.pinReference));
    apdu.append(char(n));
    apdu.append(QByteArray(n, char(0xFF))); // the pad fills the digits, the rest stays F-padding
    QByteArray s;
    s.append(char(f.timeoutSeconds)); // bTimerOut
    s.append(char(f.timeoutSeconds)); // bTimerOut2
    s.append(char(formatString(0)));  // bmFormatString
    s.append(char(n & 0x0F));         // bmPINBlockString: no length field, n-byte block
    s.append('\0');                   // bmPINLengthFormat
    appendLe16(s, std::uint16_t((f.minDigits << 8) | f.maxDigits)); // wPINMaxExtraDigit
    s.append(char(0x02));                                           // bEntryValidationCondition: OK key
    s.append(char(0x01));                                           // bNumberMessage
    appendLe16(s, f.langId);                                        // wLangId
    s.append('\0');                                                 // bMsgIndex
    s.append(QByteArray(3, '\0'));                                  // bTeoPrologue
    appendLe32(s, std::uint32_t(apdu.size()));
    s.append(apdu);
    return s;
}

QByteArray buildModifyStructure(const PinFormat& f)
{
    const int n = pinBytes(f);
    QByteArray apdu = QByteArray::fromHex("805E0100");
    apdu.append(char(2 * n + 1));
    apdu.append(QByteArray(n, char(0xFF)));
    apdu.append(char(0xFF)); // separator between old and new PIN
    apdu.append(QByteArray(n, char(0xFF)));
    QByteArray s;
    s.append(char(f.timeoutSeconds));
    s.append(char(f.timeoutSeconds));
    s.append(char(formatString(0)));
    s.append(char(n & 0x0F));
    s.append('\0');
    s.append('\0');        // bInsertionOffsetOld
    s.append(char(n + 1)); // bInsertionOffsetNew
    appendLe16(s, std::uint16_t((f.minDigits << 8) | f.maxDigits));
    s.append(char(0x03)); // bConfirmPIN: old PIN requested, new PIN confirmed
    s.append(char(0x02));
    s.append(char(0x03)); // bNumberMessage
    appendLe16(s, f.langId);
    s.append('\0');
    s.append(char(0x01));
    s.append(char(0x02)); // bMsgIndex1..3
    s.append(QByteArray(3, '\0'));
    appendLe32(s, std::uint32_t(apdu.size()));
    s.append(apdu);
    return s;
}

CardResult pinPadResult(const QByteArray& answer)
{
    if (answer.size() != 2)
        return CardResult::failure(CardError::MalformedResponse,
                                   QStringLiteral("PIN pad answered %1 bytes").arg(answer.size()));
    const std::uint16_t sw =
        std::uint16_t((static_cast<unsigned char>(answer[0]) << 8) | static_cast<unsigned char>(answer[1]));
    CardResult r;
    switch (sw) {
    case 0x6400:
        r = CardResult::failure(CardError::PinPadTimeout);
        break;
    case 0x6401:
        r = CardResult::failure(CardError::PinPadCancelled);
        break;
    case 0x6402:
        r = CardResult::failure(CardError::PinPadCancelled, QStringLiteral("the two new PINs differ"));
        break;
    default:
        return CardResult::fromStatusWord(sw);
    }
    r.sw = sw;
    return r;
}

} // namespace carddesk::pinpad
