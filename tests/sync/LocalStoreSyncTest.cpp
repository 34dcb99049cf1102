// End to end with the real local store: LocalStore (app/store) as the outbox and reference sink of the real
// SyncWorker thread, the real PostgreSQL behind TcpProxy. Server down while operations are recorded, then
// back: exactly once, audit chain and checkpoint accepted by the agency, reference data usable by the
// counter. A cut after the server's commit: the retry gets the original results, the rejected one lands in
// the store's dead-letter list with the agency's reason.
#include "AgencyTestDb.h"
#include "Fixtures.h"
#include "TcpProxy.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncCycle.h"
#include "app/sync/SyncWorker.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace carddesk;
using namespace carddesk::test;

namespace {

JournalResult recordOperation(LocalStore& store, const QString& terminal, ServiceType service,
                              const QString& card, const QString& holder)
{
    OperationRecord r;
    r.id = QUuid::createUuid();
    r.service = service;
    r.success = true;
    r.resultCode = QStringLiteral("ok");
    r.statusWord = 0x9000;
    r.op = OperatorContext{QStringLiteral("b001-clerk"), QStringLiteral("clerk"), QStringLiteral("B001"),
                           terminal, false};
    r.timeUtc = QDateTime::currentDateTimeUtc();
    r.holderIdNumber = holder;
    r.holderName = QStringLiteral("测试");
    r.cardNumber = card;
    return store.record(r);
}

} // namespace

class LocalStoreSyncTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<AgencyTestDb> m_db;

    QPair<QString, QString> card(int offset, const QString& status = QStringLiteral("active"))
    {
        QSqlQuery q(m_db->admin());
        q.exec(QStringLiteral("SELECT card_number, id_number FROM agency.cards WHERE status = '%1' "
                              "ORDER BY card_number OFFSET %2 LIMIT 1")
                   .arg(status)
                   .arg(offset));
        q.next();
        return {q.value(0).toString(), q.value(1).toString()};
    }

