#include "app/audit/AuditChain.h"

#include "app/store/StoreCrypto.h"
#include "app/store/StoreError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace carddesk {

namespace {

const QByteArray kMagic = QByteArrayLiteral("CDA1");
constexpr int kHeaderSize = 4 + 8;

enum Tag : unsigned char
{
    TagTime = 1,
    TagEvent,
    TagSuccess,
    TagResult,
    TagStatusWord,
    TagOperator,
    TagRole,
    TagTerminal,
    TagBranch,
    TagTraining,
    TagOperation,
    TagIdNumber,
    TagCardIdentification,
    TagCardNumber,
    TagApprovals,
    TagImages,
    TagDetails,
    TagCount,
};

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditChain", text);
}

void putField(QByteArray& out, Tag tag, const QByteArray& value)
{
    char len[4];
    qToBigEndian<quint32>(static_cast<quint32>(value.size()), len);
    out.append(static_cast<char>(tag));
    out.append(len, 4);
    out.append(value);
}

QByteArray listJson(const QStringList& list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact);
}

QStringList listFromJson(const QByteArray& json)
{
    QStringList out;
    for (const auto& v : QJsonDocument::fromJson(json).array())
        out << v.toString();
    return out;
}

QString timeText(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

bool AuditEntryFields::operator==(const AuditEntryFields& o) const
{
    return timeText(timeUtc) == timeText(o.timeUtc) && eventType == o.eventType && success == o.success &&
           resultCode == o.resultCode && statusWord == o.statusWord && operatorId == o.operatorId &&
           role == o.role && terminalId == o.terminalId && branchId == o.branchId &&
           trainingMode == o.trainingMode && operationId == o.operationId &&
           maskedIdNumber == o.maskedIdNumber && cardIdentificationCode == o.cardIdentificationCode &&
           cardNumber == o.cardNumber && approvalIds == o.approvalIds && imageIds == o.imageIds &&
           details == o.details;
}

AuditChain::AuditChain(int checkpointEvery)
    : m_checkpointEvery(checkpointEvery > 0 ? checkpointEvery : 100)
    , m_sha(EVP_MD_CTX_new())
{}

AuditChain::~AuditChain()
{
    EVP_MD_CTX_free(m_sha);
    EVP_PKEY_free(m_signingKey);
}

QByteArray AuditChain::encode(qint64 sequence, const AuditEntryFields& f)
{
    QByteArray out;
    out.reserve(256);
    out.append(kMagic);
    char seq[8];
    qToBigEndian<qint64>(sequence, seq);
    out.append(seq, 8);
    putField(out, TagTime, timeText(f.timeUtc).toUtf8());
    putField(out, TagEvent, f.eventType.toUtf8());
    putField(out, TagSuccess, f.success ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
    putField(out, TagResult, f.resultCode.toUtf8());
    putField(out, TagStatusWord, QByteArray::number(f.statusWord, 16).rightJustified(4, '0').toUpper());
    putField(out, TagOperator, f.operatorId.toUtf8());
    putField(out, TagRole, f.role.toUtf8());
    putField(out, TagTerminal, f.terminalId.toUtf8());
    putField(out, TagBranch, f.branchId.toUtf8());
    putField(out, TagTraining, f.trainingMode ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
    putField(out, TagOperation, f.operationId.toUtf8());
    // Masked here whatever the caller passed: the chain never holds a full ID number (masking is idempotent).
    putField(out, TagIdNumber, maskIdNumber(f.maskedIdNumber).toUtf8());
    putField(out, TagCardIdentification, f.cardIdentificationCode.toUtf8());
    putField(out, TagCardNumber, f.cardNumber.toUtf8());
    putField(out, TagApprovals, listJson(f.approvalIds));
    putField(out, TagImages, listJson(f.imageIds));
    // QJsonObject keeps its keys sorted, so the compact form is deterministic.
    putField(out, TagDetails, QJsonDocument(f.details).toJson(QJsonDocument::Compact));
    return out;
}

qint64 AuditChain::sequenceOf(const QByteArray& canonical)
{
    if (canonical.size() < kHeaderSize || !canonical.startsWith(kMagic))
        return -1;
    return qFromBigEndian<qint64>(canonical.constData() + 4);
}

std::optional<AuditEntryFields> AuditChain::decode(const QByteArray& canonical, qint64* sequence)
{
    const qint64 seq = sequenceOf(canonical);
    if (seq < 0)
        return std::nullopt;
    QByteArray values[TagCount];
    int pos = kHeaderSize;
    int expected = TagTime;
    while (pos < canonical.size()) {
        if (canonical.size() - pos < 5)
            return std::nullopt;
        const int tag = static_cast<unsigned char>(canonical[pos]);
        const quint32 len = qFromBigEndian<quint32>(canonical.constData() + pos + 1);
        pos += 5;
        if (tag != expected || len > static_cast<quint32>(canonical.size() - pos))
            return std::nullopt;
        values[tag] = canonical.mid(pos, static_cast<int>(len));
        pos += static_cast<int>(len);
        ++expected;
    }
    if (expected != TagCount)
        return std::nullopt;
    AuditEntryFields f;
    f.timeUtc = QDateTime::fromString(QString::fromUtf8(values[TagTime]), Qt::ISODateWithMs).toUTC();
    f.eventType = QString::fromUtf8(values[TagEvent]);
    f.success = values[TagSuccess] == "1";
    f.resultCode = QString::fromUtf8(values[TagResult]);
    f.statusWord = static_cast<quint16>(values[TagStatusWord].toUInt(nullptr, 16));
    f.operatorId = QString::fromUtf8(values[TagOperator]);
    f.role = QString::fromUtf8(values[TagRole]);
    f.terminalId = QString::fromUtf8(values[TagTerminal]);
    f.branchId = QString::fromUtf8(values[TagBranch]);
    f.trainingMode = values[TagTraining] == "1";
    f.operationId = QString::fromUtf8(values[TagOperation]);
    f.maskedIdNumber = QString::fromUtf8(values[TagIdNumber]);
    f.cardIdentificationCode = QString::fromUtf8(values[TagCardIdentification]);
    f.cardNumber = QString::fromUtf8(values[TagCardNumber]);
    f.approvalIds = listFromJson(values[TagApprovals]);
    f.imageIds = listFromJson(values[TagImages]);
    f.details = QJsonDocument::fromJson(values[TagDetails]).object();
    if (sequence)
        *sequence = seq;
    return f;
}

QByteArray AuditChain::checkpointMessage(qint64 sequence, const QByteArray& headHash)
{
    QByteArray m = QByteArrayLiteral("CDCP1");
    char seq[8];
    qToBigEndian<qint64>(sequence, seq);
    m.append(seq, 8);
    m.append(headHash);
    return m;
}

bool AuditChain::verifySignature(const QByteArray& rawPublicKey, const QByteArray& message,
                                 const QByteArray& signature)
{
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(rawPublicKey.constData()),
        rawPublicKey.size());
    if (!key)
        return false;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok =
        ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()), signature.size(),
                         reinterpret_cast<const unsigned char*>(message.constData()), message.size()) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

const EVP_MD* AuditChain::sha256()
{
    static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

QByteArray AuditChain::chainHash(const QByteArray& previousHash, const QByteArray& canonical)
{
    QByteArray out(HashSize, '\0');
    unsigned int len = 0;
    std::lock_guard<std::mutex> lock(m_mutex);
    EVP_DigestInit_ex(m_sha, sha256(), nullptr);
    EVP_DigestUpdate(m_sha, previousHash.constData(), previousHash.size());
    EVP_DigestUpdate(m_sha, canonical.constData(), canonical.size());
    EVP_DigestFinal_ex(m_sha, reinterpret_cast<unsigned char*>(out.data()), &len);
    return out;
}

bool AuditChain::loadOrCreateSigningKey(QSqlDatabase& db, StoreCrypto& crypto, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QByteArray aad = QByteArrayLiteral("counter_keys/private_key/audit-signing");
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT public_key, private_key_enc FROM counter_keys WHERE name = 'audit-signing'")))
        return fail(describeSqlError(q.lastError()));
    if (q.next()) {
        const QByteArray pub = q.value(0).toByteArray();
        std::optional<QByteArray> priv =
            crypto.decrypt(q.value(1).toByteArray(), aad, StoreCrypto::Key::SigningKey);
        if (!priv || priv->size() != 32)
            return fail(tr("the counter's audit signing key cannot be decrypted: wrong key file?"));
        EVP_PKEY* key = EVP_PKEY_new_raw_private_key(
            EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(priv->constData()),
            priv->size());
        OPENSSL_cleanse(priv->data(), priv->size());
        if (!key)
            return fail(tr("the counter's audit signing key is damaged"));
        std::lock_guard<std::mutex> lock(m_mutex);
        EVP_PKEY_free(m_signingKey);
        m_signingKey = key;
        m_publicKey = pub;
        return true;
    }
    EVP_PKEY* key = nullptr;
    EVP_PKEY_CTX* kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    if (!kctx || EVP_PKEY_keygen_init(kctx) != 1 || EVP_PKEY_keygen(kctx, &key) != 1) {
        EVP_PKEY_CTX_free(kctx);
        return fail(tr("cannot generate the counter's audit signing key"));
    }
    EVP_PKEY_CTX_free(kctx);
    QByteArray priv(32, '\0');
    QByteArray pub(32, '\0');
    size_t privLen = 32;
    size_t pubLen = 32;
    EVP_PKEY_get_raw_private_key(key, reinterpret_cast<unsigned char*>(priv.data()), &privLen);
    EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(pub.data()), &pubLen);
    const QByteArray wrapped = crypto.encrypt(priv, aad, StoreCrypto::Key::SigningKey);
    OPENSSL_cleanse(priv.data(), priv.size());
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO counter_keys(name, public_key, private_key_enc, created_utc) "
                               "VALUES('audit-signing', ?, ?, ?)"));
    ins.addBindValue(pub);
    ins.addBindValue(wrapped);
    ins.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!ins.exec()) {
        EVP_PKEY_free(key);
        return fail(describeSqlError(ins.lastError()));
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    EVP_PKEY_free(m_signingKey);
    m_signingKey = key;
    m_publicKey = pub;
    return true;
}

