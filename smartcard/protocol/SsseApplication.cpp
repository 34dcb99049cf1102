#include "smartcard/protocol/SsseApplication.h"

#include "smartcard/crypto/CardCrypto.h"
#include "smartcard/protocol/Tlv.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace carddesk {

namespace {

QByteArray header(const char* hex)
{
    return QByteArray::fromHex(hex);
}

CardResult malformed(const QString& detail)
{
    return CardResult::failure(CardError::MalformedResponse, detail);
}

void appendSecure(WipedBytes& out, const SecureBuffer& b)
{
    out.bytes().append(reinterpret_cast<const char*>(b.data()), int(b.size()));
}

} // namespace

QByteArray SsseOptions::defaultDfName()
{
    return QByteArray::fromHex("7378312E73682EC9E7BBE1B1A3D5CF");
}

SsseApplication::SsseApplication(ApduChannel& card, SsseOptions options)
    : m_card(card)
    , m_options(std::move(options))
{}

CardResult SsseApplication::select(records::Fci* fci)
{
    QByteArray cmd = header("00A40400");
    cmd.append(char(m_options.dfName.size()));
    cmd.append(m_options.dfName);
    cmd.append('\0');
    const ApduResponse r = m_card.exchange(cmd);
    if (!r.isOk())
        return r.result();
    QString error;
    const auto parsed = records::parseFci(r.data, &error);
    if (!parsed)
        return malformed(QStringLiteral("SELECT SSSE: %1").arg(error));
    if (fci)
        *fci = *parsed;
    return CardResult::success();
}

CardResult SsseApplication::readRecords(int sfi, const QList<int>& ids, QByteArray& records)
{
    records.clear();
    if (m_options.readAllRecords) {
        QByteArray cmd = header("00B201");
        cmd.append(char((sfi << 3) | 0x05));
        cmd.append('\0');
        const ApduResponse r = m_card.exchange(cmd);
        if (r.isOk()) {
            records = r.data;
            return CardResult::success();
        }
        if (!r.answered())
            return r.result();
        // Cards that do not know "all records" say so with one of these; anything else is the answer.
        if (r.sw != 0x6A86 && r.sw != 0x6A81 && r.sw != 0x6B00 && r.sw != 0x6D00)
            return r.result();
    }
    for (int id : ids) {
        QByteArray cmd = header("00B2");
        cmd.append(char(id));
        cmd.append(char(sfi << 3));
        cmd.append('\0');
        const ApduResponse r = m_card.exchange(cmd);
        if (r.answered() && r.sw == 0x6A83)
            continue; // optional record absent (e.g. 4E on a 1.0 card); parsers check mandatory ones
        if (!r.isOk())
            return r.result();
        records.append(r.data);
    }
    return CardResult::success();
}

CardResult SsseApplication::readCardData(CardData& card)
{
    QByteArray recs;
    CardResult r = readRecords(5, {0x01, 0x03, 0x05, 0x06, 0x07}, recs);
    if (!r.ok())
        return r;
    QString error;
    if (!records::parseCardData(recs, card, &error))
        return malformed(QStringLiteral("EF05: %1").arg(error));
    return r;
}

CardResult SsseApplication::readIdentificationCode(QByteArray& cardId)
{
    const ApduResponse r = m_card.exchange(header("00B2012800"));
    if (!r.isOk())
        return r.result();
    const auto el = tlv::parse(r.data);
    if (!el || el->isEmpty() || el->first().tag != 0x01 || el->first().value.size() != 16)
        return malformed(QStringLiteral("EF05/01 is not a 16-byte identification code"));
    cardId = el->first().value;
    return CardResult::success();
}

CardResult SsseApplication::readHolderData(HolderData& holder)
{
    QByteArray recs;
    CardResult r = readRecords(6, {0x08, 0x09, 0x4E, 0x0A, 0x0B, 0x0D}, recs);
    if (!r.ok())
        return r;
    QString error;
    if (!records::parseHolderData(recs, holder, &error))
        return malformed(QStringLiteral("EF06: %1").arg(error));
    return r;
}

CardResult SsseApplication::mutualAuthenticate(SecureAccessModule& sam, CardAlgorithm alg,
                                               const QByteArray& cardId)
{
    const int bs = crypto::blockSize(alg);
    QByteArray rnd(8, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(rnd.data()), 8) != 1)
        return CardResult::failure(CardError::Transport, QStringLiteral("no random numbers"));
    QByteArray internal = header("008800");
    internal.append(char(m_options.authKeyId));
    internal.append(char(8));
    internal.append(rnd);
    internal.append('\0');
    const ApduResponse ia = m_card.exchange(internal);
    if (!ia.isOk())
        return ia.result();
    const ApduResponse ch = m_card.exchange(header("0084000008"));
    if (!ch.isOk())
        return ch.result();
    if (ch.data.size() != 8)
        return malformed(QStringLiteral("GET CHALLENGE returned %1 bytes").arg(ch.data.size()));
    CardResult r = sam.deriveCardKey(SamKeyType::Authentication, alg, cardId);
    if (!r.ok())
        return r;
    // Each 8-byte value padded (method 2) to 16 bytes: one SM4 block or two 3DES blocks.
    const QByteArray blocks = crypto::padMethod2(rnd, 16).left(16) + crypto::padMethod2(ch.data, 16).left(16);
    Q_UNUSED(bs);
    QByteArray cryptograms;
    r = sam.encrypt(blocks, cryptograms);
    if (!r.ok())
        return r;
    if (ia.data.size() != 16 || CRYPTO_memcmp(ia.data.constData(), cryptograms.constData(), 16) != 0)
        return CardResult::failure(
            CardError::WrongCard,
            QStringLiteral("internal authentication failed: the card's key does not match "
                           "the PSAM's (not a card of this issuer, or the wrong PSAM)"));
    QByteArray external = header("008200");
    external.append(char(m_options.authKeyId));
    external.append(char(16));
    external.append(cryptograms.mid(16, 16));
    const ApduResponse ea = m_card.exchange(external);
    return ea.result();
}

