// app/supervision on real scratch stores: anomaly rules, review marks, approvals queue, role checks, CSV
// export masking, keyset paging.

#include "SupervisorTestSupport.h"

#include "app/supervision/AnomalyRules.h"
#include "app/supervision/AuditQuery.h"
#include "app/supervision/OperatorAdministration.h"
#include "app/supervision/SupervisorAccess.h"
#include "app/supervision/SupervisorActions.h"

#include <QBuffer>
#include <QTest>

using namespace carddesk;
using namespace carddesk::test;

class SupervisionRulesTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<LocalStore> m_store;

    std::unique_ptr<LocalStore> freshStore(const char* name)
    {
        QString error;
        auto s = LocalStore::open(storeOptions(scratchDir(QString::fromLatin1(name))), &error);
        if (!s)
            qWarning("%s", qPrintable(error));
        return s;
    }

private slots:
    void roles()
    {
        QVERIFY(!SupervisorAccess::canOpenConsole(QStringLiteral("clerk")));
        QVERIFY(!SupervisorAccess::canOpenConsole(QStringLiteral("teller")));
        QVERIFY(SupervisorAccess::canOpenConsole(QStringLiteral("supervisor")));
        QVERIFY(SupervisorAccess::canOpenConsole(QStringLiteral("auditor")));
        QVERIFY(!SupervisorAccess::canAct(QStringLiteral("auditor")));
        QVERIFY(!SupervisorAccess::canAdministerOperators(QStringLiteral("supervisor")));
        QVERIFY(SupervisorAccess::canAdministerOperators(QStringLiteral("administrator")));
    }

    void anomalyRulesFire()
    {
        auto store = freshStore("supervisor_anomaly");
        QVERIFY(store);
        const QDate day = QDate::currentDate().addDays(-1);
        const QDateTime ten(day, QTime(10, 0), Qt::LocalTime);
        // 12 PIN resets by clerk1 within 55 minutes (limit 10): the 11th and 12th are flagged.
        for (int i = 0; i < 12; ++i)
            QVERIFY(appendAt(*store, ten.addSecs(i * 300).toUTC(), QStringLiteral("operation:pin-reset"),
                             QStringLiteral("clerk1"), true, QStringLiteral("C%1").arg(1000 + i)));
        // The same card reset twice that day by clerk2 (limit 1): the second is flagged.
        QVERIFY(appendAt(*store, ten.addSecs(3600).toUTC(), QStringLiteral("operation:pin-reset"),
                         QStringLiteral("clerk2"), true, QStringLiteral("A12345678")));
        QVERIFY(appendAt(*store, ten.addSecs(7200).toUTC(), QStringLiteral("operation:pin-reset"),
                         QStringLiteral("clerk2"), true, QStringLiteral("A12345678")));
        // An operation at 03:00 local time.
        QVERIFY(appendAt(*store, QDateTime(day, QTime(3, 0), Qt::LocalTime).toUTC(),
                         QStringLiteral("operation:pin-change"), QStringLiteral("clerk3")));
        // Three failed logins in a row for clerk4, then a success, then one more failure (not flagged).
        for (int i = 0; i < 3; ++i)
            QVERIFY(appendAt(*store, ten.addSecs(60 * i).toUTC(), QStringLiteral("login-failed"),
                             QStringLiteral("clerk4"), false));
        QVERIFY(
            appendAt(*store, ten.addSecs(300).toUTC(), QStringLiteral("login"), QStringLiteral("clerk4")));
        QVERIFY(appendAt(*store, ten.addSecs(400).toUTC(), QStringLiteral("login-failed"),
                         QStringLiteral("clerk4"), false));

        const auto flags =
            AnomalyRules::scan(*store, AnomalySettings{}, QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC(),
                               QDateTime(day.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC());
        auto count = [&](const QString& rule) {
            return std::count_if(flags.begin(), flags.end(),
                                 [&](const AnomalyFlag& f) { return f.rule == rule; });
        };
        QCOMPARE(count(QStringLiteral("resets-per-hour")), 2);
        QCOMPARE(count(QStringLiteral("card-resets-per-day")), 1);
        QCOMPARE(count(QStringLiteral("outside-hours")), 1);
        QCOMPARE(count(QStringLiteral("failed-logins")), 1);
        for (const AnomalyFlag& f : flags) {
            if (f.rule == QLatin1String("outside-hours"))
                QCOMPARE(f.operatorId, QStringLiteral("clerk3"));
            if (f.rule == QLatin1String("card-resets-per-day")) {
                QCOMPARE(f.operatorId, QStringLiteral("clerk2"));
                QVERIFY(!f.description.contains(QStringLiteral("A12345678"))); // masked
            }
        }

        // Configurable: a limit of 20 resets an hour silences the first rule.
        AnomalySettings relaxed;
        relaxed.resetsPerOperatorHour = 20;
        QString error;
        QVERIFY(!AnomalySettings::save(*store, relaxed,
                                       person(QStringLiteral("clerk1"), QStringLiteral("clerk")), &error));
        QVERIFY2(AnomalySettings::save(*store, relaxed,
                                       person(QStringLiteral("sup1"), QStringLiteral("supervisor")), &error),
                 qPrintable(error));
        QCOMPARE(AnomalySettings::load(*store).resetsPerOperatorHour, 20);
        QCOMPARE(auditCount(*store, QStringLiteral("settings-change")), 1);
        const auto after = AnomalyRules::scan(*store, AnomalySettings::load(*store),
                                              QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC(),
                                              QDateTime(day.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC());
        QVERIFY(std::none_of(after.begin(), after.end(), [](const AnomalyFlag& f) {
            return f.rule == QLatin1String("resets-per-hour");
        }));

        // Review marks: a comment is required, an auditor cannot mark, the mark is an audit entry.
        SupervisorActions auditor(*store, person(QStringLiteral("aud1"), QStringLiteral("auditor")));
        QVERIFY(!auditor.markReviewed(flags.first().sequence, flags.first().rule, QStringLiteral("seen")));
        SupervisorActions sup(*store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")));
        QVERIFY(!sup.markReviewed(flags.first().sequence, flags.first().rule, QStringLiteral("  ")));
        QVERIFY2(
            sup.markReviewed(flags.first().sequence, flags.first().rule, QStringLiteral("called the branch")),
            qPrintable(sup.lastError()));
        const auto marks = sup.reviewMarks();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().flaggedSequence, flags.first().sequence);
        QCOMPARE(marks.first().comment, QStringLiteral("called the branch"));
        QCOMPARE(marks.first().reviewer, QStringLiteral("sup1"));
        QCOMPARE(auditCount(*store, QStringLiteral("anomaly-review")), 1);
    }

    void rateRules()
    {
        auto store = freshStore("supervisor_rates");
        QVERIFY(store);
        const QDateTime t0(QDate::currentDate().addDays(-1), QTime(11, 0), Qt::LocalTime);
        for (int i = 0; i < 10; ++i)
            QVERIFY(appendAt(*store, t0.addSecs(i * 60).toUTC(), QStringLiteral("operation:pin-change"),
                             QStringLiteral("clerk1")));
        for (int i = 0; i < 3; ++i) // 30% overrides, 30% manual photos (limits 10% / 20%)
            QVERIFY(appendAt(*store, t0.addSecs(i * 60 + 5).toUTC(), QStringLiteral("name-mismatch-override"),
                             QStringLiteral("clerk1")));
        QVERIFY(appendAt(*store, t0.addSecs(30).toUTC(), QStringLiteral("photo-manual-capture"),
                         QStringLiteral("clerk1")));
        const auto flags =
            AnomalyRules::scan(*store, AnomalySettings{}, t0.addSecs(-60).toUTC(), t0.addSecs(3600).toUTC());
        QCOMPARE(std::count_if(flags.begin(), flags.end(),
                               [](const AnomalyFlag& f) { return f.rule == QLatin1String("override-rate"); }),
                 3);
        // 1 manual capture in 10 operations is 10%: under the 20% limit.
        QVERIFY(std::none_of(flags.begin(), flags.end(), [](const AnomalyFlag& f) {
            return f.rule == QLatin1String("manual-photo-rate");
        }));
    }

    void approvalsQueue()
    {
        auto store = freshStore("supervisor_approvals");
        QVERIFY(store);
        QString error;
        const auto id = SupervisorActions::requestApproval(
            *store, person(QStringLiteral("clerk1"), QStringLiteral("clerk")), QStringLiteral("pin-reset"),
            QStringLiteral("agent without notarised authorisation"), &error);
        QVERIFY2(id, qPrintable(error));
        SupervisorActions clerk(*store, person(QStringLiteral("clerk1"), QStringLiteral("clerk")));
        QVERIFY(clerk.approvals(true).isEmpty()); // a clerk sees no queue
        QVERIFY(!clerk.decideApproval(*id, true, QStringLiteral("self")));
        SupervisorActions sup(*store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")));
        auto pending = sup.approvals(true);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().requestedBy, QStringLiteral("clerk1"));
        QCOMPARE(pending.first().service, QStringLiteral("pin-reset"));
        QVERIFY(!sup.decideApproval(*id, true, QString())); // a reason is required
        QVERIFY2(sup.decideApproval(*id, true, QStringLiteral("checked the power of attorney")),
                 qPrintable(sup.lastError()));
        QVERIFY(sup.approvals(true).isEmpty());
        QVERIFY(!sup.decideApproval(*id, false, QStringLiteral("twice"))); // already decided
        const auto all = sup.approvals(false);
        QCOMPARE(all.first().state, QStringLiteral("approved"));
        QCOMPARE(all.first().decidedBy, QStringLiteral("sup1"));
        QCOMPARE(countRows(store->database(),
                           QStringLiteral("SELECT COUNT(*) FROM approvals WHERE supervisor_id = 'sup1' "
                                          "AND requested_by = 'clerk1'")),
                 1);
        QCOMPARE(auditCount(*store, QStringLiteral("approval-granted")), 1);

        // A supervisor cannot decide their own request.
        const auto own = SupervisorActions::requestApproval(
            *store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")), QStringLiteral("reissue"),
            QStringLiteral("dual control"), &error);
        QVERIFY(own);
        QVERIFY(!sup.decideApproval(*own, true, QStringLiteral("mine")));
        SupervisorActions sup2(*store, person(QStringLiteral("sup2"), QStringLiteral("supervisor")));
        QVERIFY(sup2.decideApproval(*own, false, QStringLiteral("no document")));
        QCOMPARE(auditCount(*store, QStringLiteral("approval-rejected")), 1);
        QCOMPARE(countRows(store->database(), QStringLiteral("SELECT COUNT(*) FROM approvals")), 1);
    }

    void operatorAdministrationNeedsAdministrator()
    {
        auto store = freshStore("supervisor_operators");
        QVERIFY(store);
        QString error;
        QVERIFY(store->operators().createFirstAdministrator(
            QStringLiteral("root"), QStringLiteral("Root"), SecureBuffer::fromAscii("rootpassword"),
            person(QStringLiteral("root"), QStringLiteral("administrator")), &error));
        OperatorAccount a;
        a.operatorId = QStringLiteral("clerk9");
        a.displayName = QStringLiteral("Clerk Nine");
        a.role = QStringLiteral("clerk");
        OperatorAdministration bySupervisor(*store,
                                            person(QStringLiteral("sup1"), QStringLiteral("supervisor")));
        QVERIFY(!bySupervisor.create(a, SecureBuffer::fromAscii("password99")));
        QVERIFY(!store->operators().find(QStringLiteral("clerk9")));
        QCOMPARE(auditCount(*store, QStringLiteral("operator-change-refused")), 1);

        OperatorAdministration byAdmin(*store,
                                       person(QStringLiteral("root"), QStringLiteral("administrator")));
        QVERIFY2(byAdmin.create(a, SecureBuffer::fromAscii("password99")), qPrintable(byAdmin.lastError()));
        QVERIFY2(byAdmin.assignRole(QStringLiteral("clerk9"), QStringLiteral("supervisor")),
                 qPrintable(byAdmin.lastError()));
        QCOMPARE(store->operators().find(QStringLiteral("clerk9"))->role, QStringLiteral("supervisor"));
        QVERIFY(!bySupervisor.assignRole(QStringLiteral("clerk9"), QStringLiteral("administrator")));
        QCOMPARE(store->operators().find(QStringLiteral("clerk9"))->role, QStringLiteral("supervisor"));
        QVERIFY(byAdmin.setDisabled(QStringLiteral("clerk9"), true));
        QVERIFY(store->operators().find(QStringLiteral("clerk9"))->disabled);
        QVERIFY(byAdmin.resetPassword(QStringLiteral("clerk9"), SecureBuffer::fromAscii("newpassword1")));
        QCOMPARE(auditCount(*store, QStringLiteral("operator-role-changed")), 1);
        QCOMPARE(auditCount(*store, QStringLiteral("operator-added")), 1);
        QCOMPARE(auditCount(*store, QStringLiteral("operator-disabled")), 1);
        QCOMPARE(auditCount(*store, QStringLiteral("operator-password-reset")), 1);
    }

    void pagingAndIdSearch()
    {
        auto store = freshStore("supervisor_paging");
        QVERIFY(store);
        for (int i = 0; i < 30; ++i) {
            OperationRecord r = sampleOperation(i % 3 == 0 ? QStringLiteral("110105199001011237")
                                                           : QStringLiteral("11010519850202003X"));
            r.images.clear();
            r.success = i % 5 != 0;
            r.resultCode = r.success ? QStringLiteral("ok") : QStringLiteral("card-blocked");
            QVERIFY(store->record(r).ok);
        }
        AuditQuery all(*store, AuditFilter{});
        QList<qint64> seen;
        while (!all.atEnd())
            for (const AuditRow& r : all.fetchPage(7))
                seen << r.sequence;
        QCOMPARE(seen.size(), 30);
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i) < seen.at(i - 1)); // newest first, no repeats

        AuditFilter byId;
        byId.idNumber = QStringLiteral("110105199001011237");
        AuditQuery q(*store, byId);
        const auto rows = q.fetchPage(100);
        QCOMPARE(rows.size(), 10);
        for (const AuditRow& r : rows)
            QCOMPARE(r.fields.maskedIdNumber, QStringLiteral("110105********1237"));
        AuditFilter failed;
        failed.result = 0;
        AuditQuery f(*store, failed);
        QCOMPARE(f.fetchPage(100).size(), 6);
        AuditFilter unknown;
        unknown.idNumber = QStringLiteral("110105200001011234");
        AuditQuery u(*store, unknown);
        QVERIFY(u.fetchPage(100).isEmpty());
        QVERIFY(u.atEnd());

        // CSV: masked, audited.
        SupervisorActions sup(*store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")));
        QByteArray csv;
        QBuffer buf(&csv);
        buf.open(QIODevice::WriteOnly);
        QCOMPARE(sup.exportCsv(byId, buf, QStringLiteral("x.csv")), 10);
        QVERIFY(csv.contains("110105********1237"));
        QVERIFY(!csv.contains("110105199001011237"));
        QVERIFY(!csv.contains("A12345678"));
        QVERIFY(csv.contains("A1*****78"));
        QCOMPARE(auditCount(*store, QStringLiteral("audit-export")), 1);
        SupervisorActions clerk(*store, person(QStringLiteral("clerk1"), QStringLiteral("clerk")));
        QBuffer buf2;
        buf2.open(QIODevice::WriteOnly);
        QCOMPARE(clerk.exportCsv(byId, buf2, QStringLiteral("y.csv")), -1);
        QVERIFY(buf2.data().isEmpty());
    }
};

QTEST_GUILESS_MAIN(SupervisionRulesTest)
#include "SupervisionRulesTest.moc"
