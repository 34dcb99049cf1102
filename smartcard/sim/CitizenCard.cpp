#include "CitizenCard.h"

#include "smartcard/crypto/CardCrypto.h"
#include "smartcard/protocol/SsseApplication.h"
#include "smartcard/protocol/Tlv.h"
#include "smartcard/sam/PsamModule.h"

#include <QStringEncoder>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace carddesk::sim {

namespace {

QByteArray tlvRecord(int tag, const QByteArray& value)
{
    QByteArray r;
    r.append(char(tag));
    r.append(char(value.size()));
    r.append(value);
    return r;
}

QByteArray fixed(QByteArray v, int size)
{
    v = v.left(size);
    v.append(QByteArray(size - v.size(), '\0'));
    return v;
}

QByteArray bcdFixed(const QString& digits, int size)
{
    QByteArray b = tlv::encodeBcd(digits.toLatin1());
    b = b.left(size);
    b.append(QByteArray(size - b.size(), char(0xFF)));
    return b;
}

// BCD digits F-padded -> ASCII digits; empty on a bad nibble.
QByteArray bcdDigits(const QByteArray& bcd)
{
    const auto s = tlv::decodeBcd(bcd);
    return s ? s->toLatin1() : QByteArray();
}

QByteArray deriveKey(const CitizenProfile& p, int type)
{
    const QByteArray root = p.issuer.key(type, p.algorithm);
    if (root.isEmpty())
        return {};
    return crypto::cardKey(p.algorithm, root, areaDiversificationData(p.identificationCode),
                           cardDiversificationData(p.identificationCode));
}

} // namespace

CitizenCard::CitizenCard(CitizenProfile profile, StateStore* store)
    : m_profile(std::move(profile))
    , m_store(store)
{
    m_reloadKey = deriveKey(m_profile, 1);
    m_authKey = deriveKey(m_profile, 2);
    m_ef05 = buildRecords(5);
    m_ef06 = buildRecords(6);
    m_pin = m_profile.pin;
    m_triesLeft = m_profile.triesLeft;
    m_locked = m_profile.permanentlyLocked;
    const QJsonObject saved = m_store ? m_store->load(m_profile.cardNumber) : QJsonObject();
    if (!saved.isEmpty()) {
        m_pin = saved.value(QLatin1String("pin")).toString(QString::fromLatin1(m_pin)).toLatin1();
        m_triesLeft = saved.value(QLatin1String("triesLeft")).toInt(m_triesLeft);
        m_locked = saved.value(QLatin1String("permanentlyLocked")).toBool(m_locked);
        m_macFailures = saved.value(QLatin1String("macFailures")).toInt(0);
    }
}

QByteArray CitizenCard::atr() const
{
    if (!m_profile.atr.isEmpty())
        return m_profile.atr;
    return makeAtr(QByteArrayLiteral("SSSE") + m_profile.version.toLatin1(), m_profile.t0);
}

void CitizenCard::reset()
{
    m_selected = m_verified = m_authenticated = false;
    m_challenge.clear();
    m_pending.clear();
}

QByteArray CitizenCard::key(int type) const
{
    return type == 1 ? m_reloadKey : m_authKey;
}

void CitizenCard::persist()
{
    if (!m_store)
        return;
    // The simulator stands in for the card's EEPROM: the PIN lives here because a card holds it.
    m_store->save(m_profile.cardNumber, QJsonObject{{"pin", QString::fromLatin1(m_pin)},
                                                    {"triesLeft", m_triesLeft},
                                                    {"permanentlyLocked", m_locked},
                                                    {"macFailures", m_macFailures}});
}

QJsonObject CitizenCard::status() const
{
    return QJsonObject{{"cardNumber", m_profile.cardNumber},
                       {"version", m_profile.version},
                       {"algorithm", m_profile.algorithm == CardAlgorithm::Sm4 ? "sm4" : "3des"},
                       {"triesLeft", m_triesLeft},
                       {"maxTries", m_profile.maxTries},
                       {"permanentlyLocked", m_locked},
                       {"macFailures", m_macFailures},
                       {"protocol", m_profile.t0 ? "T=0" : "T=1"}};
}

