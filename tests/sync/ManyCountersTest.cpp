// Fault test 6: 200 counters (threads, each with its own login, its own QPSQL connection and its own outbox)
// work and push concurrently for a bounded time, some of them on the same cards. Afterwards every operation
// is on the server exactly once, each counter's operations in its own order, and each side agrees on
// outcomes.
#include "AgencyTestDb.h"
#include "Fixtures.h"
#include "TestOutbox.h"
#include "app/sync/AgencyClient.h"
#include "app/sync/SyncCycle.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <random>
#include <thread>
#include <vector>

using namespace carddesk;
using namespace carddesk::test;

class ManyCountersTest : public QObject
{
    Q_OBJECT
private slots:
    void twoHundredCountersPushConcurrentlyEveryOperationOnceInOrder()
    {
        CARDDESK_REQUIRE_FIXTURE("pg");
        constexpr int kCounters = 200;
        constexpr int kWorkMs = 8000;
        AgencyTestDb db(QStringLiteral("sync_many"));
        QString error;
        QVERIFY2(db.create(&error), qPrintable(error));
        QVERIFY2(
            db.exec(QStringLiteral("SELECT agency.seed_synthetic(2000, ARRAY['B001','B002','B003','B004'])"),
                    &error),
            qPrintable(error));
        QStringList cards;
        QSqlQuery q(db.admin());
        QVERIFY(q.exec(QStringLiteral("SELECT card_number FROM agency.cards ORDER BY card_number")));
        while (q.next())
            cards << q.value(0).toString();
        QVector<QString> conninfos(kCounters);
        for (int i = 0; i < kCounters; ++i) {
            conninfos[i] = db.addCounter(QStringLiteral("T%1").arg(i, 3, 10, QLatin1Char('0')),
                                         QStringLiteral("B00%1").arg(1 + i % 4), &error);
            QVERIFY2(!conninfos[i].isEmpty(), qPrintable(error));
        }
        const QString dir = scratchDir(QStringLiteral("many"));
        std::vector<std::unique_ptr<TestOutbox>> outboxes;
        for (int i = 0; i < kCounters; ++i)
            outboxes.push_back(std::make_unique<TestOutbox>(dir + QStringLiteral("/outbox-%1.db").arg(i)));

        std::atomic<int> failures{0};
        std::atomic<int> unreachable{0};
        std::vector<QString> threadErrors(kCounters);
        QElapsedTimer clock;
        clock.start();
        std::vector<std::thread> threads;
        for (int i = 0; i < kCounters; ++i) {
            threads.emplace_back([&, i] {
                TestOutbox& outbox = *outboxes[size_t(i)];
                const QString terminal = QStringLiteral("T%1").arg(i, 3, 10, QLatin1Char('0'));
                std::mt19937 random(uint32_t(i) * 7919u + 1u);
                {
                    AgencyClient client(conninfos[i], terminal, QStringLiteral("many-%1").arg(i));
                    SyncCycleOptions options;
                    options.pull = false;
                    options.pushAudit = false;
                    options.pushBatch = 20;
                    while (clock.elapsed() < kWorkMs) {
                        const int n = 1 + int(random() % 3);
                        for (int k = 0; k < n; ++k) {
                            // A small pool of "hot" cards that many counters touch at once.
                            const bool hot = random() % 10 == 0;
                            const QString card =
                                hot ? cards.at(int(random() % 20)) : cards.at(20 + int(random() % 1980));
                            const bool loss = random() % 5 == 0;
                            outbox.enqueue(loss ? QStringLiteral("loss-report") : QStringLiteral("pin-reset"),
                                           card);
                        }
                        const SyncCycleReport r = SyncCycle(client, outbox, nullptr, options).run();
                        if (!r.ok) {
                            ++(r.error.kind == AgencyError::Kind::Unreachable ? unreachable : failures);
                            threadErrors[size_t(i)] = r.error.message;
                        }
                        std::this_thread::sleep_for(std::chrono::milliseconds(random() % 50));
                    }
                    // Closing time: push what is left.
                    for (int attempt = 0; attempt < 20 && outbox.pendingCount() > 0; ++attempt) {
                        const SyncCycleReport r = SyncCycle(client, outbox, nullptr, options).run();
                        if (!r.ok)
                            threadErrors[size_t(i)] = r.error.message;
                    }
                }
                outbox.releaseThreadConnection();
            });
        }
        for (auto& t : threads)
            t.join();
        qInfo("worked %lld ms; failed passes: %d (unreachable: %d)", clock.elapsed(), failures.load(),
              unreachable.load());
        for (int i = 0; i < kCounters; ++i)
            if (!threadErrors[size_t(i)].isEmpty())
                qInfo("counter %d last error: %s", i, qPrintable(threadErrors[size_t(i)]));
        QCOMPARE(failures.load(), 0);

        // Every operation once, per counter in its own order, same outcome on both sides.
        QHash<QString, QList<QPair<QString, QString>>> central; // terminal -> (id, outcome) by server order
        QVERIFY(q.exec(
            QStringLiteral("SELECT terminal_id, operation_id::text, sequence, outcome FROM agency.operations "
                           "ORDER BY server_order")));
        while (q.next()) {
            auto& list = central[q.value(0).toString()];
            list.append({q.value(1).toString(), q.value(3).toString()});
            QCOMPARE(q.value(2).toInt(), list.size()); // sequence k is the k-th arrival of that counter
        }
        int total = 0;
        int rejected = 0;
        for (int i = 0; i < kCounters; ++i) {
            TestOutbox& outbox = *outboxes[size_t(i)];
            QCOMPARE(outbox.pendingCount(), 0);
            const QList<QUuid> local = outbox.allOperationIds();
            const auto list = central.value(QStringLiteral("T%1").arg(i, 3, 10, QLatin1Char('0')));
            QCOMPARE(list.size(), local.size());
            for (int k = 0; k < local.size(); ++k) {
                QCOMPARE(QUuid::fromString(list[k].first), local[k]);
                const bool applied = list[k].second == QLatin1String("applied");
                rejected += applied ? 0 : 1;
                QCOMPARE(outbox.state(local[k]), applied ? QStringLiteral("pushed") : QStringLiteral("dead"));
            }
            total += local.size();
        }
        qInfo("operations: %d from %d counters, %d rejected as conflicts", total, kCounters, rejected);
        QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(DISTINCT operation_id) FROM agency.operations")),
                 total);
        QVERIFY(total > 2 * kCounters);
        // The hot cards: never two applied loss reports of one card.
        QCOMPARE(db.scalarInt(
                     QStringLiteral("SELECT count(*) FROM (SELECT card_number FROM agency.operations WHERE "
                                    "service = 'loss-report' AND outcome = 'applied' GROUP BY card_number "
                                    "HAVING count(*) > 1) d")),
                 0);
        QVERIFY(rejected > 0);
    }
};

QTEST_GUILESS_MAIN(ManyCountersTest)
#include "ManyCountersTest.moc"
