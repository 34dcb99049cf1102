#include "app/store/LocalStore.h"

#include "app/audit/AuditChain.h"
#include "app/operators/OperatorAccounts.h"
#include "app/store/SqliteApi.h"
#include "app/store/StoreCrypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <functional>
#include <vector>

namespace carddesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LocalStore", text);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Each migration runs in one transaction with the version bump: it happens entirely or not at all, and
// running the migrations again (another process, a retry) skips what is already done.
const char* const kSchemaV1[] = {
    "CREATE TABLE persons(id_hash BLOB PRIMARY KEY, id_enc BLOB NOT NULL, id_masked TEXT NOT NULL,"
    " name TEXT NOT NULL, sex INTEGER NOT NULL DEFAULT 0, birth_date TEXT, updated_utc TEXT) WITHOUT ROWID",
    "CREATE TABLE cards(card_number TEXT PRIMARY KEY, holder_id_hash BLOB NOT NULL, identification_code TEXT,"
    " status TEXT NOT NULL, updated_utc TEXT)",
    "CREATE INDEX cards_holder ON cards(holder_id_hash)",
    "CREATE TABLE operations(id TEXT PRIMARY KEY, sequence INTEGER NOT NULL UNIQUE,"
    " payload_version INTEGER NOT NULL, payload_enc BLOB NOT NULL, service TEXT NOT NULL,"
    " success INTEGER NOT NULL, holder_id_hash BLOB, holder_id_masked TEXT, operation_number TEXT,"
    " created_utc TEXT NOT NULL, sync_state TEXT NOT NULL DEFAULT 'pending')",
    "CREATE TABLE photos(id TEXT PRIMARY KEY, operation_id TEXT NOT NULL, kind TEXT NOT NULL,"
    " jpeg_enc BLOB NOT NULL, thumbnail_enc BLOB, manual_reason TEXT, created_utc TEXT NOT NULL)",
    "CREATE INDEX photos_operation ON photos(operation_id)",
    "CREATE TABLE audit_entries(sequence INTEGER PRIMARY KEY, time_utc TEXT NOT NULL, event_type TEXT NOT "
    "NULL,"
    " operator_id TEXT, operation_id TEXT, success INTEGER NOT NULL, canonical BLOB NOT NULL,"
    " prev_hash BLOB NOT NULL, hash BLOB NOT NULL)",
    "CREATE INDEX audit_operation ON audit_entries(operation_id)",
    "CREATE TABLE checkpoints(sequence INTEGER PRIMARY KEY, head_hash BLOB NOT NULL, signature BLOB NOT NULL,"
    " public_key BLOB NOT NULL, created_utc TEXT NOT NULL)",
    "CREATE TABLE approvals(id TEXT PRIMARY KEY, operation_id TEXT, service TEXT, reason TEXT NOT NULL,"
    " requested_by TEXT NOT NULL, supervisor_id TEXT NOT NULL, terminal_id TEXT, branch_id TEXT,"
    " created_utc TEXT NOT NULL)",
    "CREATE TABLE operators(operator_id TEXT PRIMARY KEY, display_name TEXT NOT NULL, role TEXT NOT NULL,"
    " branch_id TEXT, disabled INTEGER NOT NULL DEFAULT 0, password_salt BLOB, password_hash BLOB,"
    " password_iterations INTEGER, failed_logins INTEGER NOT NULL DEFAULT 0, locked INTEGER NOT NULL DEFAULT "
    "0,"
    " last_login_utc TEXT, created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL)",
    "CREATE TABLE sync_state(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE counter_keys(name TEXT PRIMARY KEY, public_key BLOB NOT NULL, private_key_enc BLOB NOT "
    "NULL,"
    " created_utc TEXT NOT NULL)",
};
// v2: the dead-letter list for operations the agency refused, and the outbox index.
const char* const kSchemaV2[] = {
    "ALTER TABLE operations ADD COLUMN dead_reason TEXT",
    "ALTER TABLE operations ADD COLUMN rejected_utc TEXT",
    "ALTER TABLE operations ADD COLUMN pushed_utc TEXT",
    "CREATE INDEX operations_sync ON operations(sync_state, sequence)",
};

// v3: person lookups read the card from the index alone (holder, status, updated, number); audit entries that
// belong to no operation (logins, settings) stay out of the operation index, one page less per durable write.
const char* const kSchemaV3[] = {
    "DROP INDEX IF EXISTS cards_holder",
    "CREATE INDEX cards_holder_cover ON cards(holder_id_hash, status, updated_utc, card_number)",
    "DROP INDEX IF EXISTS audit_operation",
    "CREATE INDEX audit_operation ON audit_entries(operation_id) WHERE operation_id IS NOT NULL",
};

// v4: the supervisor's console filters the audit log by time, operator and event, and finds a citizen's
// operations by the keyed ID hash (app/supervision/AuditQuery).
const char* const kSchemaV4[] = {
    "CREATE INDEX audit_time ON audit_entries(time_utc)",
    "CREATE INDEX audit_operator ON audit_entries(operator_id)",
    "CREATE INDEX audit_event ON audit_entries(event_type)",
    "CREATE INDEX operations_holder ON operations(holder_id_hash) WHERE holder_id_hash IS NOT NULL",
};

// v5: approvals requested at the counter and decided in the supervisor's console (app/supervision,
// docs/supervisor-console.md "approvals row contract"); rows approved in place at the counter are 'approved'.
const char* const kSchemaV5[] = {
    "ALTER TABLE approvals ADD COLUMN status TEXT NOT NULL DEFAULT 'approved'",
    "ALTER TABLE approvals ADD COLUMN decided_utc TEXT",
    "ALTER TABLE approvals ADD COLUMN decision_reason TEXT",
    "ALTER TABLE approvals ADD COLUMN holder_id_masked TEXT",
    "UPDATE approvals SET decided_utc = created_utc",
    "CREATE INDEX approvals_pending ON approvals(created_utc) WHERE status = 'pending'",
};

struct Migration
{
    int version;
    const char* const* begin;
    const char* const* end;
};
const Migration kMigrations[] = {
    {1, std::begin(kSchemaV1), std::end(kSchemaV1)}, {2, std::begin(kSchemaV2), std::end(kSchemaV2)},
    {3, std::begin(kSchemaV3), std::end(kSchemaV3)}, {4, std::begin(kSchemaV4), std::end(kSchemaV4)},
    {5, std::begin(kSchemaV5), std::end(kSchemaV5)},
};

std::atomic<int> g_storeInstances{0};

} // namespace

// ---- connections and transactions ----

struct LocalStore::ThreadState
{
    QString name;
    // The connection itself, so that it can be closed without QSqlDatabase::database()'s thread check (at
    // thread exit Qt may no longer know the thread as the connection's).
    QSqlDatabase db;
    // Hot statements, prepared once per connection. Destroyed before the connection is removed.
    std::unique_ptr<sqlite::Statement> findPerson;
    std::unique_ptr<AuditAppendQueries> audit;
};

