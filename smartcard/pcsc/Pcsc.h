#pragma once
// RAII wrappers around libpcsclite: a context, a connected card, a transaction. Every SCARD_* code is
// mapped to a CardError and a readable message (pcscErrorText).

#include "smartcard/pcsc/CardTransport.h"

#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace carddesk::pcsc {

CardError toCardError(LONG rv);
// "SCARD_E_NO_SERVICE: the smart card service (pcscd) is not running" (English, for logs and diagnostics).
QString errorText(LONG rv);
CardResult toResult(LONG rv, const QString& what);

class Context
{
public:
    Context() = default;
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    LONG establish();
    void release();
    bool isValid() const { return m_handle != 0; }
    SCARDCONTEXT handle() const { return m_handle; }
    // Reader names; an empty list (and SCARD_S_SUCCESS) when there is none.
    LONG listReaders(QStringList& readers) const;

private:
    SCARDCONTEXT m_handle = 0;
};

class Card
{
public:
    Card() = default;
    ~Card();
    Card(const Card&) = delete;
    Card& operator=(const Card&) = delete;

    LONG connect(const Context& ctx, const QString& reader, DWORD shareMode = SCARD_SHARE_SHARED);
    // Re-establishes the connection after SCARD_W_RESET_CARD (another application reset the card).
    LONG reconnect(DWORD initialization = SCARD_LEAVE_CARD);
    void disconnect(DWORD disposition = SCARD_LEAVE_CARD);
    bool isConnected() const { return m_handle != 0; }
    SCARDHANDLE handle() const { return m_handle; }
    DWORD protocol() const { return m_protocol; }
    const QString& reader() const { return m_reader; }
    QByteArray atr() const;

    LONG transmit(const QByteArray& command, QByteArray& response) const;
    // True when pcscd reports the reader empty within timeoutMs (a card that answers nothing may be gone;
    // drivers such as vpcd only notice at their next presence poll).
    bool waitUntilAbsent(int timeoutMs) const;
    LONG control(DWORD code, const QByteArray& in, QByteArray& out) const;

private:
    SCARDHANDLE m_handle = 0;
    SCARDCONTEXT m_context = 0;
    DWORD m_protocol = 0;
    DWORD m_shareMode = SCARD_SHARE_SHARED;
    QString m_reader;
};

// SCardBeginTransaction ... SCardEndTransaction. A reset card (SCARD_W_RESET_CARD) is reconnected and
// the transaction retried once.
class Transaction
{
public:
    explicit Transaction(Card& card);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    LONG status() const { return m_status; }
    bool isActive() const { return m_active; }
    bool cardWasReset() const { return m_wasReset; }

private:
    Card& m_card;
    LONG m_status = SCARD_S_SUCCESS;
    bool m_active = false;
    bool m_wasReset = false;
};

// CardTransport over a connected Card. A reset seen during a transmit is reconnected and the command
// re-sent once; the SSSE selection is lost then, so callers treat `wasReset()` as "start over".
class PcscTransport : public CardTransport
{
public:
    explicit PcscTransport(Card& card, QString label = QStringLiteral("card"));
    TransmitResult transmit(const QByteArray& command) override;
    QByteArray atr() const override { return m_card.atr(); }
    QString label() const override { return m_label; }
    bool wasReset() const { return m_wasReset; }
    // A transport kept between operations (the PSAM's) forgets a reset once the caller has acted on it.
    void clearWasReset() { m_wasReset = false; }

private:
    Card& m_card;
    QString m_label;
    bool m_wasReset = false;
};

} // namespace carddesk::pcsc
