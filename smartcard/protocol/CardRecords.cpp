#include "smartcard/protocol/CardRecords.h"

#include "smartcard/protocol/Tlv.h"

namespace carddesk::records {

namespace {
void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}
} // namespace

std::optional<Fci> parseFci(const QByteArray& fci, QString* error)
{
    Fci out;
    if (fci.isEmpty())
        return out; // a card may answer SELECT with 9000 and no FCI: defaults apply
    const auto top = tlv::parse(fci);
    if (!top) {
        setError(error, QStringLiteral("FCI is not valid TLV"));
        return std::nullopt;
    }
    if (auto name = tlv::find(fci, 0x84))
        out.dfName = *name;
    if (auto flag = tlv::find(fci, 0x9F0C)) {
        const auto inner = tlv::parse(*flag);
        if (!inner) {
            setError(error, QStringLiteral("FCI tag 9F0C is not valid TLV"));
            return std::nullopt;
        }
        for (const auto& e : *inner) {
            if (e.tag != 0x86)
                continue;
            if (e.value.size() != 1) {
                setError(error, QStringLiteral("FCI algorithm flag has length %1").arg(e.value.size()));
                return std::nullopt;
            }
            const int v = static_cast<unsigned char>(e.value[0]);
            if (v == int(CardAlgorithm::TripleDes)) {
                out.algorithm = CardAlgorithm::TripleDes;
            } else if (v == int(CardAlgorithm::Sm4)) {
                out.algorithm = CardAlgorithm::Sm4;
            } else {
                setError(error, QStringLiteral("unknown algorithm flag %1").arg(v, 2, 16, QLatin1Char('0')));
                return std::nullopt;
            }
        }
    }
    return out;
}

bool parseCardData(const QByteArray& records, CardData& card, QString* error)
{
    const auto elements = tlv::parse(records);
    if (!elements) {
        setError(error, QStringLiteral("EF05 records are not valid TLV"));
        return false;
    }
    bool haveId = false, haveVersion = false, haveNumber = false;
    for (const auto& e : *elements) {
        switch (e.tag) {
        case 0x01:
            if (e.value.size() != 16) {
                setError(error, QStringLiteral("EF05/01 has %1 bytes, expected 16").arg(e.value.size()));
                return false;
            }
            card.identificationCode = e.value;
            haveId = true;
            break;
        case 0x03: {
            const auto v = tlv::decodeAn(e.value);
            if (!v) {
                setError(error, QStringLiteral("EF05/03 (version) is not text"));
                return false;
            }
            card.specVersion = *v;
            haveVersion = true;
            break;
        }
        case 0x05:
        case 0x06: {
            const auto d = tlv::decodeDate(e.value);
            if (!d) {
                setError(error, QStringLiteral("EF05/%1 is not a date").arg(e.tag, 2, 16, QLatin1Char('0')));
                return false;
            }
            (e.tag == 0x05 ? card.issueDate : card.expiryDate) = *d;
            break;
        }
        case 0x07: {
            const auto v = tlv::decodeAn(e.value);
            if (!v || v->isEmpty()) {
                setError(error, QStringLiteral("EF05/07 (card number) is not text"));
                return false;
            }
            card.cardNumber = *v;
            haveNumber = true;
            break;
        }
        default:
            break; // records this version does not use
        }
    }
    if (!haveId || !haveVersion || !haveNumber) {
        setError(error, QStringLiteral("EF05 lacks a mandatory record (01, 03 or 07)"));
        return false;
    }
    return true;
}

bool parseHolderData(const QByteArray& records, HolderData& holder, QString* error)
{
    const auto elements = tlv::parse(records);
    if (!elements) {
        setError(error, QStringLiteral("EF06 records are not valid TLV"));
        return false;
    }
    bool haveId = false, haveName = false;
    QString name, extension;
    for (const auto& e : *elements) {
        switch (e.tag) {
        case 0x08: {
            const auto v = tlv::decodeAn(e.value);
            if (!v || v->size() != 18) {
                setError(error, QStringLiteral("EF06/08 (ID number) is not 18 characters"));
                return false;
            }
            holder.idNumber = *v;
            haveId = true;
            break;
        }
        case 0x09:
            name = tlv::decodeGbk(e.value);
            haveName = !name.isEmpty();
            break;
        case 0x4E:
            extension = tlv::decodeGbk(e.value);
            break;
        case 0x0A: {
            const auto v = tlv::decodeAn(e.value);
            holder.sex = (v && *v == QLatin1String("1")) ? 1 : (v && *v == QLatin1String("2")) ? 2 : 0;
            break;
        }
        case 0x0B: {
            const auto v = tlv::decodeBcd(e.value);
            if (!v) {
                setError(error, QStringLiteral("EF06/0B (ethnic group) is not BCD"));
                return false;
            }
            holder.ethnicGroup = *v;
            break;
        }
        case 0x0D: {
            const auto d = tlv::decodeDate(e.value);
            if (!d) {
                setError(error, QStringLiteral("EF06/0D (birth date) is not a date"));
                return false;
            }
            holder.birthDate = *d;
            break;
        }
        default:
            break;
        }
    }
    if (!haveId || !haveName) {
        setError(error, QStringLiteral("EF06 lacks a mandatory record (08 or 09)"));
        return false;
    }
    holder.name = name + extension;
    return true;
}

} // namespace carddesk::records