struct LocalStore::Connections
{
    std::mutex mutex;
    // Keyed by a per-thread token that is never reused (std::thread::id can be).
    std::map<quint64, std::unique_ptr<ThreadState>> byThread;

    // Closes and removes the connection of the thread `token`; called on that thread only.
    void close(quint64 token)
    {
        std::unique_ptr<ThreadState> state;
        {
            std::lock_guard<std::mutex> lock(mutex);
            auto it = byThread.find(token);
            if (it == byThread.end())
                return;
            state = std::move(it->second);
            byThread.erase(it);
        }
        state->findPerson.reset();
        state->audit.reset();
        state->db.close();
        state->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(state->name);
    }
};

namespace {

quint64 currentThreadToken()
{
    static std::atomic<quint64> nextToken{1};
    thread_local const quint64 token = nextToken++;
    return token;
}

// The stores whose connection this thread opened; the thread closes them when it ends.
struct ThreadExitCleanup
{
    std::vector<std::function<void()>> closers;
    ~ThreadExitCleanup()
    {
        for (auto& close : closers)
            close();
    }
};
thread_local ThreadExitCleanup t_threadExit;

} // namespace

LocalStore::LocalStore(const LocalStoreOptions& options)
    : m_options(options)
    , m_connectionPrefix(QStringLiteral("carddesk-store-%1-").arg(++g_storeInstances))
    , m_chain(std::make_unique<AuditChain>(options.checkpointEvery))
    , m_connections(std::make_shared<Connections>())
{}

LocalStore::~LocalStore()
{
    m_operators.reset();
    // This thread's connection goes now; a connection of another thread that still runs is closed by that
    // thread when it ends (its exit handler holds m_connections). Closing it from here is what Qt forbids.
    m_connections->close(currentThreadToken());
}

std::unique_ptr<LocalStore> LocalStore::open(const LocalStoreOptions& options, QString* error,
                                             StoreErrorKind* kind)
{
    auto fail = [&](const QString& why, StoreErrorKind k) {
        if (error)
            *error = why;
        if (kind)
            *kind = k;
        return std::unique_ptr<LocalStore>();
    };
    if (options.databasePath.isEmpty())
        return fail(tr("no database path is configured"), StoreErrorKind::CannotOpen);
    const QFileInfo file(options.databasePath);
    if (file.isDir())
        return fail(tr("the database path %1 is a folder, not a file").arg(options.databasePath),
                    StoreErrorKind::CannotOpen);
    if (!file.absoluteDir().exists())
        return fail(tr("the folder of the database %1 does not exist").arg(options.databasePath),
                    StoreErrorKind::CannotOpen);
    if (file.exists() && !file.isWritable())
        return fail(tr("no permission to write the database %1").arg(options.databasePath),
                    StoreErrorKind::ReadOnly);
    if (!file.exists() && !QFileInfo(file.absolutePath()).isWritable())
        return fail(tr("no permission to create the database in %1").arg(file.absolutePath()),
                    StoreErrorKind::ReadOnly);

    std::unique_ptr<LocalStore> store(new LocalStore(options));
    QString why;
    store->m_crypto = StoreCrypto::openKeyFile(options.keyFilePath, &why);
    if (!store->m_crypto)
        return fail(why, StoreErrorKind::CannotOpen);
    StoreErrorKind k = StoreErrorKind::None;
    if (!store->database().isOpen())
        return fail(store->m_openError, store->m_openErrorKind);
    if (!store->migrate(&why, &k))
        return fail(why, k);
    {
        WriteTransaction t(*store);
        if (!t.ok())
            return fail(t.error(), t.errorKind());
        if (!store->m_chain->loadOrCreateSigningKey(t.db(), *store->m_crypto, &why))
            return fail(why, StoreErrorKind::Other);
        if (!t.commit())
            return fail(t.error(), t.errorKind());
    }
    store->m_operators =
        std::make_unique<OperatorAccounts>(*store, options.passwordIterations, options.maxLoginFailures);
    return store;
}

bool LocalStore::openConnection(QSqlDatabase& db, QString* error, StoreErrorKind* kind)
{
    auto fail = [&](const QSqlError& e) {
        if (error)
            *error = describeSqlError(e);
        if (kind)
            *kind = classifySqlError(e);
        return false;
    };
    db.setDatabaseName(m_options.databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!db.open())
        return fail(db.lastError());
    QSqlQuery q(db);
    // Takes effect only while the file is still empty (a new store): larger pages make the long scans
    // (audit verification, exports) cheaper.
    q.exec(QStringLiteral("PRAGMA page_size=16384"));
    // WAL: readers do not block the writer; FULL: a committed operation or audit entry survives power loss.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return fail(q.lastError());
    if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return fail(q.lastError());
    // Reads through the OS page cache without a copy per page: lookups in the 1M-row cache and audit
    // verification scans are several times cheaper. Writes still go through the WAL as usual.
    q.exec(QStringLiteral("PRAGMA mmap_size=268435456"));
    return true;
}

LocalStore::ThreadState* LocalStore::threadState()
{
    const quint64 tid = currentThreadToken();
    {
        std::lock_guard<std::mutex> lock(m_connections->mutex);
        auto it = m_connections->byThread.find(tid);
        if (it != m_connections->byThread.end())
            return it->second.get();
    }
    const QString name = m_connectionPrefix + QString::number(tid);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QString why;
    StoreErrorKind kind = StoreErrorKind::None;
    if (!openConnection(db, &why, &kind)) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        std::lock_guard<std::mutex> lock(m_connectionsMutex);
        m_openError = why;
        m_openErrorKind = kind == StoreErrorKind::None ? StoreErrorKind::CannotOpen : kind;
        return nullptr; // callers report openError()
    }
    auto state = std::make_unique<ThreadState>();
    state->name = name;
    state->db = db;
    ThreadState* raw = state.get();
    {
        std::lock_guard<std::mutex> lock(m_connections->mutex);
        m_connections->byThread.emplace(tid, std::move(state));
    }
    // When this thread ends it closes its connection, whether or not the store still exists.
    std::shared_ptr<Connections> connections = m_connections;
    t_threadExit.closers.push_back([connections, tid] { connections->close(tid); });
    return raw;
}

QSqlDatabase LocalStore::database()
{
    ThreadState* state = threadState();
    return state ? QSqlDatabase::database(state->name, false) : QSqlDatabase();
}

LocalStore::WriteTransaction::WriteTransaction(LocalStore& store)
    : m_db(store.database())
{
    if (!m_db.isOpen()) {
        std::lock_guard<std::mutex> lock(store.m_connectionsMutex);
        m_kind = store.m_openErrorKind;
        m_error = store.m_openError;
        return;
    }
    QSqlQuery q(m_db);
    // IMMEDIATE takes the write lock now, so two writers never deadlock upgrading read locks.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_kind = classifySqlError(q.lastError());
        m_error = describeSqlError(q.lastError());
        return;
    }
    m_open = true;
}

