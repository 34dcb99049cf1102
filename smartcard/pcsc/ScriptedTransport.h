#pragma once
// A CardTransport for unit tests: a script of expected command APDUs (exact bytes or a prefix) and the
// canned responses to give. A command that does not match the next step fails the exchange with
// CardError::Transport and is recorded in mismatches(), so a test sees exactly which APDU was wrong.

#include "smartcard/pcsc/CardTransport.h"

#include <QList>
#include <QStringList>

namespace carddesk {

class ScriptedTransport : public CardTransport
{
public:
    struct Step
    {
        QByteArray expected; // full command, or its prefix when prefixOnly
        bool prefixOnly = false;
        QByteArray response;                  // data || SW
        CardError failWith = CardError::None; // simulate a transport failure instead of answering
    };

    // Adds a step; hex strings ignore spaces ("00 A4 04 00").
    ScriptedTransport& expect(const char* commandHex, const char* responseHex);
    ScriptedTransport& expectPrefix(const char* commandPrefixHex, const char* responseHex);
    ScriptedTransport& expectPrefix(const char* commandPrefixHex, const QByteArray& response);
    ScriptedTransport& failOn(const char* commandPrefixHex, CardError error);

    TransmitResult transmit(const QByteArray& command) override;
    QByteArray atr() const override { return m_atr; }
    void setAtr(const QByteArray& atr) { m_atr = atr; }

    // Deep copies of every command received (tests inspect PIN-bearing commands' encoding here).
    const QList<QByteArray>& received() const { return m_received; }
    const QStringList& mismatches() const { return m_mismatches; }
    int remainingSteps() const { return int(m_steps.size()) - m_next; }
    bool allConsumed() const { return m_next == m_steps.size() && m_mismatches.isEmpty(); }

private:
    QList<Step> m_steps;
    int m_next = 0;
    QList<QByteArray> m_received;
    QStringList m_mismatches;
    QByteArray m_atr = QByteArray::fromHex("3B8F8001");
};

// Hex to bytes, ignoring spaces.
QByteArray hexBytes(const char* hex);

} // namespace carddesk
