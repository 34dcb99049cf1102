#include "VpcdSlot.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstring>

namespace carddesk::sim {

namespace {

void quickAck(int fd)
{
    // Linux clears TCP_QUICKACK after use: set it again after every read, else delayed ACKs interact with
    // vpcd's two-part writes (Nagle) and every APDU stalls ~40 ms.
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
}

bool readFull(int fd, unsigned char* buf, std::size_t n)
{
    std::size_t got = 0;
    while (got < n) {
        const ssize_t r = ::recv(fd, buf + got, n - got, 0);
        if (r <= 0)
            return false;
        quickAck(fd); // ACK the length header at once, or vpcd's Nagle holds back the payload
        got += std::size_t(r);
    }
    return true;
}

// One send for length and payload: with TCP_NODELAY two sends would mean two segments.
bool sendMessage(int fd, const QByteArray& payload)
{
    QByteArray msg(2, '\0');
    msg[0] = char((payload.size() >> 8) & 0xFF);
    msg[1] = char(payload.size() & 0xFF);
    msg.append(payload);
    std::size_t sent = 0;
    while (sent < std::size_t(msg.size())) {
        const ssize_t r = ::send(fd, msg.constData() + sent, std::size_t(msg.size()) - sent, MSG_NOSIGNAL);
        if (r <= 0)
            return false;
        sent += std::size_t(r);
    }
    return true;
}

int connectTo(const QString& host, int port)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* res = nullptr;
    const QByteArray h = host.toLatin1();
    const QByteArray p = QByteArray::number(port);
    if (getaddrinfo(h.constData(), p.constData(), &hints, &res) != 0)
        return -1;
    int fd = -1;
    for (addrinfo* ai = res; ai; ai = ai->ai_next) {
        fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0)
            continue;
        if (::connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
            break;
        ::close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    if (fd >= 0) {
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        quickAck(fd);
    }
    return fd;
}

} // namespace

VpcdSlot::VpcdSlot(QString name, QString host, int port, EventSink events)
    : m_name(std::move(name))
    , m_host(std::move(host))
    , m_port(port)
    , m_events(std::move(events))
{
    m_thread = std::thread([this] { run(); });
}

VpcdSlot::~VpcdSlot()
{
    stop();
}

void VpcdSlot::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_inserted = false;
        if (m_fd >= 0)
            ::shutdown(m_fd, SHUT_RDWR);
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void VpcdSlot::insert(std::shared_ptr<CardModel> card)
{
    remove();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_card = std::move(card);
        m_card->reset();
        m_inserted = true;
    }
    m_cv.notify_all();
}

void VpcdSlot::remove()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_inserted = false;
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_RDWR);
}

bool VpcdSlot::isInserted() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_inserted;
}

QJsonObject VpcdSlot::cardStatus() const
{
    const auto c = card();
    if (!c)
        return {};
    std::lock_guard<std::mutex> cardLock(m_cardMutex);
    return c->status();
}

std::shared_ptr<CardModel> VpcdSlot::card() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_card;
}

void VpcdSlot::setFaults(const Faults& f)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_faults = f;
}

Faults VpcdSlot::faults() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_faults;
}

void VpcdSlot::closeSocket()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_connected = false;
}

void VpcdSlot::run()
{
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_cv.wait(lock, [this] { return m_stop || m_inserted; });
            if (m_stop)
                return;
        }
        const int fd = connectTo(m_host, m_port);
        if (fd < 0) {
            // pcscd (and its vpcd listener) not up yet: retry until it is, or the card is removed.
            std::unique_lock<std::mutex> lock(m_mutex);
            m_cv.wait_for(lock, std::chrono::milliseconds(100), [this] { return m_stop || !m_inserted; });
            continue;
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_inserted || m_stop) {
                ::close(fd);
                continue;
            }
            m_fd = fd;
        }
        m_connected = true;
        m_events(QStringLiteral("event %1 connected").arg(m_name));
        const bool dropped = serve(fd);
        closeSocket();
        if (dropped) {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_inserted = false; // a dropped connection is a pulled card: it stays out until inserted again
        }
        m_events(QStringLiteral("event %1 %2")
                     .arg(m_name, dropped ? QStringLiteral("dropped") : QStringLiteral("disconnected")));
        // vpcd closed on us (pcscd restarted) while the card is still "in": reconnect after a pause.
        std::unique_lock<std::mutex> lock(m_mutex);
        m_cv.wait_for(lock, std::chrono::milliseconds(50), [this] { return m_stop; });
    }
}

bool VpcdSlot::serve(int fd)
{
    std::shared_ptr<CardModel> card = this->card();
    unsigned char head[2];
    QByteArray payload;
    for (;;) {
        if (!readFull(fd, head, 2))
            return false;
        const std::size_t len = (std::size_t(head[0]) << 8) | head[1];
        payload.resize(qsizetype(len));
        if (len > 0 && !readFull(fd, reinterpret_cast<unsigned char*>(payload.data()), len))
            return false;
        quickAck(fd);
        if (len == 1) {
            switch (static_cast<unsigned char>(payload[0])) {
            case 0:   // power off
            case 1:   // power on
            case 2: { // reset
                std::lock_guard<std::mutex> cardLock(m_cardMutex);
                card->reset();
                break;
            }
            case 4:
                if (!sendMessage(fd, card->atr()))
                    return false;
                break;
            default:
                break;
            }
            continue;
        }
        ++m_apdus;
        bool drop = false;
        int delayMs = 0;
        QByteArray answer;
        bool answered = false;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            Faults& live = m_faults;
            if (!live.dropOnPrefix.isEmpty() && payload.startsWith(live.dropOnPrefix)) {
                drop = true;
                live.dropOnPrefix.clear();
            } else if (live.dropAfter > 0 && --live.dropAfter == 0) {
                drop = true;
            } else if (live.garbage > 0) {
                --live.garbage;
                answer = QByteArray(1, char(0x42));
                answered = true;
            } else if (live.forcedCount > 0) {
                --live.forcedCount;
                answer = sw(live.forcedSw);
                answered = true;
            }
            if (!drop && live.slowMs > 0 && live.slowCount != 0) {
                delayMs = live.slowMs;
                if (live.slowCount > 0)
                    --live.slowCount;
            }
        }
        if (drop) {
            m_events(QStringLiteral("event %1 fault drop %2")
                         .arg(m_name, QString::fromLatin1(payload.left(4).toHex())));
            return true;
        }
        if (!answered) {
            std::lock_guard<std::mutex> cardLock(m_cardMutex);
            answer = card->process(payload);
        }
        if (delayMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        if (!sendMessage(fd, answer))
            return false;
    }
}

} // namespace carddesk::sim
