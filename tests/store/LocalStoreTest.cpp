// The local store against real SQLite files: migrations, encryption at rest, keyed-hash lookups, journal
// atomicity, disk full, locked database, bad paths, and the sync seams (SyncOutbox, ReferenceSink).
#include "StoreTestSupport.h"

#include "app/audit/AuditChain.h"
#include "app/store/StoreCrypto.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <atomic>
#include <thread>

#include <openssl/evp.h>
#include <sys/stat.h>

using namespace carddesk;
using namespace carddesk::test;

class LocalStoreTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LocalStore> openStore(const LocalStoreOptions& o)
    {
        QString error;
        auto store = LocalStore::open(o, &error);
        if (!store)
            qWarning("open failed: %s", qPrintable(error));
        return store;
    }

private slots:
    void freshDatabaseHasTheLatestSchema()
    {
        const QString dir = scratchDir(QStringLiteral("store-fresh"));
        auto store = openStore(storeOptions(dir));
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), LocalStore::LatestSchemaVersion);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        for (const char* table :
             {"persons", "cards", "operations", "audit_entries", "checkpoints", "approvals", "operators",
              "photos", "sync_state", "settings", "schema_version"}) {
            QCOMPARE(countRows(
                         store->database(),
                         QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                             .arg(QLatin1String(table))),
                     1);
        }
        // The key file: 32 bytes, owner-only, in an owner-only folder.
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(storeOptions(dir).keyFilePath).constData(), &st), 0);
        QCOMPARE(static_cast<int>(st.st_size), 32);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(::stat(QFile::encodeName(dir + "/keys").constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0700u);
    }

    void reopeningRerunsNothingAndKeepsData()
    {
        const QString dir = scratchDir(QStringLiteral("store-reopen"));
        QUuid id;
        {
            auto store = openStore(storeOptions(dir));
            QVERIFY(store);
            const OperationRecord op = sampleOperation();
            id = op.id;
            QVERIFY(store->record(op).ok);
        }
        for (int i = 0; i < 2; ++i) {
            auto store = openStore(storeOptions(dir));
            QVERIFY(store);
            QCOMPARE(store->schemaVersion(), LocalStore::LatestSchemaVersion);
            QCOMPARE(store->pendingCount(), 1);
            QVERIFY(store->operation(id).has_value());
        }
    }

    void upgradesFromVersion1()
    {
        const QString dir = scratchDir(QStringLiteral("store-upgrade"));
        LocalStoreOptions v1 = storeOptions(dir);
        v1.targetSchemaVersion = 1;
        const OperationRecord op = sampleOperation();
        {
            auto store = openStore(v1);
            QVERIFY(store);
            QCOMPARE(store->schemaVersion(), 1);
            // v1 has no dead-letter columns yet.
            QCOMPARE(countRows(store->database(),
                               QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('operations') "
                                              "WHERE name = 'dead_reason'")),
                     0);
            QVERIFY(store->record(op).ok);
        }
        auto store = openStore(storeOptions(dir));
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), LocalStore::LatestSchemaVersion);
        QCOMPARE(
            countRows(store->database(),
                      QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'cards_holder_cover'")),
            1);
        QCOMPARE(store->pendingCount(), 1);
        QString error;
        QVERIFY2(store->markRejected(op.id, QStringLiteral("unknown card"), &error), qPrintable(error));
        QCOMPARE(store->deadLetters().size(), 1);
        QCOMPARE(store->deadLetters().first().reason, QStringLiteral("unknown card"));
    }

    void refusesBadPathsWithClearErrors()
    {
        const QString dir = scratchDir(QStringLiteral("store-badpath"));
        QString error;
        StoreErrorKind kind = StoreErrorKind::None;
        LocalStoreOptions o = storeOptions(dir);

        o.databasePath = dir + "/no/such/folder/db.sqlite";
        QVERIFY(!LocalStore::open(o, &error, &kind));
        QCOMPARE(kind, StoreErrorKind::CannotOpen);
        QVERIFY2(error.contains("does not exist"), qPrintable(error));

        o.databasePath = dir; // a folder
        QVERIFY(!LocalStore::open(o, &error, &kind));
        QCOMPARE(kind, StoreErrorKind::CannotOpen);
        QVERIFY2(error.contains("folder"), qPrintable(error));

        o.databasePath = dir + "/not-a-db.sqlite";
        {
            QFile f(o.databasePath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        QVERIFY(!LocalStore::open(o, &error, &kind));
        QCOMPARE(kind, StoreErrorKind::Corrupt);
        QVERIFY2(error.contains("not a database"), qPrintable(error));

        // A key file others can read is refused, and so is one of the wrong size.
        o.databasePath = dir + "/db.sqlite";
        o.keyFilePath = dir + "/open.key";
        {
            QFile f(o.keyFilePath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(32, 'k'));
        }
        ::chmod(QFile::encodeName(o.keyFilePath).constData(), 0644);
        QVERIFY(!LocalStore::open(o, &error, &kind));
        QVERIFY2(error.contains("0600"), qPrintable(error));
        ::chmod(QFile::encodeName(o.keyFilePath).constData(), 0600);
        QFile short_(o.keyFilePath);
        QVERIFY(short_.resize(16));
        QVERIFY(!LocalStore::open(o, &error, &kind));
        QVERIFY2(error.contains("32 bytes"), qPrintable(error));
    }

    void refusesAnotherKeyFile()
    {
        const QString dir = scratchDir(QStringLiteral("store-otherkey"));
        LocalStoreOptions o = storeOptions(dir);
        QVERIFY(openStore(o));
        o.keyFilePath = dir + "/other.key";
        QString error;
        QVERIFY(!LocalStore::open(o, &error));
        QVERIFY2(error.contains("wrong key file"), qPrintable(error));
    }

    void encryptsIdNumbersAndPhotosAtRest()
    {
        const QString dir = scratchDir(QStringLiteral("store-encryption"));
        const LocalStoreOptions o = storeOptions(dir);
        auto store = openStore(o);
        QVERIFY(store);
        const QString cachedId = QStringLiteral("11010519491231002X");
        const QString holderId = QStringLiteral("320102198801017777");
        const QString agentId = QStringLiteral("440305197205056666");
        ReferenceBatch batch;
        batch.persons << ReferencePerson{cachedId, QStringLiteral("李四"), 1, QStringLiteral("1949-12-31")};
        batch.cards << ReferenceCard{QStringLiteral("C00000001"), cachedId, QString(),
                                     QStringLiteral("active")};
        batch.toChangeSequence = 1;
        QString error;
        QVERIFY2(store->applyReferenceBatch(batch, &error), qPrintable(error));
        OperationRecord op = sampleOperation(holderId);
        op.representation = Representation::Proxy;
        op.agentIdNumber = agentId;
        QVERIFY(store->record(op).ok);
        QVERIFY(store->audit(AuditEventRecord{QStringLiteral("name-mismatch-override"), true,
                                              QStringLiteral("ok"), 0, clerk(), op.id, holderId, QString(),
                                              QString(), QJsonObject()}));

        // Nothing in the database file or its WAL shows the numbers or the photo, in any usual encoding.
        const QByteArray bytes = fileBytes(o.databasePath) + fileBytes(o.databasePath + "-wal");
        QVERIFY(bytes.size() > 10000);
        for (const QString& secret : {cachedId, holderId, agentId}) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(
                !bytes.contains(QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2)),
                qPrintable(secret));
            QVERIFY2(!bytes.contains(secret.mid(6, 8).toUtf8()), "birth date part of an ID number found");
        }
        QVERIFY(!bytes.contains("JPEG-MARKER-PHOTO"));
        QVERIFY(!bytes.contains("THUMB-MARKER"));
        QVERIFY(bytes.contains(maskIdNumber(holderId).toUtf8())); // the masked form is what lists use

        // ... and everything comes back decrypted.
        const auto person = store->findPerson(cachedId);
        QVERIFY(person);
        QCOMPARE(person->name, QStringLiteral("李四"));
        const auto back = store->operation(op.id);
        QVERIFY(back);
        QCOMPARE(back->holderIdNumber, holderId);
        QCOMPARE(back->agentIdNumber, agentId);
        QCOMPARE(back->representation, Representation::Proxy);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM photos")) && q.next());
        const QUuid photoId = QUuid::fromString(q.value(0).toString());
        QCOMPARE(store->photo(photoId)->jpeg, op.images.first().jpeg);
        QCOMPARE(store->photo(photoId, true)->jpeg, op.images.first().thumbnailJpeg);
        QCOMPARE(store->recentOperations(10).first().maskedHolderIdNumber,
                 QStringLiteral("320102********7777"));
    }

    void detectsModifiedOrMovedCiphertext()
    {
        const QString dir = scratchDir(QStringLiteral("store-gcm"));
        auto store = openStore(storeOptions(dir));
        QVERIFY(store);
        const OperationRecord a = sampleOperation();
        const OperationRecord b = sampleOperation();
        QVERIFY(store->record(a).ok);
        QVERIFY(store->record(b).ok);
        QSqlQuery q(store->database());
        // Moving b's payload into a's row: AES-GCM's AAD (table/column/row) refuses it.
        QVERIFY(
            q.exec(QStringLiteral("UPDATE operations SET payload_enc = (SELECT payload_enc FROM operations "
                                  "WHERE id = '%1') WHERE id = '%2'")
                       .arg(b.id.toString(QUuid::WithoutBraces), a.id.toString(QUuid::WithoutBraces))));
        QVERIFY(!store->operation(a.id));
        QVERIFY(store->operation(b.id));
        // One flipped bit in a photo: the tag does not match.
        QVERIFY(q.exec(QStringLiteral("UPDATE photos SET jpeg_enc = CAST(substr(jpeg_enc, 1, 40) AS BLOB) || "
                                      "x'00' || CAST(substr(jpeg_enc, 42) AS BLOB) WHERE operation_id = '%1'")
                           .arg(b.id.toString(QUuid::WithoutBraces))));
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM photos WHERE operation_id = '%1'")
                           .arg(b.id.toString(QUuid::WithoutBraces))) &&
                q.next());
        QVERIFY(!store->photo(QUuid::fromString(q.value(0).toString())));
        QVERIFY(store->photo(QUuid::fromString(q.value(0).toString()), true)); // the thumbnail is untouched
    }

    void findsPeopleThroughTheKeyedHash()
    {
        const QString dir = scratchDir(QStringLiteral("store-lookup"));
        auto store = openStore(storeOptions(dir));
        QVERIFY(store);
        ReferenceBatch batch;
        for (int i = 0; i < 200; ++i) {
            const QString id = QStringLiteral("1101051990%1").arg(i, 8, 10, QLatin1Char('0'));
            batch.persons << ReferencePerson{id, QStringLiteral("P%1").arg(i), 1 + i % 2,
                                             QStringLiteral("1990-01-01")};
            batch.cards << ReferenceCard{QStringLiteral("C%1").arg(i, 8, 10, QLatin1Char('0')), id, QString(),
                                         i == 7 ? QStringLiteral("lost") : QStringLiteral("active")};
        }
        batch.persons << ReferencePerson{QStringLiteral("11010519491231002X"), QStringLiteral("X"), 2,
                                         QString()};
        QString error;
        QVERIFY2(store->applyReferenceBatch(batch, &error), qPrintable(error));
        const auto p = store->findPerson(QStringLiteral("110105199000000042"));
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral("P42"));
        QCOMPARE(p->cardNumber, QStringLiteral("C00000042"));
        QCOMPARE(p->cardStatus, QStringLiteral("active"));
        QCOMPARE(store->findPerson(QStringLiteral("110105199000000007"))->cardStatus, QStringLiteral("lost"));
        // Typing does not matter: lower-case x and spaces find the same row.
        QVERIFY(store->findPerson(QStringLiteral(" 11010519491231002x ")));
        QCOMPARE(store->findPerson(QStringLiteral(" 11010519491231002x "))->cardStatus, QString());
        QVERIFY(!store->findPerson(QStringLiteral("110105199000000999")));
        QCOMPARE(store->cardStatus(QStringLiteral("C00000007")), QStringLiteral("lost"));
        QCOMPARE(store->cardStatus(QStringLiteral("C99999999")), QString());
        // The stored hash is the HMAC under the store's key, not a plain hash anybody can compute.
        const QByteArray h = store->crypto().lookupHash(QStringLiteral("110105199000000042"));
        QCOMPARE(
            countRows(store->database(), QStringLiteral("SELECT COUNT(*) FROM persons WHERE id_hash = x'%1'")
                                             .arg(QString::fromLatin1(h.toHex()))),
            1);
        unsigned char plain[32];
        unsigned int len = 0;
        EVP_Digest("110105199000000042", 18, plain, &len, EVP_sha256(), nullptr);
        QVERIFY(h != QByteArray(reinterpret_cast<char*>(plain), 32));
        StoreCrypto otherKey(QByteArray(32, '\x01'));
        QVERIFY(otherKey.lookupHash(QStringLiteral("110105199000000042")) != h);
    }

    void recordsOperationImagesAndAuditTogether()
    {
        const QString dir = scratchDir(QStringLiteral("store-record"));
        auto store = openStore(storeOptions(dir));
        QVERIFY(store);
        const OperationRecord op = sampleOperation();
        const JournalResult r = store->record(op);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.sequence, 1);
        QVERIFY(r.operationNumber.startsWith("T01-"));
        QVERIFY(r.operationNumber.endsWith("-000001"));
        const QString id = op.id.toString(QUuid::WithoutBraces);
        QCOMPARE(countRows(store->database(),
                           QStringLiteral("SELECT COUNT(*) FROM photos WHERE operation_id='%1'").arg(id)),
                 1);
        QSqlQuery q(store->database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT canonical FROM audit_entries WHERE operation_id = '%1'").arg(id)));
        QVERIFY(q.next());
        const auto entry = AuditChain::decode(q.value(0).toByteArray());
        QVERIFY(entry);
        QCOMPARE(entry->eventType, QStringLiteral("operation:pin-reset"));
        QCOMPARE(entry->maskedIdNumber, QStringLiteral("110105********1237"));
        QCOMPARE(entry->statusWord, quint16(0x9000));
        QCOMPARE(entry->cardNumber, op.cardNumber);
        QCOMPARE(entry->imageIds.size(), 1);
        QCOMPARE(entry->details.value("operationNumber").toString(), r.operationNumber);
        // The same operation recorded again (a retry) is answered with the first result, not doubled.
        const JournalResult again = store->record(op);
        QVERIFY(again.ok);
        QCOMPARE(again.sequence, 1);
        QCOMPARE(countRows(store->database(), QStringLiteral("SELECT COUNT(*) FROM operations")), 1);
        QCOMPARE(store->record(sampleOperation()).sequence, 2);
        OperationRecord noId = sampleOperation();
        noId.id = QUuid();
        QVERIFY(!store->record(noId).ok);
    }

    void aFailureInsideTheTransactionLeavesNothing()
    {
        const QString dir = scratchDir(QStringLiteral("store-atomic"));
        auto store = openStore(storeOptions(dir));
        QVERIFY(store);
        QVERIFY(store->record(sampleOperation()).ok);
        QSqlQuery q(store->database());
        // The audit insert is the last step of record(): make it fail after the photo and operation rows went
        // in.
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail_audit BEFORE INSERT ON audit_entries "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        const OperationRecord op = sampleOperation();
        const JournalResult r = store->record(op);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("injected failure"), qPrintable(r.error));
        const QString id = op.id.toString(QUuid::WithoutBraces);
        QCOMPARE(countRows(store->database(),
                           QStringLiteral("SELECT COUNT(*) FROM operations WHERE id='%1'").arg(id)),
                 0);
        QCOMPARE(countRows(store->database(),
                           QStringLiteral("SELECT COUNT(*) FROM photos WHERE operation_id='%1'").arg(id)),
                 0);
        QCOMPARE(countRows(store->database(), QStringLiteral("SELECT COUNT(*) FROM operations")), 1);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail_audit")));
        const JournalResult retry = store->record(op);
        QVERIFY(retry.ok);
        QCOMPARE(retry.sequence, 2); // no gap from the failed attempt
    }

    void diskFullIsClearAndLosesNothing()
    {
        const QString dir = scratchDir(QStringLiteral("store-full"));
        auto store = openStore(storeOptions(dir));
        QVERIFY(store);
        for (int i = 0; i < 3; ++i)
            QVERIFY(store->record(sampleOperation()).ok);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        // No tiny filesystem here: cap the database at its current size, which SQLite reports as SQLITE_FULL.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        OperationRecord big = sampleOperation();
        big.images.first().jpeg = QByteArray(200000, 'j');
        const JournalResult r = store->record(big);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("disk is full"), qPrintable(r.error));
        QVERIFY2(r.error.contains("nothing was recorded"), qPrintable(r.error));
        QCOMPARE(countRows(store->database(), QStringLiteral("SELECT COUNT(*) FROM operations")), 3);
        QCOMPARE(countRows(store->database(), QStringLiteral("SELECT COUNT(*) FROM photos")), 3);
        QCOMPARE(countRows(store->database(), QStringLiteral("SELECT COUNT(*) FROM audit_entries")), 3);
        QVERIFY(store->integrityCheck(nullptr));
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        const JournalResult after = store->record(big);
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(after.sequence, 4);
    }

    void aLockedDatabaseIsReportedAndLosesNothing()
    {
        const QString dir = scratchDir(QStringLiteral("store-locked"));
        LocalStoreOptions o = storeOptions(dir);
        o.busyTimeoutMs = 100;
        auto store = openStore(o);
        QVERIFY(store);
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
            other.setDatabaseName(o.databasePath);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const JournalResult r = store->record(sampleOperation());
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains("locked"), qPrintable(r.error));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
        QCOMPARE(store->pendingCount(), 0);
        QVERIFY(store->record(sampleOperation()).ok);
    }

    void threadsWriteThroughTheirOwnConnections()
    {
        const QString dir = scratchDir(QStringLiteral("store-threads"));
        auto store = openStore(storeOptions(dir));
        QVERIFY(store);
        std::atomic<int> failures{0};
        QList<qint64> sequences[2];
        QString names[2];
        auto writer = [&](int w) {
            names[w] = store->database().connectionName();
            for (int i = 0; i < 25; ++i) {
                const JournalResult r = store->record(sampleOperation());
                if (!r.ok)
                    ++failures;
                else
                    sequences[w] << r.sequence;
            }
        };
        std::thread a(writer, 0);
        std::thread b(writer, 1);
        a.join();
        b.join();
        QCOMPARE(failures.load(), 0);
        QSet<qint64> all;
        for (const auto& list : sequences)
            for (qint64 s : list)
                all.insert(s);
        QCOMPARE(all.size(), 50); // every sequence handed out once
        QCOMPARE(*std::max_element(all.begin(), all.end()), 50);
        // One connection per thread.
        QVERIFY(names[0] != names[1]);
        QVERIFY(!names[0].isEmpty() && !names[1].isEmpty());
        QVERIFY(store->database().connectionName() != names[0]);
        QVERIFY(store->database().connectionName() != names[1]);
        QCOMPARE(store->auditEntriesAfter(0, 100).size(), 50);
        // Short-lived threads one after another (their ids are often reused by the system): each gets a fresh
        // connection, never one whose thread has ended.
        for (int i = 0; i < 10; ++i) {
            std::thread t([&] {
                if (!store->record(sampleOperation()).ok)
                    ++failures;
            });
            t.join();
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(store->pendingCount(), 60);
    }

    // Connections of worker threads are closed by their own threads, never by the store's destructor on
    // another thread (Qt: "requested database does not belong to the calling thread"), whether the worker
    // ends before or after the store.
    void workerConnectionsAreClosedByTheirOwnThreads()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to the calling thread")));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
        const QString dir = scratchDir(QStringLiteral("store-thread-teardown"));
        QStringList names;
        {
            QThreadPool pool;
            pool.setExpiryTimeout(-1); // the pool's thread outlives the store
            {
                auto store = openStore(storeOptions(dir));
                QVERIFY(store);
                QVERIFY(store->record(sampleOperation()).ok);
                names << store->database().connectionName();
                // A thread that ends before the store is destroyed.
                bool written = false;
                QString threadName;
                std::thread t([&] {
                    written = store->record(sampleOperation()).ok;
                    threadName = store->database().connectionName();
                });
                t.join();
                QVERIFY(written);
                names << threadName;
                QVERIFY(!QSqlDatabase::contains(names.last())); // closed when its thread ended
                // A pool thread that is still alive when the store goes.
                QString poolName;
                QFuture<void> f = QtConcurrent::run(&pool, [&] {
                    store->record(sampleOperation());
                    poolName = store->database().connectionName();
                });
                f.waitForFinished();
                names << poolName;
                QVERIFY(QSqlDatabase::contains(poolName));
            }
            QVERIFY(
                !QSqlDatabase::contains(names.first()));   // the store's own thread: closed by the destructor
            QVERIFY(QSqlDatabase::contains(names.last())); // still the pool thread's
        } // the pool ends its thread, which closes its connection as it exits
        QTRY_VERIFY_WITH_TIMEOUT(!QSqlDatabase::contains(names.last()), 5000);
        // Everything written is there for the next store.
        auto again = openStore(storeOptions(dir));
        QVERIFY(again);
        QCOMPARE(again->pendingCount(), 3);
    }

    void syncOutboxHandsOutOperationsInOrder()
    {
        const QString dir = scratchDir(QStringLiteral("store-outbox"));
        auto store = openStore(storeOptions(dir));
        QVERIFY(store);
        QList<OperationRecord> ops;
        for (int i = 0; i < 4; ++i) {
            ops << sampleOperation(QStringLiteral("11010519900101%1").arg(1000 + i));
            ops.last().service = i == 3 ? ServiceType::LossReport : ServiceType::PinReset;
            QVERIFY(store->record(ops.last()).ok);
        }
        QCOMPARE(store->pendingCount(), 4);
        QList<OutboxOperation> pending = store->pendingOperations(3);
        QCOMPARE(pending.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(pending[i].id, ops[i].id);
            QCOMPARE(pending[i].sequence, i + 1);
            QCOMPARE(pending[i].payloadVersion, 1);
            QCOMPARE(pending[i].payload.value("holderIdNumber").toString(), ops[i].holderIdNumber);
            QCOMPARE(pending[i].payload.value("service").toString(), QStringLiteral("pin-reset"));
            QCOMPARE(pending[i].payload.value("cardNumber").toString(), ops[i].cardNumber);
            QCOMPARE(pending[i].payload.value("statusWord").toInt(), 0x9000);
            QVERIFY(pending[i].createdUtc.isValid());
        }
        QString error;
        QVERIFY2(store->markPushed({ops[0].id}, &error), qPrintable(error));
        QVERIFY2(store->markRejected(ops[1].id, QStringLiteral("card unknown to the agency"), &error),
                 qPrintable(error));
        QCOMPARE(store->pendingCount(), 2);
        pending = store->pendingOperations(10);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].id, ops[2].id);
        QCOMPARE(pending[1].payload.value("service").toString(), QStringLiteral("loss-report"));
        const QList<DeadLetter> dead = store->deadLetters();
        QCOMPARE(dead.size(), 1);
        QCOMPARE(dead[0].operationId, ops[1].id);
        QCOMPARE(dead[0].sequence, 2);
        QCOMPARE(dead[0].reason, QStringLiteral("card unknown to the agency"));
        QVERIFY(dead[0].rejectedUtc.isValid());
        // Rejected once is final; an unknown id is an error.
        QVERIFY(!store->markRejected(ops[1].id, QStringLiteral("again"), &error));
        QVERIFY(!store->markRejected(QUuid::createUuid(), QStringLiteral("x"), &error));
        // The rejection is itself audited.
        QCOMPARE(countRows(store->database(),
                           QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE event_type = "
                                          "'sync-rejected' AND operation_id = '%1'")
                               .arg(ops[1].id.toString(QUuid::WithoutBraces))),
                 1);
        // Pushing is idempotent.
        QVERIFY(store->markPushed({ops[0].id, ops[2].id, ops[3].id}, &error));
        QVERIFY(store->markPushed({ops[2].id}, &error));
        QCOMPARE(store->pendingCount(), 0);
        QVERIFY(store->pendingOperations(10).isEmpty());
    }

    void syncOutboxHandsOutTheAuditChainAndCheckpoints()
    {
        const QString dir = scratchDir(QStringLiteral("store-outbox-audit"));
        auto store = openStore(storeOptions(dir)); // checkpoint every 10
        QVERIFY(store);
        QString error;
        QVERIFY(!store->makeCheckpoint(&error)); // nothing to sign yet
        QVERIFY(error.contains("empty"));
        for (int i = 0; i < 13; ++i)
            QVERIFY(store->record(sampleOperation()).ok);
        const QList<OutboxAuditEntry> all = store->auditEntriesAfter(0, 100);
        QCOMPARE(all.size(), 13);
        QByteArray previous(32, '\0');
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].sequence, i + 1);
            QCOMPARE(AuditChain::sequenceOf(all[i].canonical), i + 1);
            QCOMPARE(all[i].previousHash, previous);
            QCOMPARE(all[i].hash, QCryptographicHash::hash(QByteArray(previous + all[i].canonical),
                                                           QCryptographicHash::Sha256));
            QVERIFY(!all[i].canonical.contains("110105199001011237"));
            previous = all[i].hash;
        }
        const QList<OutboxAuditEntry> tail = store->auditEntriesAfter(10, 2);
        QCOMPARE(tail.size(), 2);
        QCOMPARE(tail[0].sequence, 11);
        QCOMPARE(tail[1].sequence, 12);
        // The automatic checkpoint at 10 and one on demand at the head.
        QCOMPARE(countRows(store->database(),
                           QStringLiteral("SELECT COUNT(*) FROM checkpoints WHERE sequence = 10")),
                 1);
        const auto cp = store->makeCheckpoint(&error);
        QVERIFY2(cp, qPrintable(error));
        QCOMPARE(cp->sequence, 13);
        QCOMPARE(cp->headHash, all.last().hash);
        QCOMPARE(cp->publicKey.size(), 32);
        QVERIFY(AuditChain::verifySignature(
            cp->publicKey, AuditChain::checkpointMessage(cp->sequence, cp->headHash), cp->signature));
        QVERIFY(!AuditChain::verifySignature(cp->publicKey, AuditChain::checkpointMessage(12, cp->headHash),
                                             cp->signature));
        const auto same = store->makeCheckpoint(&error); // nothing new: the same checkpoint
        QVERIFY(same);
        QCOMPARE(same->signature, cp->signature);
    }

    void syncStateIsKeyValue()
    {
        const QString dir = scratchDir(QStringLiteral("store-syncstate"));
        auto store = openStore(storeOptions(dir));
        QVERIFY(store);
        QCOMPARE(store->syncState(QStringLiteral("last-pushed-audit")), QString());
        QString error;
        QVERIFY(store->setSyncState(QStringLiteral("last-pushed-audit"), QStringLiteral("12"), &error));
        QVERIFY(store->setSyncState(QStringLiteral("last-pushed-audit"), QStringLiteral("15"), &error));
        QCOMPARE(store->syncState(QStringLiteral("last-pushed-audit")), QStringLiteral("15"));
    }

    void referenceBatchesMoveDataAndCursorTogether()
    {
        const QString dir = scratchDir(QStringLiteral("store-reference"));
        auto store = openStore(storeOptions(dir));
        QVERIFY(store);
        QCOMPARE(store->referenceChangeSequence(), 0);
        ReferenceBatch batch;
        batch.persons << ReferencePerson{QStringLiteral("110105199001011237"), QStringLiteral("张三"), 1,
                                         QStringLiteral("1990-01-01")};
        batch.cards << ReferenceCard{QStringLiteral("A12345678"), QStringLiteral("110105199001011237"),
                                     QStringLiteral("0123456789ABCDEF0123456789ABCDEF"),
                                     QStringLiteral("active")};
        batch.operators << ReferenceOperator{QStringLiteral("wang"), QStringLiteral("王"),
                                             QStringLiteral("teller"), QStringLiteral("B001"), false};
        batch.regionProfile = QJsonObject{{"region", "310000"}};
        batch.toChangeSequence = 42;
        QString error;
        QVERIFY2(store->applyReferenceBatch(batch, &error), qPrintable(error));
        QCOMPARE(store->referenceChangeSequence(), 42);
        QCOMPARE(store->findPerson(QStringLiteral("110105199001011237"))->cardNumber,
                 QStringLiteral("A12345678"));
        QCOMPARE(store->setting(QStringLiteral("region-profile")), QStringLiteral("{\"region\":\"310000\"}"));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT role, branch_id, password_hash IS NULL FROM operators WHERE operator_id='wang'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("teller"));
        QCOMPARE(q.value(2).toInt(), 1); // pulled accounts have no password until an administrator sets one
        q.finish();

        // A later batch changes the card's status.
        ReferenceBatch lost;
        lost.cards << ReferenceCard{QStringLiteral("A12345678"), QStringLiteral("110105199001011237"),
                                    QString(), QStringLiteral("lost")};
        lost.toChangeSequence = 43;
        QVERIFY(store->applyReferenceBatch(lost, &error));
        QCOMPARE(store->cardStatus(QStringLiteral("A12345678")), QStringLiteral("lost"));
        QCOMPARE(store->referenceChangeSequence(), 43);

        // A bad batch changes nothing: neither its good rows nor the cursor.
        ReferenceBatch bad;
        bad.persons << ReferencePerson{QStringLiteral("110105199202020000"), QStringLiteral("new"), 1,
                                       QString()};
        bad.persons << ReferencePerson{QString(), QStringLiteral("no number"), 1, QString()};
        bad.toChangeSequence = 50;
        QVERIFY(!store->applyReferenceBatch(bad, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store->referenceChangeSequence(), 43);
        QVERIFY(!store->findPerson(QStringLiteral("110105199202020000")));
        ReferenceBatch badRole;
        badRole.operators << ReferenceOperator{QStringLiteral("x"), QStringLiteral("x"),
                                               QStringLiteral("boss"), QString(), false};
        badRole.toChangeSequence = 51;
        QVERIFY(!store->applyReferenceBatch(badRole, &error));
        QCOMPARE(store->referenceChangeSequence(), 43);
    }

    void backupMakesAConsistentCopy()
    {
        const QString dir = scratchDir(QStringLiteral("store-backup"));
        LocalStoreOptions o = storeOptions(dir);
        QUuid id;
        {
            auto store = openStore(o);
            QVERIFY(store);
            id = sampleOperation().id;
            OperationRecord op = sampleOperation();
            id = op.id;
            QVERIFY(store->record(op).ok);
            QString error;
            QVERIFY2(store->backup(dir + "/backup.sqlite", &error), qPrintable(error));
            QVERIFY(!store->backup(dir + "/backup.sqlite", &error)); // never overwrites
            QVERIFY(store->integrityCheck(nullptr));
        }
        o.databasePath = dir + "/backup.sqlite";
        auto copy = openStore(o);
        QVERIFY(copy);
        QVERIFY(copy->operation(id));
    }
};

QTEST_GUILESS_MAIN(LocalStoreTest)
#include "LocalStoreTest.moc"
