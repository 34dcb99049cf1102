#include "app/sync/AgencyClient.h"

#include "app/sync/AgencySchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace carddesk {

namespace {

bool hasKeyword(const QString& conninfo, const char* keyword)
{
    const QString key = QLatin1String(keyword) + QLatin1Char('=');
    return conninfo.startsWith(key) || conninfo.contains(QLatin1Char(' ') + key);
}

// Defaults that let a counter notice a dead network in seconds instead of the kernel's two hours.
QString withDefaults(QString conninfo)
{
    const struct
    {
        const char* keyword;
        const char* value;
    } defaults[] = {
        {"connect_timeout", "10"},
        {"keepalives", "1"},
        {"keepalives_idle", "15"},
        {"keepalives_interval", "5"},
        {"keepalives_count", "3"},
        {"tcp_user_timeout", "30000"},
        {"application_name", "carddesk-sync"},
    };
    for (const auto& d : defaults) {
        if (!hasKeyword(conninfo, d.keyword))
            conninfo +=
                QLatin1Char(' ') + QLatin1String(d.keyword) + QLatin1Char('=') + QLatin1String(d.value);
    }
    return conninfo.trimmed();
}

} // namespace

AgencyClient::AgencyClient(const QString& conninfo, const QString& terminalId, const QString& connectionName)
    : m_conninfo(withDefaults(conninfo))
    , m_terminalId(terminalId)
    , m_connectionName(connectionName)
    , m_clientSchema(AgencySchema::clientVersion())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    // Every libpq keyword goes through the connect options (QPSQL hands them to PQconnectdb as they are).
    db.setConnectOptions(m_conninfo);
}

AgencyClient::~AgencyClient()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase AgencyClient::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool AgencyClient::isConnected() const
{
    return database().isOpen();
}

void AgencyClient::disconnect()
{
    QSqlDatabase db = database();
    db.close();
}

bool AgencyClient::ensureConnected(AgencyError* error)
{
    QSqlDatabase db = database();
    if (db.isOpen())
        return true;
    if (!db.open()) {
        if (error)
            *error = {AgencyError::Kind::Unreachable, db.lastError().text().trimmed()};
        db.close();
        return false;
    }
    QSqlQuery q(db);
    // A call that hangs on a sick server must end: the worker then retries with backoff.
    if (!q.exec(QStringLiteral("SET statement_timeout = '120s'")))
        return fail(QStringLiteral("connect"), q.lastError(), error);
    return true;
}

