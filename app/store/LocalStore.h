#pragma once
// The counter's local SQLite store (Qt SQL, QSQLITE): cached reference data, the operations outbox, the audit
// chain, approvals, operator accounts, encrypted photos and sync state. Implements the seams the workflows
// (StorePorts.h) and the sync worker (SyncPorts.h) code against. See docs/local-store.md.
//
// Threads: every thread gets its own connection (named per store and thread); writes run in BEGIN IMMEDIATE
// with synchronous=FULL, so a write that returned ok is on disk.

#include "app/domain/ReissueStatus.h"
#include "app/store/StoreError.h"
#include "app/sync/SyncPorts.h"
#include "app/workflow/StorePorts.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace carddesk {

class AuditChain;
class OperatorAccounts;
class StoreCrypto;
struct AuditEntryFields;

struct LocalStoreOptions
{
    QString databasePath;
    QString keyFilePath;             // the 32-byte root key; created 0600 on first run
    QString counterId;               // this counter (terminal); the audit and operation sequences are its own
    int checkpointEvery = 100;       // signed audit checkpoint every N entries
    int busyTimeoutMs = 5000;        // how long a writer waits for another one before "locked"
    int passwordIterations = 600000; // PBKDF2-HMAC-SHA256; lower only in tests
    int maxLoginFailures = 5;        // lock-out after this many failed logins in a row
    int targetSchemaVersion = -1;    // tests only: stop migrating at this version (-1: latest)
};

struct StoredPhoto
{
    QUuid id;
    QUuid operationId;
    QString kind;
    QByteArray jpeg; // decrypted, in memory only
    QString manualCaptureReason;
};

struct OperationSummary
{
    QUuid id;
    qint64 sequence = 0;
    QString service;
    bool success = false;
    QString maskedHolderIdNumber;
    QString syncState; // "pending", "pushed", "dead"
    QDateTime createdUtc;
};