QByteArray AuditChain::sign(const QByteArray& message)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_signingKey)
        return {};
    QByteArray sig(64, '\0');
    size_t len = sig.size();
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok =
        ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_signingKey) == 1 &&
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &len,
                       reinterpret_cast<const unsigned char*>(message.constData()), message.size()) == 1;
    EVP_MD_CTX_free(ctx);
    return ok ? sig.left(static_cast<int>(len)) : QByteArray();
}

std::optional<qint64> AuditChain::append(QSqlDatabase& db, const AuditEntryFields& fields, QString* error,
                                         AuditAppendQueries* cache)
{
    auto fail = [&](const QSqlError& e) {
        if (error)
            *error = describeSqlError(e);
        return std::optional<qint64>();
    };
    AuditAppendQueries local;
    AuditAppendQueries& q = cache ? *cache : local;
    if (!q.prepared) {
        q.head = QSqlQuery(db);
        q.insert = QSqlQuery(db);
        if (!q.head.prepare(
                QStringLiteral("SELECT sequence, hash FROM audit_entries ORDER BY sequence DESC LIMIT 1")))
            return fail(q.head.lastError());
        if (!q.insert.prepare(
                QStringLiteral("INSERT INTO audit_entries(sequence, time_utc, event_type, operator_id, "
                               "operation_id, success, canonical, prev_hash, hash) "
                               "VALUES(?,?,?,?,?,?,?,?,?)")))
            return fail(q.insert.lastError());
        q.prepared = true;
    }
    if (!q.head.exec())
        return fail(q.head.lastError());
    qint64 sequence = 1;
    QByteArray previous(HashSize, '\0');
    if (q.head.next()) {
        sequence = q.head.value(0).toLongLong() + 1;
        previous = q.head.value(1).toByteArray();
    }
    q.head.finish();
    AuditEntryFields f = fields;
    if (!f.timeUtc.isValid())
        f.timeUtc = QDateTime::currentDateTimeUtc();
    const QByteArray canonical = encode(sequence, f);
    const QByteArray hash = chainHash(previous, canonical);
    q.insert.bindValue(0, sequence);
    q.insert.bindValue(1, timeText(f.timeUtc));
    q.insert.bindValue(2, f.eventType);
    q.insert.bindValue(3, f.operatorId);
    q.insert.bindValue(4, f.operationId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                  : QVariant(f.operationId));
    q.insert.bindValue(5, f.success ? 1 : 0);
    q.insert.bindValue(6, canonical);
    q.insert.bindValue(7, previous);
    q.insert.bindValue(8, hash);
    const bool inserted = q.insert.exec();
    q.insert.finish();
    if (!inserted)
        return fail(q.insert.lastError());
    if (sequence % m_checkpointEvery == 0 && !checkpoint(db, error))
        return std::nullopt;
    return sequence;
}

