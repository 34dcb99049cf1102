#include "PsamCard.h"

#include "smartcard/crypto/CardCrypto.h"

#include <openssl/crypto.h>

namespace carddesk::sim {

void PsamCard::reset()
{
    m_selected = false;
    m_keyType = 0;
    if (!m_sessionKey.isEmpty())
        OPENSSL_cleanse(m_sessionKey.data(), size_t(m_sessionKey.size()));
    m_sessionKey.clear();
}

QJsonObject PsamCard::status() const
{
    return QJsonObject{{"dfName", QString::fromLatin1(m_profile.dfName)}, {"operations", m_operations}};
}

QByteArray PsamCard::process(const QByteArray& raw)
{
    const Apdu a = Apdu::parse(raw);
    if (!a.valid)
        return sw(0x6700);
    if (a.cla == 0x00 && a.ins == 0xA4) {
        reset();
        if (a.p1 == 0x04 && a.data == m_profile.dfName) {
            m_selected = true;
            return sw(0x9000);
        }
        return sw(0x6A82);
    }
    if (!m_selected)
        return sw(0x6985);
    if (a.cla == 0x80 && a.ins == 0x1A) {
        if (a.data.size() != 16)
            return sw(0x6700);
        if (a.p2 != int(CardAlgorithm::TripleDes) && a.p2 != int(CardAlgorithm::Sm4))
            return sw(0x6A86);
        const auto alg = CardAlgorithm(a.p2);
        const QByteArray root = m_profile.issuer.key(a.p1, alg);
        if (root.isEmpty())
            return sw(0x6A88);
        m_sessionKey = crypto::cardKey(alg, root, a.data.left(8), a.data.mid(8, 8));
        m_alg = alg;
        m_keyType = a.p1;
        return sw(0x9000);
    }
    if (a.cla == 0x80 && a.ins == 0xFA) {
        if (m_sessionKey.isEmpty())
            return sw(0x6985);
        ++m_operations;
        if (a.p1 == 0x01) { // ECB encrypt whole blocks
            if (a.data.isEmpty() || a.data.size() % crypto::blockSize(m_alg) != 0)
                return sw(0x6700);
            return withSw(crypto::ecbEncrypt(m_alg, m_sessionKey, a.data), 0x9000);
        }
        if (a.p1 == 0x07) { // PIN reload cryptogram: challenge 8, header 5, PIN block
            if (m_keyType != 1)
                return sw(0x6985);
            if (a.data.size() < 13)
                return sw(0x6700);
            const QByteArray challenge = a.data.left(8);
            const QByteArray header = a.data.mid(8, 5);
            QByteArray block = a.data.mid(13);
            QByteArray cipher;
            if (!block.isEmpty()) {
                QByteArray padded = crypto::padMethod2(block, crypto::blockSize(m_alg));
                cipher =
                    crypto::cbcEncrypt(m_alg, m_sessionKey, crypto::challengeIv(m_alg, challenge), padded);
                OPENSSL_cleanse(padded.data(), size_t(padded.size()));
                OPENSSL_cleanse(block.data(), size_t(block.size()));
            }
            if (static_cast<unsigned char>(header[4]) != cipher.size() + 4)
                return sw(0x6700);
            const QByteArray mac = crypto::cardMac4(m_alg, m_sessionKey, challenge, header + cipher);
            return withSw(cipher + mac, 0x9000);
        }
        return sw(0x6A86);
    }
    return sw(0x6D00);
}

} // namespace carddesk::sim
