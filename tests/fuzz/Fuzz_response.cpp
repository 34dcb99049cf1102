// Whole card answers through the APDU channel (61xx/6Cxx handling) and the SSSE protocol: the input is cut
// into successive responses (first byte of each chunk = its length), replayed to whatever CardDesk sends.
#include "smartcard/pcsc/ApduChannel.h"
#include "smartcard/protocol/SsseApplication.h"
#include "smartcard/sam/PsamModule.h"

#include <cstddef>
#include <cstdint>

namespace {

class ReplayTransport : public carddesk::CardTransport
{
public:
    explicit ReplayTransport(const QByteArray& script)
        : m_script(script)
    {}
    carddesk::TransmitResult transmit(const QByteArray&) override
    {
        if (m_pos >= m_script.size() || ++m_calls > 64)
            return {carddesk::CardError::CardRemoved, {}, {}};
        const int len = static_cast<unsigned char>(m_script[m_pos++]);
        const QByteArray r = m_script.mid(m_pos, len);
        m_pos += len;
        return {carddesk::CardError::None, r, {}};
    }

private:
    QByteArray m_script;
    int m_pos = 0;
    int m_calls = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace carddesk;
    const QByteArray in(reinterpret_cast<const char*>(data), int(size));
    ReplayTransport card(in);
    ReplayTransport psam(in.mid(int(size / 2)));
    ApduChannel cardCh(card);
    ApduChannel psamCh(psam);
    PsamModule sam(psamCh);
    SsseApplication app(cardCh);
    records::Fci fci;
    app.select(&fci);
    CardData c;
    app.readCardData(c);
    app.mutualAuthenticate(sam, fci.algorithm, QByteArray(16, '\x11'));
    HolderData h;
    app.readHolderData(h);
    app.pinStatus();
    const SecureBuffer pin = SecureBuffer::fromAscii("123456");
    app.verify(pin);
    app.reload(sam, fci.algorithm, QByteArray(16, '\x22'), &pin);
    return 0;
}
