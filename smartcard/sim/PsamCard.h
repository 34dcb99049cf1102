#pragma once
// The simulated PSAM: holds the (TEST-ONLY) issuer root keys, derives a card's key on request and computes
// cryptograms with it. APDUs in docs/card-protocol.md.

#include "CardModel.h"
#include "Profiles.h"

namespace carddesk::sim {

class PsamCard : public CardModel
{
public:
    explicit PsamCard(PsamProfile profile)
        : m_profile(std::move(profile))
    {}

    QByteArray atr() const override { return makeAtr(QByteArrayLiteral("CDPSAM"), false); }
    void reset() override;
    QByteArray process(const QByteArray& apdu) override;
    QJsonObject status() const override;

private:
    PsamProfile m_profile;
    bool m_selected = false;
    int m_keyType = 0;
    CardAlgorithm m_alg = CardAlgorithm::TripleDes;
    QByteArray m_sessionKey;
    int m_operations = 0;
};

} // namespace carddesk::sim
