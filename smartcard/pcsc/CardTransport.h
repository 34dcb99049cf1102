#pragma once
// The lowest seam of the card layer: send one command APDU, get the raw response (data || SW1 SW2).
// PcscTransport speaks to a real reader through pcscd; ScriptedTransport replays expected exchanges in
// unit tests.

#include "smartcard/CardResult.h"

#include <QByteArray>
#include <QString>

namespace carddesk {

struct TransmitResult
{
    CardError error = CardError::None; // None: response holds what the card sent
    QByteArray response;
    QString detail;

    bool ok() const { return error == CardError::None; }
};

class CardTransport
{
public:
    virtual ~CardTransport() = default;
    virtual TransmitResult transmit(const QByteArray& command) = 0;
    // The ATR of the card behind this transport (empty when unknown).
    virtual QByteArray atr() const { return {}; }
    // A short name for traces ("card", "psam", the reader name).
    virtual QString label() const { return QStringLiteral("card"); }
};

} // namespace carddesk
