#pragma once
// The background sync of a counter: its own QThread, its own QPSQL connection, a SyncCycle every interval,
// exponential backoff with jitter while the agency is unreachable, "sync now". The UI only listens to the
// signals (queued to its thread) and calls syncNow(); nothing here blocks the caller.
//
// Threads: the outbox and sink are called from the worker thread (LocalStore opens a connection per thread).

#include "app/sync/SyncCycle.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <random>

class QThread;
class QTimer;

namespace carddesk {

struct SyncWorkerOptions
{
    QString conninfo; // libpq keywords; never a password (passfile=... or a client certificate)
    QString terminalId;
    int intervalMs = 30000;    // between passes while online
    int minBackoffMs = 2000;   // first retry after a failure
    int maxBackoffMs = 300000; // retries never wait longer than this
    SyncCycleOptions cycle;
};

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(SyncOutbox& outbox, ReferenceSink* sink, SyncWorkerOptions options, QObject* parent = nullptr);
    ~SyncWorker() override;

    // Starts the thread; the first pass runs at once.
    void start();
    // Finishes the pass in progress (if any) and stops the thread.
    void stop();

    bool isOnline() const { return m_online.load(); }
    int pendingCount() const { return m_pending.load(); }
    QDateTime lastSuccessfulSync() const;
    QString lastError() const;
    int consecutiveFailures() const { return m_failures.load(); }
    // The delay before the next pass after `failures` failures in a row (exponential, capped, with jitter).
    static int backoffDelayMs(int failures, int minMs, int maxMs, std::mt19937& random);

public slots:
    // Runs a pass as soon as the worker is free (and resets the backoff). Callable from any thread.
    void syncNow();

signals:
    void onlineChanged(bool online);
    void pendingCountChanged(int count);
    void lastSuccessfulSyncChanged(const QDateTime& utc);
    void syncError(const QString& message);
    // This counter's software is older than the agency database accepts: it keeps its queue and says so.
    void schemaOutdated(const QString& message);
    void pullProgress(qint64 done, qint64 total);
    // Every pass, after it ended: ok, and how many operations were sent / dead-lettered.
    void passFinished(bool ok, int pushed, int rejected);

private:
    void startInThread();
    void runPass();
    void stopInThread();
    void schedule(int delayMs);
    void setOnline(bool online);

    SyncOutbox& m_outbox;
    ReferenceSink* m_sink;
    SyncWorkerOptions m_options;
    QThread* m_thread = nullptr;
    QTimer* m_timer = nullptr;
    std::unique_ptr<AgencyClient> m_client;
    std::mt19937 m_random;
    std::atomic<bool> m_online{false};
    std::atomic<int> m_pending{0};
    std::atomic<int> m_failures{0};
    bool m_reportedOnline = false;
    bool m_knownOnline = false;
    mutable std::mutex m_mutex;
    QDateTime m_lastSuccess;
    QString m_lastError;
};

} // namespace carddesk
