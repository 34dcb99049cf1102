#include "TestOutbox.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <openssl/evp.h>

#include <atomic>

namespace carddesk::test {

namespace {
std::atomic<int> g_instances{0};

QByteArray sign(const QByteArray& privateKey, const QByteArray& message, QByteArray* publicKey)
{
    EVP_PKEY* key = EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(privateKey.constData()), 32);
    QByteArray sig(64, '\0');
    size_t sigLen = 64;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, key);
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &sigLen,
                   reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()));
    EVP_MD_CTX_free(ctx);
    QByteArray pub(32, '\0');
    size_t pubLen = 32;
    EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(pub.data()), &pubLen);
    EVP_PKEY_free(key);
    *publicKey = pub;
    return sig;
}
} // namespace

TestOutbox::TestOutbox(const QString& path)
    : m_path(path)
    , m_prefix(QStringLiteral("testoutbox-%1-").arg(++g_instances))
{}

TestOutbox::~TestOutbox()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    // Connections of other threads cannot be touched from here; removing them closes them.
    for (const auto& entry : m_connections)
        QSqlDatabase::removeDatabase(entry.second);
}

void TestOutbox::releaseThreadConnection()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_connections.find(std::this_thread::get_id());
    if (it == m_connections.end())
        return;
    {
        QSqlDatabase d = QSqlDatabase::database(it->second, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(it->second);
    m_connections.erase(it);
}

QSqlDatabase TestOutbox::db()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto id = std::this_thread::get_id();
    const auto it = m_connections.find(id);
    if (it != m_connections.end())
        return QSqlDatabase::database(it->second);
    const QString name = m_prefix + QString::number(m_connections.size());
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    d.setDatabaseName(m_path);
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    d.open();
    QSqlQuery q(d);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    const char* schema[] = {
        "CREATE TABLE IF NOT EXISTS ops(id TEXT PRIMARY KEY, seq INTEGER UNIQUE NOT NULL, payload TEXT NOT "
        "NULL, "
        "created TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending', reason TEXT, rejected TEXT)",
        "CREATE TABLE IF NOT EXISTS audit(seq INTEGER PRIMARY KEY, canonical BLOB NOT NULL, prev BLOB NOT "
        "NULL, "
        "hash BLOB NOT NULL)",
        "CREATE TABLE IF NOT EXISTS checkpoints(seq INTEGER PRIMARY KEY, head BLOB, sig BLOB, pub BLOB)",
        "CREATE TABLE IF NOT EXISTS kv(k TEXT PRIMARY KEY, v TEXT)",
        "CREATE TABLE IF NOT EXISTS persons(id TEXT PRIMARY KEY, name TEXT, sex INT, birth TEXT)",
        "CREATE TABLE IF NOT EXISTS cards(no TEXT PRIMARY KEY, holder TEXT, code TEXT, status TEXT)",
        "CREATE TABLE IF NOT EXISTS operators(id TEXT PRIMARY KEY, name TEXT, role TEXT, branch TEXT, "
        "disabled INT)",
    };
    for (const char* s : schema)
        q.exec(QLatin1String(s));
    m_connections.emplace(id, name);
    return d;
}

bool TestOutbox::appendAuditIn(QSqlDatabase& d, const QByteArray& canonical)
{
    QSqlQuery q(d);
    q.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
    qint64 seq = 1;
    QByteArray prev(32, '\0');
    if (q.next()) {
        seq = q.value(0).toLongLong() + 1;
        prev = q.value(1).toByteArray();
    }
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray(prev + canonical), QCryptographicHash::Sha256);
    q.prepare(QStringLiteral("INSERT INTO audit(seq, canonical, prev, hash) VALUES (?, ?, ?, ?)"));
    q.addBindValue(seq);
    q.addBindValue(canonical);
    q.addBindValue(prev);
    q.addBindValue(hash);
    return q.exec();
}

