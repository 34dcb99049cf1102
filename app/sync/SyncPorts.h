#pragma once
// The seams between the sync worker (app/sync) and the local store (app/store, app/audit).
// The store implements these; the sync worker only sees them. Reference data pulled from the agency goes in
// through ReferenceSink; operations and audit entries go out through SyncOutbox (the transactional outbox).

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace carddesk {

// One operation waiting to be pushed. payload is the operation as the agency receives it (JSON, version
// payloadVersion): the service, result, operator/branch/terminal, time, card identification code and number,
// the holder's ID number (the agency is its owner; it travels over TLS), approvals, details. Never a PIN.
// Decrypted in memory only; at rest the store keeps it encrypted.
struct OutboxOperation
{
    QUuid id;
    qint64 sequence = 0;      // per-counter sequence, strictly increasing, no gaps
    int payloadVersion = 1;
    QJsonObject payload;
    QDateTime createdUtc;     // the counter's clock: informative only, never used for ordering
};

// One audit entry as chained locally (app/audit): the canonical bytes that were hashed, and the chain hashes.
struct OutboxAuditEntry
{
    qint64 sequence = 0;
    QByteArray canonical;     // the exact bytes hashed (already masked: no full ID number, never a PIN)
    QByteArray previousHash;  // 32 bytes
    QByteArray hash;          // 32 bytes: SHA-256(previousHash || canonical)
};

// A signed checkpoint over (sequence, head hash), Ed25519.
struct OutboxCheckpoint
{
    qint64 sequence = 0;
    QByteArray headHash;
    QByteArray signature;
    QByteArray publicKey;     // raw 32-byte Ed25519 public key of this counter
};

struct DeadLetter
{
    QUuid operationId;
    qint64 sequence = 0;
    QString reason;           // the server's reason, for the supervisor
    QDateTime rejectedUtc;
};

class SyncOutbox
{
public:
    virtual ~SyncOutbox() = default;
    // Oldest first, by sequence; operations neither pushed nor dead-lettered.
    virtual QList<OutboxOperation> pendingOperations(int limit) = 0;
    virtual int pendingCount() = 0;
    // The server applied these (or had already applied them: same result). One local transaction.
    virtual bool markPushed(const QList<QUuid>& ids, QString* error) = 0;
    // The server refused this one: it moves to the dead-letter list and an audit entry says so, in one transaction.
    virtual bool markRejected(const QUuid& id, const QString& reason, QString* error) = 0;
    virtual QList<DeadLetter> deadLetters() = 0;
    // Audit entries with sequence > afterSequence, oldest first.
    virtual QList<OutboxAuditEntry> auditEntriesAfter(qint64 afterSequence, int limit) = 0;
    // Makes (and stores) a signed checkpoint over the current head of the audit chain.
    virtual std::optional<OutboxCheckpoint> makeCheckpoint(QString* error) = 0;
    // Small key/value state of the sync itself (last pushed audit sequence, last pulled change, ...).
    virtual QString syncState(const QString& key) = 0;
    virtual bool setSyncState(const QString& key, const QString& value, QString* error) = 0;
};

// Reference data from the agency, applied in batches, each batch in one local transaction together with the
// change-sequence cursor it advances to (so a crash never leaves data and cursor apart).
struct ReferencePerson
{
    QString idNumber;
    QString name;
    int sex = 0;
    QString birthDate; // YYYY-MM-DD
};

struct ReferenceCard
{
    QString cardNumber;
    QString idNumber;           // the holder
    QString identificationCode; // 32 hex digits, may be empty
    QString status;             // "active", "lost", "cancelled", "reissue-pending"
};

struct ReferenceOperator
{
    QString operatorId;
    QString displayName;
    QString role;
    QString branchId;
    bool disabled = false;
};

// A reissue application's tracking status set by the agency (migration 3), one per status change.
struct ReferenceReissueStatus
{
    qint64 change = 0;     // the agency's change number: changes are applied in this order
    QUuid operationId;     // the reissue operation this counter pushed
    QString status;        // a reissueStatusName(); an unknown name is logged and skipped
    QDateTime changedUtc;  // when the agency recorded it
};

enum class ReissueStatusApplied
{
    Applied, // recorded (audited) as a forward change
    Ignored, // older than, or the same as, what the counter already has: not an error
    Skipped, // not applicable here (unknown operation, not a reissue, unknown status): logged
};

struct ReferenceBatch
{
    QList<ReferencePerson> persons;
    QList<ReferenceCard> cards;
    QList<ReferenceOperator> operators;
    QJsonObject regionProfile;  // empty when unchanged
    QList<ReferenceReissueStatus> reissueStatuses; // in change order
    qint64 toChangeSequence = 0;
};

class ReferenceSink
{
public:
    virtual ~ReferenceSink() = default;
    virtual bool applyReferenceBatch(const ReferenceBatch& batch, QString* error) = 0;
    virtual qint64 referenceChangeSequence() = 0;
    // Applied before the batch that carries it (the cursor moves after): forward-only, so a replay after a
    // crash is Ignored. False with *error only when the store could not write; sinks without reissue
    // tracking skip.
    virtual bool applyAgencyReissueStatus(const ReferenceReissueStatus& change, ReissueStatusApplied* result,
                                          QString* error)
    {
        Q_UNUSED(change);
        Q_UNUSED(error);
        *result = ReissueStatusApplied::Skipped;
        return true;
    }
};

} // namespace carddesk