LocalStore::WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool LocalStore::WriteTransaction::commit()
{
    if (!m_open)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_kind = classifySqlError(q.lastError());
        m_error = describeSqlError(q.lastError());
        QSqlQuery r(m_db);
        r.exec(QStringLiteral("ROLLBACK"));
        m_open = false;
        return false;
    }
    m_open = false;
    return true;
}

bool LocalStore::WriteTransaction::commit(QString* error)
{
    if (commit())
        return true;
    if (error)
        *error = m_error;
    return false;
}

int LocalStore::schemaVersion()
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool LocalStore::migrate(QString* error, StoreErrorKind* kind)
{
    const int target =
        m_options.targetSchemaVersion < 0 ? LatestSchemaVersion : m_options.targetSchemaVersion;
    for (const Migration& m : kMigrations) {
        if (m.version > target)
            break;
        WriteTransaction t(*this);
        if (!t.ok()) {
            if (error)
                *error = t.error();
            if (kind)
                *kind = t.errorKind();
            return false;
        }
        QSqlQuery q(t.db());
        auto fail = [&]() {
            if (error)
                *error = tr("cannot update the database to schema version %1: %2")
                             .arg(m.version)
                             .arg(describeSqlError(q.lastError()));
            if (kind)
                *kind = classifySqlError(q.lastError());
            return false;
        };
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)")))
            return fail();
        if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
            return fail();
        int current = 0;
        if (q.next()) {
            current = q.value(0).toInt();
        } else if (!q.exec(QStringLiteral("INSERT INTO schema_version(version) VALUES(0)"))) {
            return fail();
        }
        if (current > LatestSchemaVersion) {
            if (error)
                *error = tr("the database was made by a newer CardDesk (schema %1, this one knows %2)")
                             .arg(current)
                             .arg(LatestSchemaVersion);
            if (kind)
                *kind = StoreErrorKind::Other;
            return false;
        }
        if (current >= m.version)
            continue;
        for (auto s = m.begin; s != m.end; ++s) {
            if (!q.exec(QString::fromLatin1(*s)))
                return fail();
        }
        if (!q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(m.version)))
            return fail();
        if (!t.commit()) {
            if (error)
                *error = t.error();
            if (kind)
                *kind = t.errorKind();
            return false;
        }
    }
    return true;
}

bool LocalStore::appendAudit(QSqlDatabase& db, const AuditEntryFields& fields, QString* error)
{
    ThreadState* state = threadState();
    if (state && !state->audit && db.connectionName() == state->name)
        state->audit = std::make_unique<AuditAppendQueries>();
    AuditAppendQueries* cache = state && db.connectionName() == state->name ? state->audit.get() : nullptr;
    return m_chain->append(db, fields, error, cache).has_value();
}

// ---- OperationJournal ----

