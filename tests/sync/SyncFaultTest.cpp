// The fault tests of issue 5 that need one or two counters: server down then back (exactly once, through the
// real SyncWorker thread), connection cut after the server committed, two counters on the same card while one
// is offline, a counter's clock a day wrong, and the reference pull (full load with progress, then deltas).
// The server is the real PostgreSQL of the `pg` fixture; "down" and "cut" are done by TcpProxy.
#include "AgencyTestDb.h"
#include "Fixtures.h"
#include "TcpProxy.h"
#include "TestOutbox.h"
#include "app/sync/AgencyClient.h"
#include "app/sync/SyncCycle.h"
#include "app/sync/SyncWorker.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace carddesk;
using namespace carddesk::test;

class SyncFaultTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<AgencyTestDb> m_db;

    QString addCounter(const QString& terminal, const QString& branch = QStringLiteral("B001"))
    {
        QString error;
        const QString conninfo = m_db->addCounter(terminal, branch, &error);
        if (conninfo.isEmpty())
            qWarning("addCounter: %s", qPrintable(error));
        return conninfo;
    }
    QString activeCard(int skip)
    {
        QSqlQuery q(m_db->admin());
        q.exec(
            QStringLiteral(
                "SELECT card_number FROM agency.cards WHERE status = 'active' AND status_operation IS NULL "
                "ORDER BY card_number DESC OFFSET %1 LIMIT 1")
                .arg(skip));
        return q.next() ? q.value(0).toString() : QString();
    }
    int serverOps(const QString& terminal)
    {
        return m_db->scalarInt(
            QStringLiteral("SELECT count(*) FROM agency.operations WHERE terminal_id = '%1'").arg(terminal));
    }
    // Every local operation is on the server exactly once, in the counter's order, with the same outcome.
    void verifyLocalEqualsCentral(TestOutbox& outbox, const QString& terminal)
    {
        QSqlQuery q(m_db->admin());
        QVERIFY(q.exec(QStringLiteral("SELECT operation_id::text, sequence, outcome FROM agency.operations "
                                      "WHERE terminal_id = '%1' ORDER BY server_order")
                           .arg(terminal)));
        const QList<QUuid> local = outbox.allOperationIds();
        int i = 0;
        while (q.next()) {
            QVERIFY2(i < local.size(), "the server holds more operations than the counter made");
            QCOMPARE(QUuid::fromString(q.value(0).toString()), local.at(i));
            QCOMPARE(q.value(1).toInt(), i + 1);
            const QString localState = outbox.state(local.at(i));
            QCOMPARE(localState, q.value(2).toString() == QLatin1String("applied") ? QStringLiteral("pushed")
                                                                                   : QStringLiteral("dead"));
            ++i;
        }
        QCOMPARE(i, local.size());
    }

