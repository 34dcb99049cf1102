// Reissue tracking statuses set by the agency flow to the counter that took the application (migration 3,
// agency.set_reissue_status -> pull_changes 'S' lines -> LocalStore::applyAgencyReissueStatus). The real
// PostgreSQL of the `pg` fixture and the real LocalStore: the counter pushes a reissue, agency staff move it
// to "in-production" then "ready-for-collection", the counter's store shows both changes as audited entries
// by "agency"; another branch's counter never receives them; a replayed pull and an unknown status change
// nothing.
#include "AgencyTestDb.h"
#include "Fixtures.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncCycle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace carddesk;
using namespace carddesk::test;

class ReissueStatusSyncTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<AgencyTestDb> m_db;

    QPair<QString, QString> activeCard(int offset)
    {
        QSqlQuery q(m_db->admin());
        q.exec(QStringLiteral("SELECT card_number, id_number FROM agency.cards WHERE status = 'active' "
                              "ORDER BY card_number OFFSET %1 LIMIT 1")
                   .arg(offset));
        q.next();
        return {q.value(0).toString(), q.value(1).toString()};
    }

    QString setStatus(const QUuid& id, const QString& status)
    {
        QString error;
        m_db->exec(QStringLiteral("SELECT agency.set_reissue_status('%1', '%2')")
                       .arg(id.toString(QUuid::WithoutBraces), status),
                   &error);
        return error;
    }

