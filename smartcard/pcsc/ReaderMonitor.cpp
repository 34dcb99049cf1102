#include "smartcard/pcsc/ReaderMonitor.h"

#include "smartcard/pcsc/Pcsc.h"

#include <QMutexLocker>

#include <chrono>
#include <vector>

namespace carddesk {

namespace {
constexpr const char* kPnpReader = "\\\\?PnP?\\Notification";
constexpr DWORD kPollMs = 1000; // without PnP: how often the reader list is refreshed
} // namespace

ReaderMonitor::ReaderMonitor(QObject* parent)
    : QObject(parent)
{}

ReaderMonitor::~ReaderMonitor()
{
    stop();
}

void ReaderMonitor::start()
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_finished = false;
    m_thread = std::thread([this] { run(); });
}

void ReaderMonitor::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop = true;
    // SCardCancel only wakes a wait already in progress: repeat until the worker has noticed.
    while (!m_finished.load()) {
        const long ctx = m_context.load();
        if (ctx != 0)
            SCardCancel(SCARDCONTEXT(ctx));
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    m_thread.join();
}

QStringList ReaderMonitor::readers() const
{
    QMutexLocker lock(&m_mutex);
    return m_readers;
}

QHash<QString, QByteArray> ReaderMonitor::cards() const
{
    QMutexLocker lock(&m_mutex);
    return m_cards;
}

void ReaderMonitor::sleepInterruptibly(int ms)
{
    for (int waited = 0; waited < ms && !m_stop; waited += 50)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

void ReaderMonitor::forgetAll()
{
    QStringList gone;
    QStringList withCard;
    {
        QMutexLocker lock(&m_mutex);
        gone = m_readers;
        withCard = m_cards.keys();
        m_readers.clear();
        m_cards.clear();
    }
    for (const QString& r : withCard)
        emit cardRemoved(r);
    for (const QString& r : gone)
        emit readerRemoved(r);
}

void ReaderMonitor::run()
{
    bool available = false;
    bool announced = false;
    while (!m_stop) {
        pcsc::Context ctx;
        if (ctx.establish() != SCARD_S_SUCCESS) {
            if (available || !announced)
                emit serviceAvailable(false);
            available = false;
            announced = true;
            sleepInterruptibly(500);
            continue;
        }
        m_context = long(ctx.handle());
        if (m_stop) // stop() may have run before the context was published
            break;

        // Does pcscd offer the PnP pseudo-reader? (pcsc-lite: yes; some others: no.)
        SCARD_READERSTATE probe{};
        probe.szReader = kPnpReader;
        probe.dwCurrentState = SCARD_STATE_UNAWARE;
        const LONG prv = SCardGetStatusChange(ctx.handle(), 0, &probe, 1);
        m_pnp =
            (prv == SCARD_S_SUCCESS || prv == SCARD_E_TIMEOUT) && !(probe.dwEventState & SCARD_STATE_UNKNOWN);
        DWORD pnpState = probe.dwEventState & ~SCARD_STATE_CHANGED;

        QHash<QString, DWORD> known; // reader -> last state
        bool serviceLost = false;
        while (!m_stop && !serviceLost) {
            QStringList now;
            LONG rv = ctx.listReaders(now);
            if (rv != SCARD_S_SUCCESS) {
                serviceLost = true;
                break;
            }
            if (!available || !announced) {
                emit serviceAvailable(true);
                available = announced = true;
            }
            // Reader list changes.
            QStringList added, removed;
            {
                QMutexLocker lock(&m_mutex);
                for (const QString& r : now)
                    if (!m_readers.contains(r))
                        added << r;
                for (const QString& r : std::as_const(m_readers))
                    if (!now.contains(r))
                        removed << r;
                m_readers = now;
            }
            for (const QString& r : removed) {
                bool hadCard = false;
                {
                    QMutexLocker lock(&m_mutex);
                    hadCard = m_cards.remove(r) > 0;
                }
                known.remove(r);
                if (hadCard)
                    emit cardRemoved(r);
                emit readerRemoved(r);
            }
            for (const QString& r : added) {
                known.insert(r, SCARD_STATE_UNAWARE);
                emit readerAdded(r);
            }

            // Wait for a change on any reader (or the reader list).
            std::vector<QByteArray> names;
            std::vector<SCARD_READERSTATE> states;
            names.reserve(std::size_t(now.size()));
            for (const QString& r : now) {
                names.push_back(r.toUtf8());
                SCARD_READERSTATE s{};
                s.dwCurrentState = known.value(r, SCARD_STATE_UNAWARE);
                states.push_back(s);
            }
            for (std::size_t i = 0; i < names.size(); ++i)
                states[i].szReader = names[i].constData();
            if (m_pnp) {
                SCARD_READERSTATE s{};
                s.szReader = kPnpReader;
                s.dwCurrentState = pnpState;
                states.push_back(s);
            }
            if (states.empty()) {
                sleepInterruptibly(int(kPollMs)); // no reader and no PnP: poll
                continue;
            }
            rv = SCardGetStatusChange(ctx.handle(), m_pnp ? INFINITE : kPollMs, states.data(),
                                      DWORD(states.size()));
            if (rv == SCARD_E_CANCELLED || rv == SCARD_E_TIMEOUT || rv == SCARD_E_UNKNOWN_READER)
                continue; // stop requested, poll period over, or a reader vanished: re-list
            if (rv != SCARD_S_SUCCESS) {
                serviceLost = true; // SCARD_E_NO_SERVICE, SCARD_E_SERVICE_STOPPED, invalid context...
                break;
            }
            for (std::size_t i = 0; i < names.size(); ++i) {
                const SCARD_READERSTATE& s = states[i];
                const QString reader = now[int(i)];
                const DWORD old = known.value(reader);
                known[reader] = s.dwEventState & ~SCARD_STATE_CHANGED;
                const bool wasPresent = (old & SCARD_STATE_PRESENT) && !(old & SCARD_STATE_MUTE);
                const bool isPresent =
                    (s.dwEventState & SCARD_STATE_PRESENT) && !(s.dwEventState & SCARD_STATE_MUTE);
                // The upper 16 bits count card events: a quick swap shows as a changed count.
                const bool swapped = wasPresent && isPresent && ((old >> 16) != (s.dwEventState >> 16));
                if ((wasPresent && !isPresent) || swapped) {
                    {
                        QMutexLocker lock(&m_mutex);
                        m_cards.remove(reader);
                    }
                    emit cardRemoved(reader);
                }
                if ((!wasPresent && isPresent) || swapped) {
                    const QByteArray atr(reinterpret_cast<const char*>(s.rgbAtr), int(s.cbAtr));
                    {
                        QMutexLocker lock(&m_mutex);
                        m_cards.insert(reader, atr);
                    }
                    emit cardInserted(reader, atr);
                }
            }
            if (m_pnp)
                pnpState = states.back().dwEventState & ~SCARD_STATE_CHANGED;
        }
        m_context = 0;
        ctx.release();
        if (serviceLost && !m_stop) {
            forgetAll();
            emit serviceAvailable(false);
            available = false;
            sleepInterruptibly(200);
        }
    }
    m_context = 0;
    m_finished = true;
}

} // namespace carddesk