CardResult SsseApplication::pinStatus()
{
    QByteArray cmd = header("002000");
    cmd.append(char(m_options.pinReference));
    const ApduResponse r = m_card.exchange(cmd);
    if (!r.answered())
        return r.result();
    if ((r.sw & 0xFFF0) == 0x63C0 && (r.sw & 0x0F) > 0) {
        CardResult ok = CardResult::success(r.sw);
        ok.triesLeft = r.sw & 0x0F;
        return ok;
    }
    return r.result(); // 9000 (already verified: count unknown), 6983/63C0 blocked, 9303 locked...
}

bool SsseApplication::encodePin(const SecureBuffer& pin, SecureBuffer& bcd)
{
    bcd.clear();
    if (pin.size() < 4 || pin.size() > 16 || !pin.isAllDigits())
        return false;
    for (std::size_t i = 0; i < pin.size(); i += 2) {
        const int hi = pin[i] - '0';
        const int lo = i + 1 < pin.size() ? pin[i + 1] - '0' : 0xF;
        bcd.append(static_cast<unsigned char>((hi << 4) | lo));
    }
    return true;
}

bool SsseApplication::buildPinBlock(const SecureBuffer& pin, SecureBuffer& block)
{
    SecureBuffer bcd;
    if (!encodePin(pin, bcd))
        return false;
    block.clear();
    block.append(static_cast<unsigned char>(pin.size()));
    for (std::size_t i = 0; i < bcd.size(); ++i)
        block.append(bcd[i]);
    return true;
}

namespace {
CardResult badPin()
{
    return CardResult::failure(CardError::WrongLength, QStringLiteral("a PIN has 4 to 16 digits"));
}
} // namespace

CardResult SsseApplication::verify(const SecureBuffer& pin)
{
    SecureBuffer bcd;
    if (!encodePin(pin, bcd))
        return badPin();
    WipedBytes cmd;
    cmd.bytes() = header("002000");
    cmd.bytes().append(char(m_options.pinReference));
    cmd.bytes().append(char(bcd.size()));
    appendSecure(cmd, bcd);
    return m_card.exchange(cmd.bytes()).result();
}

CardResult SsseApplication::change(const SecureBuffer& oldPin, const SecureBuffer& newPin)
{
    SecureBuffer oldBcd, newBcd;
    if (!encodePin(oldPin, oldBcd) || !encodePin(newPin, newBcd))
        return badPin();
    WipedBytes cmd;
    cmd.bytes() = header("805E0100");
    cmd.bytes().append(char(oldBcd.size() + 1 + newBcd.size()));
    appendSecure(cmd, oldBcd);
    cmd.bytes().append(char(0xFF));
    appendSecure(cmd, newBcd);
    return m_card.exchange(cmd.bytes()).result();
}

CardResult SsseApplication::reload(SecureAccessModule& sam, CardAlgorithm alg, const QByteArray& cardId,
                                   const SecureBuffer* newPin)
{
    SecureBuffer block;
    if (newPin && !buildPinBlock(*newPin, block))
        return badPin();
    CardResult r = sam.deriveCardKey(SamKeyType::PinReload, alg, cardId);
    if (!r.ok())
        return r;
    const ApduResponse ch = m_card.exchange(header("0084000008"));
    if (!ch.isOk())
        return ch.result();
    if (ch.data.size() != 8)
        return malformed(QStringLiteral("GET CHALLENGE returned %1 bytes").arg(ch.data.size()));
    const int bs = crypto::blockSize(alg);
    // Enciphered block length: PIN block plus padding method 2 (at least one byte) to whole blocks.
    const int cipherLen = newPin ? int((block.size() + 1 + bs - 1) / bs * bs) : 0;
    QByteArray head = header("842400");
    head.append(char(newPin ? 0x01 : 0x00));
    head.append(char(cipherLen + 4));
    QByteArray dataField;
    r = sam.pinReloadCryptogram(ch.data, head, block, dataField);
    if (!r.ok())
        return r;
    WipedBytes cmd;
    cmd.bytes() = head + dataField;
    return m_card.exchange(cmd.bytes()).result();
}

} // namespace carddesk
