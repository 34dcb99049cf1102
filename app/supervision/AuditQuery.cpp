#include "app/supervision/AuditQuery.h"

#include "app/store/LocalStore.h"
#include "app/store/StoreCrypto.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace carddesk {

namespace {
QString timeText(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}
constexpr qint64 kNoUpperBound = Q_INT64_C(0x3fffffffffffffff);
} // namespace

bool AuditFilter::isEmpty() const
{
    return !fromUtc.isValid() && !toUtc.isValid() && operatorId.isEmpty() && eventType.isEmpty() &&
           result < 0 && branchId.isEmpty() && terminalId.isEmpty() && idNumber.isEmpty() &&
           cardText.isEmpty() && maxSequence == 0;
}

QString AuditFilter::describe() const
{
    QStringList parts;
    if (fromUtc.isValid())
        parts << QStringLiteral("from=") + timeText(fromUtc);
    if (toUtc.isValid())
        parts << QStringLiteral("to=") + timeText(toUtc);
    if (!operatorId.isEmpty())
        parts << QStringLiteral("operator=") + operatorId;
    if (!eventType.isEmpty())
        parts << QStringLiteral("event=") + eventType;
    if (result >= 0)
        parts << QStringLiteral("result=") + (result ? QStringLiteral("ok") : QStringLiteral("failed"));
    if (!branchId.isEmpty())
        parts << QStringLiteral("branch=") + branchId;
    if (!terminalId.isEmpty())
        parts << QStringLiteral("terminal=") + terminalId;
    if (!idNumber.isEmpty())
        parts << QStringLiteral("id=") + maskIdNumber(idNumber); // the search itself stays masked
    if (!cardText.isEmpty())
        parts << QStringLiteral("card~") + AuditQuery::maskCardNumber(cardText);
    return parts.isEmpty() ? QStringLiteral("all") : parts.join(QLatin1Char(' '));
}

AuditQuery::AuditQuery(LocalStore& store, AuditFilter filter)
    : m_store(store)
    , m_filter(std::move(filter))
{}

QString AuditQuery::maskCardNumber(const QString& cardNumber)
{
    if (cardNumber.size() <= 4)
        return QString(cardNumber.size(), QLatin1Char('*'));
    return cardNumber.left(2) + QString(cardNumber.size() - 4, QLatin1Char('*')) + cardNumber.right(2);
}

bool AuditQuery::prepare()
{
    m_prepared = true;
    QSqlDatabase db = m_store.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!m_filter.idNumber.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM operations WHERE holder_id_hash = ? LIMIT 1000"));
        q.addBindValue(m_store.crypto().lookupHash(m_filter.idNumber));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        while (q.next())
            m_operationIds << q.value(0).toString();
        if (m_operationIds.isEmpty())
            m_noMatch = true;
    }
    // The time range becomes a sequence range (MIN/MAX over the time index, which holds the sequence), so the
    // page scan stays a rowid range. MIN/MAX rather than "first by time": a clock set back must not hide
    // entries.
    if (m_filter.fromUtc.isValid() || m_filter.toUtc.isValid()) {
        QString sql = QStringLiteral("SELECT MIN(sequence), MAX(sequence) FROM audit_entries WHERE 1");
        if (m_filter.fromUtc.isValid())
            sql += QStringLiteral(" AND time_utc >= :from");
        if (m_filter.toUtc.isValid())
            sql += QStringLiteral(" AND time_utc < :to");
        q.prepare(sql);
        if (m_filter.fromUtc.isValid())
            q.bindValue(QStringLiteral(":from"), timeText(m_filter.fromUtc));
        if (m_filter.toUtc.isValid())
            q.bindValue(QStringLiteral(":to"), timeText(m_filter.toUtc));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        if (q.next() && !q.value(0).isNull()) {
            m_lowest = q.value(0).toLongLong();
            m_highest = q.value(1).toLongLong();
        } else {
            m_noMatch = true;
        }
    }
    return true;
}

