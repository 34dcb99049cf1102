// Workflows recording into the real LocalStore (SQLite, encrypted columns, audit chain, approvals by a real
// supervisor account): the rows are checked, and the new PIN is looked for in the database and its WAL.
#include "WorkflowTestSupport.h"

#include "Fixtures.h"
#include "app/operators/OperatorAccounts.h"
#include "app/store/LocalStore.h"
#include "app/supervision/SupervisorActions.h"
#include "app/workflow/PinResetWorkflow.h"
#include "app/workflow/PinUnblockWorkflow.h"
#include "app/workflow/ReissueWorkflow.h"
#include "ui/StoreAdapters.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace carddesk;
using namespace carddesk::test;

namespace {

LocalStoreOptions optionsFor(const QString& dir)
{
    LocalStoreOptions o;
    o.databasePath = dir + QStringLiteral("/carddesk.sqlite");
    o.keyFilePath = dir + QStringLiteral("/keys/root.key");
    o.counterId = QStringLiteral("T01");
    o.checkpointEvery = 10;
    o.passwordIterations = 1000; // the real cost is measured in bench/store
    return o;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class WorkflowStoreTest : public QObject
{
    Q_OBJECT

    QString m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ScriptedCitizenCardService> m_cardPtr;
    TestIdDocumentReader m_reader;
    ScriptedPinEntry m_pins;
    QThreadPool m_pool;
    OperatorContext m_op{QStringLiteral("clerk07"), QStringLiteral("clerk"), QStringLiteral("B001"),
                         QStringLiteral("T01"), false};
    QString m_holderId;

    std::unique_ptr<ui::StoreApprovalQueue> m_queue;

    WorkflowServices services()
    {
        WorkflowServices s{m_cardPtr.get(), &m_reader,     &m_pins, m_store.get(),
                           m_store.get(),   m_store.get(), &m_pool};
        s.remoteApprovals = m_queue.get();
        return s;
    }

    // A successful reissue application in the store; returns its operation id.
    QUuid reissueApplication()
    {
        ReferenceBatch batch;
        batch.cards << ReferenceCard{QStringLiteral("W49158758"), m_holderId, {}, QStringLiteral("lost")};
        batch.toChangeSequence = 2;
        QString error;
        if (!m_store->applyReferenceBatch(batch, &error))
            return {};
        m_reader.enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        ReissueWorkflow wf(Representation::Self, services(), RegionProfile::defaults(), m_op);
        wf.start();
        if (!QTest::qWaitFor([&] { return wf.state() == WorkflowState::AwaitingDetails; }))
            return {};
        ReissueDetails details;
        details.delivery = ReissueDetails::Delivery::CollectAtBranch;
        if (!wf.provideDetails(details).isEmpty())
            return {};
        wf.providePhoto(makeImage(QStringLiteral("card-photo"), 20000));
        return wf.state() == WorkflowState::Done ? wf.operationId() : QUuid();
    }

    // An unblock that waits for approval (the region wants one for unblocking), on a blocked card.
    std::unique_ptr<PinUnblockWorkflow> unblockAwaitingApproval()
    {
        RegionProfile profile = RegionProfile::defaults();
        profile.approvalRequiredFor << QStringLiteral("pin-unblock");
        m_cardPtr->setTriesLeft(0);
        m_reader.enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = std::make_unique<PinUnblockWorkflow>(Representation::Self, services(), profile, m_op);
        wf->setRemoteApprovalPollInterval(20);
        wf->start();
        if (!QTest::qWaitFor([&] { return wf->state() == WorkflowState::AwaitingNameConfirmation; }))
            return nullptr;
        wf->confirmNameMismatch(true);
        if (wf->state() != WorkflowState::AwaitingPhoto)
            return nullptr;
        wf->providePhoto(makeImage(QStringLiteral("scene"), 3000));
        return wf->state() == WorkflowState::AwaitingApproval ? std::move(wf) : nullptr;
    }

    QString approvalStatus(const QString& requestId)
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT status FROM approvals WHERE id = ?"));
        q.addBindValue(requestId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    OperatorContext supervisor() const
    {
        return {QStringLiteral("sup01"), QStringLiteral("supervisor"), QStringLiteral("B001"),
                QStringLiteral("S01"), false};
    }

private slots:
    void init()
    {
        // Approvals run on the pool's threads: their connections must be closed by those threads.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to the calling thread")));
        m_dir = scratchDir(QStringLiteral("service_workflow_store_") +
                           QString::fromLatin1(QTest::currentTestFunction()));
        QString error;
        m_store = LocalStore::open(optionsFor(m_dir), &error);
        QVERIFY2(m_store, qPrintable(error));
        OperatorContext admin{QStringLiteral("admin"), QStringLiteral("administrator"),
                              QStringLiteral("B001"), QStringLiteral("T01"), false};
        QVERIFY2(m_store->operators().createFirstAdministrator(
                     QStringLiteral("admin"), QStringLiteral("Admin"),
                     SecureBuffer::fromAscii("Adm1nistrator!"), admin, &error),
                 qPrintable(error));
        OperatorAccount sup;
        sup.operatorId = QStringLiteral("sup01");
        sup.displayName = QStringLiteral("Supervisor");
        sup.role = QStringLiteral("supervisor");
        sup.branchId = QStringLiteral("B001");
        QVERIFY2(m_store->operators().addOperator(sup, SecureBuffer::fromAscii("Sup3rvisor!"), admin, &error),
                 qPrintable(error));

        m_holderId = makeIdNumber(QStringLiteral("320104"), QDate(1985, 6, 15), 123);
        CardData card;
        card.identificationCode = QByteArray::fromHex("32010400000000000000000000000001");
        card.cardNumber = QStringLiteral("W49158758");
        card.expiryDate = QDate(2030, 1, 1);
        HolderData holder;
        holder.idNumber = m_holderId;
        holder.name = QStringLiteral("张山"); // differs from the document: confirmation + approval
        m_cardPtr = std::make_unique<ScriptedCitizenCardService>();
        m_cardPtr->insertCard(card, holder, "135790", 3);

        ReferenceBatch batch;
        batch.persons << ReferencePerson{m_holderId, QStringLiteral("张三"), 1, QStringLiteral("1985-06-15")};
        batch.cards << ReferenceCard{QStringLiteral("W49158758"), m_holderId,
                                     QStringLiteral("32010400000000000000000000000001"),
                                     QStringLiteral("active")};
        batch.toChangeSequence = 1;
        QVERIFY2(m_store->applyReferenceBatch(batch, &error), qPrintable(error));
        m_queue = std::make_unique<ui::StoreApprovalQueue>(*m_store);
    }
    void cleanup()
    {
        m_pool.waitForDone();
        m_queue.reset();
        m_store.reset();
    }

    void pinResetIsRecordedWithAuditAndApproval()
    {
        m_reader.enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins.enqueueDigits("482915");
        m_pins.enqueueDigits("482915");
        PinResetWorkflow wf(Representation::Self, services(), RegionProfile::defaults(), m_op);
        wf.start();
        QTRY_COMPARE(wf.state(), WorkflowState::AwaitingNameConfirmation);
        wf.confirmNameMismatch(true);
        QCOMPARE(wf.state(), WorkflowState::AwaitingPhoto);
        wf.providePhoto(makeImage(QStringLiteral("scene"), 3000));
        QTRY_COMPARE(wf.state(), WorkflowState::AwaitingApproval);
        wf.submitApproval(QStringLiteral("sup01"), SecureBuffer::fromAscii("not-the-password"));
        QTRY_VERIFY(!wf.isApprovalPending());
        QCOMPARE(wf.state(), WorkflowState::AwaitingApproval);
        wf.submitApproval(QStringLiteral("sup01"), SecureBuffer::fromAscii("Sup3rvisor!"));
        QTRY_COMPARE(wf.state(), WorkflowState::Done);
        QVERIFY(m_cardPtr->pinIs("482915"));

        const QString opId = wf.operationId().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = m_store->database();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT service, success, holder_id_masked, operation_number, sequence FROM operations")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("pin-reset"));
            QCOMPARE(q.value(1).toInt(), 1);
            QCOMPARE(q.value(2).toString(), IdNumber::mask(m_holderId));
            QCOMPARE(q.value(3).toString(), wf.receipt().operationNumber);
            QCOMPARE(q.value(4).toLongLong(), wf.receipt().sequence);
            QVERIFY(!q.next()); // exactly one operation

            // The approval names the operation and the reason.
            QVERIFY(q.exec(
                QStringLiteral("SELECT reason, supervisor_id, requested_by, operation_id FROM approvals")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("name-mismatch"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("sup01"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("clerk07"));
            QVERIFY(opId.compare(q.value(3).toString(), Qt::CaseInsensitive) == 0 ||
                    wf.operationId() == QUuid(q.value(3).toString()));

            // The name override and the operation itself are in the audit chain, linked to the operation.
            QStringList events;
            QVERIFY(q.exec(
                QStringLiteral("SELECT event_type, operation_id FROM audit_entries ORDER BY sequence")));
            while (q.next())
                if (QUuid(q.value(1).toString()) == wf.operationId())
                    events << q.value(0).toString();
            QVERIFY2(events.contains(QStringLiteral("name-mismatch-override")), qPrintable(events.join(',')));
            QVERIFY2(events.size() >= 2, qPrintable(events.join(',')));

            // Decrypted back: what the workflow wrote.
            const auto stored = m_store->operation(wf.operationId());
            QVERIFY(stored);
            QCOMPARE(stored->holderIdNumber, m_holderId);
            QCOMPARE(stored->cardNumber, QStringLiteral("W49158758"));
            QCOMPARE(stored->approvalIds.size(), 1);
            QVERIFY(stored->details.value(QStringLiteral("nameMismatchConfirmed")).toBool());
            QCOMPARE(countPhotos(db, wf.operationId()), 1);
        }

        // Canary: the PIN is in neither the database nor its WAL, in ASCII, BCD or UTF-16.
        m_store.reset(); // close (checkpoints the WAL into the main file as well)
        const QString path = m_dir + QStringLiteral("/carddesk.sqlite");
        QVERIFY(!fileBytes(path).isEmpty());
        QVERIFY(!containsPin(fileBytes(path), "482915"));
        QVERIFY(!containsPin(fileBytes(path + QStringLiteral("-wal")), "482915"));
        QVERIFY(!containsPin(fileBytes(path + QStringLiteral("-journal")), "482915"));
    }

    void canaryWhileTheDatabaseIsOpen()
    {
        m_reader.enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins.enqueueDigits("736150");
        m_pins.enqueueDigits("736150");
        PinResetWorkflow wf(Representation::Self, services(), RegionProfile::defaults(), m_op);
        wf.start();
        QTRY_COMPARE(wf.state(), WorkflowState::AwaitingNameConfirmation);
        wf.confirmNameMismatch(true);
        wf.providePhoto(makeImage(QStringLiteral("scene"), 3000));
        QTRY_COMPARE(wf.state(), WorkflowState::AwaitingApproval);
        wf.submitApproval(QStringLiteral("sup01"), SecureBuffer::fromAscii("Sup3rvisor!"));
        QTRY_COMPARE(wf.state(), WorkflowState::Done);
        QVERIFY(m_cardPtr->pinIs("736150"));
        const QString path = m_dir + QStringLiteral("/carddesk.sqlite");
        const QByteArray wal = fileBytes(path + QStringLiteral("-wal"));
        QVERIFY(!containsPin(fileBytes(path), "736150"));
        QVERIFY(!containsPin(wal, "736150"));
        // The canary finds what is there: the card number is stored in clear in the cards table.
        QVERIFY(fileBytes(path).contains("W49158758") || wal.contains("W49158758"));
    }

    void lostCardInTheCacheIsRefused()
    {
        ReferenceBatch batch;
        batch.cards << ReferenceCard{QStringLiteral("W49158758"), m_holderId,
                                     QStringLiteral("32010400000000000000000000000001"),
                                     QStringLiteral("lost")};
        batch.toChangeSequence = 2;
        QString error;
        QVERIFY2(m_store->applyReferenceBatch(batch, &error), qPrintable(error));
        m_reader.enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        PinResetWorkflow wf(Representation::Self, services(), RegionProfile::defaults(), m_op);
        wf.start();
        QTRY_COMPARE(wf.state(), WorkflowState::Failed);
        QCOMPARE(wf.resultCode(), QStringLiteral("card-lost"));
        QCOMPARE(m_cardPtr->calls(), QStringList({"readCard"}));
        QSqlDatabase db = m_store->database();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT success FROM operations")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the refusal is recorded too
    }

    void reissueRequestIsStored()
    {
        ReferenceBatch batch;
        batch.cards << ReferenceCard{QStringLiteral("W49158758"), m_holderId, {}, QStringLiteral("lost")};
        batch.toChangeSequence = 2;
        QString error;
        QVERIFY2(m_store->applyReferenceBatch(batch, &error), qPrintable(error));
        m_reader.enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        ReissueWorkflow wf(Representation::Self, services(), RegionProfile::defaults(), m_op);
        wf.start();
        QTRY_COMPARE(wf.state(), WorkflowState::AwaitingDetails);
        QCOMPARE(wf.provideDetails(ReissueDetails()), QString());
        wf.providePhoto(makeImage(QStringLiteral("card-photo"), 20000));
        QCOMPARE(wf.state(), WorkflowState::Done);
        const auto stored = m_store->operation(wf.operationId());
        QVERIFY(stored);
        QCOMPARE(stored->service, ServiceType::Reissue);
        QCOMPARE(stored->cardNumber, QStringLiteral("W49158758"));
        QCOMPARE(stored->details.value(QStringLiteral("feeFen")).toInt(), 2000);
        QCOMPARE(m_store->pendingCount(), 1); // in the outbox for the agency
    }

    // ---- remote approval through the supervisors' queue (SupervisorActions, the real approvals table)

    void remoteApprovalGrantedInTheConsole()
    {
        auto wf = unblockAwaitingApproval();
        QVERIFY(wf);
        QSignalSpy waiting(wf.get(), &ServiceWorkflow::remoteApprovalWaiting);
        QVERIFY(wf->requestRemoteApproval());
        QCOMPARE(waiting.size(), 1);
        const QString requestId = wf->remoteApprovalRequestId();
        QCOMPARE(approvalStatus(requestId), QStringLiteral("pending"));
        SupervisorActions console(*m_store, supervisor());
        const auto queue = console.approvals(true);
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.first().requestId, requestId);
        QCOMPARE(queue.first().service, QStringLiteral("pin-unblock"));
        QVERIFY(queue.first().reason.contains(QStringLiteral("pin-unblock")));
        QCOMPARE(queue.first().holderIdMasked, IdNumber::mask(m_holderId));
        QTest::qWait(100);
        QCOMPARE(wf->state(), WorkflowState::AwaitingApproval); // nothing happens before the decision
        QCOMPARE(m_cardPtr->triesLeft(), 0);
        QVERIFY2(console.decideApproval(requestId, true, QStringLiteral("authorisation checked")),
                 qPrintable(console.lastError()));
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QCOMPARE(m_cardPtr->triesLeft(), 3);
        const auto stored = m_store->operation(wf->operationId());
        QVERIFY(stored);
        QVERIFY(stored->success);
        QCOMPARE(stored->approvalIds, QStringList({requestId}));
        QCOMPARE(approvalStatus(requestId), QStringLiteral("approved"));
    }

    void remoteApprovalRejectedInTheConsole()
    {
        auto wf = unblockAwaitingApproval();
        QVERIFY(wf);
        QVERIFY(wf->requestRemoteApproval());
        const QString requestId = wf->remoteApprovalRequestId();
        SupervisorActions console(*m_store, supervisor());
        QVERIFY2(console.decideApproval(requestId, false, QStringLiteral("no signed authorisation")),
                 qPrintable(console.lastError()));
        QTRY_COMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), QStringLiteral("approval-rejected"));
        QCOMPARE(m_cardPtr->triesLeft(), 0); // nothing written to the card
        QCOMPARE(m_cardPtr->calls(), QStringList({"readCard", "pinStatus"}));
        const auto stored = m_store->operation(wf->operationId());
        QVERIFY(stored);
        QVERIFY(!stored->success);
        QCOMPARE(stored->resultCode, QStringLiteral("approval-rejected"));
        QVERIFY(stored->approvalIds.isEmpty());
    }

    void remoteApprovalWithdrawnOnCancel()
    {
        auto wf = unblockAwaitingApproval();
        QVERIFY(wf);
        QVERIFY(wf->requestRemoteApproval());
        const QString requestId = wf->remoteApprovalRequestId();
        QVERIFY(wf->cancel());
        QCOMPARE(approvalStatus(requestId), QStringLiteral("withdrawn"));
        SupervisorActions console(*m_store, supervisor());
        QVERIFY(console.approvals(true).isEmpty());
        QVERIFY(
            !console.decideApproval(requestId, true, QStringLiteral("too late"))); // a withdrawn one stays so
        QCOMPARE(m_cardPtr->triesLeft(), 0);
    }

    // ---- reissue tracking

    void reissueStatusMovesForwardOnlyAndIsAudited()
    {
        const QUuid id = reissueApplication();
        QVERIFY(!id.isNull());
        auto t = m_store->reissueTracking(id);
        QVERIFY(t);
        QCOMPARE(t->status, ReissueStatus::ApplicationReceived);
        QCOMPARE(t->delivery, QStringLiteral("collect"));
        QVERIFY(t->expectedDate.isValid());
        QCOMPARE(t->maskedIdNumber, IdNumber::mask(m_holderId));
        QCOMPARE(m_store->operationIdByNumber(t->operationNumber), std::optional<QUuid>(id));

        QString error;
        QVERIFY2(m_store->advanceReissue(id, ReissueStatus::InProduction, m_op,
                                         QStringLiteral("sent to print"), &error),
                 qPrintable(error));
        QVERIFY(!m_store->advanceReissue(id, ReissueStatus::ApplicationReceived, m_op, {}, &error));
        QVERIFY(error.contains(QStringLiteral("forward")));
        QVERIFY(!m_store->advanceReissue(id, ReissueStatus::InProduction, m_op, {}, &error));
        QVERIFY2(m_store->advanceReissue(id, ReissueStatus::ReadyForCollection, m_op, {}, &error),
                 qPrintable(error));
        QVERIFY(!m_store->advanceReissue(id, ReissueStatus::Delivered, m_op, {}, &error)); // the mail branch
        QCOMPARE(m_store->reissues(true).size(), 1);
        QVERIFY2(m_store->advanceReissue(id, ReissueStatus::Collected, m_op, {}, &error), qPrintable(error));
        QVERIFY(!m_store->advanceReissue(id, ReissueStatus::Cancelled, m_op, {}, &error)); // final
        t = m_store->reissueTracking(id);
        QCOMPARE(t->status, ReissueStatus::Collected);
        QCOMPARE(t->history.size(), 4);
        QCOMPARE(t->history.at(1).note, QStringLiteral("sent to print"));
        QCOMPARE(t->history.at(1).operatorId, QStringLiteral("clerk07"));
        QVERIFY(m_store->reissues(true).isEmpty());
        QCOMPARE(m_store->reissues(false).size(), 1);

        // Each change is an audit entry on the operation.
        QSqlQuery q(m_store->database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE event_type = 'reissue-status'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);

        // Only accepted reissue applications have a status.
        QVERIFY(!m_store->advanceReissue(QUuid::createUuid(), ReissueStatus::Cancelled, m_op, {}, &error));
        QVERIFY(!m_store->reissueTracking(QUuid::createUuid()));
    }

    void reissueCancelledFromAnyOpenStatus()
    {
        const QUuid id = reissueApplication();
        QVERIFY(!id.isNull());
        QString error;
        QVERIFY2(m_store->advanceReissue(id, ReissueStatus::Mailed, m_op, {}, &error), qPrintable(error));
        QVERIFY(!m_store->advanceReissue(id, ReissueStatus::Collected, m_op, {}, &error));
        QVERIFY2(m_store->advanceReissue(id, ReissueStatus::Cancelled, m_op, {}, &error), qPrintable(error));
        QCOMPARE(m_store->reissueTracking(id)->status, ReissueStatus::Cancelled);
        // The history page sees it through the UI's port.
        ui::StoreReissueTracker tracker(*m_store);
        QCOMPARE(tracker.reissues(false).size(), 1);
        ui::StoreHistory history(*m_store);
        const auto entries = history.recent({}, 10);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().operationId, id);
        QCOMPARE(entries.first().reissueStatus, std::optional<ReissueStatus>(ReissueStatus::Cancelled));
    }

private:
    static int countPhotos(QSqlDatabase db, const QUuid& operationId)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT operation_id FROM photos")))
            return -1;
        int n = 0;
        while (q.next())
            if (QUuid(q.value(0).toString()) == operationId)
                ++n;
        return n;
    }
};

QTEST_MAIN(WorkflowStoreTest)
#include "WorkflowStoreTest.moc"
