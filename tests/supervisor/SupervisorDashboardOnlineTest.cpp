// The console's dashboard switched to 全机构 (whole agency) against the real PostgreSQL of the `pg` fixture:
// the figures come from the agency (the branch's counters, not this store), the notice says so, and when the
// agency goes away the console falls back to this counter's figures with a notice.

#include "AgencyTestDb.h"
#include "Fixtures.h"
#include "SupervisorTestSupport.h"

#include "app/supervision/DashboardFigures.h"
#include "app/sync/AgencyClient.h"
#include "ui/supervisor/SupervisorConsole.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QUuid>

using namespace carddesk;
using namespace carddesk::test;
using carddesk::ui::SupervisorConsole;

class SupervisorDashboardOnlineTest : public QObject
{
    Q_OBJECT

private slots:
    void wholeAgencyFromPostgres()
    {
        CARDDESK_REQUIRE_FIXTURE("pg");
        AgencyTestDb db(QStringLiteral("supervisor_dashboard"));
        QString error;
        QVERIFY2(db.create(&error), qPrintable(error));
        const QString t01 = db.addCounter(QStringLiteral("T01"), QStringLiteral("B001"), &error);
        const QString t02 = db.addCounter(QStringLiteral("T02"), QStringLiteral("B001"), &error);
        QVERIFY2(!t01.isEmpty() && !t02.isEmpty(), qPrintable(error));
        // Another counter of the branch did 3 operations (one failed) that this counter's store never saw.
        {
            QList<OutboxOperation> ops;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int i = 1; i <= 3; ++i) {
                OutboxOperation op;
                op.id = QUuid::createUuid();
                op.sequence = i;
                op.payload = QJsonObject{{"service", "pin-change"},
                                         {"success", i != 2},
                                         {"resultCode", i != 2 ? "ok" : "pin-blocked"},
                                         {"operatorId", "clerk-t02"},
                                         {"timeUtc", now.addSecs(-i * 60).toString(Qt::ISODateWithMs)}};
                op.createdUtc = now;
                ops << op;
            }
            AgencyClient other(t02, QStringLiteral("T02"), QStringLiteral("dashboard-online-t02"));
            AgencyError e;
            QVERIFY2(other.pushOperations(ops, &e), qPrintable(e.message));
        }

        auto store =
            LocalStore::open(storeOptions(scratchDir(QStringLiteral("supervisor_dashboard_online"))), &error);
        QVERIFY2(store, qPrintable(error));
        for (int i = 0; i < 5; ++i) // this counter's own, not yet pushed
            QVERIFY(store->record(sampleOperation()).ok);

        std::unique_ptr<SupervisorConsole> c(SupervisorConsole::create(
            *store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")), nullptr));
        c->setAgencyConnection(t01, QStringLiteral("T01"));
        c->show();
        QSignalSpy refreshed(c.get(), &SupervisorConsole::dashboardRefreshed);
        c->tabs()->setCurrentIndex(4);
        QCOMPARE(c->dashboardFigures().operations, 5); // 本柜台: the local store
        c->findChild<QComboBox*>(QStringLiteral("dashboardScope"))->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() == 2, 20000);
        QCOMPARE(refreshed.last().at(0).toBool(), true);
        const DashboardFigures& d = c->dashboardFigures();
        QVERIFY(d.agencyWide);
        QCOMPARE(d.operations, 3); // what the agency holds for the branch
        QCOMPARE(d.failures, 1);
        QCOMPARE(d.failuresByReason.value(QStringLiteral("pin-blocked")), 1);
        QCOMPARE(d.perOperator.value(QStringLiteral("clerk-t02")), 3);
        QCOMPARE(d.syncLag.size(), 2); // T01 (never pushed) and T02
        QVERIFY2(c->dashboardNotice()->text().contains(QStringLiteral("2 counter")),
                 qPrintable(c->dashboardNotice()->text()));

        // The agency becomes unreachable: the local figures, and a notice that says so.
        c->setAgencyConnection(AgencyTestDb::viaPort(t01, 1), QStringLiteral("T01"));
        QTest::mouseClick(c->findChild<QPushButton*>(QStringLiteral("dashboardRefresh")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() == 3, 20000);
        QCOMPARE(refreshed.last().at(0).toBool(), false);
        QVERIFY(!c->dashboardFigures().agencyWide);
        QCOMPARE(c->dashboardFigures().operations, 5);
        QVERIFY2(c->dashboardNotice()->text().contains(QStringLiteral("cannot be reached")),
                 qPrintable(c->dashboardNotice()->text()));
    }
};

QTEST_MAIN(SupervisorDashboardOnlineTest)
#include "SupervisorDashboardOnlineTest.moc"
