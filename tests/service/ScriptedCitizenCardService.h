#pragma once
// A CitizenCardService test double with real card state: the PIN, the try counter, blocking, the card in the
// reader. Used to drive the workflows before (and besides) the end-to-end tests through pcscd and the
// simulator. Thread-safe: the workflows call it from a thread pool.

#include "smartcard/CitizenCardService.h"

#include <QMutex>
#include <QStringList>

#include <optional>

namespace carddesk::test {

class ScriptedCitizenCardService : public CitizenCardService
{
public:
    void insertCard(const CardData& card, const HolderData& holder, const char* pin, int maxTries = 3);
    void removeCard();
    // The next call (any operation) fails with this error, without touching the card.
    void failNext(CardError error);
    // Every call sleeps this long first (to test cancel while the card is busy).
    void setDelayMs(int ms);

    // A reader PIN pad (as PcscCitizenCardService with FEATURE_MODIFY_PIN_DIRECT): changePin with two empty
    // PINs takes what the citizen "types on the pad" next: the current PIN and the new one twice. Each
    // scripted entry is used once; with none scripted the pad times out (6400).
    void scriptPinPad(const char* currentPin, const char* newPin, const char* confirmation);
    void scriptPinPadCancel();
    // Calls that used the pad (empty PINs), for assertions that the host sent none.
    int pinPadCalls() const;

    bool pinIs(const char* digits) const;
    int triesLeft() const;
    int maxTries() const;
    bool isBlocked() const { return triesLeft() == 0; }
    void setTriesLeft(int tries);
    // Names of the calls made, in order ("readCard", "resetPin", ...).
    QStringList calls() const;

    CardReadResult readCard() override;
    CardResult pinStatus(const QByteArray& expectedCardId = {}) override;
    CardResult verifyPin(const SecureBuffer& pin, const QByteArray& expectedCardId = {}) override;
    CardResult changePin(const SecureBuffer& oldPin, const SecureBuffer& newPin,
                         const QByteArray& expectedCardId = {}) override;
    CardResult resetPin(const SecureBuffer& newPin, const QByteArray& expectedCardId = {}) override;
    CardResult unblockPin(const QByteArray& expectedCardId = {}) override;

private:
    // Common prelude: delay, scripted failure, card present, right card. Returns a failure or nullopt.
    std::optional<CardResult> begin(const char* call, const QByteArray& expectedCardId);
    CardResult wrongPin();

    mutable QMutex m_mutex;
    bool m_present = false;
    CardData m_card;
    HolderData m_holder;
    SecureBuffer m_pin;
    int m_maxTries = 3;
    int m_triesLeft = 3;
    std::optional<CardError> m_failNext;
    int m_delayMs = 0;
    QStringList m_calls;
    struct PadEntry
    {
        bool cancel = false;
        QByteArray current, newPin, confirmation; // test data, not real PINs
    };
    QList<PadEntry> m_pad;
    int m_padCalls = 0;
};

} // namespace carddesk::test
