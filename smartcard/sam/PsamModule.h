#pragma once
// SecureAccessModule on a PSAM card (the CardDesk PSAM application, see docs/card-protocol.md):
//   SELECT      00 A4 04 00 Lc <PSAM DF name>
//   DERIVE KEY  80 1A <key type> <algorithm> 10 <area data 8> <card data 8>
//   ENCRYPT     80 FA 01 00 Lc <blocks>                      -> ECB cryptogram
//   PIN RELOAD  80 FA 07 00 Lc <challenge 8> <header 5> <PIN block> -> E(PIN block) || MAC4

#include "smartcard/pcsc/ApduChannel.h"
#include "smartcard/sam/SecureAccessModule.h"

namespace carddesk {

class PsamModule : public SecureAccessModule
{
public:
    // "CARDDESK.PSAM" unless configured otherwise.
    static QByteArray defaultDfName();

    explicit PsamModule(ApduChannel& channel, QByteArray dfName = defaultDfName());

    CardResult open() override;
    CardResult deriveCardKey(SamKeyType type, CardAlgorithm alg, const QByteArray& cardId) override;
    CardResult encrypt(const QByteArray& blocks, QByteArray& out) override;
    CardResult pinReloadCryptogram(const QByteArray& challenge8, const QByteArray& header5,
                                   const SecureBuffer& pinBlock, QByteArray& dataField) override;
    void close() override { m_open = false; }

    ApduChannel& channel() { return m_channel; }

private:
    CardResult samResult(const ApduResponse& r, const char* what) const;

    ApduChannel& m_channel;
    QByteArray m_dfName;
    bool m_open = false;
};

// Diversification data [model]: area = first 3 bytes of the identification code (6 BCD digits) || FF*5;
// card = last 8 bytes of the identification code.
QByteArray areaDiversificationData(const QByteArray& cardId);
QByteArray cardDiversificationData(const QByteArray& cardId);

} // namespace carddesk
