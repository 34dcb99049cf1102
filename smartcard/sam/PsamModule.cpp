#include "smartcard/sam/PsamModule.h"

namespace carddesk {

QByteArray PsamModule::defaultDfName()
{
    return QByteArrayLiteral("CARDDESK.PSAM");
}

QByteArray areaDiversificationData(const QByteArray& cardId)
{
    return cardId.left(3) + QByteArray(5, char(0xFF));
}

QByteArray cardDiversificationData(const QByteArray& cardId)
{
    return cardId.right(8);
}

PsamModule::PsamModule(ApduChannel& channel, QByteArray dfName)
    : m_channel(channel)
    , m_dfName(std::move(dfName))
{}

CardResult PsamModule::samResult(const ApduResponse& r, const char* what) const
{
    if (!r.answered()) {
        CardResult res = CardResult::failure(
            r.error == CardError::MalformedResponse ? CardError::SamError : CardError::SamUnavailable,
            QStringLiteral("PSAM %1: %2").arg(QLatin1String(what), r.detail));
        return res;
    }
    if (r.sw == 0x9000)
        return CardResult::success();
    CardResult res = CardResult::fromStatusWord(r.sw);
    res.error = CardError::SamError; // any refusal of the PSAM is the PSAM's, not the citizen card's
    res.triesLeft = -1;
    res.detail = QStringLiteral("PSAM %1 answered %2").arg(QLatin1String(what), res.statusWordText());
    return res;
}

CardResult PsamModule::open()
{
    if (m_open)
        return CardResult::success();
    QByteArray cmd = QByteArray::fromHex("00A40400");
    cmd.append(char(m_dfName.size()));
    cmd.append(m_dfName);
    const ApduResponse r = m_channel.exchange(cmd);
    CardResult res = samResult(r, "select");
    if (res.ok())
        m_open = true;
    return res;
}

CardResult PsamModule::deriveCardKey(SamKeyType type, CardAlgorithm alg, const QByteArray& cardId)
{
    if (cardId.size() != 16)
        return CardResult::failure(CardError::SamError,
                                   QStringLiteral("card identification code is not 16 bytes"));
    QByteArray cmd = QByteArray::fromHex("801A");
    cmd.append(char(type));
    cmd.append(char(alg));
    cmd.append(char(16));
    cmd.append(areaDiversificationData(cardId));
    cmd.append(cardDiversificationData(cardId));
    return samResult(m_channel.exchange(cmd), "derive key");
}

CardResult PsamModule::encrypt(const QByteArray& blocks, QByteArray& out)
{
    if (blocks.isEmpty() || blocks.size() > 240)
        return CardResult::failure(CardError::SamError, QStringLiteral("encrypt: bad input length"));
    QByteArray cmd = QByteArray::fromHex("80FA0100");
    cmd.append(char(blocks.size()));
    cmd.append(blocks);
    cmd.append('\0'); // Le
    const ApduResponse r = m_channel.exchange(cmd);
    CardResult res = samResult(r, "encrypt");
    if (res.ok() && r.data.size() != blocks.size())
        return CardResult::failure(CardError::SamError,
                                   QStringLiteral("PSAM encrypt returned %1 bytes").arg(r.data.size()));
    if (res.ok())
        out = r.data;
    return res;
}

CardResult PsamModule::pinReloadCryptogram(const QByteArray& challenge8, const QByteArray& header5,
                                           const SecureBuffer& pinBlock, QByteArray& dataField)
{
    if (challenge8.size() != 8 || header5.size() != 5)
        return CardResult::failure(CardError::SamError,
                                   QStringLiteral("PIN reload: bad challenge or header"));
    WipedBytes cmd;
    cmd.bytes() = QByteArray::fromHex("80FA0700");
    cmd.bytes().append(char(8 + 5 + int(pinBlock.size())));
    cmd.bytes().append(challenge8);
    cmd.bytes().append(header5);
    cmd.bytes().append(reinterpret_cast<const char*>(pinBlock.data()), int(pinBlock.size()));
    cmd.bytes().append('\0');
    const ApduResponse r = m_channel.exchange(cmd.bytes());
    CardResult res = samResult(r, "PIN reload cryptogram");
    if (!res.ok())
        return res;
    const int expected = int(static_cast<unsigned char>(header5[4]));
    if (r.data.size() != expected)
        return CardResult::failure(
            CardError::SamError,
            QStringLiteral("PSAM returned %1 bytes, expected %2").arg(r.data.size()).arg(expected));
    dataField = r.data;
    return res;
}

} // namespace carddesk