bool TestOutbox::appendAudit(const QByteArray& canonical)
{
    QSqlDatabase d = db();
    d.transaction();
    if (!appendAuditIn(d, canonical)) {
        d.rollback();
        return false;
    }
    return d.commit();
}

QUuid TestOutbox::enqueue(const QString& service, const QString& cardNumber, bool success,
                          const QJsonObject& details, const QDateTime& createdUtc)
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return {};
    q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM ops"));
    q.next();
    const qint64 seq = q.value(0).toLongLong();
    const QUuid id = QUuid::createUuid();
    const QJsonObject payload{
        {QStringLiteral("service"), service},
        {QStringLiteral("success"), success},
        {QStringLiteral("resultCode"), success ? QStringLiteral("ok") : QStringLiteral("failed")},
        {QStringLiteral("cardNumber"), cardNumber},
        {QStringLiteral("timeUtc"), createdUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("details"), details}};
    q.prepare(QStringLiteral("INSERT INTO ops(id, seq, payload, created) VALUES (?, ?, ?, ?)"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    q.addBindValue(seq);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(createdUtc.toString(Qt::ISODateWithMs));
    bool ok = q.exec();
    ok = ok && appendAuditIn(d, QStringLiteral("op %1 %2 %3").arg(seq).arg(service, cardNumber).toUtf8());
    if (!ok) {
        q.exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return {};
    return id;
}

QList<OutboxOperation> TestOutbox::pendingOperations(int limit)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT id, seq, payload, created FROM ops WHERE state = 'pending' ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    QList<OutboxOperation> ops;
    while (q.next()) {
        OutboxOperation op;
        op.id = QUuid::fromString(q.value(0).toString());
        op.sequence = q.value(1).toLongLong();
        op.payload = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        op.createdUtc = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        ops << op;
    }
    return ops;
}

int TestOutbox::pendingCount()
{
    return count(QStringLiteral("SELECT count(*) FROM ops WHERE state = 'pending'"));
}

int TestOutbox::count(const QString& sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool TestOutbox::markPushed(const QList<QUuid>& ids, QString* error)
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("UPDATE ops SET state = 'pushed' WHERE id = ? AND state = 'pending'"));
    for (const QUuid& id : ids) {
        q.bindValue(0, id.toString(QUuid::WithoutBraces));
        if (!q.exec()) {
            *error = q.lastError().text();
            QSqlQuery(d).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return QSqlQuery(d).exec(QStringLiteral("COMMIT"));
}

bool TestOutbox::markRejected(const QUuid& id, const QString& reason, QString* error)
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral(
        "UPDATE ops SET state = 'dead', reason = ?, rejected = ? WHERE id = ? AND state = 'pending'"));
    q.addBindValue(reason);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec() ||
        !appendAuditIn(d, QStringLiteral("sync-rejected %1 %2").arg(id.toString(), reason).toUtf8())) {
        *error = q.lastError().text();
        QSqlQuery(d).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return QSqlQuery(d).exec(QStringLiteral("COMMIT"));
}

QList<DeadLetter> TestOutbox::deadLetters()
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT id, seq, reason, rejected FROM ops WHERE state = 'dead' ORDER BY seq"));
    QList<DeadLetter> list;
    while (q.next())
        list << DeadLetter{QUuid::fromString(q.value(0).toString()), q.value(1).toLongLong(),
                           q.value(2).toString(),
                           QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)};
    return list;
}

QList<OutboxAuditEntry> TestOutbox::auditEntriesAfter(qint64 afterSequence, int limit)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT seq, canonical, prev, hash FROM audit WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(afterSequence);
    q.addBindValue(limit);
    q.exec();
    QList<OutboxAuditEntry> list;
    while (q.next())
        list << OutboxAuditEntry{q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toByteArray(),
                                 q.value(3).toByteArray()};
    return list;
}

