#pragma once
// The social security application (SSSE) of the citizen card, one method per protocol step. Knows the
// APDUs (docs/card-protocol.md) and nothing about readers: it runs over any ApduChannel.

#include "smartcard/CardResult.h"
#include "smartcard/SecureBuffer.h"
#include "smartcard/pcsc/ApduChannel.h"
#include "smartcard/protocol/CardRecords.h"
#include "smartcard/sam/SecureAccessModule.h"

namespace carddesk {

// The protocol details a province may set differently ([model] in domain.md).
struct SsseOptions
{
    QByteArray dfName = defaultDfName();
    // Read each EF with one READ RECORD "all records from P1" (P2 = SFI<<3 | 5); falls back to one
    // READ RECORD per record identifier when the card refuses it.
    bool readAllRecords = true;
    unsigned char authKeyId = 0x01;    // P2 of INTERNAL/EXTERNAL AUTHENTICATE
    unsigned char pinReference = 0x00; // P2 of VERIFY

    // "sx1.sh." + "社会保障" in GBK.
    static QByteArray defaultDfName();
};

class SsseApplication
{
public:
    explicit SsseApplication(ApduChannel& card, SsseOptions options = {});

    // SELECT by DF name; parses the FCI (algorithm flag). A card without SSSE gives FileNotFound.
    CardResult select(records::Fci* fci = nullptr);
    // EF05: all records (identification code, version, dates, card number).
    CardResult readCardData(CardData& card);
    // EF05/01 only: what a PIN operation needs to check the card and diversify its key.
    CardResult readIdentificationCode(QByteArray& cardId);
    // EF06 (after mutualAuthenticate on 3.00 cards).
    CardResult readHolderData(HolderData& holder);
    // INTERNAL AUTHENTICATE (card proves its key), GET CHALLENGE, EXTERNAL AUTHENTICATE (terminal proves it),
    // cryptograms computed by the SAM with the card's diversified authentication key.
    CardResult mutualAuthenticate(SecureAccessModule& sam, CardAlgorithm alg, const QByteArray& cardId);

    // VERIFY without data: tries left, consuming none (triesLeft set; PinBlocked when 0).
    CardResult pinStatus();
    CardResult verify(const SecureBuffer& pin);
    CardResult change(const SecureBuffer& oldPin, const SecureBuffer& newPin);
    // GET CHALLENGE + 84 24 00 P2: newPin == nullptr clears the try counter only (P2 = 00); otherwise sets
    // newPin too (P2 = 01). The SAM computes the enciphered PIN block and the MAC.
    CardResult reload(SecureAccessModule& sam, CardAlgorithm alg, const QByteArray& cardId,
                      const SecureBuffer* newPin);

    // The plain PIN block [model]: number of digits || BCD digits F-padded (e.g. 06 12 34 56).
    static bool buildPinBlock(const SecureBuffer& pin, SecureBuffer& block);
    // PIN digits as BCD F-padded (VERIFY's data field); false when not 4-16 digits.
    static bool encodePin(const SecureBuffer& pin, SecureBuffer& bcd);

private:
    CardResult readRecords(int sfi, const QList<int>& ids, QByteArray& records);

    ApduChannel& m_card;
    SsseOptions m_options;
};

} // namespace carddesk