bool AgencyClient::fail(const QString& what, const QSqlError& sqlError, AgencyError* error)
{
    const QString code = sqlError.nativeErrorCode();
    AgencyError e;
    e.message = what + QStringLiteral(": ") + sqlError.text().trimmed();
    if (code == QLatin1String("CDS01"))
        e.kind = AgencyError::Kind::SchemaTooOld;
    else if (code == QLatin1String("42501"))
        e.kind = AgencyError::Kind::NotAuthorised;
    else if (code.startsWith(QLatin1String("40")) || code == QLatin1String("55P03") ||
             code == QLatin1String("57014"))
        e.kind = AgencyError::Kind::Transient;
    else if (sqlError.type() == QSqlError::ConnectionError || code.isEmpty() ||
             code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        e.kind = AgencyError::Kind::Unreachable;
    else
        e.kind = AgencyError::Kind::Server;
    if (error)
        *error = e;
    // Whatever happened, do not trust this connection again: the next call opens a fresh one.
    disconnect();
    return false;
}

QString AgencyClient::literal(const QString& text) const
{
    QSqlField field(QStringLiteral("v"), QMetaType(QMetaType::QString));
    field.setValue(text);
    return database().driver()->formatValue(field);
}

std::optional<AgencyHello> AgencyClient::hello(AgencyError* error, qint64 pulledChange)
{
    if (!ensureConnected(error))
        return std::nullopt;
    QSqlQuery q(database());
    const QString sql = QStringLiteral("SELECT server_schema, min_client_schema, change_horizon, branch_id "
                                       "FROM agency.hello(%1, %2, %3)")
                            .arg(literal(m_terminalId))
                            .arg(m_clientSchema)
                            .arg(pulledChange < 0 ? QStringLiteral("NULL") : QString::number(pulledChange));
    if (!q.exec(sql) || !q.next()) {
        fail(QStringLiteral("hello"), q.lastError(), error);
        return std::nullopt;
    }
    AgencyHello h;
    h.serverSchema = q.value(0).toInt();
    h.minClientSchema = q.value(1).toInt();
    h.changeHorizon = q.value(2).toLongLong();
    h.branchId = q.value(3).toString();
    return h;
}

std::optional<QList<AgencyDashboardRow>>
AgencyClient::dashboardFigures(const QDateTime& fromUtc, const QDateTime& toUtc, AgencyError* error)
{
    if (!ensureConnected(error))
        return std::nullopt;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT kind, day, key, total, failed, seconds, extra "
                       "FROM agency.dashboard_figures(%1, %2, %3::timestamptz, %4::timestamptz)")
            .arg(literal(m_terminalId))
            .arg(m_clientSchema)
            .arg(literal(fromUtc.toUTC().toString(Qt::ISODateWithMs)),
                 literal(toUtc.toUTC().toString(Qt::ISODateWithMs)));
    if (!q.exec(sql)) {
        fail(QStringLiteral("dashboard"), q.lastError(), error);
        return std::nullopt;
    }
    QList<AgencyDashboardRow> rows;
    while (q.next()) {
        AgencyDashboardRow r;
        r.kind = q.value(0).toString();
        r.day = q.value(1).toDate();
        r.key = q.value(2).toString();
        r.total = q.value(3).toLongLong();
        r.failed = q.value(4).toLongLong();
        r.secondsSinceLastPush = q.value(5).isNull() ? -1.0 : q.value(5).toDouble();
        r.extra = q.value(6).toLongLong();
        rows.append(r);
    }
    return rows;
}

QByteArray AgencyClient::operationsJson(const QList<OutboxOperation>& operations)
{
    QJsonArray array;
    for (const OutboxOperation& op : operations) {
        array.append(QJsonObject{
            {QStringLiteral("id"), op.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("sequence"), op.sequence},
            {QStringLiteral("payloadVersion"), op.payloadVersion},
            {QStringLiteral("payload"), op.payload},
            {QStringLiteral("createdUtc"), op.createdUtc.toUTC().toString(Qt::ISODateWithMs)},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::optional<QList<OperationPushResult>>
AgencyClient::pushOperations(const QList<OutboxOperation>& operations, AgencyError* error)
{
    if (!ensureConnected(error))
        return std::nullopt;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT operation_id, outcome, reason, duplicate "
                                       "FROM agency.push_operations(%1, %2, %3::jsonb)")
                            .arg(literal(m_terminalId))
                            .arg(m_clientSchema)
                            .arg(literal(QString::fromUtf8(operationsJson(operations))));
    if (!q.exec(sql)) {
        fail(QStringLiteral("push"), q.lastError(), error);
        return std::nullopt;
    }
    QList<OperationPushResult> results;
    results.reserve(operations.size());
    while (q.next()) {
        OperationPushResult r;
        r.id = QUuid::fromString(q.value(0).toString());
        r.outcome = q.value(1).toString();
        r.reason = q.value(2).toString();
        r.duplicate = q.value(3).toBool();
        results.append(r);
    }
    return results;
}

std::optional<AuditPushResult> AgencyClient::pushAudit(const QList<OutboxAuditEntry>& entries,
                                                       const std::optional<OutboxCheckpoint>& checkpoint,
                                                       AgencyError* error)
{
    if (!ensureConnected(error))
        return std::nullopt;
    QJsonArray array;
    for (const OutboxAuditEntry& e : entries) {
        array.append(QJsonObject{
            {QStringLiteral("sequence"), e.sequence},
            {QStringLiteral("canonical"), QString::fromLatin1(e.canonical.toBase64())},
            {QStringLiteral("previousHash"), QString::fromLatin1(e.previousHash.toBase64())},
            {QStringLiteral("hash"), QString::fromLatin1(e.hash.toBase64())},
        });
    }
    QString checkpointJson = QStringLiteral("null");
    if (checkpoint) {
        const QJsonObject c{
            {QStringLiteral("sequence"), checkpoint->sequence},
            {QStringLiteral("headHash"), QString::fromLatin1(checkpoint->headHash.toBase64())},
            {QStringLiteral("signature"), QString::fromLatin1(checkpoint->signature.toBase64())},
            {QStringLiteral("publicKey"), QString::fromLatin1(checkpoint->publicKey.toBase64())},
        };
        checkpointJson = QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact));
    }
    QSqlQuery q(database());
    const QString sql =
        QStringLiteral("SELECT last_sequence, accepted, status, reason "
                       "FROM agency.push_audit(%1, %2, %3::jsonb, %4::jsonb)")
            .arg(literal(m_terminalId))
            .arg(m_clientSchema)
            .arg(literal(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))),
                 literal(checkpointJson));
    if (!q.exec(sql) || !q.next()) {
        fail(QStringLiteral("audit push"), q.lastError(), error);
        return std::nullopt;
    }
    AuditPushResult r;
    r.lastSequence = q.value(0).toLongLong();
    r.accepted = q.value(1).toInt();
    r.status = q.value(2).toString();
    r.reason = q.value(3).toString();
    return r;
}

