#pragma once
// Sends command APDUs over a CardTransport and hides the T=0 details: 61xx (fetch the rest with GET
// RESPONSE) and 6Cxx (re-send with the Le the card asked for). Counts the APDUs actually exchanged and
// records each exchange in an optional ApduTrace (PIN data blanked).

#include "smartcard/pcsc/ApduTrace.h"
#include "smartcard/pcsc/CardTransport.h"

#include <QByteArray>

#include <cstdint>

namespace carddesk {

struct ApduResponse
{
    CardError error = CardError::None; // transport-level failure or MalformedResponse; else None
    QByteArray data;                   // response data without SW
    std::uint16_t sw = 0;
    QString detail;

    bool answered() const { return error == CardError::None; }
    bool isOk() const { return answered() && sw == 0x9000; }
    // The typed result: the transport error, or the status word's meaning.
    CardResult result() const;
};

class ApduChannel
{
public:
    explicit ApduChannel(CardTransport& transport, ApduTrace* trace = nullptr,
                         QString label = QStringLiteral("card"));

    ApduResponse exchange(const QByteArray& command);

    // APDUs exchanged since construction or the last resetCount() (GET RESPONSE and re-sends included).
    int apduCount() const { return m_count; }
    void resetCount() { m_count = 0; }
    CardTransport& transport() { return m_transport; }

private:
    TransmitResult send(const QByteArray& command);

    CardTransport& m_transport;
    ApduTrace* m_trace;
    QString m_label;
    int m_count = 0;
};

// Wipes its bytes (OPENSSL_cleanse) when it goes out of scope: the scratch for a command APDU that
// carries a PIN or a clear PIN block. Never copy it into something that outlives it.
class WipedBytes
{
public:
    WipedBytes() = default;
    ~WipedBytes();
    WipedBytes(const WipedBytes&) = delete;
    WipedBytes& operator=(const WipedBytes&) = delete;

    QByteArray& bytes() { return m_bytes; }
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace carddesk
