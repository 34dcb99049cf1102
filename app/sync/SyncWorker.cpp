#include "app/sync/SyncWorker.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace carddesk {

SyncWorker::SyncWorker(SyncOutbox& outbox, ReferenceSink* sink, SyncWorkerOptions options, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_sink(sink)
    , m_options(std::move(options))
    , m_random(std::random_device{}())
{}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    if (m_thread)
        return;
    setParent(nullptr); // an object with a parent cannot move to another thread
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("carddesk-sync"));
    moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(this, &SyncWorker::startInThread, Qt::QueuedConnection);
}

void SyncWorker::stop()
{
    if (!m_thread)
        return;
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(this, &SyncWorker::stopInThread, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    delete m_thread;
    m_thread = nullptr;
}

void SyncWorker::startInThread()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::runPass);
    m_client = std::make_unique<AgencyClient>(m_options.conninfo, m_options.terminalId,
                                              QStringLiteral("carddesk-sync-") +
                                                  QUuid::createUuid().toString(QUuid::Id128));
    runPass();
}

void SyncWorker::stopInThread()
{
    delete m_timer;
    m_timer = nullptr;
    m_client.reset(); // the connection belongs to this thread: close it here
    // Hand the object back to a thread that lives on, so that it can be deleted from anywhere.
    moveToThread(QCoreApplication::instance() ? QCoreApplication::instance()->thread() : nullptr);
}

void SyncWorker::syncNow()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_timer)
                return;
            m_failures = 0;
            m_timer->stop();
            runPass();
        },
        Qt::QueuedConnection);
}

int SyncWorker::backoffDelayMs(int failures, int minMs, int maxMs, std::mt19937& random)
{
    // Exponential with "equal jitter": hundreds of counters that lost the network together do not all
    // come back in the same second.
    const double exp = std::min(double(maxMs), double(minMs) * std::pow(2.0, std::max(0, failures - 1)));
    std::uniform_real_distribution<double> jitter(0.5, 1.0);
    return std::max(1, int(exp * jitter(random)));
}

QDateTime SyncWorker::lastSuccessfulSync() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_lastSuccess;
}

QString SyncWorker::lastError() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_lastError;
}

void SyncWorker::setOnline(bool online)
{
    m_online = online;
    if (!m_reportedOnline || m_knownOnline != online) {
        m_reportedOnline = true;
        m_knownOnline = online;
        emit onlineChanged(online);
    }
}

void SyncWorker::schedule(int delayMs)
{
    if (m_timer)
        m_timer->start(delayMs);
}

void SyncWorker::runPass()
{
    if (!m_client)
        return;
    SyncCycleOptions cycleOptions = m_options.cycle;
    auto userProgress = cycleOptions.pullProgress;
    cycleOptions.pullProgress = [this, userProgress](qint64 done, qint64 total) {
        if (userProgress)
            userProgress(done, total);
        emit pullProgress(done, total);
    };
    SyncCycle cycle(*m_client, m_outbox, m_sink, cycleOptions);
    const SyncCycleReport report = cycle.run();

    const int pending = report.pendingAfter;
    if (pending != m_pending.exchange(pending))
        emit pendingCountChanged(pending);
    // Reached the server at all (a refusal is an answer too): online.
    const bool reached = report.hello.has_value();
    setOnline(reached && report.error.kind != AgencyError::Kind::Unreachable);

    if (report.ok) {
        m_failures = 0;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_lastSuccess = now;
            m_lastError = report.warning;
        }
        emit lastSuccessfulSyncChanged(now);
        if (!report.warning.isEmpty())
            emit syncError(report.warning);
        emit passFinished(true, report.pushed, report.rejected);
        schedule(m_options.intervalMs);
        return;
    }
    const int failures = ++m_failures;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_lastError = report.error.message;
    }
    if (report.error.kind == AgencyError::Kind::SchemaTooOld)
        emit schemaOutdated(report.error.message);
    emit syncError(report.error.message);
    emit passFinished(false, report.pushed, report.rejected);
    // An outdated counter will not get better by retrying quickly.
    const int delay =
        report.error.kind == AgencyError::Kind::SchemaTooOld
            ? m_options.maxBackoffMs
            : backoffDelayMs(failures, m_options.minBackoffMs, m_options.maxBackoffMs, m_random);
    schedule(delay);
}

} // namespace carddesk