QList<CitizenCard::Record> CitizenCard::records(int sfi) const
{
    return sfi == 5 ? m_ef05 : sfi == 6 ? m_ef06 : QList<Record>();
}

QList<CitizenCard::Record> CitizenCard::buildRecords(int sfi) const
{
    QList<Record> r;
    if (sfi == 5) {
        r << Record{0x01, m_profile.identificationCode}
          << Record{0x03, fixed(m_profile.version.toLatin1(), 4)}
          << Record{0x05, bcdFixed(m_profile.issueDate, 4)} << Record{0x06, bcdFixed(m_profile.expiryDate, 4)}
          << Record{0x07, fixed(m_profile.cardNumber.toLatin1(), 9)};
    } else if (sfi == 6) {
        QStringEncoder gbk("GB18030");
        r << Record{0x08, fixed(m_profile.idNumber.toLatin1(), 18)}
          << Record{0x09, fixed(QByteArray(gbk.encode(m_profile.name)), 30)};
        if (!m_profile.nameExtension.isEmpty())
            r << Record{0x4E, fixed(QByteArray(gbk.encode(m_profile.nameExtension)), 20)};
        r << Record{0x0A, fixed(m_profile.sex.toLatin1(), 1)}
          << Record{0x0B, bcdFixed(m_profile.ethnicGroup, 1)}
          << Record{0x0D, bcdFixed(m_profile.birthDate, 4)};
    }
    return r;
}

// Le handling: a wrong non-zero Le gets 6Cxx (both protocols); in T=0 a case-4 command gets 61xx and
// the data waits for GET RESPONSE.
QByteArray CitizenCard::respond(const Apdu& a, const QByteArray& data, bool caseFour)
{
    if (data.isEmpty())
        return sw(0x9000);
    if (m_profile.t0 && caseFour) {
        m_pending = data;
        return sw(std::uint16_t(0x6100 | (data.size() & 0xFF)));
    }
    if (a.hasLe && a.le != 0 && a.le != data.size())
        return sw(std::uint16_t(0x6C00 | (data.size() & 0xFF)));
    if (m_profile.t0 && (!a.hasLe || a.le == 0) && data.size() != 256)
        return sw(std::uint16_t(0x6C00 | (data.size() & 0xFF))); // T=0: P3 = 00 asks for 256 bytes
    return withSw(data, 0x9000);
}

QByteArray CitizenCard::process(const QByteArray& raw)
{
    const Apdu a = Apdu::parse(raw);
    if (!a.valid)
        return sw(0x6700);
    if (!(a.cla == 0x00 && a.ins == 0xC0))
        m_pending.clear();
    if (a.cla == 0x00 && a.ins == 0xA4)
        return select(a);
    if (a.cla == 0x00 && a.ins == 0xC0) {
        if (m_pending.isEmpty())
            return sw(0x6985);
        const int n = (a.le == 0 || a.le > m_pending.size()) ? int(m_pending.size()) : a.le;
        const QByteArray out = m_pending.left(n);
        m_pending.remove(0, n);
        if (!m_pending.isEmpty())
            return withSw(out, std::uint16_t(0x6100 | (m_pending.size() & 0xFF)));
        return withSw(out, 0x9000);
    }
    if (!m_selected)
        return sw(0x6985);
    if (a.cla == 0x00 && a.ins == 0xB2)
        return readRecord(a);
    if (a.cla == 0x00 && a.ins == 0x84) {
        if (a.le != 8 && a.le != 4)
            return sw(0x6700);
        m_challenge = QByteArray(a.le, '\0');
        RAND_bytes(reinterpret_cast<unsigned char*>(m_challenge.data()), int(m_challenge.size()));
        return withSw(m_challenge, 0x9000);
    }
    if (a.cla == 0x00 && a.ins == 0x88)
        return internalAuth(a);
    if (a.cla == 0x00 && a.ins == 0x82)
        return externalAuth(a);
    if (m_locked && (a.ins == 0x20 || a.ins == 0x5E || a.ins == 0x24))
        return sw(0x9303);
    if (a.cla == 0x00 && a.ins == 0x20)
        return verify(a);
    if (a.cla == 0x80 && a.ins == 0x5E)
        return changePin(a);
    if (a.cla == 0x84 && a.ins == 0x24)
        return reload(a, raw);
    if (a.cla != 0x00 && a.cla != 0x80 && a.cla != 0x84)
        return sw(0x6E00);
    return sw(0x6D00);
}

