#pragma once
// Aggregates for the supervisor's dashboard, from the local store (works offline): operations per day by
// service, failures by reason, per-operator counts, and the sync lag of this counter's outbox.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace carddesk {

class LocalStore;

struct SyncLag
{
    QString counterId;
    int pending = 0;
    int dead = 0;
    QDateTime oldestPendingUtc; // invalid when nothing waits
    qint64 lagSeconds = 0;      // age of the oldest pending operation
};

struct DashboardFigures
{
    QMap<QDate, QMap<QString, int>> operationsPerDay; // UTC day -> service -> count
    QMap<QString, int> failuresByReason;              // result code -> count
    qint64 operations = 0;
    qint64 failures = 0;
    QMap<QString, int> perOperator;
    QList<SyncLag> syncLag;

    double failureRate() const { return operations ? double(failures) / double(operations) : 0.0; }

    static DashboardFigures compute(LocalStore& store, const QDateTime& fromUtc, const QDateTime& toUtc);
};

} // namespace carddesk
