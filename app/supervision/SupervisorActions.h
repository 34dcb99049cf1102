#pragma once
// What a supervisor does in the console, each step role-checked and audited in the same chain it reviews:
// review marks on flagged entries, the approvals queue, viewing evidence photos, exports, chain verification,
// dead letters. Approval requests are rows of the approvals table (the state the counter polls) written
// together with their audit entries ("approval-requested", "approval-granted"/"approval-rejected",
// "approval-withdrawn"); review marks are audit entries ("anomaly-review"): their history cannot be edited.

#include "app/audit/AuditVerifier.h"
#include "app/supervision/AuditQuery.h"
#include "app/sync/SyncPorts.h"
#include "app/workflow/StorePorts.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace carddesk {

class LocalStore;

// One row of the approvals table (contract: docs/supervisor-console.md, "Approvals row contract").
struct ApprovalQueueItem
{
    QString requestId; // UUID; also the approval id the operation records once approved
    QDateTime requestedUtc;
    QString requestedBy;
    QString terminalId;
    QString branchId;
    QString service;        // service code, e.g. "pin-reset"
    QString reason;         // why the counter asked (region rule code, e.g. "proxy")
    QString holderIdMasked; // masked ID number, may be empty
    QString operationId;    // the counter's operation, may be empty
    QString state;          // "pending", "approved", "rejected", "withdrawn"
    QString decidedBy;
    QDateTime decidedUtc;
    QString decisionReason;
};

// What a counter sends to the supervisors' queue.
struct RemoteApprovalRequest
{
    QString service;        // serviceTypeName(), e.g. "pin-reset"
    QString reason;         // region rule code, e.g. "proxy", "name-mismatch"
    QUuid operationId;      // the operation it is for; may be null
    QString holderIdNumber; // masked before it is stored; may be empty
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

    // Approvals requested at counters (dual control). The counter files a pending approvals row (with its
    // "approval-requested" audit entry) and reads the row until it is decided; it may withdraw it meanwhile.
    static std::optional<QString> requestApproval(LocalStore& store, const OperatorContext& clerk,
                                                  const RemoteApprovalRequest& request, QString* error);
    static std::optional<QString> requestApproval(LocalStore& store, const OperatorContext& clerk,
                                                  const QString& service, const QString& reason,
                                                  QString* error);
    static bool withdrawApproval(LocalStore& store, const OperatorContext& clerk, const QString& requestId,
                                 QString* error);
    // Pending requests oldest first (the queue), or all remote requests newest first.
    QList<ApprovalQueueItem> approvals(bool pendingOnly);
    // Approve or reject with a reason: the row's status, decider, time and reason, and an audit entry, in one
    // transaction. Not one's own request; only a pending one.
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
    // `progress` (optional) is called every `progressEvery` entries from the verifying thread and may cancel.
    AuditVerifyReport verifyChain(bool record = true, const AuditVerifyProgress& progress = {},
                                  qint64 progressEvery = 16384);
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
