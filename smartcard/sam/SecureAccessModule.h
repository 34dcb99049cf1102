#pragma once
// The holder of the issuer keys. The host never sees a key: it asks the module to derive the per-card
// key and to compute cryptograms with it. PsamModule talks APDUs to a PSAM card in a second reader; an HSM
// or a province's "standard interface" driver library can implement the same interface later.

#include "smartcard/CardResult.h"
#include "smartcard/SecureBuffer.h"

#include <QByteArray>

namespace carddesk {

enum class SamKeyType
{
    PinReload = 0x01,      // unblock / reset with new PIN (84 24)
    Authentication = 0x02, // mutual authentication of 3.00 cards before EF06
};

class SecureAccessModule
{
public:
    virtual ~SecureAccessModule() = default;

    // Makes the module ready (selects the PSAM application). Cheap when already open.
    virtual CardResult open() = 0;
    // Selects the issuer key of this type and algorithm and derives the card's key from its 16-byte
    // identification code (level 1: issuing area, level 2: card; docs/card-protocol.md).
    virtual CardResult deriveCardKey(SamKeyType type, CardAlgorithm alg, const QByteArray& cardId) = 0;
    // ECB-encrypts whole blocks with the derived key (authentication cryptograms).
    virtual CardResult encrypt(const QByteArray& blocks, QByteArray& out) = 0;
    // The data field of 84 24: E(PIN block) || MAC4 with the derived PinReload key, the card's challenge
    // as IV and header5 ("84 24 00 P2 Lc") in the MAC. An empty pinBlock gives the MAC alone (unblock).
    virtual CardResult pinReloadCryptogram(const QByteArray& challenge8, const QByteArray& header5,
                                           const SecureBuffer& pinBlock, QByteArray& dataField) = 0;
    // Forgets any open session (the PSAM was reset or removed).
    virtual void close() {}
};

} // namespace carddesk