JournalResult LocalStore::record(const OperationRecord& rec)
{
    JournalResult result;
    if (rec.id.isNull()) {
        result.error = tr("the operation has no id: nothing was recorded");
        return result;
    }
    WriteTransaction t(*this);
    if (!t.ok()) {
        result.error = t.error();
        return result;
    }
    QSqlDatabase& db = t.db();
    const QString id = uuidText(rec.id);
    QSqlQuery q(db);
    auto sqlFailed = [&](const QSqlQuery& failed) {
        result.error = describeSqlError(failed.lastError());
        return result; // the transaction rolls back: nothing of this operation stays
    };
    // Recording the same operation twice (a retry after a timeout) is answered with the first result.
    q.prepare(QStringLiteral("SELECT sequence, operation_number FROM operations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailed(q);
    if (q.next()) {
        result.ok = true;
        result.sequence = q.value(0).toLongLong();
        result.operationNumber = q.value(1).toString();
        return result;
    }
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) + 1 FROM operations")) || !q.next())
        return sqlFailed(q);
    const qint64 sequence = q.value(0).toLongLong();
    q.finish();
    const QDateTime when = rec.timeUtc.isValid() ? rec.timeUtc.toUTC() : QDateTime::currentDateTimeUtc();
    const QString counter = m_options.counterId.isEmpty() ? rec.op.terminalId : m_options.counterId;
    const QString operationNumber = QStringLiteral("%1-%2-%3")
                                        .arg(counter, when.toString(QStringLiteral("yyyyMMdd")))
                                        .arg(sequence, 6, 10, QLatin1Char('0'));

    QStringList imageIds;
    QJsonArray images;
    QSqlQuery photo(db);
    photo.prepare(
        QStringLiteral("INSERT INTO photos(id, operation_id, kind, jpeg_enc, thumbnail_enc, manual_reason, "
                       "created_utc) VALUES(?,?,?,?,?,?,?)"));
    for (const EvidenceImage& image : rec.images) {
        const QString photoId = uuidText(QUuid::createUuid());
        const QByteArray jpeg = m_crypto->encrypt(image.jpeg, "photos/jpeg/" + photoId.toLatin1());
        const QByteArray thumb =
            image.thumbnailJpeg.isEmpty()
                ? QByteArray()
                : m_crypto->encrypt(image.thumbnailJpeg, "photos/thumbnail/" + photoId.toLatin1());
        if (jpeg.isEmpty()) {
            result.error = tr("the photo could not be encrypted: nothing was recorded");
            return result;
        }
        photo.bindValue(0, photoId);
        photo.bindValue(1, id);
        photo.bindValue(2, image.kind);
        photo.bindValue(3, jpeg);
        photo.bindValue(4, thumb.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(thumb));
        photo.bindValue(5, image.manualCaptureReason.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                               : QVariant(image.manualCaptureReason));
        photo.bindValue(6, nowText());
        if (!photo.exec())
            return sqlFailed(photo);
        imageIds << photoId;
        images.append(QJsonObject{
            {"id", photoId}, {"kind", image.kind}, {"manualCaptureReason", image.manualCaptureReason}});
    }

    const QString service = serviceTypeName(rec.service);
    const QJsonObject payload{
        {"id", id},
        {"sequence", sequence},
        {"operationNumber", operationNumber},
        {"service", service},
        {"representation", representationName(rec.representation)},
        {"success", rec.success},
        {"resultCode", rec.resultCode},
        {"statusWord", static_cast<int>(rec.statusWord)},
        {"operatorId", rec.op.operatorId},
        {"role", rec.op.role},
        {"branchId", rec.op.branchId},
        {"terminalId", rec.op.terminalId},
        {"counterId", counter},
        {"training", rec.op.trainingMode},
        {"timeUtc", when.toString(Qt::ISODateWithMs)},
        {"holderIdNumber", normalizeIdNumber(rec.holderIdNumber)},
        {"holderName", rec.holderName},
        {"agentIdNumber", normalizeIdNumber(rec.agentIdNumber)},
        {"agentName", rec.agentName},
        {"cardIdentificationCode", rec.cardIdentificationCode},
        {"cardNumber", rec.cardNumber},
        {"approvalIds", QJsonArray::fromStringList(rec.approvalIds)},
        {"details", rec.details},
        {"images", images},
    };
    QByteArray plain = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QByteArray payloadEnc = m_crypto->encrypt(plain, "operations/payload/" + id.toLatin1());
    plain.fill('\0');
    if (payloadEnc.isEmpty()) {
        result.error = tr("the operation could not be encrypted: nothing was recorded");
        return result;
    }
    QSqlQuery op(db);
    op.prepare(
        QStringLiteral("INSERT INTO operations(id, sequence, payload_version, payload_enc, service, success, "
                       "holder_id_hash, holder_id_masked, operation_number, created_utc, sync_state) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,'pending')"));
    op.addBindValue(id);
    op.addBindValue(sequence);
    op.addBindValue(1);
    op.addBindValue(payloadEnc);
    op.addBindValue(service);
    op.addBindValue(rec.success ? 1 : 0);
    op.addBindValue(rec.holderIdNumber.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                 : QVariant(m_crypto->lookupHash(rec.holderIdNumber)));
    op.addBindValue(maskIdNumber(rec.holderIdNumber));
    op.addBindValue(operationNumber);
    op.addBindValue(when.toString(Qt::ISODateWithMs));
    if (!op.exec())
        return sqlFailed(op);

    AuditEntryFields audit;
    audit.timeUtc = when;
    audit.eventType = QStringLiteral("operation:") + service;
    audit.success = rec.success;
    audit.resultCode = rec.resultCode;
    audit.statusWord = rec.statusWord;
    audit.operatorId = rec.op.operatorId;
    audit.role = rec.op.role;
    audit.terminalId = rec.op.terminalId;
    audit.branchId = rec.op.branchId;
    audit.trainingMode = rec.op.trainingMode;
    audit.operationId = id;
    audit.maskedIdNumber = maskIdNumber(rec.holderIdNumber);
    audit.cardIdentificationCode = rec.cardIdentificationCode;
    audit.cardNumber = rec.cardNumber;
    audit.approvalIds = rec.approvalIds;
    audit.imageIds = imageIds;
    QJsonObject details{{"operationNumber", operationNumber},
                        {"representation", representationName(rec.representation)}};
    if (!rec.agentIdNumber.isEmpty())
        details.insert(QStringLiteral("agentIdNumber"), maskIdNumber(rec.agentIdNumber));
    if (!rec.details.isEmpty())
        details.insert(QStringLiteral("service"), rec.details);
    audit.details = details;
    QString auditError;
    if (!appendAudit(db, audit, &auditError)) {
        result.error = auditError;
        return result;
    }
    if (!t.commit()) {
        result.error = t.error();
        return result;
    }
    result.ok = true;
    result.sequence = sequence;
    result.operationNumber = operationNumber;
    return result;
}

bool LocalStore::audit(const AuditEventRecord& event, QString* error)
{
    WriteTransaction t(*this);
    if (!t.ok()) {
        if (error)
            *error = t.error();
        return false;
    }
    AuditEntryFields f;
    f.timeUtc = QDateTime::currentDateTimeUtc();
    f.eventType = event.eventType;
    f.success = event.success;
    f.resultCode = event.resultCode;
    f.statusWord = event.statusWord;
    f.operatorId = event.op.operatorId;
    f.role = event.op.role;
    f.terminalId = event.op.terminalId;
    f.branchId = event.op.branchId;
    f.trainingMode = event.op.trainingMode;
    f.operationId = event.operationId.isNull() ? QString() : uuidText(event.operationId);
    f.maskedIdNumber = maskIdNumber(event.idNumber);
    f.cardIdentificationCode = event.cardIdentificationCode;
    f.cardNumber = event.cardNumber;
    f.details = event.details;
    if (!appendAudit(t.db(), f, error))
        return false;
    return t.commit(error);
}

// ---- ReferenceCache ----

std::optional<CachedPerson> LocalStore::findPerson(const QString& idNumber)
{
    const QByteArray hash = m_crypto->lookupHash(idNumber);
    ThreadState* state = threadState();
    if (!state || hash.isEmpty())
        return std::nullopt;
    // One row per card of the person (or one with NULL card columns); the most useful card wins: an active
    // one, then the most recently updated.
    static const char kSql[] = "SELECT p.name, c.card_number, c.status, c.updated_utc FROM persons p "
                               "LEFT JOIN cards c ON c.holder_id_hash = p.id_hash WHERE p.id_hash = ?";
    std::optional<CachedPerson> best;
    QString bestUpdated;
    auto consider = [&](QString name, QString card, QString status, QString updated) {
        const bool better =
            !best || (status == QLatin1String("active") && best->cardStatus != QLatin1String("active")) ||
            ((status == QLatin1String("active")) == (best->cardStatus == QLatin1String("active")) &&
             updated > bestUpdated);
        if (!better)
            return;
        best = CachedPerson{QString(), std::move(name), std::move(card), std::move(status)};
        bestUpdated = std::move(updated);
    };
    auto text = [](sqlite3_stmt* s, int i) {
        const auto* t = reinterpret_cast<const char*>(sqlite::api()->column_text(s, i));
        return t ? QString::fromUtf8(t, sqlite::api()->column_bytes(s, i)) : QString();
    };
    if (sqlite::api()) {
        if (!state->findPerson)
            state->findPerson = std::make_unique<sqlite::Statement>(sqlite::handle(database()), kSql);
        if (state->findPerson->isValid()) {
            sqlite3_stmt* s = state->findPerson->get();
            const sqlite::Api* a = sqlite::api();
            a->bind_blob(s, 1, hash.constData(), hash.size(), SQLITE_STATIC);
            while (a->step(s) == SQLITE_ROW)
                consider(text(s, 0), text(s, 1), text(s, 2), text(s, 3));
            state->findPerson->reset();
            a->clear_bindings(s);
            if (best)
                best->idNumber = normalizeIdNumber(idNumber);
            return best;
        }
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kSql));
    q.addBindValue(hash);
    if (!q.exec())
        return std::nullopt;
    while (q.next())
        consider(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    if (best)
        best->idNumber = normalizeIdNumber(idNumber);
    return best;
}

QString LocalStore::cardStatus(const QString& cardNumber)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT status FROM cards WHERE card_number = ?"));
    q.addBindValue(cardNumber.trimmed());
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

// ---- ApprovalAuthority ----

QString LocalStore::approve(const ApprovalRequest& request, const QString& supervisorId,
                            const SecureBuffer& supervisorPassword, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return QString();
    };
    if (supervisorId.trimmed().isEmpty())
        return fail(tr("a supervisor must sign in to approve"));
    if (supervisorId == request.requestedBy.operatorId)
        return fail(tr("the approval must come from another person than the clerk"));
    OperatorContext where = request.requestedBy;
    where.operatorId = supervisorId;
    const LoginResult login = m_operators->authenticate(supervisorId, supervisorPassword, where,
                                                        QStringLiteral("approval-sign-in"));
    if (!login.ok)
        return fail(login.error);
    if (login.account.role != QLatin1String("supervisor") &&
        login.account.role != QLatin1String("administrator")) {
        AuditEventRecord refused;
        refused.eventType = QStringLiteral("approval-refused");
        refused.success = false;
        refused.resultCode = QStringLiteral("role");
        refused.op = where;
        refused.op.role = login.account.role;
        refused.operationId = request.operationId;
        refused.details =
            QJsonObject{{"reason", request.reason}, {"service", serviceTypeName(request.service)}};
        audit(refused);
        return fail(tr("%1 is not a supervisor and cannot approve").arg(supervisorId));
    }
    WriteTransaction t(*this);
    if (!t.ok())
        return fail(t.error());
    const QString approvalId = uuidText(QUuid::createUuid());
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral(
        "INSERT INTO approvals(id, operation_id, service, reason, requested_by, supervisor_id, "
        "terminal_id, branch_id, created_utc) VALUES(?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(approvalId);
    q.addBindValue(uuidText(request.operationId));
    q.addBindValue(serviceTypeName(request.service));
    q.addBindValue(request.reason);
    q.addBindValue(request.requestedBy.operatorId);
    q.addBindValue(supervisorId);
    q.addBindValue(request.requestedBy.terminalId);
    q.addBindValue(request.requestedBy.branchId);
    q.addBindValue(nowText());
    if (!q.exec())
        return fail(describeSqlError(q.lastError()));
    AuditEntryFields f;
    f.eventType = QStringLiteral("approval");
    f.success = true;
    f.resultCode = request.reason;
    f.operatorId = supervisorId;
    f.role = login.account.role;
    f.terminalId = request.requestedBy.terminalId;
    f.branchId = request.requestedBy.branchId;
    f.trainingMode = request.requestedBy.trainingMode;
    f.operationId = uuidText(request.operationId);
    f.approvalIds = QStringList{approvalId};
    f.details = QJsonObject{{"reason", request.reason},
                            {"service", serviceTypeName(request.service)},
                            {"requestedBy", request.requestedBy.operatorId}};
    QString why;
    if (!appendAudit(t.db(), f, &why))
        return fail(why);
    if (!t.commit())
        return fail(t.error());
    return approvalId;
}

// ---- SyncOutbox ----

QList<OutboxOperation> LocalStore::pendingOperations(int limit)
{
    QList<OutboxOperation> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, sequence, payload_version, payload_enc, created_utc FROM operations "
                             "WHERE sync_state = 'pending' ORDER BY sequence LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        OutboxOperation op;
        const QString id = q.value(0).toString();
        op.id = QUuid::fromString(id);
        op.sequence = q.value(1).toLongLong();
        op.payloadVersion = q.value(2).toInt();
        op.createdUtc = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        std::optional<QByteArray> plain =
            m_crypto->decrypt(q.value(3).toByteArray(), "operations/payload/" + id.toLatin1());
        if (!plain) {
            // Pushing it would stall every later one on a gap; it needs a supervisor (wrong key file?).
            qWarning("carddesk: operation %s cannot be decrypted; the outbox stops before it",
                     qPrintable(id));
            break;
        }
        op.payload = QJsonDocument::fromJson(*plain).object();
        plain->fill('\0');
        out << op;
    }
    return out;
}

