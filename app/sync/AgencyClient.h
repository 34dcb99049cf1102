#pragma once
// One QPSQL connection of a counter to the agency database, and the four calls a counter may make there
// (hello, push_operations, push_audit, pull_changes: SECURITY DEFINER functions, packaging/agency-db).
// Blocking; use it from one thread only (the sync worker's). After any failed call the connection is closed
// and the next call reconnects: a half-broken connection is never reused.

#include "app/sync/SyncPorts.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace carddesk {

struct AgencyError
{
    enum class Kind
    {
        None,
        Unreachable,   // cannot connect, or the connection broke: retry later
        SchemaTooOld,  // this counter's software is older than the agency database accepts
        NotAuthorised, // the login may not act for this terminal
        Transient,     // deadlock, serialization failure, lock timeout: the same call may simply be repeated
        Server,        // any other error reported by the server
    };
    Kind kind = Kind::None;
    QString message;
    explicit operator bool() const { return kind != Kind::None; }
};

struct AgencyHello
{
    int serverSchema = 0;
    int minClientSchema = 0;
    qint64 changeHorizon = 0; // the newest change sequence committed on the server
    QString branchId;
};

struct OperationPushResult
{
    QUuid id;
    QString outcome; // "applied", "rejected", "retry"
    QString reason;
    bool duplicate = false; // the server had it already: this is the original result
};

struct AuditPushResult
{
    qint64 lastSequence = 0; // the newest audit entry the agency holds for this counter
    int accepted = 0;
    QString
        status; // "ok", "gap", "chain-broken", "hash-mismatch", "conflicting-entry", "checkpoint-mismatch"
    QString reason;
};

// One figure of the agency's dashboard (agency.dashboard_figures, migration 2); which fields mean what
// depends on `kind`: "per-day" (day, key = service, total, failed), "failure" (key = result code, total),
// "operator" (key = operator id, total), "counter" (key = terminal id, total = operations in the period,
// failed = refused by the agency, secondsSinceLastPush (-1: never), extra = reference changes not pulled).
struct AgencyDashboardRow
{
    QString kind;
    QDate day;
    QString key;
    qint64 total = 0;
    qint64 failed = 0;
    double secondsSinceLastPush = -1;
    qint64 extra = 0;
};

class AgencyClient
{
public:
    // conninfo: libpq keywords ("host=... port=... dbname=... user=... sslmode=verify-full passfile=...").
    // connectionName must be unique in the process (one per client).
    AgencyClient(const QString& conninfo, const QString& terminalId, const QString& connectionName);
    ~AgencyClient();
    AgencyClient(const AgencyClient&) = delete;
    AgencyClient& operator=(const AgencyClient&) = delete;

    const QString& terminalId() const { return m_terminalId; }
    bool ensureConnected(AgencyError* error);
    bool isConnected() const;
    void disconnect();
    QSqlDatabase database() const;

    // pulledChange: the counter's reference cursor (reported for the agency's lag view), -1 when unknown.
    std::optional<AgencyHello> hello(AgencyError* error, qint64 pulledChange = -1);
    // Operations oldest first; one result per operation, in the same order.
    std::optional<QList<OperationPushResult>> pushOperations(const QList<OutboxOperation>& operations,
                                                             AgencyError* error);
    std::optional<AuditPushResult> pushAudit(const QList<OutboxAuditEntry>& entries,
                                             const std::optional<OutboxCheckpoint>& checkpoint,
                                             AgencyError* error);
    // Reference changes numbered after+1 .. after+limit (cut at the server's committed clock), as one batch;
    // toChangeSequence = the page's end (== after: nothing more). *rows: how many rows came.
    std::optional<ReferenceBatch> pullChanges(qint64 after, int limit, int* rows, AgencyError* error);

    // Read-only figures of every counter this login may see (its branch; agency staff: all), for the
    // supervisor's dashboard. Operations whose own time is in [fromUtc, toUtc).
    std::optional<QList<AgencyDashboardRow>> dashboardFigures(const QDateTime& fromUtc,
                                                              const QDateTime& toUtc, AgencyError* error);

    // The JSON the server receives for a batch of operations (also used by the benchmark's raw baseline).
    static QByteArray operationsJson(const QList<OutboxOperation>& operations);

private:
    bool fail(const QString& what, const class QSqlError& sqlError, AgencyError* error);
    QString literal(const QString& text) const;

    QString m_conninfo;
    QString m_terminalId;
    QString m_connectionName;
    int m_clientSchema = 0;
};

} // namespace carddesk