QByteArray CitizenCard::select(const Apdu& a)
{
    m_verified = m_authenticated = false;
    m_challenge.clear();
    if (a.p1 == 0x04 && a.data == SsseOptions::defaultDfName()) {
        m_selected = true;
        QByteArray flag = QByteArray::fromHex("860100");
        flag[2] = char(m_profile.algorithm);
        const QByteArray a5 = QByteArray::fromHex("9F0C") + QByteArray(1, char(flag.size())) + flag;
        const QByteArray body = tlvRecord(0x84, a.data) + tlvRecord(0xA5, a5);
        return respond(a, tlvRecord(0x6F, body), true);
    }
    if ((a.p1 == 0x00 && (a.data.isEmpty() || a.data == QByteArray::fromHex("3F00"))))
        return sw(0x9000); // the MF
    m_selected = false;
    return sw(0x6A82);
}

QByteArray CitizenCard::readRecord(const Apdu& a)
{
    const int sfi = a.p2 >> 3;
    const int mode = a.p2 & 0x07;
    if (sfi != 5 && sfi != 6)
        return sw(0x6A82);
    if (sfi == 6 && m_profile.version.startsWith(QLatin1Char('3')) && !m_authenticated)
        return sw(0x6982);
    const QList<Record> recs = records(sfi);
    QByteArray out;
    if (mode == 0x00) { // by identifier
        for (const auto& r : recs)
            if (r.first == a.p1) {
                out = tlvRecord(r.first, r.second);
                break;
            }
    } else if (mode == 0x04) { // by number
        if (a.p1 >= 1 && a.p1 <= recs.size())
            out = tlvRecord(recs[a.p1 - 1].first, recs[a.p1 - 1].second);
    } else if (mode == 0x05) { // all from number P1
        if (!m_profile.readAllRecords)
            return sw(0x6A86);
        for (int i = qMax(1, int(a.p1)); i <= recs.size(); ++i)
            out += tlvRecord(recs[i - 1].first, recs[i - 1].second);
    } else {
        return sw(0x6A86);
    }
    if (out.isEmpty())
        return sw(0x6A83);
    return respond(a, out, false);
}

QByteArray CitizenCard::wrongPin()
{
    if (m_triesLeft > 0)
        --m_triesLeft;
    persist();
    return sw(std::uint16_t(0x63C0 | m_triesLeft));
}

QByteArray CitizenCard::verify(const Apdu& a)
{
    if (a.data.isEmpty()) // status only: consumes no try
        return m_triesLeft == 0 ? sw(0x6983)
               : m_verified     ? sw(0x9000)
                                : sw(std::uint16_t(0x63C0 | m_triesLeft));
    if (m_triesLeft == 0)
        return sw(0x6983);
    const QByteArray digits = bcdDigits(a.data);
    if (digits.size() < 4 || digits.size() > 16)
        return sw(0x6700);
    if (digits.size() != m_pin.size() ||
        CRYPTO_memcmp(digits.constData(), m_pin.constData(), size_t(m_pin.size())) != 0) {
        m_verified = false;
        return wrongPin();
    }
    m_triesLeft = m_profile.maxTries;
    m_verified = true;
    persist();
    return sw(0x9000);
}

