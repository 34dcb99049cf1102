#include "app/audit/AuditVerifier.h"

#include "app/audit/AuditChain.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <openssl/evp.h>

#include <cstring>

namespace carddesk {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("AuditVerifier", text); }

struct Checkpoint
{
    QByteArray headHash;
    bool signatureOk = false;
};
} // namespace

AuditVerifyReport AuditVerifier::verify(QSqlDatabase db, const QByteArray& expectedPublicKey)
{
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
        if (!q.exec(QStringLiteral("SELECT public_key FROM counter_keys WHERE name = 'audit-signing'")) || !q.next())
            return bad(0, tr("the counter's audit signing key is missing"));
        publicKey = q.value(0).toByteArray();
    }

    QMap<qint64, Checkpoint> checkpoints;
    if (!q.exec(QStringLiteral("SELECT sequence, head_hash, signature, public_key FROM checkpoints ORDER BY sequence")))
        return bad(0, q.lastError().text());
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QByteArray head = q.value(1).toByteArray();
        const bool sigOk = q.value(3).toByteArray() == publicKey
                           && AuditChain::verifySignature(publicKey, AuditChain::checkpointMessage(seq, head),
                                                          q.value(2).toByteArray());
        checkpoints.insert(seq, Checkpoint{head, sigOk});
        r.lastCheckpoint = seq;
        ++r.checkpointsChecked;
    }

    // The chain is walked in sequence order; a reused digest context keeps this near raw SHA-256 speed.
    EVP_MD_CTX* sha = EVP_MD_CTX_new();
    QByteArray previous(AuditChain::HashSize, '\0');
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    qint64 expected = 1;
    qint64 lastGoodCheckpoint = 0;
    auto cpIt = checkpoints.constBegin();
    if (!q.exec(QStringLiteral("SELECT sequence, canonical, prev_hash, hash FROM audit_entries ORDER BY sequence"))) {
        EVP_MD_CTX_free(sha);
        return bad(0, q.lastError().text());
    }
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QByteArray canonical = q.value(1).toByteArray();
        const QByteArray prevHash = q.value(2).toByteArray();
        const QByteArray hash = q.value(3).toByteArray();
        if (seq != expected) {
            EVP_MD_CTX_free(sha);
            return bad(expected, tr("entry %1 is missing (the next entry found is %2)").arg(expected).arg(seq));
        }
        if (AuditChain::sequenceOf(canonical) != seq) {
            EVP_MD_CTX_free(sha);
            return bad(seq, tr("entry %1 is out of place: its content says it is entry %2")
                                .arg(seq)
                                .arg(AuditChain::sequenceOf(canonical)));
        }
        if (prevHash != previous) {
            EVP_MD_CTX_free(sha);
            return bad(seq, tr("entry %1 does not link to entry %2 (an entry was inserted, removed or replaced)")
                                .arg(seq)
                                .arg(seq - 1));
        }
        EVP_DigestInit_ex(sha, EVP_sha256(), nullptr);
        EVP_DigestUpdate(sha, previous.constData(), previous.size());
        EVP_DigestUpdate(sha, canonical.constData(), canonical.size());
        EVP_DigestFinal_ex(sha, digest, &len);
        if (hash.size() != static_cast<int>(len) || std::memcmp(hash.constData(), digest, len) != 0) {
            EVP_MD_CTX_free(sha);
            return bad(seq, tr("entry %1 was modified: its hash does not match its content").arg(seq));
        }
        while (cpIt != checkpoints.constEnd() && cpIt.key() < seq)
            ++cpIt;
        if (cpIt != checkpoints.constEnd() && cpIt.key() == seq) {
            if (!cpIt->signatureOk) {
                EVP_MD_CTX_free(sha);
                return bad(seq, tr("the checkpoint at entry %1 has a bad signature").arg(seq));
            }
            if (cpIt->headHash != hash) {
                EVP_MD_CTX_free(sha);
                // Internally consistent but not what was signed: somewhere after the last good checkpoint the
                // chain was rewritten with recomputed hashes.
                return bad(lastGoodCheckpoint + 1,
                           tr("entries %1 to %2 were rewritten: the chain no longer matches the checkpoint signed "
                              "at entry %2")
                               .arg(lastGoodCheckpoint + 1)
                               .arg(seq));
            }
            lastGoodCheckpoint = seq;
        }
        previous = hash;
        r.lastSequence = seq;
        ++r.entriesChecked;
        ++expected;
    }
    EVP_MD_CTX_free(sha);
    if (r.lastCheckpoint > r.lastSequence) {
        const auto cp = checkpoints.constFind(r.lastCheckpoint);
        if (!cp->signatureOk)
            return bad(r.lastCheckpoint, tr("the checkpoint at entry %1 has a bad signature").arg(r.lastCheckpoint));
        return bad(r.lastSequence + 1, tr("entries %1 to %2 are missing: the log was cut off before its last signed "
                                          "checkpoint (entry %2)")
                                           .arg(r.lastSequence + 1)
                                           .arg(r.lastCheckpoint));
    }
    r.ok = true;
    return r;
}

} // namespace carddesk
