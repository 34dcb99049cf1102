#include "app/supervision/DashboardFigures.h"

#include "app/audit/AuditChain.h"
#include "app/store/LocalStore.h"

#include <QSqlQuery>
#include <QVariant>

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

} // namespace carddesk