QList<AuditRow> AuditQuery::fetchPage(int pageSize)
{
    QList<AuditRow> rows;
    if (m_atEnd)
        return rows;
    if (!m_prepared && !prepare()) {
        m_atEnd = true;
        return rows;
    }
    if (m_noMatch) {
        m_atEnd = true;
        return rows;
    }
    // "sequence < ?" only when there is a bound: without one (the first page) the planner must not be tempted
    // into a rowid range scan instead of the operator or event index.
    QString sql = QStringLiteral("SELECT sequence, canonical FROM audit_entries WHERE %BOUND%");
    QVariantList binds;
    qint64 upper = m_before > 0 ? m_before : kNoUpperBound;
    if (m_highest > 0)
        upper = std::min(upper, m_highest + 1);
    if (m_filter.maxSequence > 0)
        upper = std::min(upper, m_filter.maxSequence + 1);
    binds << upper;
    if (m_lowest > 0) {
        sql += QStringLiteral(" AND sequence >= ?");
        binds << m_lowest;
    }
    if (m_filter.fromUtc.isValid()) {
        sql += QStringLiteral(" AND time_utc >= ?");
        binds << timeText(m_filter.fromUtc);
    }
    if (m_filter.toUtc.isValid()) {
        sql += QStringLiteral(" AND time_utc < ?");
        binds << timeText(m_filter.toUtc);
    }
    if (!m_filter.operatorId.isEmpty()) {
        sql += QStringLiteral(" AND operator_id = ?");
        binds << m_filter.operatorId;
    }
    if (!m_filter.eventType.isEmpty()) {
        if (m_filter.eventType.endsWith(QLatin1Char(':'))) {
            // A family ("operation:"): a range on the index, not LIKE (which would not use it).
            sql += QStringLiteral(" AND event_type >= ? AND event_type < ?");
            binds << m_filter.eventType
                  << QString(m_filter.eventType.left(m_filter.eventType.size() - 1) + QLatin1Char(';'));
        } else {
            sql += QStringLiteral(" AND event_type = ?");
            binds << m_filter.eventType;
        }
    }
    if (m_filter.result >= 0) {
        sql += QStringLiteral(" AND success = ?");
        binds << (m_filter.result ? 1 : 0);
    }
    if (!m_operationIds.isEmpty()) {
        QStringList marks;
        for (const QString& id : std::as_const(m_operationIds)) {
            marks << QStringLiteral("?");
            binds << id;
        }
        sql += QStringLiteral(" AND operation_id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY sequence DESC LIMIT ?");
    const bool postFilter =
        !m_filter.branchId.isEmpty() || !m_filter.terminalId.isEmpty() || !m_filter.cardText.isEmpty();
    const int batch = postFilter ? std::max(pageSize, 2000) : pageSize;

    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    int scanned = 0;
    while (rows.size() < pageSize && scanned < ScanBudget) {
        const bool bounded = upper != kNoUpperBound;
        if (!q.prepare(QString(sql).replace(
                QStringLiteral("%BOUND%"), bounded ? QStringLiteral("sequence < ?") : QStringLiteral("1")))) {
            m_error = q.lastError().text();
            m_atEnd = true;
            return rows;
        }
        int at = 0;
        if (bounded)
            q.bindValue(at++, upper);
        for (int i = 1; i < binds.size(); ++i)
            q.bindValue(at++, binds.at(i));
        q.bindValue(at, batch);
        if (!q.exec()) {
            m_error = q.lastError().text();
            m_atEnd = true;
            return rows;
        }
        int got = 0;
        while (q.next()) {
            ++got;
            ++scanned;
            const qint64 seq = q.value(0).toLongLong();
            upper = seq;
            m_before = seq;
            auto fields = AuditChain::decode(q.value(1).toByteArray());
            if (!fields) // a damaged entry is still listed: verify names it, the list must not hide it
                fields = AuditEntryFields{};
            if (!m_filter.branchId.isEmpty() && fields->branchId != m_filter.branchId)
                continue;
            if (!m_filter.terminalId.isEmpty() && fields->terminalId != m_filter.terminalId)
                continue;
            if (!m_filter.cardText.isEmpty() &&
                !fields->maskedIdNumber.contains(m_filter.cardText, Qt::CaseInsensitive) &&
                !fields->cardNumber.contains(m_filter.cardText, Qt::CaseInsensitive))
                continue;
            rows.append(AuditRow{seq, *fields});
            if (rows.size() >= pageSize && !postFilter)
                break;
        }
        q.finish();
        if (got < batch && !(rows.size() >= pageSize && !postFilter)) {
            m_atEnd = true;
            break;
        }
        if (!postFilter)
            break;
    }
    return rows;
}

std::optional<AuditRow> AuditQuery::entry(LocalStore& store, qint64 sequence)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT canonical FROM audit_entries WHERE sequence = ?"));
    q.addBindValue(sequence);
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto fields = AuditChain::decode(q.value(0).toByteArray());
    if (!fields)
        return std::nullopt;
    return AuditRow{sequence, *fields};
}

} // namespace carddesk
