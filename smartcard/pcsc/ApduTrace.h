#pragma once
// A bounded in-memory trace of APDU exchanges for the diagnostics page and `carddesk-admin card diagnose`.
// The data field of every PIN-bearing command is blanked before it is stored (see isPinBearing).

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

namespace carddesk {

struct ApduTraceEntry
{
    QDateTime time;
    QString channel;     // "card", "psam", ...
    QByteArray command;  // data field blanked (bytes replaced with 0x2A '*') when PIN-bearing
    QByteArray response; // what came back (SW included), empty on a transport failure
    bool blanked = false;
    double elapsedMs = 0;
    QString note; // transport error, if any
};

class ApduTrace
{
public:
    explicit ApduTrace(int capacity = 200)
        : m_capacity(capacity)
    {}

    // True for commands whose data field carries a PIN or a clear PIN block: VERIFY (20), CHANGE/UNBLOCK
    // (24), the card's CHANGE PIN (5E), and the PSAM's PIN-block commands (80 FA 07, see card-protocol.md).
    static bool isPinBearing(const QByteArray& command);
    // The command as it may be stored: header and Lc kept, data bytes replaced by '*' (0x2A).
    static QByteArray blank(const QByteArray& command);
    // True for READ RECORD of EF06 (SFI 6, holder data): personal data, so the answer's data is blanked
    // too (the status word stays).
    static bool isHolderData(const QByteArray& command);

    void record(const QString& channel, const QByteArray& command, const QByteArray& response,
                double elapsedMs, const QString& note = {});
    QList<ApduTraceEntry> entries() const;
    // One line per exchange: "card > 00A404000F... < 6F..9000 (0.21 ms)".
    QStringList lines() const;
    void clear();

private:
    mutable QMutex m_mutex;
    int m_capacity;
    QList<ApduTraceEntry> m_entries;
};

} // namespace carddesk
