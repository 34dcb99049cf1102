#pragma once
// A small SQLite-backed SyncOutbox + ReferenceSink for the sync tests (the real one is LocalStore in
// app/store). It keeps what the seam promises: per-counter sequence without gaps, a SHA-256 audit chain,
// Ed25519-signed checkpoints, dead letters with an audit entry, reference data with its cursor in the same
// transaction. One connection per thread (like LocalStore); a file path lets several processes share it (kill
// test).

#include "app/sync/SyncPorts.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <mutex>
#include <thread>

namespace carddesk::test {

class TestOutbox : public SyncOutbox, public ReferenceSink
{
public:
    explicit TestOutbox(const QString& path);
    ~TestOutbox() override;

    // Records an operation made at the counter (and its audit entry) in one transaction; returns its id.
    QUuid enqueue(const QString& service, const QString& cardNumber, bool success = true,
                  const QJsonObject& details = {},
                  const QDateTime& createdUtc = QDateTime::currentDateTimeUtc());
    bool appendAudit(const QByteArray& canonical);
    // "pending", "pushed", "dead" or empty.
    QString state(const QUuid& id);
    QList<QUuid> allOperationIds();
    int count(const QString& sql);
    QString cardStatus(const QString& cardNumber);
    // Closes this thread's connection (threads that end must call it).
    void releaseThreadConnection();

    QList<OutboxOperation> pendingOperations(int limit) override;
    int pendingCount() override;
    bool markPushed(const QList<QUuid>& ids, QString* error) override;
    bool markRejected(const QUuid& id, const QString& reason, QString* error) override;
    QList<DeadLetter> deadLetters() override;
    QList<OutboxAuditEntry> auditEntriesAfter(qint64 afterSequence, int limit) override;
    std::optional<OutboxCheckpoint> makeCheckpoint(QString* error) override;
    QString syncState(const QString& key) override;
    bool setSyncState(const QString& key, const QString& value, QString* error) override;
    bool applyReferenceBatch(const ReferenceBatch& batch, QString* error) override;
    qint64 referenceChangeSequence() override;

private:
    QSqlDatabase db();
    bool appendAuditIn(QSqlDatabase& db, const QByteArray& canonical);

    QString m_path;
    QString m_prefix;
    std::mutex m_mutex;
    std::map<std::thread::id, QString> m_connections;
};

} // namespace carddesk::test