std::optional<OutboxCheckpoint> AuditChain::checkpoint(QSqlDatabase& db, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return std::optional<OutboxCheckpoint>();
    };
    QSqlQuery head(db);
    if (!head.exec(QStringLiteral("SELECT sequence, hash FROM audit_entries ORDER BY sequence DESC LIMIT 1")))
        return fail(describeSqlError(head.lastError()));
    if (!head.next())
        return fail(tr("the audit log is empty: there is nothing to sign"));
    OutboxCheckpoint cp;
    cp.sequence = head.value(0).toLongLong();
    cp.headHash = head.value(1).toByteArray();
    head.finish();
    QSqlQuery existing(db);
    existing.prepare(
        QStringLiteral("SELECT head_hash, signature, public_key FROM checkpoints WHERE sequence = ?"));
    existing.addBindValue(cp.sequence);
    if (existing.exec() && existing.next()) {
        cp.headHash = existing.value(0).toByteArray();
        cp.signature = existing.value(1).toByteArray();
        cp.publicKey = existing.value(2).toByteArray();
        return cp;
    }
    cp.signature = sign(checkpointMessage(cp.sequence, cp.headHash));
    cp.publicKey = m_publicKey;
    if (cp.signature.isEmpty())
        return fail(tr("the audit checkpoint could not be signed (no signing key)"));
    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO checkpoints(sequence, head_hash, signature, public_key, created_utc) "
                       "VALUES(?,?,?,?,?)"));
    ins.addBindValue(cp.sequence);
    ins.addBindValue(cp.headHash);
    ins.addBindValue(cp.signature);
    ins.addBindValue(cp.publicKey);
    ins.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!ins.exec())
        return fail(describeSqlError(ins.lastError()));
    return cp;
}

} // namespace carddesk
