// The supervisor's dashboard online (issue 8): agency.dashboard_figures (migration 2) through AgencyClient
// and DashboardFigures::computeAgency, on the real PostgreSQL of the `pg` fixture. A counter sees the figures
// of every counter of its branch and nothing of other branches; unreachable or unauthorised ends in an error
// the console turns into "showing this counter's figures".

#include "AgencyTestDb.h"
#include "Fixtures.h"

#include "app/supervision/DashboardFigures.h"
#include "app/sync/AgencyClient.h"

#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace carddesk;
using namespace carddesk::test;

namespace {

OutboxOperation operation(qint64 sequence, const QString& service, const QString& operatorId, bool success,
                          const QString& resultCode, const QDateTime& when)
{
    OutboxOperation op;
    op.id = QUuid::createUuid();
    op.sequence = sequence;
    op.payload = QJsonObject{{"service", service},
                             {"success", success},
                             {"resultCode", resultCode},
                             {"operatorId", operatorId},
                             {"timeUtc", when.toUTC().toString(Qt::ISODateWithMs)}};
    op.createdUtc = when;
    return op;
}

bool push(const QString& conninfo, const QString& terminal, const QList<OutboxOperation>& ops)
{
    AgencyClient client(conninfo, terminal, QStringLiteral("dashboard-push-") + terminal);
    AgencyError error;
    const auto results = client.pushOperations(ops, &error);
    if (!results) {
        qWarning("push: %s", qPrintable(error.message));
        return false;
    }
    for (const OperationPushResult& r : *results)
        if (r.outcome != QLatin1String("applied")) {
            qWarning("push: %s %s", qPrintable(r.outcome), qPrintable(r.reason));
            return false;
        }
    return true;
}

} // namespace

class AgencyDashboardTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<AgencyTestDb> m_db;
    QString m_t1, m_t2, m_t3, m_t4;
    QDateTime m_now;

