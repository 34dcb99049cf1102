#include "app/supervision/DashboardFigures.h"

#include "app/audit/AuditChain.h"
#include "app/store/LocalStore.h"
#include "app/sync/AgencyClient.h"

#include <QUuid>

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace carddesk {

namespace {
QString timeText(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}
} // namespace

DashboardFigures DashboardFigures::compute(LocalStore& store, const QDateTime& fromUtc,
                                           const QDateTime& toUtc)
{
    DashboardFigures d;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // Operation entries only: "operation:" <= event_type < "operation;" keeps to the event index.
    const QString range =
        QStringLiteral(" FROM audit_entries WHERE event_type >= 'operation:' AND event_type < "
                       "'operation;' AND time_utc >= ? AND time_utc < ?");
    q.prepare(
        QStringLiteral("SELECT substr(time_utc, 1, 10), substr(event_type, 11), COUNT(*), SUM(success = 0)") +
        range + QStringLiteral(" GROUP BY 1, 2"));
    q.addBindValue(timeText(fromUtc));
    q.addBindValue(timeText(toUtc));
    if (q.exec()) {
        while (q.next()) {
            const int n = q.value(2).toInt();
            d.operationsPerDay[QDate::fromString(q.value(0).toString(), Qt::ISODate)]
                              [q.value(1).toString()] += n;
            d.operations += n;
            d.failures += q.value(3).toInt();
        }
    }
    q.prepare(QStringLiteral("SELECT operator_id, COUNT(*)") + range + QStringLiteral(" GROUP BY 1"));
    q.addBindValue(timeText(fromUtc));
    q.addBindValue(timeText(toUtc));
    if (q.exec()) {
        while (q.next())
            d.perOperator[q.value(0).toString()] = q.value(1).toInt();
    }
    // The reason lives in the canonical bytes: decode only the failed ones.
    q.prepare(QStringLiteral("SELECT canonical") + range + QStringLiteral(" AND success = 0"));
    q.addBindValue(timeText(fromUtc));
    q.addBindValue(timeText(toUtc));
    if (q.exec()) {
        while (q.next()) {
            const auto f = AuditChain::decode(q.value(0).toByteArray());
            const QString reason = f && !f->resultCode.isEmpty() ? f->resultCode : QStringLiteral("unknown");
            ++d.failuresByReason[reason];
        }
    }
    SyncLag lag;
    lag.counterId = store.options().counterId;
    if (q.exec(
            QStringLiteral("SELECT SUM(sync_state = 'pending'), SUM(sync_state = 'dead'), "
                           "MIN(CASE WHEN sync_state = 'pending' THEN created_utc END) FROM operations")) &&
        q.next()) {
        lag.pending = q.value(0).toInt();
        lag.dead = q.value(1).toInt();
        lag.oldestPendingUtc = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        if (lag.oldestPendingUtc.isValid())
            lag.lagSeconds = lag.oldestPendingUtc.secsTo(QDateTime::currentDateTimeUtc());
    }
    d.syncLag << lag;
    return d;
}

std::optional<DashboardFigures> DashboardFigures::computeAgency(const QString& conninfo,
                                                                const QString& terminalId,
                                                                const QDateTime& fromUtc,
                                                                const QDateTime& toUtc, QString* error)
{
    std::optional<QList<AgencyDashboardRow>> rows;
    AgencyError e;
    {
        // A connection of its own (named uniquely): the sync worker's stays on its thread.
        AgencyClient client(conninfo, terminalId,
                            QStringLiteral("carddesk-dashboard-") +
                                QUuid::createUuid().toString(QUuid::Id128));
        rows = client.dashboardFigures(fromUtc, toUtc, &e);
    }
    if (!rows) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
    return fromAgencyRows(*rows);
}

DashboardFigures DashboardFigures::fromAgencyRows(const QList<AgencyDashboardRow>& rows)
{
    DashboardFigures d;
    d.agencyWide = true;
    for (const AgencyDashboardRow& r : rows) {
        if (r.kind == QLatin1String("per-day")) {
            d.operationsPerDay[r.day][r.key] += static_cast<int>(r.total);
            d.operations += r.total;
            d.failures += r.failed;
        } else if (r.kind == QLatin1String("failure")) {
            d.failuresByReason[r.key] += static_cast<int>(r.total);
        } else if (r.kind == QLatin1String("operator")) {
            d.perOperator[r.key] += static_cast<int>(r.total);
        } else if (r.kind == QLatin1String("counter")) {
            SyncLag lag;
            lag.counterId = r.key;
            lag.pending = 0; // what still waits on a counter is known only there
            lag.dead = static_cast<int>(r.failed);
            lag.lagSeconds = r.secondsSinceLastPush < 0 ? -1 : static_cast<qint64>(r.secondsSinceLastPush);
            lag.unpulledChanges = r.extra;
            d.syncLag << lag;
        }
    }
    std::sort(d.syncLag.begin(), d.syncLag.end(),
              [](const SyncLag& a, const SyncLag& b) { return a.counterId < b.counterId; });
    return d;
}

} // namespace carddesk
