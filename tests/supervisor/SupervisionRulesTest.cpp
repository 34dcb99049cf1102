// app/supervision on real scratch stores: anomaly rules, review marks, approvals queue, role checks, CSV
// export masking, keyset paging.

#include "SupervisorTestSupport.h"

#include "app/audit/AuditVerifier.h"
#include "app/supervision/AnomalyRules.h"
#include "app/supervision/AuditQuery.h"
#include "app/supervision/OperatorAdministration.h"
#include "app/supervision/SupervisionText.h"
#include "app/supervision/SupervisorAccess.h"
#include "app/supervision/SupervisorActions.h"

#include <QBuffer>
#include <QSqlQuery>
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
        QVERIFY(!SupervisorAccess::canAdministerOperators(QStringLiteral("auditor")));
        QVERIFY(!SupervisorAccess::canViewPhotos(QStringLiteral("auditor")));
        QVERIFY(!SupervisorAccess::canPerformServices(QStringLiteral("auditor")));
        QVERIFY(SupervisorAccess::canPerformServices(QStringLiteral("clerk")));
        QVERIFY(OperatorAccounts::isValidRole(QStringLiteral("auditor")));
        // Codes are shown by name (English source text here: no translator is installed).
        QCOMPARE(supervisiontext::event(QStringLiteral("operation:pin-reset")), QStringLiteral("PIN reset"));
        QCOMPARE(supervisiontext::approvalReason(QStringLiteral("proxy")),
                 QStringLiteral("Agent acting for the holder"));
        QCOMPARE(supervisiontext::approvalReason(QStringLiteral("reissue")), QStringLiteral("Card reissue"));
        QCOMPARE(supervisiontext::role(QStringLiteral("auditor")), QStringLiteral("Auditor"));
        QCOMPARE(supervisiontext::event(QStringLiteral("something-new")), QStringLiteral("something-new"));
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
        QCOMPARE(countRows(store->database(),
                           QStringLiteral("SELECT COUNT(*) FROM approvals WHERE status = 'rejected' AND "
                                          "supervisor_id = 'sup2' AND decision_reason = 'no document'")),
                 1);
    }

    // The approvals row a counter polls (docs/supervisor-console.md, "Approvals row contract").
    void approvalsRowContract()
    {
        auto store = freshStore("supervisor_approval_rows");
        QVERIFY(store);
        QString error;
        const OperatorContext clerk1 = person(QStringLiteral("clerk1"), QStringLiteral("clerk"));
        const QUuid operation = QUuid::createUuid();
        const auto id = SupervisorActions::requestApproval(
            *store, clerk1,
            RemoteApprovalRequest{QStringLiteral("pin-reset"), QStringLiteral("proxy"), operation,
                                  QStringLiteral("110105199001011237")},
            &error);
        QVERIFY2(id, qPrintable(error));
        auto row = [&](const QString& requestId) {
            QSqlQuery q(store->database());
            q.prepare(QStringLiteral("SELECT status, supervisor_id, decided_utc, decision_reason, "
                                     "holder_id_masked, operation_id, service, reason, requested_by, "
                                     "terminal_id FROM approvals WHERE id = ?"));
            q.addBindValue(requestId);
            QStringList out;
            if (q.exec() && q.next())
                for (int i = 0; i < 10; ++i)
                    out << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            return out;
        };
        QCOMPARE(row(*id),
                 (QStringList{QStringLiteral("pending"), QString(), QStringLiteral("NULL"),
                              QStringLiteral("NULL"), QStringLiteral("110105********1237"),
                              operation.toString(QUuid::WithoutBraces), QStringLiteral("pin-reset"),
                              QStringLiteral("proxy"), QStringLiteral("clerk1"), QStringLiteral("T01")}));
        // The full ID number is nowhere in the store's approvals or in the chain's request entry.
        QCOMPARE(countRows(store->database(),
                           QStringLiteral("SELECT COUNT(*) FROM approvals WHERE holder_id_masked LIKE "
                                          "'%199001011237%'")),
                 0);
        SupervisorActions sup(*store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")));
        const auto queue = sup.approvals(true);
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.first().holderIdMasked, QStringLiteral("110105********1237"));
        QCOMPARE(queue.first().reason, QStringLiteral("proxy"));
        QCOMPARE(queue.first().terminalId, QStringLiteral("T01"));
        QVERIFY(queue.first().requestedUtc.isValid());
        QVERIFY2(sup.decideApproval(*id, true, QStringLiteral("power of attorney seen")),
                 qPrintable(sup.lastError()));
        const QStringList decided = row(*id);
        QCOMPARE(decided.at(0), QStringLiteral("approved"));
        QCOMPARE(decided.at(1), QStringLiteral("sup1"));
        QVERIFY(QDateTime::fromString(decided.at(2), Qt::ISODateWithMs).isValid());
        QCOMPARE(decided.at(3), QStringLiteral("power of attorney seen"));
        // The granted entry names the approval id the operation will record.
        AuditFilter granted;
        granted.eventType = QStringLiteral("approval-granted");
        AuditQuery gq(*store, granted);
        const auto grantedRows = gq.fetchPage(10);
        QCOMPARE(grantedRows.size(), 1);
        QCOMPARE(grantedRows.first().fields.approvalIds, QStringList{*id});
        QVERIFY(sup.approvals(true).isEmpty());

        // Withdrawn by the clerk who asked (not by another clerk); then it cannot be decided.
        const auto second = SupervisorActions::requestApproval(*store, clerk1, QStringLiteral("reissue"),
                                                               QStringLiteral("guardian"), &error);
        QVERIFY(second);
        QVERIFY(!SupervisorActions::withdrawApproval(
            *store, person(QStringLiteral("clerk2"), QStringLiteral("clerk")), *second, &error));
        QCOMPARE(row(*second).at(0), QStringLiteral("pending"));
        QVERIFY2(SupervisorActions::withdrawApproval(*store, clerk1, *second, &error), qPrintable(error));
        QCOMPARE(row(*second).at(0), QStringLiteral("withdrawn"));
        QVERIFY(!sup.decideApproval(*second, true, QStringLiteral("too late")));
        QCOMPARE(row(*second).at(0), QStringLiteral("withdrawn"));
        QVERIFY(!SupervisorActions::withdrawApproval(*store, clerk1, *id, &error)); // decided: stays approved
        QCOMPARE(row(*id).at(0), QStringLiteral("approved"));
        QCOMPARE(auditCount(*store, QStringLiteral("approval-withdrawn")), 1);
        QCOMPARE(auditCount(*store, QStringLiteral("approval-requested")), 2);
        const auto all = sup.approvals(false);
        QCOMPARE(all.size(), 2);
    }

    // An auditor reads everything the console shows but changes nothing, enforced in app/ (not by buttons).
    void auditorIsReadOnly()
    {
        auto store = freshStore("supervisor_auditor");
        QVERIFY(store);
        QString error;
        QVERIFY(store->operators().createFirstAdministrator(
            QStringLiteral("root"), QStringLiteral("Root"), SecureBuffer::fromAscii("rootpassword"),
            person(QStringLiteral("root"), QStringLiteral("administrator")), &error));
        OperatorAdministration byAdmin(*store,
                                       person(QStringLiteral("root"), QStringLiteral("administrator")));
        OperatorAccount acct;
        acct.operatorId = QStringLiteral("aud1");
        acct.displayName = QStringLiteral("Auditor One");
        acct.role = QStringLiteral("auditor");
        QVERIFY2(byAdmin.create(acct, SecureBuffer::fromAscii("auditpass1")),
                 qPrintable(byAdmin.lastError()));
        QCOMPARE(store->operators().find(QStringLiteral("aud1"))->role, QStringLiteral("auditor"));
        acct.operatorId = QStringLiteral("clerk5");
        acct.role = QStringLiteral("clerk");
        QVERIFY(byAdmin.create(acct, SecureBuffer::fromAscii("clerkpass1")));

        const auto id = SupervisorActions::requestApproval(
            *store, person(QStringLiteral("clerk1"), QStringLiteral("clerk")), QStringLiteral("pin-reset"),
            QStringLiteral("proxy"), &error);
        QVERIFY(id);
        QVERIFY(appendAt(*store, QDateTime::currentDateTimeUtc(), QStringLiteral("login-failed"),
                         QStringLiteral("clerk1"), false));
        const OperatorContext auditor = person(QStringLiteral("aud1"), QStringLiteral("auditor"));
        SupervisorActions aud(*store, auditor);
        // Reads.
        QCOMPARE(aud.approvals(true).size(), 1);
        QVERIFY(aud.reviewMarks().isEmpty());
        QVERIFY(aud.deadLetters().isEmpty());
        QVERIFY(aud.lastError().isEmpty());
        QVERIFY(aud.verifyChain().ok);
        QByteArray csv;
        QBuffer buf(&csv);
        buf.open(QIODevice::WriteOnly);
        QVERIFY(aud.exportCsv(AuditFilter{}, buf, QStringLiteral("a.csv")) > 0);
        QVERIFY(!OperatorAdministration(*store, auditor).list().isEmpty());
        // No decisions.
        QVERIFY(!aud.decideApproval(*id, true, QStringLiteral("looks fine")));
        QVERIFY(aud.lastError().contains(QStringLiteral("Auditor")));
        QVERIFY(!aud.decideApproval(*id, false, QStringLiteral("no")));
        QCOMPARE(countRows(store->database(),
                           QStringLiteral("SELECT COUNT(*) FROM approvals WHERE status = 'pending'")),
                 1);
        // No review marks.
        QVERIFY(!aud.markReviewed(1, QStringLiteral("failed-logins"), QStringLiteral("seen")));
        QCOMPARE(auditCount(*store, QStringLiteral("anomaly-review")), 0);
        // No anomaly rule changes.
        AnomalySettings settings = AnomalySettings::load(*store);
        settings.failedLoginsInRow = 99;
        QVERIFY(!AnomalySettings::save(*store, settings, auditor, &error));
        QCOMPARE(AnomalySettings::load(*store).failedLoginsInRow, 3);
        // No dead-letter resolution.
        QVERIFY(!aud.acknowledgeDeadLetter(QUuid::createUuid(), QStringLiteral("seen")));
        QCOMPARE(auditCount(*store, QStringLiteral("dead-letter-acknowledged")), 0);
        // No photos (the refusal is audited).
        QVERIFY(!aud.viewPhoto(QUuid::createUuid().toString(QUuid::WithoutBraces), 1));
        QCOMPARE(auditCount(*store, QStringLiteral("photo-view-refused")), 1);
        QCOMPARE(auditCount(*store, QStringLiteral("photo-viewed")), 0);
        // No operator administration.
        OperatorAdministration byAuditor(*store, auditor);
        acct.operatorId = QStringLiteral("clerk6");
        QVERIFY(!byAuditor.create(acct, SecureBuffer::fromAscii("clerkpass1")));
        QVERIFY(!store->operators().find(QStringLiteral("clerk6")));
        QVERIFY(!byAuditor.assignRole(QStringLiteral("aud1"), QStringLiteral("administrator")));
        QCOMPARE(store->operators().find(QStringLiteral("aud1"))->role, QStringLiteral("auditor"));
        QVERIFY(!byAuditor.setDisabled(QStringLiteral("clerk5"), true));
        QVERIFY(!store->operators().find(QStringLiteral("clerk5"))->disabled);
        QVERIFY(!byAuditor.resetPassword(QStringLiteral("clerk5"), SecureBuffer::fromAscii("stolenpass1")));
        QVERIFY(store->operators()
                    .authenticate(QStringLiteral("clerk5"), SecureBuffer::fromAscii("clerkpass1"),
                                  person(QStringLiteral("clerk5"), QStringLiteral("clerk")))
                    .ok);
        QCOMPARE(auditCount(*store, QStringLiteral("operator-change-refused")), 4);
    }

    // Progress every N entries (N rounded up to a power of two), a final 100%, and cancellation.
    void verifierProgressAndCancel()
    {
        auto store = freshStore("supervisor_verify_progress");
        QVERIFY(store);
        {
            LocalStore::WriteTransaction t(*store);
            QVERIFY(t.ok());
            for (int i = 0; i < 5000; ++i) {
                AuditEntryFields f;
                f.timeUtc = QDateTime::currentDateTimeUtc();
                f.eventType = QStringLiteral("login");
                f.operatorId = QStringLiteral("clerk1");
                QString error;
                QVERIFY(store->appendAudit(t.db(), f, &error));
            }
            QVERIFY(t.commit());
        }
        const qint64 total =
            countRows(store->database(), QStringLiteral("SELECT MAX(sequence) FROM audit_entries"));
        QVERIFY(total >= 5000);
        QList<QPair<qint64, qint64>> calls;
        AuditVerifyOptions options;
        options.progressEvery = 1000; // -> 1024
        options.progress = [&](qint64 done, qint64 all) {
            calls.append({done, all});
            return true;
        };
        const AuditVerifyReport ok = AuditVerifier::verify(store->database(), options);
        QVERIFY2(ok.ok, qPrintable(ok.problem));
        QVERIFY(!ok.cancelled);
        QCOMPARE(ok.entriesChecked, total);
        QCOMPARE(calls.first(), (QPair<qint64, qint64>(0, total)));
        QCOMPARE(calls.at(1), (QPair<qint64, qint64>(1024, total)));
        QCOMPARE(calls.last(), (QPair<qint64, qint64>(total, total)));
        QCOMPARE(calls.size(), static_cast<int>(2 + total / 1024));

        calls.clear();
        options.progress = [&](qint64 done, qint64 all) {
            calls.append({done, all});
            return done < 2048;
        };
        const AuditVerifyReport cancelled = AuditVerifier::verify(store->database(), options);
        QVERIFY(!cancelled.ok);
        QVERIFY(cancelled.cancelled);
        QCOMPARE(cancelled.entriesChecked, 2048);
        QCOMPARE(cancelled.firstBadSequence, 0);
        QCOMPARE(calls.last().first, 2048);

        // Through the console's action: the cancelled run is audited as such, with no verdict.
        SupervisorActions sup(*store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")));
        const AuditVerifyReport viaAction = sup.verifyChain(
            true, [](qint64 done, qint64) { return done < 4096; }, 1024);
        QVERIFY(viaAction.cancelled);
        AuditFilter verifies;
        verifies.eventType = QStringLiteral("audit-verify");
        AuditQuery vq(*store, verifies);
        const auto rows = vq.fetchPage(1);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().fields.details.value(QStringLiteral("cancelled")).toBool(), true);
        QCOMPARE(rows.first().fields.success, false);
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
