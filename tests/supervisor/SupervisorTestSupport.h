#pragma once
// A scratch store with a few operators and recorded operations, for the supervisor tests.

#include "../store/StoreTestSupport.h"

#include "app/audit/AuditChain.h"
#include "app/operators/OperatorAccounts.h"

namespace carddesk::test {

inline OperatorContext person(const QString& id, const QString& role)
{
    return OperatorContext{id, role, QStringLiteral("B001"), QStringLiteral("T01"), false};
}

// Appends an audit entry with the given time (the rules look at times and operators).
inline bool appendAt(LocalStore& store, const QDateTime& when, const QString& event,
                     const QString& operatorId, bool success = true, const QString& cardNumber = {},
                     const QString& resultCode = {})
{
    LocalStore::WriteTransaction t(store);
    if (!t.ok())
        return false;
    AuditEntryFields f;
    f.timeUtc = when;
    f.eventType = event;
    f.success = success;
    f.resultCode = resultCode;
    f.operatorId = operatorId;
    f.role = QStringLiteral("clerk");
    f.terminalId = QStringLiteral("T01");
    f.branchId = QStringLiteral("B001");
    f.cardNumber = cardNumber;
    QString error;
    return store.appendAudit(t.db(), f, &error) && t.commit();
}

inline qint64 auditCount(LocalStore& store, const QString& eventType)
{
    return countRows(
        store.database(),
        QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE event_type = '%1'").arg(eventType));
}

} // namespace carddesk::test