int LocalStore::pendingCount()
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM operations WHERE sync_state = 'pending'")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool LocalStore::markPushed(const QList<QUuid>& ids, QString* error)
{
    WriteTransaction t(*this);
    if (!t.ok()) {
        if (error)
            *error = t.error();
        return false;
    }
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("UPDATE operations SET sync_state = 'pushed', pushed_utc = ? "
                             "WHERE id = ? AND sync_state = 'pending'"));
    const QString now = nowText();
    for (const QUuid& id : ids) {
        q.bindValue(0, now);
        q.bindValue(1, uuidText(id));
        if (!q.exec()) {
            if (error)
                *error = describeSqlError(q.lastError());
            return false;
        }
    }
    return t.commit(error);
}

bool LocalStore::markRejected(const QUuid& id, const QString& reason, QString* error)
{
    WriteTransaction t(*this);
    if (!t.ok()) {
        if (error)
            *error = t.error();
        return false;
    }
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("UPDATE operations SET sync_state = 'dead', dead_reason = ?, rejected_utc = ? "
                             "WHERE id = ? AND sync_state = 'pending'"));
    q.addBindValue(reason);
    q.addBindValue(nowText());
    q.addBindValue(uuidText(id));
    if (!q.exec()) {
        if (error)
            *error = describeSqlError(q.lastError());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("operation %1 is not waiting to be pushed").arg(uuidText(id));
        return false;
    }
    AuditEntryFields f;
    f.eventType = QStringLiteral("sync-rejected");
    f.success = false;
    f.resultCode = QStringLiteral("rejected");
    f.operatorId = QStringLiteral("sync");
    f.terminalId = m_options.counterId;
    f.operationId = uuidText(id);
    f.details = QJsonObject{{"reason", reason}};
    if (!appendAudit(t.db(), f, error))
        return false;
    return t.commit(error);
}

QList<DeadLetter> LocalStore::deadLetters()
{
    QList<DeadLetter> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, sequence, dead_reason, rejected_utc FROM operations "
                               "WHERE sync_state = 'dead' ORDER BY sequence")))
        return out;
    while (q.next())
        out << DeadLetter{QUuid::fromString(q.value(0).toString()), q.value(1).toLongLong(),
                          q.value(2).toString(),
                          QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)};
    return out;
}

QList<OutboxAuditEntry> LocalStore::auditEntriesAfter(qint64 afterSequence, int limit)
{
    QList<OutboxAuditEntry> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT sequence, canonical, prev_hash, hash FROM audit_entries WHERE sequence > ? "
                       "ORDER BY sequence LIMIT ?"));
    q.addBindValue(afterSequence);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out << OutboxAuditEntry{q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toByteArray(),
                                q.value(3).toByteArray()};
    return out;
}

std::optional<OutboxCheckpoint> LocalStore::makeCheckpoint(QString* error)
{
    WriteTransaction t(*this);
    if (!t.ok()) {
        if (error)
            *error = t.error();
        return std::nullopt;
    }
    std::optional<OutboxCheckpoint> cp = m_chain->checkpoint(t.db(), error);
    if (!cp)
        return std::nullopt;
    if (!t.commit()) {
        if (error)
            *error = t.error();
        return std::nullopt;
    }
    return cp;
}

QString LocalStore::syncState(const QString& key)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool LocalStore::setSyncState(const QString& key, const QString& value, QString* error)
{
    WriteTransaction t(*this);
    if (!t.ok()) {
        if (error)
            *error = t.error();
        return false;
    }
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = describeSqlError(q.lastError());
        return false;
    }
    return t.commit(error);
}

