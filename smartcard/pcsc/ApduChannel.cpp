#include "smartcard/pcsc/ApduChannel.h"

#include <openssl/crypto.h>

#include <QElapsedTimer>

namespace carddesk {

CardResult ApduResponse::result() const
{
    if (error != CardError::None) {
        CardResult r = CardResult::failure(error, detail);
        return r;
    }
    CardResult r = CardResult::fromStatusWord(sw);
    if (!r.ok())
        r.detail = detail;
    return r;
}

ApduChannel::ApduChannel(CardTransport& transport, ApduTrace* trace, QString label)
    : m_transport(transport)
    , m_trace(trace)
    , m_label(std::move(label))
{}

TransmitResult ApduChannel::send(const QByteArray& command)
{
    QElapsedTimer timer;
    timer.start();
    TransmitResult r = m_transport.transmit(command);
    ++m_count;
    if (m_trace)
        m_trace->record(m_label, command, r.response, double(timer.nsecsElapsed()) / 1e6,
                        r.ok() ? QString() : cardErrorName(r.error));
    return r;
}

ApduResponse ApduChannel::exchange(const QByteArray& command)
{
    ApduResponse out;
    if (command.size() < 4) {
        out.error = CardError::Transport;
        out.detail = QStringLiteral("command APDU shorter than 4 bytes");
        return out;
    }
    TransmitResult r = send(command);
    // 6Cxx: wrong Le, re-send once with the length the card offers (only a case-2 or case-1 command).
    if (r.ok() && r.response.size() == 2 && static_cast<unsigned char>(r.response[0]) == 0x6C &&
        command.size() <= 5) {
        QByteArray again = command.left(4);
        again.append(r.response[1]);
        r = send(again);
    }
    QByteArray data;
    for (int round = 0; r.ok(); ++round) {
        if (r.response.size() < 2) {
            out.error = CardError::MalformedResponse;
            out.detail = QStringLiteral("response of %1 byte(s), no status word").arg(r.response.size());
            return out;
        }
        const int n = int(r.response.size());
        data.append(r.response.constData(), n - 2);
        const unsigned char sw1 = static_cast<unsigned char>(r.response[n - 2]);
        const unsigned char sw2 = static_cast<unsigned char>(r.response[n - 1]);
        if (sw1 != 0x61) {
            out.sw = std::uint16_t((sw1 << 8) | sw2);
            out.data = data;
            return out;
        }
        if (round >= 32) {
            out.error = CardError::MalformedResponse;
            out.detail = QStringLiteral("card keeps answering 61xx");
            return out;
        }
        // 61xx: xx more bytes wait; 00 means 256.
        QByteArray getResponse = QByteArray::fromHex("00C00000");
        getResponse.append(char(sw2));
        r = send(getResponse);
    }
    out.error = r.error;
    out.detail = r.detail;
    return out;
}

WipedBytes::~WipedBytes()
{
    // Wipes the shared buffer in place (no detach): a secret must not survive in any implicit copy.
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(const_cast<char*>(m_bytes.constData()), size_t(m_bytes.size()));
}

} // namespace carddesk