private slots:
    void initTestCase()
    {
        CARDDESK_REQUIRE_FIXTURE("pg");
        m_db = std::make_unique<AgencyTestDb>(QStringLiteral("sync_reissue_status"));
        QString error;
        QVERIFY2(m_db->create(&error), qPrintable(error));
        QVERIFY2(
            m_db->exec(QStringLiteral("SELECT agency.seed_synthetic(200, ARRAY['B001','B002'])"), &error),
            qPrintable(error));
    }

    void agencyStatusesReachOnlyTheCounterThatTookTheApplication()
    {
        QString error;
        const QString connA = m_db->addCounter(QStringLiteral("T-RS1"), QStringLiteral("B001"), &error);
        QVERIFY2(!connA.isEmpty(), qPrintable(error));
        const QString connB = m_db->addCounter(QStringLiteral("T-RS2"), QStringLiteral("B002"), &error);
        QVERIFY2(!connB.isEmpty(), qPrintable(error));
        auto storeA = openStore(QStringLiteral("rs-a"), QStringLiteral("T-RS1"));
        auto storeB = openStore(QStringLiteral("rs-b"), QStringLiteral("T-RS2"));
        QVERIFY(storeA && storeB);
        AgencyClient clientA(connA, QStringLiteral("T-RS1"), QStringLiteral("rs-a"));
        AgencyClient clientB(connB, QStringLiteral("T-RS2"), QStringLiteral("rs-b"));

        // The counter takes a reissue application and pushes it.
        const auto [cardNumber, holder] = activeCard(3);
        OperationRecord r;
        r.id = QUuid::createUuid();
        r.service = ServiceType::Reissue;
        r.success = true;
        r.resultCode = QStringLiteral("ok");
        r.op = OperatorContext{QStringLiteral("b001-clerk"), QStringLiteral("clerk"), QStringLiteral("B001"),
                               QStringLiteral("T-RS1"), false};
        r.timeUtc = QDateTime::currentDateTimeUtc();
        r.holderIdNumber = holder;
        r.holderName = QStringLiteral("测试");
        r.cardNumber = cardNumber;
        r.details = QJsonObject{{"delivery", "collect"}};
        const JournalResult recorded = storeA->record(r);
        QVERIFY2(recorded.ok, qPrintable(recorded.error));
        SyncCycleReport a = SyncCycle(clientA, *storeA, storeA.get()).run();
        QVERIFY2(a.ok, qPrintable(a.error.message));
        QCOMPARE(a.pushed, 1);
        QCOMPARE(a.reissueStatusesApplied, 0);
        QCOMPARE(storeA->reissueTracking(r.id)->status, ReissueStatus::ApplicationReceived);
        SyncCycleReport b = SyncCycle(clientB, *storeB, storeB.get()).run();
        QVERIFY2(b.ok, qPrintable(b.error.message));

        // Agency staff: forward only, on applied reissues only.
        QCOMPARE(setStatus(r.id, QStringLiteral("in-production")), QString());
        QCOMPARE(setStatus(r.id, QStringLiteral("ready-for-collection")), QString());
        QVERIFY(!setStatus(r.id, QStringLiteral("in-production")).isEmpty()); // backwards
        QVERIFY(!setStatus(r.id, QStringLiteral("mailed")).isEmpty());        // the other branch
        QVERIFY(!setStatus(QUuid::createUuid(), QStringLiteral("in-production")).isEmpty());
        QCOMPARE(m_db->scalarInt(QStringLiteral("SELECT count(*) FROM agency.reissue_status_changes")), 2);
        // A counter's login can neither set a status nor read the table (only through pull_changes).
        {
            AgencyError connectError;
            QVERIFY2(clientA.ensureConnected(&connectError), qPrintable(connectError.message));
            QSqlQuery q(clientA.database());
            QVERIFY(!q.exec(QStringLiteral("SELECT agency.set_reissue_status('%1', 'collected')")
                                .arg(r.id.toString(QUuid::WithoutBraces))));
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
            QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM agency.reissue_status_changes")));
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }

        // What each counter's pull carries: both changes for T-RS1, in order; nothing for the other branch.
        int rows = 0;
        AgencyError pullError;
        const auto pageA = clientA.pullChanges(0, 1000000, &rows, &pullError);
        QVERIFY2(pageA, qPrintable(pullError.message));
        QCOMPARE(pageA->reissueStatuses.size(), 2);
        QCOMPARE(pageA->reissueStatuses.at(0).status, QStringLiteral("in-production"));
        QCOMPARE(pageA->reissueStatuses.at(1).status, QStringLiteral("ready-for-collection"));
        QCOMPARE(pageA->reissueStatuses.at(0).operationId, r.id);
        QVERIFY(pageA->reissueStatuses.at(0).changedUtc.isValid());
        const auto pageB = clientB.pullChanges(0, 1000000, &rows, &pullError);
        QVERIFY2(pageB, qPrintable(pullError.message));
        QVERIFY(pageB->reissueStatuses.isEmpty());

        // The counter syncs: both statuses recorded, audited, as "agency".
        const qint64 before = storeA->referenceChangeSequence();
        a = SyncCycle(clientA, *storeA, storeA.get()).run();
        QVERIFY2(a.ok, qPrintable(a.error.message));
        QCOMPARE(a.reissueStatusesApplied, 2);
        QCOMPARE(a.reissueStatusesSkipped, 0);
        auto tracking = storeA->reissueTracking(r.id);
        QVERIFY(tracking);
        QCOMPARE(tracking->status, ReissueStatus::ReadyForCollection);
        QCOMPARE(tracking->history.size(), 3);
        QCOMPARE(tracking->history.at(1).status, ReissueStatus::InProduction);
        QCOMPARE(tracking->history.at(1).operatorId, QStringLiteral("agency"));
        QCOMPARE(tracking->history.at(2).status, ReissueStatus::ReadyForCollection);
        QCOMPARE(tracking->history.at(2).operatorId, QStringLiteral("agency"));
        QVERIFY(storeA->pendingCount() == 0);

        // Another branch's counter gets nothing.
        b = SyncCycle(clientB, *storeB, storeB.get()).run();
        QVERIFY2(b.ok, qPrintable(b.error.message));
        QCOMPARE(b.reissueStatusesApplied + b.reissueStatusesIgnored + b.reissueStatusesSkipped, 0);

        // A replayed pull (the cursor put back, as after a crash before the page's commit) changes nothing.
        QVERIFY(storeA->setSyncState(QStringLiteral("reference-change-sequence"), QString::number(before),
                                     &error));
        a = SyncCycle(clientA, *storeA, storeA.get()).run();
        QVERIFY2(a.ok, qPrintable(a.error.message));
        QCOMPARE(a.reissueStatusesApplied, 0);
        QCOMPARE(a.reissueStatusesIgnored, 2);
        tracking = storeA->reissueTracking(r.id);
        QCOMPARE(tracking->status, ReissueStatus::ReadyForCollection);
        QCOMPARE(tracking->history.size(), 3);

        // A status this counter does not know (a newer agency): logged and skipped, the pass goes on.
        QVERIFY2(m_db->exec(QStringLiteral("ALTER TABLE agency.reissue_status_changes "
                                           "DROP CONSTRAINT reissue_status_changes_status_check"),
                            &error),
                 qPrintable(error));
        QVERIFY2(
            m_db->exec(QStringLiteral("INSERT INTO agency.reissue_status_changes (change_seq, operation_id, "
                                      "terminal_id, branch_id, from_status, status, changed_by) "
                                      "SELECT agency.next_change(), '%1', 'T-RS1', 'B001', "
                                      "'ready-for-collection', 'returned-to-sender', 'postgres'")
                           .arg(r.id.toString(QUuid::WithoutBraces)),
                       &error),
            qPrintable(error));
        // ... followed by one it knows (written the same way: the newer agency's function refuses after it).
        QVERIFY2(
            m_db->exec(QStringLiteral("INSERT INTO agency.reissue_status_changes (change_seq, operation_id, "
                                      "terminal_id, branch_id, from_status, status, changed_by) "
                                      "SELECT agency.next_change(), '%1', 'T-RS1', 'B001', "
                                      "'returned-to-sender', 'collected', 'postgres'")
                           .arg(r.id.toString(QUuid::WithoutBraces)),
                       &error),
            qPrintable(error));
        a = SyncCycle(clientA, *storeA, storeA.get()).run();
        QVERIFY2(a.ok, qPrintable(a.error.message));
        QCOMPARE(a.reissueStatusesSkipped, 1);
        QCOMPARE(a.reissueStatusesApplied, 1);
        tracking = storeA->reissueTracking(r.id);
        QCOMPARE(tracking->status, ReissueStatus::Collected);
        QCOMPARE(tracking->history.size(), 4);
        QCOMPARE(storeA->referenceChangeSequence(),
                 qint64(m_db->scalarInt(QStringLiteral("SELECT value FROM agency.change_clock"))));
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(ReissueStatusSyncTest)
#include "ReissueStatusSyncTest.moc"
