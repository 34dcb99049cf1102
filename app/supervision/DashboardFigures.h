#pragma once
// Aggregates for the supervisor's dashboard: operations per day by service, failures by reason, per-operator
// counts, sync lag per counter. From the local store (this counter, works offline) or, online, from the
// agency database (every counter the counter's agency login may see: its branch) through AgencyClient.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace carddesk {

class LocalStore;
struct AgencyDashboardRow;

struct SyncLag
{
    QString counterId;
    int pending = 0;
    int dead = 0;
    QDateTime oldestPendingUtc; // invalid when nothing waits
    // Local: age of the oldest pending operation. Agency: time since the counter's last push (-1: never).
    qint64 lagSeconds = 0;
    qint64 unpulledChanges = 0; // agency only: reference changes the counter has not pulled yet
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

    bool agencyWide = false; // from the agency database (all counters it shows), not the local store

    static DashboardFigures compute(LocalStore& store, const QDateTime& fromUtc, const QDateTime& toUtc);
    // From the agency database, on the calling thread with its own connection (opened and closed here).
    // nullopt with *error when the agency cannot be reached or refuses (the caller falls back to local).
    static std::optional<DashboardFigures> computeAgency(const QString& conninfo, const QString& terminalId,
                                                         const QDateTime& fromUtc, const QDateTime& toUtc,
                                                         QString* error);
    static DashboardFigures fromAgencyRows(const QList<AgencyDashboardRow>& rows);
};

} // namespace carddesk