std::optional<ReferenceBatch> AgencyClient::pullChanges(qint64 after, int limit, int* rows,
                                                        AgencyError* error)
{
    if (rows)
        *rows = 0;
    if (!ensureConnected(error))
        return std::nullopt;
    QSqlQuery q(database());
    const QString sql =
        QStringLiteral("SELECT last_change, row_count, lines FROM agency.pull_changes(%1, %2, %3, %4)")
            .arg(literal(m_terminalId))
            .arg(m_clientSchema)
            .arg(after)
            .arg(limit);
    if (!q.exec(sql) || !q.next()) {
        fail(QStringLiteral("pull"), q.lastError(), error);
        return std::nullopt;
    }
    ReferenceBatch batch;
    batch.toChangeSequence = q.value(0).toLongLong();
    const int count = q.value(1).toInt();
    const QString text = q.value(2).toString();
    q.finish();
    batch.persons.reserve(count);
    batch.cards.reserve(count);
    const QStringView all(text);
    QStringView fields[8];
    qsizetype lineStart = 0;
    while (lineStart < all.size()) {
        qsizetype lineEnd = all.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = all.size();
        const QStringView line = all.mid(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        int n = 0;
        qsizetype fieldStart = 0;
        while (n < 8) {
            const qsizetype tab = line.indexOf(QLatin1Char('\t'), fieldStart);
            fields[n++] = line.mid(fieldStart, (tab < 0 ? line.size() : tab) - fieldStart);
            if (tab < 0)
                break;
            fieldStart = tab + 1;
        }
        if (n < 3 || fields[0].isEmpty())
            continue;
        switch (fields[0].at(0).unicode()) {
        case 'P':
            if (n >= 6)
                batch.persons.append(
                    {fields[2].toString(), fields[3].toString(), fields[4].toInt(), fields[5].toString()});
            break;
        case 'C':
            if (n >= 6)
                batch.cards.append(
                    {fields[2].toString(), fields[3].toString(), fields[4].toString(), fields[5].toString()});
            break;
        case 'O':
            if (n >= 7)
                batch.operators.append({fields[2].toString(), fields[3].toString(), fields[4].toString(),
                                        fields[5].toString(), fields[6] == QLatin1String("t")});
            break;
        case 'R':
            batch.regionProfile = QJsonDocument::fromJson(fields[2].toUtf8()).object();
            break;
        case 'S':
            if (n >= 5)
                batch.reissueStatuses.append({fields[1].toLongLong(), QUuid::fromString(fields[2]),
                                              fields[3].toString(),
                                              QDateTime::fromString(fields[4].toString(), Qt::ISODate)});
            break;
        default:
            break;
        }
    }
    // Lines come in no particular order; statuses of one application must be applied oldest first.
    std::sort(
        batch.reissueStatuses.begin(), batch.reissueStatuses.end(),
        [](const ReferenceReissueStatus& a, const ReferenceReissueStatus& b) { return a.change < b.change; });
    if (rows)
        *rows = count;
    return batch;
}

} // namespace carddesk