private slots:
    void initTestCase()
    {
        CARDDESK_REQUIRE_FIXTURE("pg");
        m_db = std::make_unique<AgencyTestDb>(QStringLiteral("sync_faults"));
        QString error;
        QVERIFY2(m_db->create(&error), qPrintable(error));
        QVERIFY2(
            m_db->exec(QStringLiteral("SELECT agency.seed_synthetic(5000, ARRAY['B001','B002'])"), &error),
            qPrintable(error));
    }

    void serverDownWhileWorkingThenBackEverythingArrivesExactlyOnce()
    {
        const QString conninfo = addCounter(QStringLiteral("T-DOWN"));
        TcpProxy proxy("127.0.0.1", m_db->serverPort());
        QVERIFY(proxy.start());
        proxy.setDown(true);
        TestOutbox outbox(scratchDir(QStringLiteral("down")) + QStringLiteral("/outbox.db"));
        SyncWorkerOptions options;
        options.conninfo = AgencyTestDb::viaPort(conninfo, proxy.port());
        options.terminalId = QStringLiteral("T-DOWN");
        options.intervalMs = 300;
        options.minBackoffMs = 100;
        options.maxBackoffMs = 800;
        options.cycle.pushBatch = 7;
        options.cycle.pull = false;
        SyncWorker worker(outbox, &outbox, options);
        QSignalSpy online(&worker, &SyncWorker::onlineChanged);
        QSignalSpy errors(&worker, &SyncWorker::syncError);
        QSignalSpy pending(&worker, &SyncWorker::pendingCountChanged);
        worker.start();

        // The clerk keeps working while the agency is unreachable.
        for (int i = 0; i < 25; ++i)
            QVERIFY(!outbox
                         .enqueue(i % 5 == 0 ? QStringLiteral("loss-report") : QStringLiteral("pin-reset"),
                                  activeCard(i))
                         .isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty(), 10000);
        QCOMPARE(online.first().first().toBool(), false);
        QVERIFY(!worker.isOnline());
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 2, 10000); // it keeps retrying, with backoff
        QTRY_COMPARE_WITH_TIMEOUT(worker.pendingCount(), 25, 10000);
        QCOMPARE(serverOps(QStringLiteral("T-DOWN")), 0);
        QVERIFY(!worker.lastSuccessfulSync().isValid());

        proxy.setDown(false);
        QTRY_COMPARE_WITH_TIMEOUT(serverOps(QStringLiteral("T-DOWN")), 25, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(worker.pendingCount(), 0, 10000);
        QTRY_VERIFY(worker.isOnline());
        QVERIFY(online.last().first().toBool());
        QVERIFY(worker.lastSuccessfulSync().isValid());
        QCOMPARE(pending.last().first().toInt(), 0);

        // Down again while online (the open connection is cut), more work, back, "sync now".
        proxy.setDown(true);
        for (int i = 25; i < 40; ++i)
            QVERIFY(!outbox.enqueue(QStringLiteral("pin-change"), activeCard(i)).isNull());
        worker.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!worker.isOnline(), 10000);
        proxy.setDown(false);
        worker.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(serverOps(QStringLiteral("T-DOWN")), 40, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(worker.pendingCount(), 0, 10000);
        worker.stop();
        verifyLocalEqualsCentral(outbox, QStringLiteral("T-DOWN"));
        QCOMPARE(m_db->scalarInt(QStringLiteral(
                     "SELECT last_sequence FROM agency.counters WHERE terminal_id = 'T-DOWN'")),
                 40);
        // The audit trail went along: every local entry is on the server, chained.
        QCOMPARE(m_db->scalarInt(QStringLiteral(
                     "SELECT count(*) FROM agency.audit_entries WHERE terminal_id = 'T-DOWN'")),
                 outbox.count(QStringLiteral("SELECT count(*) FROM audit")));
    }

    void cutAfterCommitBeforeAnswerRetryGivesOriginalResultNoDuplicate()
    {
        const QString conninfo = addCounter(QStringLiteral("T-CUT"));
        TcpProxy proxy("127.0.0.1", m_db->serverPort());
        QVERIFY(proxy.start());
        TestOutbox outbox(scratchDir(QStringLiteral("cut")) + QStringLiteral("/outbox.db"));
        const QString card = activeCard(100);
        QSqlQuery q(m_db->admin());
        QVERIFY(
            q.exec(QStringLiteral("SELECT card_number FROM agency.cards WHERE status = 'lost' LIMIT 1")) &&
            q.next());
        const QString alreadyLost = q.value(0).toString();
        const QUuid lossId = outbox.enqueue(QStringLiteral("loss-report"), card);
        const QUuid resetId = outbox.enqueue(QStringLiteral("pin-reset"), activeCard(101));
        const QUuid refusedId = outbox.enqueue(QStringLiteral("loss-report"), alreadyLost);

        AgencyClient client(AgencyTestDb::viaPort(conninfo, proxy.port()), QStringLiteral("T-CUT"),
                            QStringLiteral("cut"));
        SyncCycleOptions options;
        options.pull = false;
        options.pushAudit = false;
        proxy.cutAnswerOnce("push_operations");
        SyncCycleReport first = SyncCycle(client, outbox, &outbox, options).run();
        QVERIFY(!first.ok);
        QCOMPARE(proxy.cutsDone(), 1);
        QCOMPARE(first.error.kind, AgencyError::Kind::Unreachable);
        // The server committed; the counter does not know it and keeps everything queued.
        QCOMPARE(serverOps(QStringLiteral("T-CUT")), 3);
        QCOMPARE(outbox.pendingCount(), 3);
        QCOMPARE(m_db->scalarInt(
                     QStringLiteral(
                         "SELECT count(*) FROM agency.cards WHERE card_number = '%1' AND status = 'lost'")
                         .arg(card)),
                 1);
        const int clockAfterFirst = m_db->scalarInt(QStringLiteral("SELECT value FROM agency.change_clock"));

        SyncCycleReport retry = SyncCycle(client, outbox, &outbox, options).run();
        QVERIFY2(retry.ok, qPrintable(retry.error.message));
        QCOMPARE(retry.duplicates, 3);
        QCOMPARE(retry.pushed, 2);
        QCOMPARE(retry.rejected, 1);
        QCOMPARE(serverOps(QStringLiteral("T-CUT")), 3);
        // The effect happened once: the loss report did not touch the card again.
        QCOMPARE(m_db->scalarInt(QStringLiteral("SELECT value FROM agency.change_clock")), clockAfterFirst);
        QCOMPARE(outbox.state(lossId), QStringLiteral("pushed"));
        QCOMPARE(outbox.state(resetId), QStringLiteral("pushed"));
        QCOMPARE(outbox.state(refusedId), QStringLiteral("dead"));
        const QList<DeadLetter> dead = outbox.deadLetters();
        QCOMPARE(dead.size(), 1);
        QCOMPARE(dead.first().reason, QStringLiteral("card-already-reported-lost")); // the original reason
        verifyLocalEqualsCentral(outbox, QStringLiteral("T-CUT"));
    }

    void twoCountersOnTheSameCardWhileOneIsOfflineConflictIsVisible()
    {
        const QString conninfoA = addCounter(QStringLiteral("T-OFF"));
        const QString conninfoB = addCounter(QStringLiteral("T-ON"));
        QString error;
        const QString supervisor =
            m_db->addSupervisor(QStringLiteral("sup_conflict"), QStringLiteral("B001"), &error);
        QVERIFY2(!supervisor.isEmpty(), qPrintable(error));
        TcpProxy proxy("127.0.0.1", m_db->serverPort());
        QVERIFY(proxy.start());
        proxy.setDown(true);
        TestOutbox outboxA(scratchDir(QStringLiteral("offline-a")) + QStringLiteral("/outbox.db"));
        TestOutbox outboxB(scratchDir(QStringLiteral("offline-b")) + QStringLiteral("/outbox.db"));
        AgencyClient clientA(AgencyTestDb::viaPort(conninfoA, proxy.port()), QStringLiteral("T-OFF"),
                             QStringLiteral("a"));
        AgencyClient clientB(conninfoB, QStringLiteral("T-ON"), QStringLiteral("b"));
        const QString cardX = activeCard(200);
        const QString cardY = activeCard(201);

        // A is offline: resets the PIN of card X, reports card Y lost. B (online) reports X lost, then Y.
        const QUuid resetX = outboxA.enqueue(QStringLiteral("pin-reset"), cardX);
        const QUuid lossYbyA = outboxA.enqueue(QStringLiteral("loss-report"), cardY);
        QVERIFY(!SyncCycle(clientA, outboxA, &outboxA).run().ok);
        outboxB.enqueue(QStringLiteral("loss-report"), cardX);
        SyncCycleReport b = SyncCycle(clientB, outboxB, &outboxB).run();
        QVERIFY2(b.ok, qPrintable(b.error.message));
        // A comes back: its Y report is applied first come first served; its reset of X is a conflict.
        proxy.setDown(false);
        SyncCycleReport a = SyncCycle(clientA, outboxA, &outboxA).run();
        QVERIFY2(a.ok, qPrintable(a.error.message));
        QCOMPARE(a.rejected, 1);
        QCOMPARE(outboxA.state(resetX), QStringLiteral("dead"));
        QCOMPARE(outboxA.state(lossYbyA), QStringLiteral("pushed"));
        QCOMPARE(outboxA.deadLetters().first().reason, QStringLiteral("card-reported-lost"));
        const QUuid lossYbyB = outboxB.enqueue(QStringLiteral("loss-report"), cardY);
        b = SyncCycle(clientB, outboxB, &outboxB).run();
        QVERIFY2(b.ok, qPrintable(b.error.message));
        QCOMPARE(outboxB.state(lossYbyB), QStringLiteral("dead"));
        QCOMPARE(outboxB.deadLetters().first().reason, QStringLiteral("card-already-reported-lost"));

        // Not last-writer-wins: X stays lost by B's report, Y lost by A's.
        QSqlQuery q(m_db->admin());
        QVERIFY(q.exec(QStringLiteral("SELECT card_number, status, status_terminal FROM agency.cards "
                                      "WHERE card_number IN ('%1', '%2') ORDER BY card_number = '%1' DESC")
                           .arg(cardX, cardY)));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("lost"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("T-ON"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("lost"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("T-OFF"));
        // Both conflicts are on the supervisor's list, each naming the other counter.
        AgencyClient sup(supervisor, QString(), QStringLiteral("sup"));
        AgencyError e;
        QVERIFY(sup.ensureConnected(&e));
        QSqlQuery s(sup.database());
        QVERIFY2(
            s.exec(QStringLiteral(
                       "SELECT terminal_id, card_number, reason, conflict_terminal FROM agency.conflicts "
                       "WHERE card_number IN ('%1', '%2') ORDER BY received_at")
                       .arg(cardX, cardY)),
            qPrintable(s.lastError().text()));
        QVERIFY(s.next());
        QCOMPARE(s.value(0).toString(), QStringLiteral("T-OFF"));
        QCOMPARE(s.value(1).toString(), cardX);
        QCOMPARE(s.value(3).toString(), QStringLiteral("T-ON"));
        QVERIFY(s.next());
        QCOMPARE(s.value(0).toString(), QStringLiteral("T-ON"));
        QCOMPARE(s.value(1).toString(), cardY);
        QCOMPARE(s.value(3).toString(), QStringLiteral("T-OFF"));
        QVERIFY(!s.next());
        // And the counters learn the truth by the pull.
        QCOMPARE(outboxA.cardStatus(cardX), QStringLiteral("lost"));
        QCOMPARE(outboxB.cardStatus(cardY), QStringLiteral("lost"));
    }

    void aCounterClockADayWrongDoesNotChangeOrderingOrPull()
    {
        const QString conninfoAhead = addCounter(QStringLiteral("T-AHEAD"));
        const QString conninfoBehind = addCounter(QStringLiteral("T-BEHIND"));
        TestOutbox ahead(scratchDir(QStringLiteral("clock-ahead")) + QStringLiteral("/outbox.db"));
        TestOutbox behind(scratchDir(QStringLiteral("clock-behind")) + QStringLiteral("/outbox.db"));
        AgencyClient clientAhead(conninfoAhead, QStringLiteral("T-AHEAD"), QStringLiteral("ahead"));
        AgencyClient clientBehind(conninfoBehind, QStringLiteral("T-BEHIND"), QStringLiteral("behind"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Both start from a full pull.
        QVERIFY(SyncCycle(clientAhead, ahead, &ahead).run().ok);
        QVERIFY(SyncCycle(clientBehind, behind, &behind).run().ok);
        const QString card = activeCard(300);
        QCOMPARE(behind.cardStatus(card), QStringLiteral("active"));

        // The counter a day ahead reports first; the one a day behind reports later "yesterday".
        for (int i = 0; i < 5; ++i)
            ahead.enqueue(QStringLiteral("pin-reset"), activeCard(310 + i), true, {},
                          now.addDays(1).addSecs(-i * 600));
        const QUuid aheadLoss = ahead.enqueue(QStringLiteral("loss-report"), card, true, {}, now.addDays(1));
        QVERIFY(SyncCycle(clientAhead, ahead, &ahead).run().ok);
        const QUuid behindLoss =
            behind.enqueue(QStringLiteral("loss-report"), card, true, {}, now.addDays(-1));
        const SyncCycleReport r = SyncCycle(clientBehind, behind, &behind).run();
        QVERIFY2(r.ok, qPrintable(r.error.message));
        // First come, first served by the server: the earlier timestamp does not win.
        QCOMPARE(ahead.state(aheadLoss), QStringLiteral("pushed"));
        QCOMPARE(behind.state(behindLoss), QStringLiteral("dead"));
        // The counter's order is its sequence, though its own times run backwards.
        verifyLocalEqualsCentral(ahead, QStringLiteral("T-AHEAD"));
        QCOMPARE(m_db->scalarInt(
                     QStringLiteral("SELECT count(*) FROM agency.operations WHERE terminal_id = 'T-AHEAD' "
                                    "AND abs(extract(epoch FROM received_at - now())) < 600")),
                 6); // the server's own clock, not the counter's, says when it arrived
        // The pull runs on the change sequence: the counter a day behind still gets the change.
        QCOMPARE(behind.cardStatus(card), QStringLiteral("lost"));
        QVERIFY(
            behind.referenceChangeSequence() >=
            m_db->scalarInt(
                QStringLiteral("SELECT change_seq FROM agency.cards WHERE card_number = '%1'").arg(card)));
    }

    void pullFirstFullLoadWithProgressThenDeltas()
    {
        const QString conninfo = addCounter(QStringLiteral("T-PULL"), QStringLiteral("B002"));
        TestOutbox outbox(scratchDir(QStringLiteral("pull")) + QStringLiteral("/outbox.db"));
        AgencyClient client(conninfo, QStringLiteral("T-PULL"), QStringLiteral("pull"));
        QList<QPair<qint64, qint64>> progress;
        SyncCycleOptions options;
        options.pullBatch = 1000;
        options.pullProgress = [&](qint64 done, qint64 total) { progress.append({done, total}); };
        const SyncCycleReport full = SyncCycle(client, outbox, &outbox, options).run();
        QVERIFY2(full.ok, qPrintable(full.error.message));
        QCOMPARE(outbox.count(QStringLiteral("SELECT count(*) FROM persons")), 5000);
        QCOMPARE(outbox.count(QStringLiteral("SELECT count(*) FROM cards")),
                 m_db->scalarInt(QStringLiteral("SELECT count(*) FROM agency.cards")));
        // Row-level security: only its own branch's operators.
        QCOMPARE(outbox.count(QStringLiteral("SELECT count(*) FROM operators")), 3);
        QCOMPARE(outbox.count(QStringLiteral("SELECT count(*) FROM operators WHERE branch <> 'B002'")), 0);
        QVERIFY(outbox.syncState(QStringLiteral("region")).contains(QStringLiteral("initialPin")));
        QCOMPARE(
            outbox.count(QStringLiteral("SELECT count(*) FROM persons WHERE name = '' OR length(id) <> 18")),
            0);
        QVERIFY(progress.size() >= 10);
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].first >= progress[i - 1].first);
        QCOMPARE(progress.last().first, progress.last().second);
        QCOMPARE(outbox.referenceChangeSequence(),
                 qint64(m_db->scalarInt(QStringLiteral("SELECT value FROM agency.change_clock"))));

        // Nothing changed: nothing comes. One change: exactly that row comes.
        SyncCycleReport again = SyncCycle(client, outbox, &outbox, options).run();
        QVERIFY(again.ok);
        QCOMPARE(again.pulledRows, 0);
        // The counter reported its cursor: the agency sees it has no lag.
        QCOMPARE(m_db->scalarInt(QStringLiteral(
                     "SELECT pull_lag FROM agency.counter_status WHERE terminal_id = 'T-PULL'")),
                 0);
        QVERIFY(m_db->exec(
            QStringLiteral("UPDATE agency.operators SET disabled = true, change_seq = agency.next_change() "
                           "WHERE operator_id = 'b002-teller'")));
        again = SyncCycle(client, outbox, &outbox, options).run();
        QVERIFY(again.ok);
        QCOMPARE(again.pulledRows, 1);
        QCOMPARE(outbox.count(QStringLiteral("SELECT disabled FROM operators WHERE id = 'b002-teller'")), 1);
    }
};

QTEST_GUILESS_MAIN(SyncFaultTest)
#include "SyncFaultTest.moc"
