// The audit chain: deterministic canonical encoding, checkpoints, and the verifier against each kind of
// tampering (modify, delete, insert, reorder, cut the tail, rewrite with recomputed hashes, forged
// checkpoint).
#include "StoreTestSupport.h"

#include "app/audit/AuditChain.h"
#include "app/audit/AuditVerifier.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QtTest>

using namespace carddesk;
using namespace carddesk::test;

namespace {

AuditEventRecord sampleEvent(int i)
{
    AuditEventRecord e;
    e.eventType = i % 3 == 0 ? QStringLiteral("login") : QStringLiteral("photo-manual-capture");
    e.success = i % 5 != 0;
    e.resultCode = QStringLiteral("r%1").arg(i);
    e.op = clerk();
    e.idNumber = QStringLiteral("110105199001011237");
    e.details = QJsonObject{{"i", i}};
    return e;
}

} // namespace

class AuditChainTest : public QObject
{
    Q_OBJECT

    QString m_dir;
    std::unique_ptr<LocalStore> m_store;

    // 25 entries; checkpoints at 10 and 20 (every 10) and 25 (on demand, as a sync makes).
    void makeChain(const QString& name)
    {
        m_store.reset();
        m_dir = scratchDir(name);
        QString error;
        m_store = LocalStore::open(storeOptions(m_dir), &error);
        QVERIFY2(m_store, qPrintable(error));
        for (int i = 1; i <= 25; ++i)
            QVERIFY(m_store->audit(sampleEvent(i), &error));
        QVERIFY(m_store->makeCheckpoint(&error));
        const AuditVerifyReport clean = AuditVerifier::verify(m_store->database());
        QVERIFY2(clean.ok, qPrintable(clean.problem));
        QCOMPARE(clean.entriesChecked, 25);
        QCOMPARE(clean.checkpointsChecked, 3);
        QCOMPARE(AuditVerifier::verify(m_store->database(), {}, true).signaturesVerified, 3);
    }

    void exec(const QString& sql)
    {
        QSqlQuery q(m_store->database());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + " in " + sql));
    }

    QByteArray hashOf(qint64 seq)
    {
        QSqlQuery q(m_store->database());
        q.exec(QStringLiteral("SELECT hash FROM audit_entries WHERE sequence = %1").arg(seq));
        return q.next() ? q.value(0).toByteArray() : QByteArray();
    }

