#pragma once

#include "smartcard/CardResult.h"
#include "smartcard/SecureBuffer.h"

namespace carddesk {

// The operations the counter performs on the citizen's card. This is the seam between the service layer
// (app/) and the card layer: the real implementation talks PC/SC to the card and the PSAM; tests use a
// scripted one. Calls block (a card operation takes milliseconds to a second): callers run them off the UI
// thread. Every call opens its own PC/SC transaction and leaves the card in a defined state.
//
// expectedCardId, when not empty, is the identification code read at the start of the operation: a
// different card in the reader gives CardError::WrongCard and nothing is written to it.
class CitizenCardService
{
public:
    virtual ~CitizenCardService() = default;

    // Selects SSSE and reads EF05 and EF06 (after mutual authentication with the PSAM on 3.00 cards).
    virtual CardReadResult readCard() = 0;
    // Tries left on the chip PIN, without consuming one (triesLeft set; PinBlocked when 0).
    virtual CardResult pinStatus(const QByteArray& expectedCardId = {}) = 0;
    virtual CardResult verifyPin(const SecureBuffer& pin, const QByteArray& expectedCardId = {}) = 0;
    // The citizen knows the old PIN (80 5E 01 00).
    virtual CardResult changePin(const SecureBuffer& oldPin, const SecureBuffer& newPin,
                                 const QByteArray& expectedCardId = {}) = 0;
    // The citizen forgot the PIN: clears the try counter and sets newPin (84 24 .. 01, MAC by the PSAM).
    virtual CardResult resetPin(const SecureBuffer& newPin, const QByteArray& expectedCardId = {}) = 0;
    // Clears the try counter only, the PIN stays (84 24 .. 00, MAC by the PSAM).
    virtual CardResult unblockPin(const QByteArray& expectedCardId = {}) = 0;
};

} // namespace carddesk
