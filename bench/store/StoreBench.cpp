// Store benchmarks. Every figure beside a baseline measured in this run:
//  - person lookup by ID number through the keyed hash (HMAC + Qt SQL) in a 1,000,000-row cache vs a raw
//    sqlite3 C API lookup by an indexed 18-character key (and vs the same query through the C API);
//  - audit append (durable, one transaction each) vs a raw sqlite3 durable insert of the same bytes;
//  - audit verify per entry vs raw SHA-256 over the same bytes (target within 2x);
//  - operator login with the production PBKDF2 cost vs one raw PKCS5_PBKDF2_HMAC call.
// CARDDESK_BENCH_ROWS overrides the cache size (default 1,000,000).
#include "BenchHarness.h"

#include "app/audit/AuditChain.h"
#include "app/audit/AuditVerifier.h"
#include "app/operators/OperatorAccounts.h"
#include "app/store/LocalStore.h"
#include "app/store/StoreCrypto.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <openssl/evp.h>
#include <sqlite3.h>

#include <cstdio>

using namespace carddesk;
using namespace carddesk::bench;

namespace {

QString idNumber(int i)
{
    return QStringLiteral("1101051990%1").arg(i, 8, 10, QLatin1Char('0'));
}

void must(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "bench_store: %s failed\n", what);
        std::exit(1);
    }
}

