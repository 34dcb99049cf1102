#include "smartcard/pcsc/Pcsc.h"

#include <PCSC/reader.h>

namespace carddesk::pcsc {

CardError toCardError(LONG rv)
{
    switch (rv) {
    case SCARD_S_SUCCESS:
        return CardError::None;
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
    case SCARD_E_NO_READERS_AVAILABLE:
        return rv == SCARD_E_NO_READERS_AVAILABLE ? CardError::NoReader : CardError::ServiceUnavailable;
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE:
        return CardError::NoReader;
    case SCARD_E_NO_SMARTCARD:
        return CardError::NoCard;
    case SCARD_W_REMOVED_CARD:
        return CardError::CardRemoved;
    case SCARD_E_SHARING_VIOLATION:
        return CardError::ReaderBusy;
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_E_PROTO_MISMATCH:
    case SCARD_W_UNSUPPORTED_CARD:
        return CardError::WrongCard;
    case SCARD_E_CANCELLED:
        return CardError::Cancelled;
    default:
        return CardError::Transport;
    }
}

QString errorText(LONG rv)
{
    const char* name = "SCARD_?";
    const char* text = "unknown PC/SC error";
    switch (rv) {
#define CARDDESK_PCSC(code, why)                                                                             \
    case code:                                                                                               \
        name = #code;                                                                                        \
        text = why;                                                                                          \
        break;
        CARDDESK_PCSC(SCARD_S_SUCCESS, "success")
        CARDDESK_PCSC(SCARD_E_NO_SERVICE, "the smart card service (pcscd) is not running")
        CARDDESK_PCSC(SCARD_E_SERVICE_STOPPED, "the smart card service (pcscd) stopped")
        CARDDESK_PCSC(SCARD_E_NO_READERS_AVAILABLE, "no card reader is connected")
        CARDDESK_PCSC(SCARD_E_UNKNOWN_READER, "the reader name is not known (reader unplugged?)")
        CARDDESK_PCSC(SCARD_E_READER_UNAVAILABLE, "the reader is not available (unplugged?)")
        CARDDESK_PCSC(SCARD_E_NO_SMARTCARD, "no card in the reader")
        CARDDESK_PCSC(SCARD_W_REMOVED_CARD, "the card was removed")
        CARDDESK_PCSC(SCARD_W_RESET_CARD, "the card was reset by another application")
        CARDDESK_PCSC(SCARD_E_SHARING_VIOLATION, "another application holds the card exclusively")
        CARDDESK_PCSC(SCARD_W_UNRESPONSIVE_CARD,
                      "the card does not answer to reset (inserted the wrong way?)")
        CARDDESK_PCSC(SCARD_W_UNPOWERED_CARD, "the card is not powered")
        CARDDESK_PCSC(SCARD_W_UNSUPPORTED_CARD, "the card is not supported (ATR not recognised)")
        CARDDESK_PCSC(SCARD_E_PROTO_MISMATCH, "the card does not speak the requested protocol")
        CARDDESK_PCSC(SCARD_E_NOT_TRANSACTED, "the card did not answer the command")
        CARDDESK_PCSC(SCARD_E_TIMEOUT, "timed out")
        CARDDESK_PCSC(SCARD_E_CANCELLED, "cancelled")
        CARDDESK_PCSC(SCARD_E_INVALID_HANDLE, "the card connection is no longer valid")
        CARDDESK_PCSC(SCARD_E_INVALID_PARAMETER, "invalid parameter")
        CARDDESK_PCSC(SCARD_E_INVALID_VALUE, "invalid value")
        CARDDESK_PCSC(SCARD_E_INSUFFICIENT_BUFFER, "the answer did not fit the buffer")
        CARDDESK_PCSC(SCARD_E_NO_MEMORY, "out of memory")
        CARDDESK_PCSC(SCARD_F_COMM_ERROR, "communication with pcscd failed")
        CARDDESK_PCSC(SCARD_F_INTERNAL_ERROR, "internal error in pcscd")
        CARDDESK_PCSC(SCARD_E_UNSUPPORTED_FEATURE, "the reader does not support this feature")
        CARDDESK_PCSC(SCARD_E_READER_UNSUPPORTED, "the reader driver does not support this")
        CARDDESK_PCSC(SCARD_E_NOT_READY, "the reader or card is not ready")
        CARDDESK_PCSC(SCARD_E_SYSTEM_CANCELLED, "the action was cancelled by the system")
        CARDDESK_PCSC(SCARD_F_UNKNOWN_ERROR, "unknown internal error")
#undef CARDDESK_PCSC
    default:
        break;
    }
    return QStringLiteral("%1 (0x%2): %3")
        .arg(QLatin1String(name))
        .arg(quint32(rv), 8, 16, QLatin1Char('0'))
        .arg(QLatin1String(text));
}

CardResult toResult(LONG rv, const QString& what)
{
    if (rv == SCARD_S_SUCCESS)
        return CardResult::success();
    return CardResult::failure(toCardError(rv), what + QStringLiteral(": ") + errorText(rv));
}

Context::~Context()
{
    release();
}

LONG Context::establish()
{
    release();
    return SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_handle);
}

void Context::release()
{
    if (m_handle != 0) {
        SCardReleaseContext(m_handle);
        m_handle = 0;
    }
}