// ---- ReferenceSink ----

bool LocalStore::applyReferenceBatch(const ReferenceBatch& batch, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false; // the transaction rolls back: neither the data nor the cursor moved
    };
    for (const ReferenceOperator& o : batch.operators) {
        if (o.operatorId.trimmed().isEmpty() || !OperatorAccounts::isValidRole(o.role))
            return fail(
                tr("the reference batch has an operator with no id or an unknown role (%1)").arg(o.role));
    }
    WriteTransaction t(*this);
    if (!t.ok())
        return fail(t.error());
    QSqlDatabase& db = t.db();
    const QString now = nowText();
    static const char kPersonSql[] = "INSERT OR REPLACE INTO persons(id_hash, id_enc, id_masked, name, sex, "
                                     "birth_date, updated_utc) VALUES(?,?,?,?,?,?,?)";
    static const char kCardSql[] =
        "INSERT OR REPLACE INTO cards(card_number, holder_id_hash, identification_code, "
        "status, updated_utc) VALUES(?,?,?,?,?)";
    const sqlite::Api* a = sqlite::api();
    sqlite3* handle = sqlite::handle(db);
    // Whole-province caches are millions of rows: the inserts bind straight to SQLite when possible (the
    // statements run on this connection, inside the transaction begun above).
    if (a && handle && (!batch.persons.isEmpty() || !batch.cards.isEmpty())) {
        sqlite::Statement person(handle, kPersonSql);
        sqlite::Statement card(handle, kCardSql);
        if (!person.isValid() || !card.isValid())
            return fail(describeSqlError(sqlite::lastError(handle)));
        const QByteArray nowUtf8 = now.toUtf8();
        auto bindText = [&](sqlite3_stmt* s, int i, const QByteArray& v) {
            a->bind_text(s, i, v.constData(), v.size(), SQLITE_TRANSIENT);
        };
        auto bindBlob = [&](sqlite3_stmt* s, int i, const QByteArray& v) {
            a->bind_blob(s, i, v.constData(), v.size(), SQLITE_TRANSIENT);
        };
        // Keys are HMACs, i.e. random: inserted in key order they append to the B-tree instead of touching a
        // random page per row, and a large page cache keeps the card index's pages in memory.
        struct CacheSize
        {
            QSqlDatabase& db;
            CacheSize(QSqlDatabase& d)
                : db(d)
            {
                QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-262144"));
            }
            ~CacheSize() { QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-2000")); }
        } bigCache(db);
        struct Keyed
        {
            QByteArray hash;
            QString number;
            const ReferencePerson* person;
        };
        std::vector<Keyed> keyed;
        keyed.reserve(batch.persons.size());
        for (const ReferencePerson& p : batch.persons) {
            QString number = normalizeIdNumber(p.idNumber);
            if (number.isEmpty())
                return fail(tr("the reference batch has a person without an ID number"));
            keyed.push_back(Keyed{m_crypto->lookupHash(number), std::move(number), &p});
        }
        std::sort(keyed.begin(), keyed.end(), [](const Keyed& x, const Keyed& y) { return x.hash < y.hash; });
        for (const Keyed& k : keyed) {
            const ReferencePerson& p = *k.person;
            const QString& number = k.number;
            const QByteArray& hash = k.hash;
            sqlite3_stmt* s = person.get();
            bindBlob(s, 1, hash);
            bindBlob(s, 2, m_crypto->encrypt(number.toUtf8(), "persons/id_number/" + hash.toHex()));
            bindText(s, 3, maskIdNumber(number).toUtf8());
            bindText(s, 4, p.name.toUtf8());
            a->bind_int64(s, 5, p.sex);
            bindText(s, 6, p.birthDate.toUtf8());
            bindText(s, 7, nowUtf8);
            const int rc = a->step(s);
            person.reset();
            if (rc != SQLITE_DONE)
                return fail(describeSqlError(sqlite::lastError(handle)));
        }
        for (const ReferenceCard& c : batch.cards) {
            if (c.cardNumber.trimmed().isEmpty())
                return fail(tr("the reference batch has a card without a card number"));
            sqlite3_stmt* s = card.get();
            bindText(s, 1, c.cardNumber.trimmed().toUtf8());
            bindBlob(s, 2, m_crypto->lookupHash(c.idNumber));
            bindText(s, 3, c.identificationCode.toUtf8());
            bindText(s, 4, c.status.toUtf8());
            bindText(s, 5, nowUtf8);
            const int rc = a->step(s);
            card.reset();
            if (rc != SQLITE_DONE)
                return fail(describeSqlError(sqlite::lastError(handle)));
        }
    } else {
        QSqlQuery person(db);
        person.prepare(QString::fromLatin1(kPersonSql));
        for (const ReferencePerson& p : batch.persons) {
            const QString number = normalizeIdNumber(p.idNumber);
            if (number.isEmpty())
                return fail(tr("the reference batch has a person without an ID number"));
            const QByteArray hash = m_crypto->lookupHash(number);
            person.bindValue(0, hash);
            person.bindValue(1, m_crypto->encrypt(number.toUtf8(), "persons/id_number/" + hash.toHex()));
            person.bindValue(2, maskIdNumber(number));
            person.bindValue(3, p.name);
            person.bindValue(4, p.sex);
            person.bindValue(5, p.birthDate);
            person.bindValue(6, now);
            if (!person.exec())
                return fail(describeSqlError(person.lastError()));
        }
        QSqlQuery card(db);
        card.prepare(QString::fromLatin1(kCardSql));
        for (const ReferenceCard& c : batch.cards) {
            if (c.cardNumber.trimmed().isEmpty())
                return fail(tr("the reference batch has a card without a card number"));
            card.bindValue(0, c.cardNumber.trimmed());
            card.bindValue(1, m_crypto->lookupHash(c.idNumber));
            card.bindValue(2, c.identificationCode);
            card.bindValue(3, c.status);
            card.bindValue(4, now);
            if (!card.exec())
                return fail(describeSqlError(card.lastError()));
        }
    }
    QSqlQuery op(db);
    op.prepare(QStringLiteral(
        "INSERT INTO operators(operator_id, display_name, role, branch_id, disabled, created_utc, "
        "updated_utc) "
        "VALUES(?,?,?,?,?,?,?) ON CONFLICT(operator_id) DO UPDATE SET display_name = excluded.display_name, "
        "role = excluded.role, branch_id = excluded.branch_id, disabled = excluded.disabled, "
        "updated_utc = excluded.updated_utc"));
    for (const ReferenceOperator& o : batch.operators) {
        op.bindValue(0, o.operatorId.trimmed());
        op.bindValue(1, o.displayName);
        op.bindValue(2, o.role);
        op.bindValue(3, o.branchId);
        op.bindValue(4, o.disabled ? 1 : 0);
        op.bindValue(5, now);
        op.bindValue(6, now);
        if (!op.exec())
            return fail(describeSqlError(op.lastError()));
    }
    QString why;
    if (!batch.regionProfile.isEmpty() &&
        !setSetting(db, QStringLiteral("region-profile"),
                    QString::fromUtf8(QJsonDocument(batch.regionProfile).toJson(QJsonDocument::Compact)),
                    &why))
        return fail(why);
    QSqlQuery cursor(db);
    cursor.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES('reference-change-sequence', ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    cursor.addBindValue(QString::number(batch.toChangeSequence));
    if (!cursor.exec())
        return fail(describeSqlError(cursor.lastError()));
    if (!t.commit())
        return fail(t.error());
    return true;
}

qint64 LocalStore::referenceChangeSequence()
{
    return syncState(QStringLiteral("reference-change-sequence")).toLongLong();
}

// ---- views, settings, maintenance ----

QList<OperationSummary> LocalStore::recentOperations(int limit)
{
    QList<OperationSummary> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, sequence, service, success, holder_id_masked, sync_state, created_utc "
                       "FROM operations ORDER BY sequence DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out << OperationSummary{QUuid::fromString(q.value(0).toString()),
                                q.value(1).toLongLong(),
                                q.value(2).toString(),
                                q.value(3).toInt() != 0,
                                q.value(4).toString(),
                                q.value(5).toString(),
                                QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs)};
    return out;
}

