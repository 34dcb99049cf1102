#pragma once
// One vpcd virtual slot: a TCP client connection to the vpcd driver inside pcscd (vpcd listens, the card
// connects). Connected = card inserted; closing the connection = card removed. Runs on its own thread.
// vpcd protocol: 2-byte big-endian length + payload; a 1-byte payload is a control (0 off, 1 on, 2 reset,
// 4 "send the ATR"), anything longer is a command APDU answered by the response APDU.

#include "CardModel.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace carddesk::sim {

struct Faults
{
    QByteArray dropOnPrefix;    // drop the connection (card pulled) when a command starts with this
    int dropAfter = 0;          // ... or on the n-th command from now (1 = the next one)
    int garbage = 0;            // answer the next n commands with a malformed 1-byte answer
    int slowMs = 0;             // delay answers by this much ...
    int slowCount = 0;          // ... for the next n commands (-1: until cleared)
    std::uint16_t forcedSw = 0; // answer the next forcedCount commands with this SW
    int forcedCount = 0;
};

class VpcdSlot
{
public:
    using EventSink = std::function<void(const QString&)>;

    VpcdSlot(QString name, QString host, int port, EventSink events);
    ~VpcdSlot();

    void insert(std::shared_ptr<CardModel> card); // replaces any card (remove first)
    void remove();
    bool isInserted() const;
    bool isConnected() const { return m_connected.load(); }
    std::shared_ptr<CardModel> card() const;
    // The card's state, taken under the lock that also guards its APDU processing.
    QJsonObject cardStatus() const;
    void setFaults(const Faults& f);
    Faults faults() const;
    int apdus() const { return m_apdus.load(); }
    void stop();

private:
    void run();
    bool serve(int fd);
    void closeSocket();

    QString m_name;
    QString m_host;
    int m_port;
    EventSink m_events;
    mutable std::mutex m_mutex;
    mutable std::mutex
        m_cardMutex; // the card model: APDUs on the slot thread, status from the control thread
    std::condition_variable m_cv;
    std::shared_ptr<CardModel> m_card;
    bool m_inserted = false;
    bool m_stop = false;
    int m_fd = -1;
    Faults m_faults;
    std::atomic<bool> m_connected{false};
    std::atomic<int> m_apdus{0};
    std::thread m_thread;
};

} // namespace carddesk::sim
