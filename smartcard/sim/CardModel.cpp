#include "CardModel.h"

namespace carddesk::sim {

Apdu Apdu::parse(const QByteArray& raw)
{
    Apdu a;
    const int n = int(raw.size());
    if (n < 4)
        return a;
    auto b = [&](int i) { return static_cast<unsigned char>(raw[i]); };
    a.cla = b(0);
    a.ins = b(1);
    a.p1 = b(2);
    a.p2 = b(3);
    if (n == 4) {
        a.valid = true;
    } else if (n == 5) {
        a.hasLe = true;
        a.le = b(4);
        a.valid = true;
    } else {
        const int lc = b(4);
        if (lc > 0 && n == 5 + lc) {
            a.data = raw.mid(5, lc);
            a.valid = true;
        } else if (lc > 0 && n == 6 + lc) {
            a.data = raw.mid(5, lc);
            a.hasLe = true;
            a.le = b(n - 1);
            a.valid = true;
        }
    }
    return a;
}

QByteArray sw(std::uint16_t s)
{
    QByteArray r(2, '\0');
    r[0] = char(s >> 8);
    r[1] = char(s & 0xFF);
    return r;
}

QByteArray withSw(const QByteArray& data, std::uint16_t s)
{
    return data + sw(s);
}

QByteArray makeAtr(const QByteArray& historical, bool t0Only)
{
    const int k = int(qMin<qsizetype>(historical.size(), 15));
    QByteArray atr;
    atr.append(char(0x3B));
    if (t0Only) {
        atr.append(char(k));
        atr.append(historical.left(k));
        return atr;
    }
    atr.append(char(0x80 | k));
    atr.append(char(0x80)); // TD1: T=0 offered, TD2 follows
    atr.append(char(0x01)); // TD2: T=1
    atr.append(historical.left(k));
    unsigned char tck = 0;
    for (int i = 1; i < atr.size(); ++i)
        tck ^= static_cast<unsigned char>(atr[i]);
    atr.append(char(tck));
    return atr;
}

} // namespace carddesk::sim