QByteArray CitizenCard::changePin(const Apdu& a)
{
    if (a.p1 != 0x01 || a.p2 != 0x00)
        return sw(0x6A86);
    if (m_triesLeft == 0)
        return sw(0x6983);
    const int sep = int(a.data.indexOf(char(0xFF)));
    if (sep <= 0)
        return sw(0x6700);
    int start = sep;
    while (start < a.data.size() && static_cast<unsigned char>(a.data[start]) == 0xFF)
        ++start;
    const QByteArray oldDigits = bcdDigits(a.data.left(sep));
    const QByteArray newDigits = bcdDigits(a.data.mid(start));
    if (oldDigits.size() < 4 || newDigits.size() < 4 || newDigits.size() > 16)
        return sw(0x6700);
    if (oldDigits != m_pin)
        return wrongPin();
    m_pin = newDigits;
    m_triesLeft = m_profile.maxTries;
    persist();
    return sw(0x9000);
}

QByteArray CitizenCard::reload(const Apdu& a, const QByteArray& raw)
{
    if (a.p1 != 0x00 || a.p2 > 0x01)
        return sw(0x6A86);
    if (m_challenge.size() != 8)
        return sw(0x6985); // no fresh challenge
    const QByteArray challenge = m_challenge;
    m_challenge.clear(); // one use only
    if (a.data.size() < 4)
        return sw(0x6700);
    const QByteArray k = key(1);
    if (k.isEmpty())
        return sw(0x6A88);
    const QByteArray cipher = a.data.left(a.data.size() - 4);
    const QByteArray mac = a.data.right(4);
    const QByteArray expected = crypto::cardMac4(m_profile.algorithm, k, challenge, raw.left(5) + cipher);
    if (expected.size() != 4 || CRYPTO_memcmp(expected.constData(), mac.constData(), 4) != 0) {
        ++m_macFailures;
        if (m_profile.lockAfterMacFailures > 0 && m_macFailures >= m_profile.lockAfterMacFailures)
            m_locked = true;
        persist();
        return sw(0x6988);
    }
    if (a.p2 == 0x01) {
        if (cipher.isEmpty())
            return sw(0x6700);
        QByteArray plain = crypto::cbcDecrypt(m_profile.algorithm, k,
                                              crypto::challengeIv(m_profile.algorithm, challenge), cipher);
        if (!crypto::unpadMethod2(plain) || plain.size() < 3)
            return sw(0x6984);
        const int n = static_cast<unsigned char>(plain[0]);
        const QByteArray digits = bcdDigits(plain.mid(1));
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        if (n < 4 || n > 16 || digits.size() != n)
            return sw(0x6984);
        m_pin = digits;
    } else if (!cipher.isEmpty()) {
        return sw(0x6700);
    }
    m_triesLeft = m_profile.maxTries;
    m_macFailures = 0;
    persist();
    return sw(0x9000);
}

QByteArray CitizenCard::internalAuth(const Apdu& a)
{
    if (a.data.size() != 8)
        return sw(0x6700);
    const QByteArray k = key(2);
    if (k.isEmpty())
        return sw(0x6A88);
    return respond(a, crypto::ecbEncrypt(m_profile.algorithm, k, crypto::padMethod2(a.data, 16).left(16)),
                   true);
}

QByteArray CitizenCard::externalAuth(const Apdu& a)
{
    if (m_challenge.size() != 8)
        return sw(0x6985);
    const QByteArray challenge = m_challenge;
    m_challenge.clear();
    if (a.data.size() != 16)
        return sw(0x6700);
    const QByteArray k = key(2);
    if (k.isEmpty())
        return sw(0x6A88);
    const QByteArray expected =
        crypto::ecbEncrypt(m_profile.algorithm, k, crypto::padMethod2(challenge, 16).left(16));
    if (expected != a.data)
        return sw(0x6988);
    m_authenticated = true;
    return sw(0x9000);
}

} // namespace carddesk::sim