private slots:
    void initTestCase()
    {
        CARDDESK_REQUIRE_FIXTURE("pg");
        m_db = std::make_unique<AgencyTestDb>(QStringLiteral("sync_dashboard"));
        QString error;
        QVERIFY2(m_db->create(&error), qPrintable(error));
        QVERIFY2(m_db->exec(QStringLiteral("SELECT agency.seed_synthetic(50, ARRAY['B001','B002'])"), &error),
                 qPrintable(error));
        m_t1 = m_db->addCounter(QStringLiteral("T-1"), QStringLiteral("B001"), &error);
        m_t2 = m_db->addCounter(QStringLiteral("T-2"), QStringLiteral("B001"), &error);
        m_t3 = m_db->addCounter(QStringLiteral("T-3"), QStringLiteral("B002"), &error);
        m_t4 = m_db->addCounter(QStringLiteral("T-4"), QStringLiteral("B001"), &error); // never pushes
        QVERIFY2(!m_t1.isEmpty() && !m_t2.isEmpty() && !m_t3.isEmpty() && !m_t4.isEmpty(), qPrintable(error));
        m_now = QDateTime::currentDateTimeUtc();
        const QDateTime yesterday = m_now.addDays(-1);
        QVERIFY(push(m_t1, QStringLiteral("T-1"),
                     {operation(1, QStringLiteral("pin-reset"), QStringLiteral("c1"), true,
                                QStringLiteral("ok"), m_now.addSecs(-60)),
                      operation(2, QStringLiteral("pin-reset"), QStringLiteral("c1"), false,
                                QStringLiteral("wrong-pin"), m_now.addSecs(-50)),
                      operation(3, QStringLiteral("pin-change"), QStringLiteral("c2"), true,
                                QStringLiteral("ok"), m_now.addSecs(-40)),
                      // Outside the period: not counted (but T-1 has pushed it).
                      operation(4, QStringLiteral("pin-reset"), QStringLiteral("c1"), false,
                                QStringLiteral("no-card"), m_now.addDays(-30))}));
        QVERIFY(push(m_t2, QStringLiteral("T-2"),
                     {operation(1, QStringLiteral("pin-reset"), QStringLiteral("c3"), true,
                                QStringLiteral("ok"), yesterday)}));
        QVERIFY(push(m_t3, QStringLiteral("T-3"),
                     {operation(1, QStringLiteral("pin-reset"), QStringLiteral("c9"), false,
                                QStringLiteral("pin-blocked"), m_now.addSecs(-30)),
                      operation(2, QStringLiteral("reissue"), QStringLiteral("c9"), true,
                                QStringLiteral("ok"), m_now.addSecs(-20))}));
    }

    void branchFiguresForACounter()
    {
        QString error;
        const auto d = DashboardFigures::computeAgency(m_t1, QStringLiteral("T-1"), m_now.addDays(-7),
                                                       m_now.addSecs(60), &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY(d->agencyWide);
        // B001 only: T-1's three in the period and T-2's one; nothing of T-3 (B002).
        QCOMPARE(d->operations, 4);
        QCOMPARE(d->failures, 1);
        QCOMPARE(d->failuresByReason, (QMap<QString, int>{{QStringLiteral("wrong-pin"), 1}}));
        QCOMPARE(d->perOperator,
                 (QMap<QString, int>{
                     {QStringLiteral("c1"), 2}, {QStringLiteral("c2"), 1}, {QStringLiteral("c3"), 1}}));
        const QDate today = m_now.date();
        const QDate yesterday = m_now.addDays(-1).date();
        QCOMPARE(d->operationsPerDay.value(yesterday).value(QStringLiteral("pin-reset")), 1);
        QCOMPARE(d->operationsPerDay.value(today).value(QStringLiteral("pin-reset")) +
                     d->operationsPerDay.value(yesterday).value(QStringLiteral("pin-reset")),
                 3);
        QCOMPARE(d->operationsPerDay.value(today).value(QStringLiteral("pin-change")) +
                     d->operationsPerDay.value(yesterday).value(QStringLiteral("pin-change")),
                 1);
        QVERIFY(!d->operationsPerDay.value(today).contains(QStringLiteral("reissue")));
        // Sync lag: the branch's counters, T-4 never pushed.
        QStringList counters;
        for (const SyncLag& l : d->syncLag)
            counters << l.counterId;
        QCOMPARE(counters,
                 (QStringList{QStringLiteral("T-1"), QStringLiteral("T-2"), QStringLiteral("T-4")}));
        QVERIFY(d->syncLag.at(0).lagSeconds >= 0 && d->syncLag.at(0).lagSeconds < 600);
        QCOMPARE(d->syncLag.at(2).lagSeconds, -1);
        QVERIFY(d->syncLag.at(0).unpulledChanges > 0); // the seed's reference data was never pulled
    }

    void otherBranchSeesOnlyItself()
    {
        QString error;
        const auto d = DashboardFigures::computeAgency(m_t3, QStringLiteral("T-3"), m_now.addDays(-7),
                                                       m_now.addSecs(60), &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->operations, 2);
        QCOMPARE(d->failuresByReason, (QMap<QString, int>{{QStringLiteral("pin-blocked"), 1}}));
        QCOMPARE(d->syncLag.size(), 1);
        QCOMPARE(d->syncLag.first().counterId, QStringLiteral("T-3"));
    }

    void aLoginCannotAskForAnotherCounter()
    {
        AgencyClient client(m_t1, QStringLiteral("T-3"), QStringLiteral("dashboard-foreign"));
        AgencyError error;
        QVERIFY(!client.dashboardFigures(m_now.addDays(-7), m_now, &error));
        QCOMPARE(error.kind, AgencyError::Kind::NotAuthorised);
    }

    void unreachableIsAnError()
    {
        // A closed port on this host: the console falls back to the local figures with this message.
        QString error;
        const auto d = DashboardFigures::computeAgency(
            AgencyTestDb::viaPort(m_t1, 1) + QStringLiteral(" connect_timeout=2"), QStringLiteral("T-1"),
            m_now.addDays(-7), m_now, &error);
        QVERIFY(!d);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(AgencyDashboardTest)
#include "AgencyDashboardTest.moc"