class LocalStore : public OperationJournal,
                   public ReferenceCache,
                   public ApprovalAuthority,
                   public SyncOutbox,
                   public ReferenceSink
{
public:
    static constexpr int LatestSchemaVersion = 5;

    // Opens (creating when needed) the database and the key file and brings the schema up to date.
    static std::unique_ptr<LocalStore> open(const LocalStoreOptions& options, QString* error,
                                            StoreErrorKind* kind = nullptr);
    ~LocalStore() override;
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    // The database file in the store's data folder (CardDeskSettings::dataDir()).
    static QString databaseFileIn(const QString& dataDir)
    {
        return dataDir + QStringLiteral("/carddesk.sqlite");
    }

    const LocalStoreOptions& options() const { return m_options; }
    // This thread's connection (opened on first use).
    QSqlDatabase database();
    int schemaVersion();
    StoreCrypto& crypto() { return *m_crypto; }
    AuditChain& auditChain() { return *m_chain; }
    OperatorAccounts& operators() { return *m_operators; }

    // RAII write transaction on this thread's connection: BEGIN IMMEDIATE, rolled back unless committed.
    class WriteTransaction
    {
    public:
        explicit WriteTransaction(LocalStore& store);
        ~WriteTransaction();
        bool ok() const { return m_open; }
        QString error() const { return m_error; }
        StoreErrorKind errorKind() const { return m_kind; }
        bool commit();
        // Commits; on failure reports the reason through *error (when given).
        bool commit(QString* error);
        QSqlDatabase& db() { return m_db; }

    private:
        QSqlDatabase m_db;
        bool m_open = false;
        QString m_error;
        StoreErrorKind m_kind = StoreErrorKind::None;
    };

    // Appends an audit entry inside the caller's open transaction.
    bool appendAudit(QSqlDatabase& db, const AuditEntryFields& fields, QString* error);

    // OperationJournal
    JournalResult record(const OperationRecord& record) override;
    bool audit(const AuditEventRecord& event, QString* error = nullptr) override;
    // ReferenceCache
    std::optional<CachedPerson> findPerson(const QString& idNumber) override;
    QString cardStatus(const QString& cardNumber) override;
    // ApprovalAuthority
    QString approve(const ApprovalRequest& request, const QString& supervisorId,
                    const SecureBuffer& supervisorPassword, QString* error) override;
    // SyncOutbox
    QList<OutboxOperation> pendingOperations(int limit) override;
    int pendingCount() override;
    bool markPushed(const QList<QUuid>& ids, QString* error) override;
    bool markRejected(const QUuid& id, const QString& reason, QString* error) override;
    QList<DeadLetter> deadLetters() override;
    QList<OutboxAuditEntry> auditEntriesAfter(qint64 afterSequence, int limit) override;
    std::optional<OutboxCheckpoint> makeCheckpoint(QString* error) override;
    QString syncState(const QString& key) override;
    bool setSyncState(const QString& key, const QString& value, QString* error) override;
    // ReferenceSink
    bool applyReferenceBatch(const ReferenceBatch& batch, QString* error) override;
    qint64 referenceChangeSequence() override;
    // A status set by the agency (app/sync): advanceReissue() as operator "agency"; older ones are Ignored.
    bool applyAgencyReissueStatus(const ReferenceReissueStatus& change, ReissueStatusApplied* result,
                                  QString* error) override;

    // For the supervisor's views: masked lists, decrypted photos.
    QList<OperationSummary> recentOperations(int limit);
    std::optional<StoredPhoto> photo(const QUuid& id, bool thumbnail = false);
    std::optional<OperationRecord> operation(const QUuid& id); // decrypted; images not loaded

    // "<counter>-<yyyyMMdd UTC>-<sequence, 6 digits>", as printed on receipts.
    QString operationNumber(qint64 sequence, const QDateTime& createdUtc) const;
    // The operation with that receipt number (this counter's), if any.
    std::optional<QUuid> operationIdByNumber(const QString& operationNumber);

    // Remote approvals (the supervisor console's queue; row contract in docs/supervisor-console.md): the
    // state of a request filed with SupervisorActions::requestApproval(), one primary-key read of
    // `approvals`. Withdrawing is SupervisorActions::withdrawApproval().
    RemoteApprovalDecision approvalDecision(const QString& requestId, QString* error = nullptr);

    // Reissue tracking (app/domain/ReissueStatus.h). A successful reissue operation starts at
    // "application-received"; each later status is a "reissue-status" audit entry on that operation.
    // Lists are newest first; openOnly leaves out final statuses.
    QList<ReissueTracking> reissues(bool openOnly, int limit = 500);
    std::optional<ReissueTracking> reissueTracking(const QUuid& operationId);
    // Moves a reissue forward (reissueTransitionAllowed), checked and audited in one write transaction;
    // false with a sentence for people otherwise (unknown operation, not a reissue, backwards, final).
    bool advanceReissue(const QUuid& operationId, ReissueStatus to, const OperatorContext& by,
                        const QString& note, QString* error);

    // Small settings (key/value): changes are audited by the callers that make them.
    QString setting(const QString& key);
    bool setSetting(QSqlDatabase& db, const QString& key, const QString& value, QString* error);

    // PRAGMA integrity_check; problems listed when it fails.
    bool integrityCheck(QStringList* problems);
    // A consistent copy of the live database (VACUUM INTO), safe while the counter works.
    bool backup(const QString& targetPath, QString* error);

private:
    explicit LocalStore(const LocalStoreOptions& options);
    bool migrate(QString* error, StoreErrorKind* kind);
    bool openConnection(QSqlDatabase& db, QString* error, StoreErrorKind* kind);

    LocalStoreOptions m_options;
    QString m_connectionPrefix;
    std::unique_ptr<StoreCrypto> m_crypto;
    std::unique_ptr<AuditChain> m_chain;
    std::unique_ptr<OperatorAccounts> m_operators;
    std::mutex m_connectionsMutex; // guards m_openError*
    struct ThreadState;            // this thread's connection name and its cached prepared statements
    ThreadState* threadState();
    // The connections by thread, shared with the threads that opened them: Qt lets only the thread that made
    // a connection close it, so each thread closes its own when it ends, and the store closes its own
    // thread's one when it is destroyed.
    struct Connections;
    std::shared_ptr<Connections> m_connections;
    QString m_openError; // why the last connection could not be opened
    StoreErrorKind m_openErrorKind = StoreErrorKind::None;
};

} // namespace carddesk