private slots:
    void initTestCase()
    {
        CARDDESK_REQUIRE_FIXTURE("pg");
        m_db = std::make_unique<AgencyTestDb>(QStringLiteral("sync_localstore"));
        QString error;
        QVERIFY2(m_db->create(&error), qPrintable(error));
        QVERIFY2(m_db->exec(QStringLiteral("SELECT agency.seed_synthetic(2000, ARRAY['B001'])"), &error),
                 qPrintable(error));
    }

    void serverDownThenBackWithTheRealStore()
    {
        QString error;
        const QString conninfo = m_db->addCounter(QStringLiteral("T-LS1"), QStringLiteral("B001"), &error);
        QVERIFY2(!conninfo.isEmpty(), qPrintable(error));
        auto store = openStore(QStringLiteral("ls-down"), QStringLiteral("T-LS1"));
        QVERIFY(store);
        TcpProxy proxy("127.0.0.1", m_db->serverPort());
        QVERIFY(proxy.start());
        proxy.setDown(true);
        SyncWorkerOptions options;
        options.conninfo = AgencyTestDb::viaPort(conninfo, proxy.port());
        options.terminalId = QStringLiteral("T-LS1");
        options.intervalMs = 300;
        options.minBackoffMs = 100;
        options.maxBackoffMs = 600;
        options.cycle.pushBatch = 4;
        SyncWorker worker(*store, store.get(), options);
        QSignalSpy online(&worker, &SyncWorker::onlineChanged);
        worker.start();
        QList<QPair<QString, QString>> used;
        for (int i = 0; i < 12; ++i)
            used << card(i);
        for (int i = 0; i < 12; ++i) {
            const auto [number, holder] = used.at(i);
            const JournalResult r =
                recordOperation(*store, QStringLiteral("T-LS1"),
                                i == 3 ? ServiceType::LossReport : ServiceType::PinReset, number, holder);
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty(), 10000);
        QVERIFY(!worker.isOnline());
        QTRY_COMPARE_WITH_TIMEOUT(worker.pendingCount(), 12, 10000);
        QCOMPARE(m_db->scalarInt(QStringLiteral("SELECT count(*) FROM agency.operations")), 0);

        proxy.setDown(false);
        QTRY_COMPARE_WITH_TIMEOUT(m_db->scalarInt(QStringLiteral(
                                      "SELECT count(*) FROM agency.operations WHERE terminal_id = 'T-LS1'")),
                                  12, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(worker.lastSuccessfulSync().isValid(), 10000);
        QVERIFY(worker.isOnline());
        worker.stop();
        // The agency holds the store's operations once each, in the store's sequence order, with their
        // payloads.
        QSqlQuery q(m_db->admin());
        QVERIFY(q.exec(
            QStringLiteral("SELECT sequence, service, payload->>'cardNumber', payload->>'holderIdNumber' "
                           "FROM agency.operations WHERE terminal_id = 'T-LS1' ORDER BY server_order")));
        int expected = 1;
        while (q.next()) {
            QCOMPARE(q.value(0).toInt(), expected);
            QCOMPARE(q.value(1).toString(),
                     expected == 4 ? QStringLiteral("loss-report") : QStringLiteral("pin-reset"));
            QCOMPARE(q.value(2).toString(), used.at(expected - 1).first);
            QCOMPARE(q.value(3).toString(), used.at(expected - 1).second); // the agency owns the full number
            ++expected;
        }
        QCOMPARE(expected, 13);
        // The store's audit chain went across unbroken, with a checkpoint over its head.
        const QList<OutboxAuditEntry> local = store->auditEntriesAfter(0, 100000);
        QVERIFY(!local.isEmpty());
        QCOMPARE(m_db->scalarInt(
                     QStringLiteral("SELECT count(*) FROM agency.sync_issues WHERE terminal_id = 'T-LS1'")),
                 0);
        QCOMPARE(qint64(m_db->scalarInt(QStringLiteral("SELECT last_audit_sequence FROM agency.counters "
                                                       "WHERE terminal_id = 'T-LS1'"))),
                 local.last().sequence);
        QVERIFY(m_db->scalarInt(QStringLiteral(
                    "SELECT count(*) FROM agency.checkpoints WHERE terminal_id = 'T-LS1'")) >= 1);
        // Reference data arrived in the store: the card reported lost here is "lost" for the counter too.
        QCOMPARE(store->cardStatus(used.at(3).first), QStringLiteral("lost"));
        QCOMPARE(store->cardStatus(used.at(4).first), QStringLiteral("active"));
        const auto person = store->findPerson(used.at(5).second);
        QVERIFY(person.has_value());
        QCOMPARE(person->cardNumber, used.at(5).first);
    }

    void cutAfterCommitWithTheRealStore()
    {
        QString error;
        const QString conninfo = m_db->addCounter(QStringLiteral("T-LS2"), QStringLiteral("B001"), &error);
        auto store = openStore(QStringLiteral("ls-cut"), QStringLiteral("T-LS2"));
        QVERIFY(store);
        TcpProxy proxy("127.0.0.1", m_db->serverPort());
        QVERIFY(proxy.start());
        const auto [lost, lostHolder] = card(0, QStringLiteral("lost"));
        const auto [fresh, freshHolder] = card(100);
        QVERIFY(
            recordOperation(*store, QStringLiteral("T-LS2"), ServiceType::PinReset, fresh, freshHolder).ok);
        QVERIFY(
            recordOperation(*store, QStringLiteral("T-LS2"), ServiceType::LossReport, lost, lostHolder).ok);
        AgencyClient client(AgencyTestDb::viaPort(conninfo, proxy.port()), QStringLiteral("T-LS2"),
                            QStringLiteral("ls2"));
        SyncCycleOptions options;
        options.pull = false;
        options.pushAudit = false;
        proxy.cutAnswerOnce("push_operations");
        const SyncCycleReport first = SyncCycle(client, *store, store.get(), options).run();
        QVERIFY(!first.ok);
        QCOMPARE(proxy.cutsDone(), 1);
        QCOMPARE(store->pendingCount(), 2);
        QCOMPARE(m_db->scalarInt(
                     QStringLiteral("SELECT count(*) FROM agency.operations WHERE terminal_id = 'T-LS2'")),
                 2);
        const SyncCycleReport retry = SyncCycle(client, *store, store.get(), options).run();
        QVERIFY2(retry.ok, qPrintable(retry.error.message));
        QCOMPARE(retry.duplicates, 2);
        QCOMPARE(store->pendingCount(), 0);
        const QList<DeadLetter> dead = store->deadLetters();
        QCOMPARE(dead.size(), 1);
        QCOMPARE(dead.first().reason, QStringLiteral("card-already-reported-lost"));
        QCOMPARE(dead.first().sequence, 2);
        QCOMPARE(m_db->scalarInt(
                     QStringLiteral("SELECT count(*) FROM agency.operations WHERE terminal_id = 'T-LS2'")),
                 2);
    }
};

QTEST_GUILESS_MAIN(LocalStoreSyncTest)
#include "LocalStoreSyncTest.moc"