std::optional<StoredPhoto> LocalStore::photo(const QUuid& id, bool thumbnail)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT operation_id, kind, jpeg_enc, thumbnail_enc, manual_reason FROM photos "
                             "WHERE id = ?"));
    const QString photoId = uuidText(id);
    q.addBindValue(photoId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QByteArray blob = q.value(thumbnail ? 3 : 2).toByteArray();
    if (blob.isEmpty())
        return std::nullopt;
    std::optional<QByteArray> jpeg =
        m_crypto->decrypt(blob, (thumbnail ? "photos/thumbnail/" : "photos/jpeg/") + photoId.toLatin1());
    if (!jpeg)
        return std::nullopt;
    return StoredPhoto{id, QUuid::fromString(q.value(0).toString()), q.value(1).toString(), *jpeg,
                       q.value(4).toString()};
}

std::optional<OperationRecord> LocalStore::operation(const QUuid& id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT payload_enc FROM operations WHERE id = ?"));
    const QString key = uuidText(id);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    std::optional<QByteArray> plain =
        m_crypto->decrypt(q.value(0).toByteArray(), "operations/payload/" + key.toLatin1());
    if (!plain)
        return std::nullopt;
    const QJsonObject p = QJsonDocument::fromJson(*plain).object();
    plain->fill('\0');
    OperationRecord r;
    r.id = id;
    r.service = serviceTypeFromName(p.value("service").toString()).value_or(ServiceType::PinReset);
    const QString rep = p.value("representation").toString();
    r.representation = rep == QLatin1String("proxy")      ? Representation::Proxy
                       : rep == QLatin1String("guardian") ? Representation::Guardian
                                                          : Representation::Self;
    r.success = p.value("success").toBool();
    r.resultCode = p.value("resultCode").toString();
    r.statusWord = static_cast<quint16>(p.value("statusWord").toInt());
    r.op.operatorId = p.value("operatorId").toString();
    r.op.role = p.value("role").toString();
    r.op.branchId = p.value("branchId").toString();
    r.op.terminalId = p.value("terminalId").toString();
    r.op.trainingMode = p.value("training").toBool();
    r.timeUtc = QDateTime::fromString(p.value("timeUtc").toString(), Qt::ISODateWithMs);
    r.holderIdNumber = p.value("holderIdNumber").toString();
    r.holderName = p.value("holderName").toString();
    r.agentIdNumber = p.value("agentIdNumber").toString();
    r.agentName = p.value("agentName").toString();
    r.cardIdentificationCode = p.value("cardIdentificationCode").toString();
    r.cardNumber = p.value("cardNumber").toString();
    for (const auto& a : p.value("approvalIds").toArray())
        r.approvalIds << a.toString();
    r.details = p.value("details").toObject();
    return r;
}

QString LocalStore::setting(const QString& key)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool LocalStore::setSetting(QSqlDatabase& db, const QString& key, const QString& value, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = describeSqlError(q.lastError());
        return false;
    }
    return true;
}

bool LocalStore::integrityCheck(QStringList* problems)
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        if (problems)
            *problems << describeSqlError(q.lastError());
        return false;
    }
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    const bool ok = rows == QStringList{QStringLiteral("ok")};
    if (!ok && problems)
        *problems << rows;
    return ok;
}

bool LocalStore::backup(const QString& targetPath, QString* error)
{
    if (QFileInfo::exists(targetPath)) {
        if (error)
            *error = tr("%1 already exists: choose a new file for the backup").arg(targetPath);
        return false;
    }
    // The copy holds the same (encrypted) personal data: create it owner-only before SQLite writes into it
    // (VACUUM INTO accepts an existing empty file).
    {
        QFile target(targetPath);
        if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !target.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            if (error)
                *error = tr("cannot create the backup file %1: %2").arg(targetPath, target.errorString());
            return false;
        }
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(targetPath);
    if (!q.exec()) {
        if (error)
            *error = describeSqlError(q.lastError());
        QFile::remove(targetPath);
        return false;
    }
    return true;
}

// ---- operation numbers, remote approvals, reissue tracking ----

QString LocalStore::operationNumber(qint64 sequence, const QDateTime& createdUtc) const
{
    return QStringLiteral("%1-%2-%3")
        .arg(m_options.counterId, createdUtc.toUTC().toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 6, 10, QLatin1Char('0'));
}

std::optional<QUuid> LocalStore::operationIdByNumber(const QString& number)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id FROM operations WHERE operation_number = ?"));
    q.addBindValue(number.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QUuid::fromString(q.value(0).toString());
}

RemoteApprovalDecision LocalStore::approvalDecision(const QString& requestId, QString* error)
{
    RemoteApprovalDecision d;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT status, supervisor_id, decided_utc, decision_reason FROM approvals WHERE id = ?"));
    q.addBindValue(requestId);
    if (!q.exec()) {
        if (error)
            *error = describeSqlError(q.lastError());
        return d;
    }
    if (!q.next())
        return d; // Unknown, no error: there is no such request
    const QString status = q.value(0).toString();
    if (status == QLatin1String("pending"))
        d.state = RemoteApprovalDecision::State::Pending;
    else if (status == QLatin1String("approved"))
        d.state = RemoteApprovalDecision::State::Approved;
    else if (status == QLatin1String("rejected"))
        d.state = RemoteApprovalDecision::State::Rejected;
    else if (status == QLatin1String("withdrawn"))
        d.state = RemoteApprovalDecision::State::Withdrawn;
    if (d.state == RemoteApprovalDecision::State::Approved)
        d.approvalId = requestId; // the row's id is the approval id (docs/supervisor-console.md)
    d.decidedBy = q.value(1).toString();
    d.decidedUtc = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    d.reason = q.value(3).toString();
    return d;
}

