#pragma once
// The behaviour of one simulated card (citizen card or PSAM) behind a vpcd slot.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace carddesk::sim {

struct Apdu
{
    unsigned char cla = 0, ins = 0, p1 = 0, p2 = 0;
    QByteArray data;
    bool hasLe = false;
    int le = 0; // 0 with hasLe means "up to 256"
    bool valid = false;

    static Apdu parse(const QByteArray& raw);
};

QByteArray sw(std::uint16_t statusWord);
QByteArray withSw(const QByteArray& data, std::uint16_t statusWord);
// An ATR for T=1 (3B 8K 80 01 <historical> TCK) or T=0 only (3B 0K <historical>).
QByteArray makeAtr(const QByteArray& historical, bool t0Only);

class CardModel
{
public:
    virtual ~CardModel() = default;
    virtual QByteArray atr() const = 0;
    // Power on or reset: volatile state (selection, verification, challenge) is lost.
    virtual void reset() = 0;
    virtual QByteArray process(const QByteArray& apdu) = 0;
    // State for the control interface (never the PIN).
    virtual QJsonObject status() const = 0;
};

} // namespace carddesk::sim
