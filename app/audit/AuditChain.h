#pragma once
// The tamper-evident audit chain (domain.md §7): every entry is encoded canonically (deterministic bytes that
// carry the per-counter sequence number), hashed as SHA-256(previous hash || canonical), and every N entries
// (and at every sync) the head is signed with the counter's Ed25519 key. See docs/audit.md.

#include "app/sync/SyncPorts.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <mutex>
#include <optional>

typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_md_st EVP_MD;
typedef struct evp_pkey_st EVP_PKEY;

namespace carddesk {

class StoreCrypto;

// What one audit entry says. Never a PIN, a PIN block or anything a PIN can be derived from; the ID number is
// masked by the chain itself before it is encoded, whatever the caller passes.
struct AuditEntryFields
{
    QDateTime timeUtc;
    QString eventType; // "operation:pin-reset", "login", "login-failed", "approval", "settings-change", ...
    bool success = true;
    QString resultCode;
    quint16 statusWord = 0;
    QString operatorId;
    QString role;
    QString terminalId;
    QString branchId;
    bool trainingMode = false;
    QString operationId;    // UUID without braces, empty when the event belongs to no operation
    QString maskedIdNumber; // 110105********002X
    QString cardIdentificationCode;
    QString cardNumber;
    QStringList approvalIds;
    QStringList imageIds; // photos table ids: links to the stored (encrypted) images
    QJsonObject details;

    bool operator==(const AuditEntryFields& o) const;
};

struct AuditEntry
{
    qint64 sequence = 0;
    QByteArray canonical;
    QByteArray previousHash;
    QByteArray hash;
};

// Prepared statements of append(), kept per connection by the caller (prepared on first use).
struct AuditAppendQueries
{
    QSqlQuery head;
    QSqlQuery insert;
    bool prepared = false;
};

class AuditChain
{
public:
    static constexpr int HashSize = 32;

    explicit AuditChain(int checkpointEvery = 100);
    ~AuditChain();
    AuditChain(const AuditChain&) = delete;
    AuditChain& operator=(const AuditChain&) = delete;

    // "CDA1" || be64(sequence) || fields as tag(1) len(be32) bytes, in a fixed order. Deterministic.
    static QByteArray encode(qint64 sequence, const AuditEntryFields& fields);
    static std::optional<AuditEntryFields> decode(const QByteArray& canonical, qint64* sequence = nullptr);
    // The sequence number inside canonical bytes without decoding the rest; -1 when they are malformed.
    static qint64 sequenceOf(const QByteArray& canonical);
    // What a checkpoint signs: "CDCP1" || be64(sequence) || headHash.
    static QByteArray checkpointMessage(qint64 sequence, const QByteArray& headHash);
    static bool verifySignature(const QByteArray& rawPublicKey, const QByteArray& message,
                                const QByteArray& signature);

    // SHA-256 fetched once from the provider (EVP_sha256() would fetch it again, under a lock, on every
    // init).
    static const EVP_MD* sha256();
    // SHA-256(previousHash || canonical) with a reused context.
    QByteArray chainHash(const QByteArray& previousHash, const QByteArray& canonical);

    // Loads the counter's signing key (kept encrypted under the root key), creating it on first use.
    // Call inside a write transaction.
    bool loadOrCreateSigningKey(QSqlDatabase& db, StoreCrypto& crypto, QString* error);
    QByteArray publicKey() const { return m_publicKey; }
    int checkpointEvery() const { return m_checkpointEvery; }

    // Appends one entry. Must run inside the caller's write transaction (BEGIN IMMEDIATE), so the entry
    // commits or rolls back with whatever it records. Makes a checkpoint every checkpointEvery() entries.
    std::optional<qint64> append(QSqlDatabase& db, const AuditEntryFields& fields, QString* error,
                                 AuditAppendQueries* cache = nullptr);
    // Signs the current head (or returns the existing checkpoint at that sequence). Inside a write
    // transaction.
    std::optional<OutboxCheckpoint> checkpoint(QSqlDatabase& db, QString* error);

private:
    QByteArray sign(const QByteArray& message);

    int m_checkpointEvery;
    std::mutex m_mutex;
    EVP_MD_CTX* m_sha = nullptr;
    EVP_PKEY* m_signingKey = nullptr;
    QByteArray m_publicKey;
};

} // namespace carddesk