// The machine is shared and noisy: a baseline and its figure are measured in alternating rounds, and each is
// the median of its rounds' medians, so a burst of load hits both alike.
template <class Base, class Ours>
std::pair<double, double> paired(Base&& base, Ours&& ours, int rounds, int callsPerRound, int batch)
{
    std::vector<double> a;
    std::vector<double> b;
    for (int r = 0; r < rounds; ++r) {
        a.push_back(measure(base, callsPerRound, batch, r == 0 ? -1 : 0).median);
        b.push_back(measure(ours, callsPerRound, batch, r == 0 ? -1 : 0).median);
    }
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return {a[a.size() / 2], b[b.size() / 2]};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Report report(QStringLiteral("store"));
    const int rows = qEnvironmentVariableIntValue("CARDDESK_BENCH_ROWS") > 0
                         ? qEnvironmentVariableIntValue("CARDDESK_BENCH_ROWS")
                         : 1000000;
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/carddesk-bench-store-XXXXXX"));
    must(tmp.isValid(), "temporary directory");
    LocalStoreOptions o;
    o.databasePath = tmp.path() + QStringLiteral("/carddesk.sqlite");
    o.keyFilePath = tmp.path() + QStringLiteral("/root.key");
    o.counterId = QStringLiteral("BENCH");
    QString error;
    auto store = LocalStore::open(o, &error);
    must(store != nullptr, "opening the store");

    // ---- 1,000,000-row reference cache, one batch = one transaction ----
    ReferenceBatch batch;
    batch.persons.reserve(rows);
    batch.cards.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        batch.persons.append(ReferencePerson{idNumber(i), QStringLiteral("Person %1").arg(i), 1 + i % 2,
                                             QStringLiteral("1990-01-01")});
        batch.cards.append(ReferenceCard{QStringLiteral("C%1").arg(i, 9, 10, QLatin1Char('0')), idNumber(i),
                                         QString(), QStringLiteral("active")});
    }
    batch.toChangeSequence = 1;
    const double applyUs =
        timeOnce([&] { must(store->applyReferenceBatch(batch, &error), "applying the reference batch"); });
    batch = ReferenceBatch();

    // Raw baseline table: plaintext 18-character key, built with the C API in one transaction.
    const QByteArray rawPath = QFile::encodeName(tmp.path() + QStringLiteral("/raw.sqlite"));
    sqlite3* raw = nullptr;
    must(sqlite3_open(rawPath.constData(), &raw) == SQLITE_OK, "raw open");
    sqlite3_exec(raw,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                 "CREATE TABLE persons(id_number TEXT PRIMARY KEY, name TEXT, card_number TEXT, status TEXT) "
                 "WITHOUT ROWID;",
                 nullptr, nullptr, nullptr);
    const double rawInsertUs = timeOnce([&] {
        sqlite3_exec(raw, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt* ins = nullptr;
        sqlite3_prepare_v2(raw, "INSERT INTO persons VALUES(?,?,?,'active')", -1, &ins, nullptr);
        for (int i = 0; i < rows; ++i) {
            const QByteArray id = idNumber(i).toLatin1();
            const QByteArray name = QStringLiteral("Person %1").arg(i).toUtf8();
            const QByteArray card = QStringLiteral("C%1").arg(i, 9, 10, QLatin1Char('0')).toLatin1();
            sqlite3_bind_text(ins, 1, id.constData(), id.size(), SQLITE_TRANSIENT);
            sqlite3_bind_text(ins, 2, name.constData(), name.size(), SQLITE_TRANSIENT);
            sqlite3_bind_text(ins, 3, card.constData(), card.size(), SQLITE_TRANSIENT);
            sqlite3_step(ins);
            sqlite3_reset(ins);
        }
        sqlite3_finalize(ins);
        sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
    });
    report.addBaseline(QStringLiteral("sqlite3-bulk-insert"),
                       QStringLiteral("raw sqlite3 insert per row, plaintext, one transaction"),
                       rawInsertUs / rows, QStringLiteral("us"));
    report.addFigure(QStringLiteral("reference batch apply per person+card"), applyUs / rows,
                     QStringLiteral("us"), QStringLiteral("sqlite3-bulk-insert"), 1.0, 0.0, Better::Lower,
                     QStringLiteral("two rows, AES-GCM + 2 HMAC, Qt SQL; %1 persons in %2 s")
                         .arg(rows)
                         .arg(applyUs / 1e6, 0, 'f', 1));

    // ---- lookups ----
    QRandomGenerator rng(42);
    QList<QString> probes;
    for (int i = 0; i < 4096; ++i)
        probes << idNumber(static_cast<int>(rng.bounded(rows)));
    QList<QByteArray> probeLatin1;
    QList<QByteArray> probeHashes;
    for (const QString& p : probes) {
        probeLatin1 << p.toLatin1();
        probeHashes << store->crypto().lookupHash(p);
    }
    int k = 0;
    sqlite3_stmt* rawLookup = nullptr;
    sqlite3_prepare_v2(raw, "SELECT name, card_number, status FROM persons WHERE id_number = ?", -1,
                       &rawLookup, nullptr);
    int found = 0;
    int ours = 0;
    auto rawLookupOnce = [&] {
        const QByteArray& id = probeLatin1[k++ & 4095];
        sqlite3_bind_text(rawLookup, 1, id.constData(), id.size(), SQLITE_STATIC);
        if (sqlite3_step(rawLookup) == SQLITE_ROW)
            ++found;
        sqlite3_reset(rawLookup);
    };
    auto oursOnce = [&] {
        if (store->findPerson(probes[k++ & 4095]))
            ++ours;
    };
    const auto [rawLookupUs, oursLookupUs] = paired(rawLookupOnce, oursOnce, 9, 5000, 100);
    report.addBaseline(QStringLiteral("sqlite3-lookup"),
                       QStringLiteral("raw sqlite3 C API lookup by indexed 18-char key, %1 rows").arg(rows),
                       rawLookupUs, QStringLiteral("us"));

    // The same query as findPerson() through the C API on the store's own file (isolates HMAC + binding
    // cost).
    sqlite3* sameFile = nullptr;
    sqlite3_open_v2(QFile::encodeName(o.databasePath).constData(), &sameFile, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_exec(sameFile, "PRAGMA mmap_size=268435456", nullptr, nullptr, nullptr);
    sqlite3_stmt* sameQuery = nullptr;
    sqlite3_prepare_v2(sameFile,
                       "SELECT p.name, c.card_number, c.status, c.updated_utc FROM persons p "
                       "LEFT JOIN cards c ON c.holder_id_hash = p.id_hash WHERE p.id_hash = ?",
                       -1, &sameQuery, nullptr);
    auto sameOnce = [&] {
        const QByteArray& h = probeHashes[k++ & 4095];
        sqlite3_bind_blob(sameQuery, 1, h.constData(), h.size(), SQLITE_STATIC);
        while (sqlite3_step(sameQuery) == SQLITE_ROW)
            ++found;
        sqlite3_reset(sameQuery);
    };
    const auto [sameUs, oursLookupUs2] = paired(sameOnce, oursOnce, 5, 5000, 100);
    report.addBaseline(QStringLiteral("sqlite3-same-query"),
                       QStringLiteral("raw sqlite3 (mmap): findPerson's join by precomputed hash"), sameUs,
                       QStringLiteral("us"));
    must(ours > 0 && found > 0, "lookups found nothing");
    const Timing oursT{oursLookupUs, 0, 0, 0, 0};
    const Timing oursT2{oursLookupUs2, 0, 0, 0, 0};
    report.addFigure(QStringLiteral("findPerson (HMAC + join), %1 rows").arg(rows), oursT.median,
                     QStringLiteral("us"), QStringLiteral("sqlite3-lookup"), 1.0, 2.0);
    report.addFigure(QStringLiteral("findPerson vs the same query raw"), oursT2.median, QStringLiteral("us"),
                     QStringLiteral("sqlite3-same-query"), 1.0, 0.0);
    sqlite3_finalize(sameQuery);
    sqlite3_close(sameFile);
    sqlite3_finalize(rawLookup);

    // ---- audit append ----
    AuditEventRecord ev;
    ev.eventType = QStringLiteral("photo-manual-capture");
    ev.op = OperatorContext{QStringLiteral("clerk1"), QStringLiteral("clerk"), QStringLiteral("B001"),
                            QStringLiteral("T01"), false};
    ev.idNumber = idNumber(7);
    ev.cardNumber = QStringLiteral("C000000007");
    ev.cardIdentificationCode = QStringLiteral("0123456789ABCDEF0123456789ABCDEF");
    ev.details = QJsonObject{{"reason", "face not detected"}};
    const QByteArray sampleCanonical = AuditChain::encode(1, AuditEntryFields{QDateTime::currentDateTimeUtc(),
                                                                              ev.eventType,
                                                                              true,
                                                                              QString(),
                                                                              0,
                                                                              ev.op.operatorId,
                                                                              ev.op.role,
                                                                              ev.op.terminalId,
                                                                              ev.op.branchId,
                                                                              false,
                                                                              QString(),
                                                                              maskIdNumber(ev.idNumber),
                                                                              ev.cardIdentificationCode,
                                                                              ev.cardNumber,
                                                                              {},
                                                                              {},
                                                                              ev.details});
    sqlite3_exec(raw, "CREATE TABLE log(sequence INTEGER PRIMARY KEY, canonical BLOB, prev BLOB, hash BLOB)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* rawAppend = nullptr;
    sqlite3_prepare_v2(raw, "INSERT INTO log(canonical, prev, hash) VALUES(?,?,?)", -1, &rawAppend, nullptr);
    const QByteArray h32(32, 'h');
    auto rawAppendOnce = [&] {
        sqlite3_bind_blob(rawAppend, 1, sampleCanonical.constData(), sampleCanonical.size(), SQLITE_STATIC);
        sqlite3_bind_blob(rawAppend, 2, h32.constData(), 32, SQLITE_STATIC);
        sqlite3_bind_blob(rawAppend, 3, h32.constData(), 32, SQLITE_STATIC);
        sqlite3_step(rawAppend);
        sqlite3_reset(rawAppend);
    };
    const auto [rawAppendUs, appendUs] = paired(
        rawAppendOnce, [&] { must(store->audit(ev, &error), "audit append"); }, 7, 60, 10);
    report.addBaseline(QStringLiteral("sqlite3-durable-insert"),
                       QStringLiteral("raw sqlite3 autocommit insert, WAL, synchronous=FULL"), rawAppendUs,
                       QStringLiteral("us"));
    report.addFigure(QStringLiteral("audit append, durable (own transaction)"), appendUs,
                     QStringLiteral("us"), QStringLiteral("sqlite3-durable-insert"), 1.0, 2.0);
    // Many entries per transaction (fsync amortised): the chain's own cost.
    const Timing batchedT = measure(
        [&] {
            LocalStore::WriteTransaction t(*store);
            AuditEntryFields f = *AuditChain::decode(sampleCanonical);
            for (int i = 0; i < 1000; ++i)
                must(store->appendAudit(t.db(), f, &error), "batched append");
            must(t.commit(), "commit");
        },
        20, 1, 1);
    sqlite3_finalize(rawAppend);

    // ---- audit verify ----
    QList<QPair<QByteArray, QByteArray>> chain; // (prev, canonical) as stored
    {
        QSqlQuery q(store->database());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT prev_hash, canonical FROM audit_entries ORDER BY sequence"));
        while (q.next())
            chain << qMakePair(q.value(0).toByteArray(), q.value(1).toByteArray());
    }
    EVP_MD_CTX* sha = EVP_MD_CTX_new();
    EVP_MD* sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr); // fetched once, as the verifier does
    unsigned char md[32];
    unsigned int mdLen = 0;
    auto shaPass = [&] {
        for (const auto& [prev, canonical] : chain) {
            EVP_DigestInit_ex(sha, sha256, nullptr);
            EVP_DigestUpdate(sha, prev.constData(), prev.size());
            EVP_DigestUpdate(sha, canonical.constData(), canonical.size());
            EVP_DigestFinal_ex(sha, md, &mdLen);
        }
    };
    AuditVerifyReport vr;
    const auto [shaUs, verifyUs] = paired(
        shaPass, [&] { vr = AuditVerifier::verify(store->database()); }, 15, 1, 1);
    EVP_MD_CTX_free(sha);
    EVP_MD_free(sha256);
    const double entries = chain.size();
    report.addBaseline(
        QStringLiteral("sha256-entry"),
        QStringLiteral("raw SHA-256(prev || canonical) per entry, reused context + fetched EVP_MD, %1 B avg")
            .arg(sampleCanonical.size() + 32),
        shaUs / entries, QStringLiteral("us"));
    report.addFigure(QStringLiteral("audit append, 1000 per transaction"), batchedT.median / 1000,
                     QStringLiteral("us"), QStringLiteral("sha256-entry"), 1.0, 0.0, Better::Lower,
                     QStringLiteral("per entry"));
    must(vr.ok && vr.entriesChecked == static_cast<qint64>(entries), "audit verify");
    report.addFigure(QStringLiteral("audit verify per entry (read + hash + links)"), verifyUs / entries,
                     QStringLiteral("us"), QStringLiteral("sha256-entry"), 1.0, 2.0, Better::Lower,
                     QStringLiteral("%1 entries, %2 checkpoints, %3 signatures")
                         .arg(vr.entriesChecked)
                         .arg(vr.checkpointsChecked)
                         .arg(vr.signaturesVerified));

    // ---- login with the production KDF cost ----
    OperatorAccount a;
    a.operatorId = QStringLiteral("bench");
    a.displayName = QStringLiteral("Bench");
    a.role = QStringLiteral("clerk");
    must(store->operators().addOperator(a, SecureBuffer::fromAscii("bench-password"), ev.op, &error),
         "add operator");
    const int iterations = store->operators().iterations();
    unsigned char out[32];
    const SecureBuffer pw = SecureBuffer::fromAscii("bench-password");
    const auto [kdfUs, loginUs] = paired(
        [&] {
            PKCS5_PBKDF2_HMAC("bench-password", 14,
                              reinterpret_cast<const unsigned char*>("0123456789abcdef"), 16, iterations,
                              EVP_sha256(), 32, out);
        },
        [&] { must(store->operators().authenticate(QStringLiteral("bench"), pw, ev.op).ok, "login"); }, 5, 1,
        1);
    report.addBaseline(QStringLiteral("pbkdf2-raw"),
                       QStringLiteral("raw PKCS5_PBKDF2_HMAC-SHA256, %1 iterations").arg(iterations), kdfUs,
                       QStringLiteral("us"));
    report.addFigure(QStringLiteral("operator login (KDF + checks + audit)"), loginUs, QStringLiteral("us"),
                     QStringLiteral("pbkdf2-raw"), 1.0, 1.2);
    report.addCount(QStringLiteral("PBKDF2 iterations"), iterations, 600000,
                    QStringLiteral("production cost"));
    report.addNote(QStringLiteral("cache: %1 persons + %1 cards; raw baseline table built in %2 s")
                       .arg(rows)
                       .arg(rawInsertUs / 1e6, 0, 'f', 1));
    sqlite3_close(raw);
    store.reset();
    return report.finish(argc, argv);
}