private slots:
    void cleanup() { m_store.reset(); }

    void encodingIsDeterministicAndMasksIdNumbers()
    {
        AuditEntryFields f;
        f.timeUtc = QDateTime(QDate(2026, 11, 22), QTime(8, 30, 1, 250), Qt::UTC);
        f.eventType = QStringLiteral("operation:pin-reset");
        f.resultCode = QStringLiteral("ok");
        f.statusWord = 0x63C2;
        f.operatorId = QStringLiteral("clerk1");
        f.role = QStringLiteral("clerk");
        f.terminalId = QStringLiteral("T01");
        f.branchId = QStringLiteral("B001");
        f.maskedIdNumber = QStringLiteral("11010519491231002X"); // a full number slips in: the chain masks it
        f.cardNumber = QStringLiteral("A1");
        f.approvalIds = QStringList{QStringLiteral("a1")};
        f.imageIds = QStringList{QStringLiteral("p1"), QStringLiteral("p2")};
        f.details = QJsonObject{{"z", 1}, {"a", "b"}};
        const QByteArray one = AuditChain::encode(7, f);
        AuditEntryFields g = f;
        g.details = QJsonObject{{"a", "b"}, {"z", 1}}; // same content, built in another order
        QCOMPARE(AuditChain::encode(7, g), one);
        QVERIFY(AuditChain::encode(8, f) != one);
        QVERIFY(!one.contains("11010519491231002X"));
        QVERIFY(one.contains("110105********002X"));
        QCOMPARE(AuditChain::sequenceOf(one), 7);
        qint64 seq = 0;
        const auto decoded = AuditChain::decode(one, &seq);
        QVERIFY(decoded);
        QCOMPARE(seq, 7);
        QCOMPARE(decoded->maskedIdNumber, QStringLiteral("110105********002X"));
        QCOMPARE(decoded->statusWord, quint16(0x63C2));
        QCOMPARE(decoded->timeUtc, f.timeUtc);
        QCOMPARE(decoded->imageIds, f.imageIds);
        QCOMPARE(AuditChain::encode(7, *decoded), one);
        QVERIFY(!AuditChain::decode(one.left(one.size() - 3)));
        QCOMPARE(AuditChain::sequenceOf(QByteArray("junk")), -1);
    }

    void detectsAModifiedEntry()
    {
        makeChain(QStringLiteral("audit-modify"));
        // An "editor" changes the operator inside entry 7 (same length, hashes untouched).
        exec(QStringLiteral(
            "UPDATE audit_entries SET canonical = CAST(replace(CAST(canonical AS TEXT), 'clerk1', "
            "'clerk9') AS BLOB) WHERE sequence = 7"));
        const AuditVerifyReport r = AuditVerifier::verify(m_store->database());
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSequence, 7);
        QVERIFY2(r.problem.contains("modified"), qPrintable(r.problem));
    }

    void detectsADeletedEntry()
    {
        makeChain(QStringLiteral("audit-delete"));
        exec(QStringLiteral("DELETE FROM audit_entries WHERE sequence = 7"));
        const AuditVerifyReport r = AuditVerifier::verify(m_store->database());
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSequence, 7);
        QVERIFY2(r.problem.contains("missing"), qPrintable(r.problem));
    }

    void detectsAnInsertedEntry()
    {
        makeChain(QStringLiteral("audit-insert"));
        // Entries 7.. move up one place and a forged entry 7 goes in, linked and hashed correctly by someone
        // who knows the format: the forged entry itself is consistent, the next link is not.
        exec(QStringLiteral("UPDATE audit_entries SET sequence = -sequence - 1 WHERE sequence >= 7"));
        exec(QStringLiteral("UPDATE audit_entries SET sequence = -sequence WHERE sequence < 0"));
        AuditEntryFields forged;
        forged.timeUtc = QDateTime::currentDateTimeUtc();
        forged.eventType = QStringLiteral("login");
        forged.operatorId = QStringLiteral("intruder");
        const QByteArray canonical = AuditChain::encode(7, forged);
        const QByteArray prev = hashOf(6);
        const QByteArray hash =
            QCryptographicHash::hash(QByteArray(prev + canonical), QCryptographicHash::Sha256);
        QSqlQuery q(m_store->database());
        q.prepare(
            QStringLiteral("INSERT INTO audit_entries(sequence, time_utc, event_type, operator_id, success, "
                           "canonical, prev_hash, hash) VALUES(7, '', 'login', 'intruder', 1, ?, ?, ?)"));
        q.addBindValue(canonical);
        q.addBindValue(prev);
        q.addBindValue(hash);
        QVERIFY(q.exec());
        AuditVerifyReport r = AuditVerifier::verify(m_store->database());
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSequence, 8);

        // A careless forger who does not compute the hash is caught at the inserted entry itself.
        exec(QStringLiteral("UPDATE audit_entries SET hash = zeroblob(32) WHERE sequence = 7"));
        r = AuditVerifier::verify(m_store->database());
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSequence, 7);
    }

    void detectsAnEntryAddedAtTheEnd()
    {
        makeChain(QStringLiteral("audit-append"));
        AuditEntryFields forged;
        forged.eventType = QStringLiteral("login");
        QSqlQuery q(m_store->database());
        q.prepare(
            QStringLiteral("INSERT INTO audit_entries(sequence, time_utc, event_type, success, canonical, "
                           "prev_hash, hash) VALUES(26, '', 'login', 1, ?, ?, zeroblob(32))"));
        q.addBindValue(AuditChain::encode(26, forged));
        q.addBindValue(hashOf(25));
        QVERIFY(q.exec());
        const AuditVerifyReport r = AuditVerifier::verify(m_store->database());
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSequence, 26);
    }

    void detectsReorderedEntries()
    {
        makeChain(QStringLiteral("audit-reorder"));
        exec(QStringLiteral("UPDATE audit_entries SET sequence = -1 WHERE sequence = 12"));
        exec(QStringLiteral("UPDATE audit_entries SET sequence = 12 WHERE sequence = 13"));
        exec(QStringLiteral("UPDATE audit_entries SET sequence = 13 WHERE sequence = -1"));
        const AuditVerifyReport r = AuditVerifier::verify(m_store->database());
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSequence, 12);
        QVERIFY2(r.problem.contains("out of place"), qPrintable(r.problem));
    }

    void detectsACutOffTail()
    {
        makeChain(QStringLiteral("audit-cut"));
        exec(QStringLiteral("DELETE FROM audit_entries WHERE sequence > 17"));
        const AuditVerifyReport r = AuditVerifier::verify(m_store->database());
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSequence, 18);
        QCOMPARE(r.lastSequence, 17);
        QVERIFY2(r.problem.contains("cut off"), qPrintable(r.problem));
        QVERIFY2(r.problem.contains("25"), qPrintable(r.problem));
    }

    void detectsARewrittenChainThroughTheCheckpoints()
    {
        makeChain(QStringLiteral("audit-rewrite"));
        // The forger edits entry 14 and recomputes every hash after it: the chain is consistent again, but
        // the head no longer matches what was signed at 20.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT sequence, canonical FROM audit_entries WHERE sequence >= 14 ORDER BY sequence")));
        QList<QPair<qint64, QByteArray>> rows;
        while (q.next())
            rows << qMakePair(q.value(0).toLongLong(), q.value(1).toByteArray());
        q.finish();
        QByteArray prev = hashOf(13);
        for (auto& [seq, canonical] : rows) {
            if (seq == 14)
                canonical.replace("clerk1", "clerk9");
            const QByteArray hash =
                QCryptographicHash::hash(QByteArray(prev + canonical), QCryptographicHash::Sha256);
            QSqlQuery u(m_store->database());
            u.prepare(QStringLiteral(
                "UPDATE audit_entries SET canonical = ?, prev_hash = ?, hash = ? WHERE sequence = ?"));
            u.addBindValue(canonical);
            u.addBindValue(prev);
            u.addBindValue(hash);
            u.addBindValue(seq);
            QVERIFY(u.exec());
            prev = hash;
        }
        const AuditVerifyReport r = AuditVerifier::verify(m_store->database());
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSequence, 11); // somewhere after the last checkpoint that still holds (10)
        QVERIFY2(r.problem.contains("checkpoint"), qPrintable(r.problem));
    }

    void detectsAForgedCheckpoint()
    {
        makeChain(QStringLiteral("audit-forged-checkpoint"));
        // A forged intermediate checkpoint that still agrees with the chain proves nothing either way: the
        // default check (last checkpoint + disagreeing ones) passes, the full check names it.
        exec(QStringLiteral("UPDATE checkpoints SET signature = zeroblob(64) WHERE sequence = 20"));
        AuditVerifyReport r = AuditVerifier::verify(m_store->database());
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.signaturesVerified, 1);
        r = AuditVerifier::verify(m_store->database(), {}, true);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSequence, 20);
        QVERIFY2(r.problem.contains("signature"), qPrintable(r.problem));
        // A checkpoint moved to another head (to cover a rewrite) disagrees with the chain: its signature is
        // checked and fails.
        exec(QStringLiteral("UPDATE checkpoints SET head_hash = zeroblob(32) WHERE sequence = 20"));
        r = AuditVerifier::verify(m_store->database());
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSequence, 20);
        QVERIFY2(r.problem.contains("signature"), qPrintable(r.problem));
    }

    void theLastCheckpointMustBeSignedByTheCounter()
    {
        makeChain(QStringLiteral("audit-last-checkpoint"));
        exec(QStringLiteral("UPDATE checkpoints SET signature = zeroblob(64) WHERE sequence = 25"));
        AuditVerifyReport r = AuditVerifier::verify(m_store->database());
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSequence, 25);
        // Against the key registered with the agency, checkpoints made with another key fail.
        makeChain(QStringLiteral("audit-other-key"));
        r = AuditVerifier::verify(m_store->database(), QByteArray(32, '\x07'));
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSequence, 25);
        r = AuditVerifier::verify(m_store->database(), m_store->auditChain().publicKey());
        QVERIFY(r.ok);
    }

    void checkpointsFollowTheChain()
    {
        makeChain(QStringLiteral("audit-checkpoints"));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT sequence, head_hash, signature, public_key FROM checkpoints ORDER BY sequence")));
        QList<qint64> seqs;
        while (q.next()) {
            seqs << q.value(0).toLongLong();
            QCOMPARE(q.value(1).toByteArray(), hashOf(q.value(0).toLongLong()));
            QCOMPARE(q.value(3).toByteArray(), m_store->auditChain().publicKey());
            QVERIFY(AuditChain::verifySignature(
                q.value(3).toByteArray(),
                AuditChain::checkpointMessage(q.value(0).toLongLong(), q.value(1).toByteArray()),
                q.value(2).toByteArray()));
        }
        QCOMPARE(seqs, (QList<qint64>{10, 20, 25}));
        // The private key is stored encrypted: its raw bytes cannot be found, only the wrapped form.
        QVERIFY(q.exec(QStringLiteral("SELECT length(private_key_enc) FROM counter_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1 + 12 + 32 + 16);
    }
};

QTEST_GUILESS_MAIN(AuditChainTest)
#include "AuditChainTest.moc"