std::optional<OutboxCheckpoint> TestOutbox::makeCheckpoint(QString* error)
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    q.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
    if (!q.next()) {
        *error = QStringLiteral("the audit log is empty");
        return std::nullopt;
    }
    OutboxCheckpoint c;
    c.sequence = q.value(0).toLongLong();
    c.headHash = q.value(1).toByteArray();
    QByteArray privateKey = QByteArray::fromHex(syncState(QStringLiteral("test.signingKey")).toLatin1());
    if (privateKey.size() != 32) {
        EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        privateKey.resize(32);
        size_t len = 32;
        EVP_PKEY_get_raw_private_key(key, reinterpret_cast<unsigned char*>(privateKey.data()), &len);
        EVP_PKEY_free(key);
        setSyncState(QStringLiteral("test.signingKey"), QString::fromLatin1(privateKey.toHex()), error);
    }
    c.signature = sign(privateKey, QByteArray::number(c.sequence) + ':' + c.headHash, &c.publicKey);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO checkpoints(seq, head, sig, pub) VALUES (?, ?, ?, ?)"));
    q.addBindValue(c.sequence);
    q.addBindValue(c.headHash);
    q.addBindValue(c.signature);
    q.addBindValue(c.publicKey);
    q.exec();
    return c;
}

QString TestOutbox::syncState(const QString& key)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT v FROM kv WHERE k = ?"));
    q.addBindValue(key);
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

bool TestOutbox::setSyncState(const QString& key, const QString& value, QString* error)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO kv(k, v) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool TestOutbox::applyReferenceBatch(const ReferenceBatch& batch, QString* error)
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return false;
    }
    bool ok = true;
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO persons(id, name, sex, birth) VALUES (?, ?, ?, ?)"));
    for (const ReferencePerson& p : batch.persons) {
        q.bindValue(0, p.idNumber);
        q.bindValue(1, p.name);
        q.bindValue(2, p.sex);
        q.bindValue(3, p.birthDate);
        ok = ok && q.exec();
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO cards(no, holder, code, status) VALUES (?, ?, ?, ?)"));
    for (const ReferenceCard& c : batch.cards) {
        q.bindValue(0, c.cardNumber);
        q.bindValue(1, c.idNumber);
        q.bindValue(2, c.identificationCode);
        q.bindValue(3, c.status);
        ok = ok && q.exec();
    }
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO operators(id, name, role, branch, disabled) VALUES (?, ?, ?, ?, ?)"));
    for (const ReferenceOperator& o : batch.operators) {
        q.bindValue(0, o.operatorId);
        q.bindValue(1, o.displayName);
        q.bindValue(2, o.role);
        q.bindValue(3, o.branchId);
        q.bindValue(4, o.disabled ? 1 : 0);
        ok = ok && q.exec();
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO kv(k, v) VALUES (?, ?)"));
    if (!batch.regionProfile.isEmpty()) {
        q.bindValue(0, QStringLiteral("region"));
        q.bindValue(1, QString::fromUtf8(QJsonDocument(batch.regionProfile).toJson(QJsonDocument::Compact)));
        ok = ok && q.exec();
    }
    q.bindValue(0, QStringLiteral("refseq"));
    q.bindValue(1, QString::number(batch.toChangeSequence));
    ok = ok && q.exec();
    if (!ok) {
        *error = q.lastError().text();
        QSqlQuery(d).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return QSqlQuery(d).exec(QStringLiteral("COMMIT"));
}

qint64 TestOutbox::referenceChangeSequence()
{
    return syncState(QStringLiteral("refseq")).toLongLong();
}

QString TestOutbox::state(const QUuid& id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT state FROM ops WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

QList<QUuid> TestOutbox::allOperationIds()
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT id FROM ops ORDER BY seq"));
    QList<QUuid> ids;
    while (q.next())
        ids << QUuid::fromString(q.value(0).toString());
    return ids;
}

QString TestOutbox::cardStatus(const QString& cardNumber)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT status FROM cards WHERE no = ?"));
    q.addBindValue(cardNumber);
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace carddesk::test
