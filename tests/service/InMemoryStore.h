#pragma once
// In-memory stand-ins for the local store's seams (StorePorts.h), for unit tests of the workflows. The real
// LocalStore is exercised in WorkflowLocalStoreTest.

#include "app/workflow/StorePorts.h"

#include <QHash>
#include <QJsonDocument>

namespace carddesk::test {

class InMemoryJournal : public OperationJournal
{
public:
    QList<OperationRecord> records;
    QList<AuditEventRecord> events;
    int failNextRecords = 0; // this many record() calls fail ("the disk is full")
    bool failAudit = false;

    JournalResult record(const OperationRecord& r) override
    {
        JournalResult result;
        if (failNextRecords > 0) {
            --failNextRecords;
            result.error = QStringLiteral("the disk is full (test)");
            return result;
        }
        records << r;
        result.ok = true;
        result.sequence = records.size();
        result.operationNumber = QStringLiteral("T01-%1").arg(result.sequence, 6, 10, QLatin1Char('0'));
        return result;
    }
    bool audit(const AuditEventRecord& e, QString* error) override
    {
        if (failAudit) {
            if (error)
                *error = QStringLiteral("audit unavailable (test)");
            return false;
        }
        events << e;
        return true;
    }
    QStringList eventTypes() const
    {
        QStringList out;
        for (const auto& e : events)
            out << e.eventType;
        return out;
    }
};

class InMemoryReferenceCache : public ReferenceCache
{
public:
    QHash<QString, CachedPerson> persons; // by ID number
    QHash<QString, QString> cardStatuses; // by card number

    std::optional<CachedPerson> findPerson(const QString& idNumber) override
    {
        const auto it = persons.constFind(idNumber);
        if (it == persons.constEnd())
            return std::nullopt;
        CachedPerson p = *it;
        p.cardStatus = cardStatuses.value(p.cardNumber);
        return p;
    }
    QString cardStatus(const QString& cardNumber) override { return cardStatuses.value(cardNumber); }
};

// One supervisor ("sup01") with a known password; remembers what was approved.
class TestApprovalAuthority : public ApprovalAuthority
{
public:
    QList<ApprovalRequest> approved;
    int refused = 0;

    QString approve(const ApprovalRequest& request, const QString& supervisorId, const SecureBuffer& password,
                    QString* error) override
    {
        if (supervisorId != QLatin1String("sup01") ||
            !password.equals(SecureBuffer::fromAscii("Sup3rvisor!"))) {
            ++refused;
            if (error)
                *error = QStringLiteral("wrong user name or password");
            return {};
        }
        approved << request;
        return QStringLiteral("APR-%1").arg(approved.size());
    }
};

// The supervisors' queue in memory: tests decide requests with decide().
class TestRemoteApprovalQueue : public RemoteApprovalQueue
{
public:
    struct Entry
    {
        QString id;
        ApprovalRequest request;
        RemoteApprovalDecision decision; // state Pending until decided or withdrawn
    };
    QList<Entry> entries;
    int polls = 0;
    bool failFiling = false;

    QString fileRequest(const ApprovalRequest& request, QString* error) override
    {
        if (failFiling) {
            if (error)
                *error = QStringLiteral("queue unavailable (test)");
            return {};
        }
        Entry e;
        e.id = QStringLiteral("REQ-%1").arg(entries.size() + 1);
        e.request = request;
        e.decision.state = RemoteApprovalDecision::State::Pending;
        entries << e;
        return e.id;
    }
    RemoteApprovalDecision decision(const QString& requestId, QString* error) override
    {
        Q_UNUSED(error);
        ++polls;
        for (const Entry& e : std::as_const(entries))
            if (e.id == requestId)
                return e.decision;
        return {};
    }
    bool withdraw(const QString& requestId, const OperatorContext& by, QString* error) override
    {
        Q_UNUSED(by);
        for (Entry& e : entries)
            if (e.id == requestId && e.decision.state == RemoteApprovalDecision::State::Pending) {
                e.decision.state = RemoteApprovalDecision::State::Withdrawn;
                return true;
            }
        if (error)
            *error = QStringLiteral("already decided (test)");
        return false;
    }
    void decide(int index, bool approve, const QString& supervisor, const QString& reason)
    {
        Entry& e = entries[index];
        e.decision.state =
            approve ? RemoteApprovalDecision::State::Approved : RemoteApprovalDecision::State::Rejected;
        e.decision.approvalId = approve ? e.id : QString();
        e.decision.decidedBy = supervisor;
        e.decision.reason = reason;
    }
};

} // namespace carddesk::test