namespace {

const QString kReissueStatusEvent = QStringLiteral("reissue-status");

// The status changes of one operation, oldest first, from its "reissue-status" audit entries.
QList<ReissueStatusChange> reissueChanges(QSqlDatabase db, const QString& operationId)
{
    QList<ReissueStatusChange> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT canonical FROM audit_entries WHERE operation_id = ? AND event_type = ? "
                             "ORDER BY sequence"));
    q.addBindValue(operationId);
    q.addBindValue(kReissueStatusEvent);
    if (!q.exec())
        return out;
    while (q.next()) {
        const auto f = AuditChain::decode(q.value(0).toByteArray());
        if (!f)
            continue;
        const auto status = reissueStatusFromName(f->details.value(QStringLiteral("status")).toString());
        if (!status)
            continue;
        out << ReissueStatusChange{*status, f->timeUtc, f->operatorId,
                                   f->details.value(QStringLiteral("note")).toString()};
    }
    return out;
}

} // namespace

std::optional<ReissueTracking> LocalStore::reissueTracking(const QUuid& operationId)
{
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("SELECT sequence, created_utc, holder_id_masked, operation_number FROM operations "
                       "WHERE id = ? AND service = 'reissue' AND success = 1"));
    const QString id = uuidText(operationId);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ReissueTracking t;
    t.operationId = operationId;
    const QDateTime created = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    t.operationNumber = q.value(3).toString();
    if (t.operationNumber.isEmpty())
        t.operationNumber = operationNumber(q.value(0).toLongLong(), created);
    t.maskedIdNumber = q.value(2).toString();
    q.finish();
    if (const std::optional<OperationRecord> rec = operation(operationId)) {
        t.holderName = rec->holderName;
        t.delivery = rec->details.value(QStringLiteral("delivery")).toString();
        t.expectedDate = QDate::fromString(rec->details.value(QStringLiteral("expectedReadyDate")).toString(),
                                           Qt::ISODate);
        if (rec->timeUtc.isValid())
            t.history << ReissueStatusChange{
                ReissueStatus::ApplicationReceived, rec->timeUtc, rec->op.operatorId, {}};
    }
    if (t.history.isEmpty())
        t.history << ReissueStatusChange{ReissueStatus::ApplicationReceived, created, {}, {}};
    t.history << reissueChanges(database(), id);
    t.status = t.history.last().status;
    t.updatedUtc = t.history.last().timeUtc;
    return t;
}

QList<ReissueTracking> LocalStore::reissues(bool openOnly, int limit)
{
    QList<QUuid> ids;
    {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM operations WHERE service = 'reissue' AND success = 1 "
                                 "ORDER BY sequence DESC LIMIT ?"));
        q.addBindValue(limit);
        if (!q.exec())
            return {};
        while (q.next())
            ids << QUuid::fromString(q.value(0).toString());
    }
    QList<ReissueTracking> out;
    for (const QUuid& id : std::as_const(ids)) {
        std::optional<ReissueTracking> t = reissueTracking(id);
        if (t && (!openOnly || !isFinalReissueStatus(t->status)))
            out << *t;
    }
    return out;
}

bool LocalStore::advanceReissue(const QUuid& operationId, ReissueStatus to, const OperatorContext& by,
                                const QString& note, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    // Read, check and write in one BEGIN IMMEDIATE transaction: two counters (or the counter and the admin
    // tool) cannot both move the same application from the same status.
    WriteTransaction t(*this);
    if (!t.ok())
        return fail(t.error());
    const QString id = uuidText(operationId);
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("SELECT service, success, holder_id_masked FROM operations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(describeSqlError(q.lastError()));
    if (!q.next())
        return fail(tr("there is no operation %1 on this counter").arg(id));
    if (q.value(0).toString() != QLatin1String("reissue") || q.value(1).toInt() == 0)
        return fail(tr("operation %1 is not an accepted reissue application").arg(id));
    const QString masked = q.value(2).toString();
    q.finish();
    const QList<ReissueStatusChange> changes = reissueChanges(t.db(), id);
    const ReissueStatus from = changes.isEmpty() ? ReissueStatus::ApplicationReceived : changes.last().status;
    if (!reissueTransitionAllowed(from, to))
        return fail(tr("the application is \"%1\": it cannot become \"%2\" (statuses only move forward)")
                        .arg(reissueStatusName(from), reissueStatusName(to)));
    AuditEntryFields f;
    f.timeUtc = QDateTime::currentDateTimeUtc();
    f.eventType = kReissueStatusEvent;
    f.operatorId = by.operatorId;
    f.role = by.role;
    f.terminalId = by.terminalId;
    f.branchId = by.branchId;
    f.trainingMode = by.trainingMode;
    f.operationId = id;
    f.maskedIdNumber = masked;
    f.details = QJsonObject{{"from", reissueStatusName(from)}, {"status", reissueStatusName(to)}};
    if (!note.trimmed().isEmpty())
        f.details.insert(QStringLiteral("note"), note.trimmed());
    if (!appendAudit(t.db(), f, error))
        return false;
    return t.commit(error);
}

bool LocalStore::applyAgencyReissueStatus(const ReferenceReissueStatus& change, ReissueStatusApplied* result,
                                          QString* error)
{
    const std::optional<ReissueStatus> to = reissueStatusFromName(change.status);
    *result = ReissueStatusApplied::Skipped;
    if (!to) {
        if (error)
            *error = QStringLiteral("unknown reissue status");
        return true;
    }
    const std::optional<ReissueTracking> tracking = reissueTracking(change.operationId);
    const std::optional<OperationRecord> rec = operation(change.operationId);
    if (!tracking || !rec) {
        if (error)
            *error = QStringLiteral("no accepted reissue application with this id on this counter");
        return true;
    }
    // Same or older than what the counter has (a replayed pull, or the clerk was ahead): nothing to do.
    if (!reissueTransitionAllowed(tracking->status, *to)) {
        *result = ReissueStatusApplied::Ignored;
        return true;
    }
    const OperatorContext agency{QStringLiteral("agency"), QStringLiteral("agency"), rec->op.branchId,
                                 m_options.counterId, rec->op.trainingMode};
    const QString note = QStringLiteral("agency change %1, %2")
                             .arg(change.change)
                             .arg(change.changedUtc.toString(Qt::ISODate));
    if (advanceReissue(change.operationId, *to, agency, note, error)) {
        *result = ReissueStatusApplied::Applied;
        return true;
    }
    // Moved meanwhile by someone else (the admin tool): then it is simply older now.
    const std::optional<ReissueTracking> now = reissueTracking(change.operationId);
    if (now && !reissueTransitionAllowed(now->status, *to)) {
        *result = ReissueStatusApplied::Ignored;
        return true;
    }
    return false;
}

} // namespace carddesk
