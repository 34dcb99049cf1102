#pragma once
// Watches pcscd for readers and cards on its own thread and reports changes as Qt signals (delivered
// queued to receivers in other threads). Uses the \\?PnP?\Notification pseudo-reader to hear about
// readers coming and going; where pcscd does not offer it, re-lists the readers every second instead.
// Survives pcscd restarting (re-establishes its context) and readers unplugged and plugged back.
// stop() wakes the blocked SCardGetStatusChange with SCardCancel.

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <thread>

namespace carddesk {

class ReaderMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ReaderMonitor(QObject* parent = nullptr);
    ~ReaderMonitor() override;

    void start();
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

    // Snapshot of what the monitor knows now.
    QStringList readers() const;
    // Readers with a card, and its ATR.
    QHash<QString, QByteArray> cards() const;
    // True when pcscd offers \\?PnP?\Notification (else the monitor polls).
    bool usesPnpNotification() const { return m_pnp.load(); }

signals:
    void serviceAvailable(bool available);
    void readerAdded(const QString& reader);
    void readerRemoved(const QString& reader);
    void cardInserted(const QString& reader, const QByteArray& atr);
    void cardRemoved(const QString& reader);

private:
    void run();
    void sleepInterruptibly(int ms);
    void forgetAll();

    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_pnp{false};
    std::atomic<bool> m_finished{true};
    std::atomic<long> m_context{0}; // SCARDCONTEXT of the worker, for SCardCancel
    mutable QMutex m_mutex;
    QStringList m_readers;
    QHash<QString, QByteArray> m_cards;
};

} // namespace carddesk
