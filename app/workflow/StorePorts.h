#pragma once
// The seams between the workflows (app/workflow) and the local store (app/store, app/audit, app/operators).
// Workflows only see these interfaces; LocalStore implements them for real, tests may use in-memory ones.

#include "smartcard/SecureBuffer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace carddesk {

enum class ServiceType
{
    PinReset,   // citizen forgot the chip PIN: reset with a new PIN (84 24 .. 01)
    PinChange,  // citizen knows the old PIN (80 5E)
    PinUnblock, // clear the try counter only (84 24 .. 00)
    LossReport,
    Reissue,
    ServicePasswordReset,      // 12333 / web service password: recorded as a request for the agency
    ECertificatePasswordReset, // 医保电子凭证 password: recorded as a request for the agency
};
// Stable names for storage, sync and audit: "pin-reset", "pin-change", "pin-unblock", "loss-report",
// "reissue", "service-password-reset", "ecert-password-reset".
QString serviceTypeName(ServiceType service);
std::optional<ServiceType> serviceTypeFromName(const QString& name);

enum class Representation
{
    Self,
    Proxy,    // an agent with the holder's ID and a signed authorisation
    Guardian, // the holder is a minor; the guardian brings proof of guardianship
};
QString representationName(Representation r); // "self", "proxy", "guardian"

// Who is working at which counter.
struct OperatorContext
{
    QString operatorId; // login name
    QString role;       // "clerk", "teller", "supervisor", "administrator"
    QString branchId;
    QString terminalId; // the counter
    bool trainingMode = false;
};

// An image kept as evidence. Plaintext exists only in memory: the store encrypts before anything is written.
struct EvidenceImage
{
    QString kind; // "card-photo", "scene", "document"
    QByteArray jpeg;
    QByteArray thumbnailJpeg;    // small, for lists
    QString manualCaptureReason; // set when the clerk captured without the automatic checks passing
};

// One finished (or failed) counter operation, with everything its audit entry needs (domain.md §7).
// Never a PIN, a PIN block, or anything from which a PIN can be derived.
struct OperationRecord
{
    QUuid id; // chosen when the operation starts; the idempotency key for sync
    ServiceType service = ServiceType::PinReset;
    Representation representation = Representation::Self;
    bool success = false;
    QString resultCode;     // "ok", a cardErrorName(), or a workflow reason ("id-mismatch", ...)
    quint16 statusWord = 0; // the card's last SW, 0 when no card command was sent
    OperatorContext op;
    QDateTime timeUtc;
    QString holderIdNumber; // full number in memory; stored encrypted + masked + keyed hash
    QString holderName;
    QString agentIdNumber; // proxy or guardian; empty for Self
    QString agentName;
    QString cardIdentificationCode; // 32 hex digits
    QString cardNumber;
    QStringList approvalIds;
    QJsonObject details; // service specifics (fee, mailing address, tries left, ...), never secrets
    QList<EvidenceImage> images;
};

struct JournalResult
{
    bool ok = false;
    QString error;           // why not, for the clerk (e.g. "the disk is full: nothing was recorded")
    qint64 sequence = 0;     // per-counter sequence number of the operation
    QString operationNumber; // printed on the receipt
};

// An audit event that is not itself an operation: a login, a name-mismatch override confirmed by the clerk,
// a manual photo capture, a cancelled workflow, an export, a settings change.
struct AuditEventRecord
{
    QString eventType; // "login", "login-failed", "name-mismatch-override", "photo-manual-capture", ...
    bool success = true;
    QString resultCode;
    quint16 statusWord = 0;
    OperatorContext op;
    QUuid operationId; // the operation it belongs to, when any
    QString idNumber;  // full number in memory; the audit keeps it masked
    QString cardIdentificationCode;
    QString cardNumber;
    QJsonObject details;
};

// Writes operations durably: the operation, its images and its audit entry in ONE local transaction.
// When record() returns ok the operation is on disk (and only then may the UI say "done").
class OperationJournal
{
public:
    virtual ~OperationJournal() = default;
    virtual JournalResult record(const OperationRecord& record) = 0;
    virtual bool audit(const AuditEventRecord& event, QString* error = nullptr) = 0;
};

// What the counter knows from the agency's reference data (cached locally, pulled by sync).
struct CachedPerson
{
    QString idNumber;
    QString name;
    QString cardNumber;
    QString cardStatus; // "active", "lost", "cancelled", "reissue-pending", or empty when unknown
};

class ReferenceCache
{
public:
    virtual ~ReferenceCache() = default;
    virtual std::optional<CachedPerson> findPerson(const QString& idNumber) = 0;
    // "active", "lost", "cancelled", "reissue-pending", or empty when the card is not in the cache.
    virtual QString cardStatus(const QString& cardNumber) = 0;
};

// Dual control: a supervisor authenticates at the counter before an operation that the region profile
// names (proxy, guardian, name mismatch, ...). Returns the approval's id, or empty with *error set.
struct ApprovalRequest
{
    QUuid operationId;
    ServiceType service = ServiceType::PinReset;
    QString reason; // "proxy", "guardian", "name-mismatch", ... (several joined by commas)
    OperatorContext requestedBy;
    QString holderIdNumber; // full number in memory; the supervisors' queue stores it masked
};

class ApprovalAuthority
{
public:
    virtual ~ApprovalAuthority() = default;
    virtual QString approve(const ApprovalRequest& request, const QString& supervisorId,
                            const SecureBuffer& supervisorPassword, QString* error) = 0;
};

// Remote approval: the clerk files the request in the supervisors' queue (the supervisor console) instead of
// asking a supervisor to come to the counter; the workflow polls for the decision. The row contract is the
// supervisor console's (docs/supervisor-console.md, table `approvals`: pending -> approved | rejected |
// withdrawn, each change with its audit entry); the request id is also the approval id once approved.
struct RemoteApprovalDecision
{
    enum class State
    {
        Pending,
        Approved,
        Rejected,
        Withdrawn, // the counter took the request back
        Unknown,   // no such request (or it could not be read: error says why)
    };
    State state = State::Unknown;
    QString approvalId; // Approved: the approvals-table id, recorded with the operation
    QString decidedBy;  // the supervisor
    QString reason;     // the supervisor's reason (always given for a rejection)
    QDateTime decidedUtc;
};

class RemoteApprovalQueue
{
public:
    virtual ~RemoteApprovalQueue() = default;
    // Files the request; returns its id, or empty with *error set.
    virtual QString fileRequest(const ApprovalRequest& request, QString* error) = 0;
    // Cheap (the workflow polls it about once a second on its own thread).
    virtual RemoteApprovalDecision decision(const QString& requestId, QString* error) = 0;
    // Takes a pending request back (audited). False when it was decided meanwhile (*error says so).
    virtual bool withdraw(const QString& requestId, const OperatorContext& by, QString* error) = 0;
};

} // namespace carddesk
