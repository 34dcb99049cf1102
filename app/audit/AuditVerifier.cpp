#include "app/audit/AuditVerifier.h"

#include "app/audit/AuditChain.h"
#include "app/store/SqliteApi.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <openssl/evp.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace carddesk {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AuditVerifier", text);
}

struct Checkpoint
{
    QByteArray headHash;
    QByteArray signature;
    bool keyMatches = false;
};
} // namespace

AuditVerifyReport AuditVerifier::verify(QSqlDatabase db, const QByteArray& expectedPublicKey,
                                        bool everySignature)
{
    AuditVerifyOptions options;
    options.expectedPublicKey = expectedPublicKey;
    options.everySignature = everySignature;
    return verify(db, options);
}

AuditVerifyReport AuditVerifier::verify(QSqlDatabase db, const AuditVerifyOptions& options)
{
    const QByteArray& expectedPublicKey = options.expectedPublicKey;
    const bool everySignature = options.everySignature;
    AuditVerifyReport r;
    auto bad = [&](qint64 sequence, const QString& problem) {
        r.ok = false;
        r.firstBadSequence = sequence;
        r.problem = problem;
        return r;
    };
    QByteArray publicKey = expectedPublicKey;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (publicKey.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT public_key FROM counter_keys WHERE name = 'audit-signing'")) ||
            !q.next())
            return bad(0, tr("the counter's audit signing key is missing"));
        publicKey = q.value(0).toByteArray();
    }

    QMap<qint64, Checkpoint> checkpoints;
    if (!q.exec(QStringLiteral(
            "SELECT sequence, head_hash, signature, public_key FROM checkpoints ORDER BY sequence")))
        return bad(0, q.lastError().text());
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        checkpoints.insert(seq, Checkpoint{q.value(1).toByteArray(), q.value(2).toByteArray(),
                                           q.value(3).toByteArray() == publicKey});
        r.lastCheckpoint = seq;
    }
    // The total for the progress callback: sequences have no gaps, so the highest one is the count (read from
    // the primary key, no scan).
    qint64 total = 0;
    const AuditVerifyProgress& progress = options.progress;
    // The hot loop pays one compare per entry: the next entry count at which to report (never, without a
    // callback).
    qint64 progressEvery = 1;
    qint64 nextProgress = std::numeric_limits<qint64>::max();
    if (progress) {
        while (progressEvery < options.progressEvery)
            progressEvery <<= 1;
        nextProgress = progressEvery;
        if (q.exec(QStringLiteral("SELECT MAX(sequence) FROM audit_entries")) && q.next())
            total = q.value(0).toLongLong();
        if (!progress(0, total)) {
            r.cancelled = true;
            r.problem = tr("verification cancelled before it started");
            return r;
        }
    }
    // Signatures are checked where they carry the proof: the last checkpoint (which anchors every entry
    // before it through the hash chain) and any checkpoint the chain disagrees with. An intermediate
    // checkpoint that agrees with the chain adds nothing to the proof, and an Ed25519 check costs as much as
    // hashing a few hundred entries; everySignature checks them all anyway.
    auto signatureOk = [&](qint64 seq, const Checkpoint& cp) {
        ++r.signaturesVerified;
        return cp.keyMatches && AuditChain::verifySignature(
                                    publicKey, AuditChain::checkpointMessage(seq, cp.headHash), cp.signature);
    };

    // The chain is walked in sequence order with a reused digest context. Rows come straight from SQLite
    // (SqliteApi.h) when possible: no per-row copies, so verification runs close to raw SHA-256 speed.
    EVP_MD_CTX* sha = EVP_MD_CTX_new();
    const EVP_MD* md = AuditChain::sha256();
    QByteArray previous(AuditChain::HashSize, '\0');
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    qint64 expected = 1;
    qint64 lastGoodCheckpoint = 0;
    auto cpIt = checkpoints.constBegin();
    bool stopped = false;
    // Returns false at the first problem (r filled in).
    auto check = [&](qint64 seq, const char* canonical, int canonicalSize, const char* prevHash, int prevSize,
                     const char* hash, int hashSize) {
        if (seq != expected) {
            bad(expected, tr("entry %1 is missing (the next entry found is %2)").arg(expected).arg(seq));
            return false;
        }
        const qint64 inside = AuditChain::sequenceOf(QByteArray::fromRawData(canonical, canonicalSize));
        if (inside != seq) {
            bad(seq, tr("entry %1 is out of place: its content says it is entry %2").arg(seq).arg(inside));
            return false;
        }
        if (prevSize != previous.size() || std::memcmp(prevHash, previous.constData(), prevSize) != 0) {
            bad(seq, tr("entry %1 does not link to entry %2 (an entry was inserted, removed or replaced)")
                         .arg(seq)
                         .arg(seq - 1));
            return false;
        }
        EVP_DigestInit_ex(sha, md, nullptr);
        EVP_DigestUpdate(sha, previous.constData(), previous.size());
        EVP_DigestUpdate(sha, canonical, canonicalSize);
        EVP_DigestFinal_ex(sha, digest, &len);
        if (hashSize != static_cast<int>(len) || std::memcmp(hash, digest, len) != 0) {
            bad(seq, tr("entry %1 was modified: its hash does not match its content").arg(seq));
            return false;
        }
        while (cpIt != checkpoints.constEnd() && cpIt.key() < seq)
            ++cpIt;
        if (cpIt != checkpoints.constEnd() && cpIt.key() == seq) {
            ++r.checkpointsChecked;
            const bool agrees = cpIt->headHash.size() == hashSize &&
                                std::memcmp(cpIt->headHash.constData(), hash, hashSize) == 0;
            if ((everySignature || !agrees || seq == r.lastCheckpoint) && !signatureOk(seq, *cpIt)) {
                bad(seq, tr("the checkpoint at entry %1 has a bad signature").arg(seq));
                return false;
            }
            if (!agrees) {
                // Internally consistent but not what was signed: somewhere after the last good checkpoint the
                // chain was rewritten with recomputed hashes.
                bad(lastGoodCheckpoint + 1,
                    tr("entries %1 to %2 were rewritten: the chain no longer matches the "
                       "checkpoint signed at entry %2")
                        .arg(lastGoodCheckpoint + 1)
                        .arg(seq));
                return false;
            }
            lastGoodCheckpoint = seq;
        }
        std::memcpy(previous.data(), digest, len);
        r.lastSequence = seq;
        ++r.entriesChecked;
        ++expected;
        if (r.entriesChecked == nextProgress) {
            nextProgress += progressEvery;
            if (!progress(r.entriesChecked, std::max(total, r.entriesChecked))) {
                r.ok = false;
                r.cancelled = true;
                r.problem =
                    tr("verification cancelled after %1 of %2 entries").arg(r.entriesChecked).arg(total);
                return false;
            }
        }
        return true;
    };
    static const char kEntries[] =
        "SELECT sequence, canonical, prev_hash, hash FROM audit_entries ORDER BY sequence";
    const sqlite::Api* a = sqlite::api();
    sqlite::Statement fast(sqlite::handle(db), kEntries);
    if (a && fast.isValid()) {
        sqlite3_stmt* s = fast.get();
        while (a->step(s) == SQLITE_ROW) {
            const auto* canonical = static_cast<const char*>(a->column_blob(s, 1));
            const int canonicalSize = a->column_bytes(s, 1);
            const auto* prevHash = static_cast<const char*>(a->column_blob(s, 2));
            const int prevSize = a->column_bytes(s, 2);
            const auto* hash = static_cast<const char*>(a->column_blob(s, 3));
            const int hashSize = a->column_bytes(s, 3);
            if (!check(a->column_int64(s, 0), canonical, canonicalSize, prevHash, prevSize, hash, hashSize)) {
                stopped = true;
                break;
            }
        }
        fast.reset();
    } else {
        if (!q.exec(QString::fromLatin1(kEntries))) {
            EVP_MD_CTX_free(sha);
            return bad(0, q.lastError().text());
        }
        while (q.next()) {
            const QByteArray canonical = q.value(1).toByteArray();
            const QByteArray prevHash = q.value(2).toByteArray();
            const QByteArray hash = q.value(3).toByteArray();
            if (!check(q.value(0).toLongLong(), canonical.constData(), canonical.size(), prevHash.constData(),
                       prevHash.size(), hash.constData(), hash.size())) {
                stopped = true;
                break;
            }
        }
    }
    EVP_MD_CTX_free(sha);
    if (stopped)
        return r;
    if (progress)
        progress(r.entriesChecked, std::max(total, r.entriesChecked));
    if (r.lastCheckpoint > r.lastSequence) {
        const auto cp = checkpoints.constFind(r.lastCheckpoint);
        if (!signatureOk(r.lastCheckpoint, *cp))
            return bad(r.lastCheckpoint,
                       tr("the checkpoint at entry %1 has a bad signature").arg(r.lastCheckpoint));
        return bad(r.lastSequence + 1,
                   tr("entries %1 to %2 are missing: the log was cut off before its last signed "
                      "checkpoint (entry %2)")
                       .arg(r.lastSequence + 1)
                       .arg(r.lastCheckpoint));
    }
    r.ok = true;
    return r;
}

} // namespace carddesk
