#pragma once
// What a supervisor does in the console, each step role-checked and audited in the same chain it reviews:
// review marks on flagged entries, the approvals queue, viewing evidence photos, exports, chain verification,
// dead letters. Pending approvals and review marks are themselves audit entries ("approval-requested",
// "approval-granted"/"approval-rejected", "anomaly-review"), so their history cannot be edited either.

#include "app/audit/AuditVerifier.h"
#include "app/supervision/AuditQuery.h"
#include "app/sync/SyncPorts.h"
#include "app/workflow/StorePorts.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>

namespace carddesk {

class LocalStore;

struct ApprovalQueueItem
{
    QString requestId; // UUID
    qint64 requestSequence = 0;
    QDateTime requestedUtc;
    QString requestedBy;
    QString terminalId;
    QString branchId;
    QString service;
    QString reason; // why the counter asked (region rule)
    QString state;  // "pending", "approved", "rejected"
    QString decidedBy;
    QString decisionReason;
};

struct ReviewMark
{
    qint64 flaggedSequence = 0;
    QString rule;
    QString reviewer;
    QString comment;
    QDateTime reviewedUtc;
};

class SupervisorActions
{
public:
    // `who` is the signed-in supervisor/administrator/auditor: every method checks their role.
    SupervisorActions(LocalStore& store, OperatorContext who);

    const OperatorContext& who() const { return m_who; }
    QString lastError() const { return m_error; }

    // Approvals requested at counters (dual control). request() is what a counter calls.
    static std::optional<QString> requestApproval(LocalStore& store, const OperatorContext& clerk,
                                                  const QString& service, const QString& reason,
                                                  QString* error);
    QList<ApprovalQueueItem> approvals(bool pendingOnly);
    // Approve (an approvals-table row and an audit entry) or reject with a reason. Not one's own request.
    bool decideApproval(const QString& requestId, bool approve, const QString& reason);

    // Review marks on anomaly flags (an "anomaly-review" audit entry each).
    bool markReviewed(qint64 flaggedSequence, const QString& rule, const QString& comment);
    QList<ReviewMark> reviewMarks();

    // An evidence photo, decrypted, for roles allowed to see it; the viewing itself is audited.
    std::optional<QByteArray> viewPhoto(const QString& photoId, qint64 auditSequence);

    // Writes the rows of `filter` as CSV (masked: ID numbers as the chain keeps them, card numbers masked)
    // and audits the export (format, filter, row count, file name). Returns the number of rows written, -1 on
    // error.
    qint64 exportCsv(const AuditFilter& filter, QIODevice& out, const QString& fileName);
    // Audits an export written by the UI in another format (PDF) from the same rows.
    bool auditExport(const AuditFilter& filter, const QString& format, qint64 rows, const QString& fileName);

    // Verifies the chain on this thread's connection; audits the verdict unless `record` is false (a worker
    // thread verifies, the console's thread records with recordVerification()).
    AuditVerifyReport verifyChain(bool record = true);
    bool recordVerification(const AuditVerifyReport& report);

    // Sync dead letters with the server's reason; "acknowledge" records that the supervisor saw it and handed
    // it to the agency (the only resolution the agency allows from a counter: the agency resolves conflicts).
    QList<DeadLetter> deadLetters();
    bool acknowledgeDeadLetter(const QUuid& operationId, const QString& comment);

private:
    bool require(bool allowed, const char* what);
    bool record(const QString& eventType, const QJsonObject& details, bool success = true,
                const QUuid& operationId = {});

    LocalStore& m_store;
    OperatorContext m_who;
    QString m_error;
};

} // namespace carddesk