LONG Context::listReaders(QStringList& readers) const
{
    readers.clear();
    DWORD len = 0;
    LONG rv = SCardListReaders(m_handle, nullptr, nullptr, &len);
    if (rv == SCARD_E_NO_READERS_AVAILABLE)
        return SCARD_S_SUCCESS;
    if (rv != SCARD_S_SUCCESS)
        return rv;
    QByteArray buf(int(len), '\0');
    rv = SCardListReaders(m_handle, nullptr, buf.data(), &len);
    if (rv == SCARD_E_NO_READERS_AVAILABLE)
        return SCARD_S_SUCCESS;
    if (rv != SCARD_S_SUCCESS)
        return rv;
    for (const QByteArray& name : buf.split('\0'))
        if (!name.isEmpty())
            readers << QString::fromUtf8(name);
    return SCARD_S_SUCCESS;
}

Card::~Card()
{
    disconnect();
}

LONG Card::connect(const Context& ctx, const QString& reader, DWORD shareMode)
{
    disconnect();
    m_reader = reader;
    m_shareMode = shareMode;
    m_context = ctx.handle();
    const QByteArray name = reader.toUtf8();
    return SCardConnect(ctx.handle(), name.constData(), shareMode, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                        &m_handle, &m_protocol);
}

LONG Card::reconnect(DWORD initialization)
{
    return SCardReconnect(m_handle, m_shareMode, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, initialization,
                          &m_protocol);
}

void Card::disconnect(DWORD disposition)
{
    if (m_handle != 0) {
        SCardDisconnect(m_handle, disposition);
        m_handle = 0;
    }
}

QByteArray Card::atr() const
{
    if (m_handle == 0)
        return {};
    unsigned char atr[MAX_ATR_SIZE];
    DWORD atrLen = sizeof atr;
    DWORD state = 0, proto = 0;
    char name[256];
    DWORD nameLen = sizeof name;
    if (SCardStatus(m_handle, name, &nameLen, &state, &proto, atr, &atrLen) != SCARD_S_SUCCESS)
        return {};
    return QByteArray(reinterpret_cast<const char*>(atr), int(atrLen));
}

LONG Card::transmit(const QByteArray& command, QByteArray& response) const
{
    const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    unsigned char buf[MAX_BUFFER_SIZE_EXTENDED];
    DWORD len = sizeof buf;
    const LONG rv = SCardTransmit(m_handle, pci, reinterpret_cast<const unsigned char*>(command.constData()),
                                  DWORD(command.size()), nullptr, buf, &len);
    if (rv == SCARD_S_SUCCESS)
        response = QByteArray(reinterpret_cast<const char*>(buf), int(len));
    return rv;
}

bool Card::waitUntilAbsent(int timeoutMs) const
{
    const QByteArray name = m_reader.toUtf8();
    SCARD_READERSTATE state{};
    state.szReader = name.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    if (SCardGetStatusChange(m_context, 0, &state, 1) != SCARD_S_SUCCESS)
        return true; // the reader itself is gone
    for (int waited = 0; waited <= timeoutMs; waited += 100) {
        if (state.dwEventState & (SCARD_STATE_EMPTY | SCARD_STATE_UNAVAILABLE | SCARD_STATE_UNKNOWN))
            return true;
        state.dwCurrentState = state.dwEventState & ~SCARD_STATE_CHANGED;
        const LONG rv = SCardGetStatusChange(m_context, 100, &state, 1);
        if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT)
            return true;
    }
    return false;
}

LONG Card::control(DWORD code, const QByteArray& in, QByteArray& out) const
{
    unsigned char buf[MAX_BUFFER_SIZE];
    DWORD len = 0;
    const LONG rv = SCardControl(m_handle, code, in.constData(), DWORD(in.size()), buf, sizeof buf, &len);
    if (rv == SCARD_S_SUCCESS)
        out = QByteArray(reinterpret_cast<const char*>(buf), int(len));
    return rv;
}

Transaction::Transaction(Card& card)
    : m_card(card)
{
    m_status = SCardBeginTransaction(m_card.handle());
    if (m_status == SCARD_W_RESET_CARD) {
        m_wasReset = true;
        m_status = m_card.reconnect();
        if (m_status == SCARD_S_SUCCESS)
            m_status = SCardBeginTransaction(m_card.handle());
    }
    m_active = m_status == SCARD_S_SUCCESS;
}

Transaction::~Transaction()
{
    if (m_active)
        SCardEndTransaction(m_card.handle(), SCARD_LEAVE_CARD);
}

PcscTransport::PcscTransport(Card& card, QString label)
    : m_card(card)
    , m_label(std::move(label))
{}

TransmitResult PcscTransport::transmit(const QByteArray& command)
{
    QByteArray response;
    LONG rv = m_card.transmit(command, response);
    if (rv == SCARD_W_RESET_CARD) {
        m_wasReset = true;
        rv = m_card.reconnect();
        if (rv == SCARD_S_SUCCESS)
            rv = m_card.transmit(command, response);
    }
    if (rv != SCARD_S_SUCCESS) {
        // A vanished card shows as a removed card, a vanished reader, or an unanswered command.
        CardError e = toCardError(rv);
        if (rv == SCARD_E_NO_SMARTCARD || rv == SCARD_E_NOT_TRANSACTED || rv == SCARD_E_INVALID_HANDLE)
            e = CardError::CardRemoved;
        if (e == CardError::Transport && m_card.waitUntilAbsent(0))
            e = CardError::CardRemoved;
        return {e, {}, QStringLiteral("SCardTransmit: ") + errorText(rv)};
    }
    if (response.isEmpty() && m_card.waitUntilAbsent(600))
        return {CardError::CardRemoved, {}, QStringLiteral("no answer: the card was removed")};
    return {CardError::None, response, {}};
}

} // namespace carddesk::pcsc
