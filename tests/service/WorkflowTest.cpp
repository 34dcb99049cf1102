// The seven service workflows driven end to end against the scripted card (real PIN/try-counter state),
// the test ID reader, scripted PIN entry and in-memory journal/cache/approvals.
#include "WorkflowTestSupport.h"

#include "app/devices/ReaderPinPad.h"
#include "app/workflow/ECertificatePasswordResetWorkflow.h"
#include "app/workflow/LossReportWorkflow.h"
#include "app/workflow/PinChangeWorkflow.h"
#include "app/workflow/PinResetWorkflow.h"
#include "app/workflow/PinUnblockWorkflow.h"
#include "app/workflow/ReissueWorkflow.h"
#include "app/workflow/ServicePasswordResetWorkflow.h"

#include <QSignalSpy>
#include <QTest>

using namespace carddesk;
using namespace carddesk::test;

namespace {

const QString kCardNumber = QStringLiteral("W49158758");

QStringList stateNames(const QSignalSpy& spy)
{
    QStringList out;
    for (const auto& args : spy)
        out << workflowStateName(args.at(0).value<WorkflowState>());
    return out;
}

} // namespace

class WorkflowTest : public QObject
{
    Q_OBJECT

    ScriptedCitizenCardService* m_card = nullptr;
    TestIdDocumentReader* m_reader = nullptr;
    ScriptedPinEntry* m_pins = nullptr;
    InMemoryJournal* m_journal = nullptr;
    InMemoryReferenceCache* m_cache = nullptr;
    TestApprovalAuthority* m_approvals = nullptr;
    QThreadPool m_pool;
    RegionProfile m_profile;
    OperatorContext m_op{QStringLiteral("clerk07"), QStringLiteral("clerk"), QStringLiteral("B001"),
                         QStringLiteral("T01"), false};
    QString m_holderId;

    TestRemoteApprovalQueue* m_queue = nullptr;
    ReaderPinPad* m_pad = nullptr;

    WorkflowServices services()
    {
        WorkflowServices s{m_card, m_reader, m_pins, m_journal, m_cache, m_approvals, &m_pool};
        s.pinPad = m_pad;
        s.remoteApprovals = m_queue;
        return s;
    }

    // A workflow that stops in AwaitingApproval: unblock where the region wants approval for it.
    std::unique_ptr<PinUnblockWorkflow> unblockAwaitingApproval()
    {
        m_profile.approvalRequiredFor << QStringLiteral("pin-unblock");
        m_card->setTriesLeft(0);
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinUnblockWorkflow>();
        wf->setRemoteApprovalPollInterval(10);
        wf->start();
        if (!QTest::qWaitFor([&] { return wf->state() == WorkflowState::AwaitingPhoto; }))
            return nullptr;
        wf->providePhoto(makeImage());
        return wf->state() == WorkflowState::AwaitingApproval ? std::move(wf) : nullptr;
    }

    template <class W> std::unique_ptr<W> make(Representation r = Representation::Self)
    {
        auto w = std::make_unique<W>(r, services(), m_profile, m_op);
        w->setClock(&fixedNow);
        return w;
    }

    void insertCard(const QString& holderId, const QString& name, const char* pin = "135790",
                    const QByteArray& cardIdHex = "32010400000000000000000000000001")
    {
        CardData card;
        card.identificationCode = QByteArray::fromHex(cardIdHex);
        card.specVersion = QStringLiteral("3.00");
        card.issueDate = QDate(2020, 5, 1);
        card.expiryDate = QDate(2030, 5, 1);
        card.cardNumber = kCardNumber;
        HolderData holder;
        holder.idNumber = holderId;
        holder.name = name;
        holder.sex = IdNumber::parse(holderId).sex();
        holder.birthDate = IdNumber::parse(holderId).birthDate();
        m_card->insertCard(card, holder, pin, 3);
    }

private slots:
    void init()
    {
        m_card = new ScriptedCitizenCardService;
        m_reader = new TestIdDocumentReader;
        m_pins = new ScriptedPinEntry;
        m_journal = new InMemoryJournal;
        m_cache = new InMemoryReferenceCache;
        m_approvals = new TestApprovalAuthority;
        m_queue = new TestRemoteApprovalQueue;
        m_pad = nullptr;
        m_profile = RegionProfile::defaults();
        m_holderId = makeIdNumber(QStringLiteral("320104"), QDate(1985, 6, 15), 123);
        insertCard(m_holderId, QStringLiteral("张三"));
        m_cache->persons.insert(m_holderId, {m_holderId, QStringLiteral("张三"), kCardNumber, {}});
        m_cache->cardStatuses.insert(kCardNumber, QStringLiteral("active"));
    }
    void cleanup()
    {
        m_pool.waitForDone();
        delete m_card;
        delete m_reader;
        delete m_pins;
        delete m_journal;
        delete m_cache;
        delete m_approvals;
        delete m_queue;
        delete m_pad;
        m_pad = nullptr;
    }

    // ---- roles

    void auditorCannotCarryOutServices()
    {
        m_op.role = QStringLiteral("auditor");
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinResetWorkflow>();
        wf->start();
        m_op.role = QStringLiteral("clerk");
        QCOMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), QStringLiteral("not-permitted"));
        QVERIFY(m_card->calls().isEmpty()); // the card was not touched
        QVERIFY(m_journal->records.isEmpty());
    }

    // ---- reader PIN pad

    void pinChangeOnTheReaderPinPad()
    {
        m_profile.pinPadForChange = true;
        m_pad = new ReaderPinPad([] {
            return PinPadFeatures{true, true, QStringLiteral("Test pad reader")};
        });
        m_pad->refresh();
        m_card->scriptPinPad("135790", "482915", "482915");
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinChangeWorkflow>();
        QVERIFY(wf->pinPadAvailable());
        QVERIFY(wf->usePinPad(true));
        QSignalSpy states(wf.get(), &ServiceWorkflow::stateChanged);
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QVERIFY(m_card->pinIs("482915"));
        QCOMPARE(m_card->pinPadCalls(), 1);
        QCOMPARE(m_card->calls(), QStringList({"readCard", "pinStatus", "changePin"}));
        QCOMPARE(m_pins->requests().size(), 0); // the host asked nobody for a PIN
        const QStringList names = stateNames(states);
        QVERIFY(!names.contains(QStringLiteral("entering-current-pin")));
        QVERIFY(!names.contains(QStringLiteral("entering-new-pin")));
        QCOMPARE(m_journal->records.first().details.value(QStringLiteral("pinEntry")).toString(),
                 QStringLiteral("reader-pin-pad"));
        QVERIFY(!wf->usePinPad(false)); // too late
    }

    void pinPadWrongCurrentPinAndCancel()
    {
        m_profile.pinPadForChange = true;
        m_pad = new ReaderPinPad([] { return PinPadFeatures{true, true, {}}; });
        m_pad->refresh();
        m_card->scriptPinPad("246801", "482915", "482915");
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinChangeWorkflow>();
        QVERIFY(wf->usePinPad(true));
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), cardErrorName(CardError::WrongPin));
        QCOMPARE(m_card->triesLeft(), 2);
        QVERIFY(m_card->pinIs("135790"));

        m_card->scriptPinPadCancel();
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto again = make<PinChangeWorkflow>();
        QVERIFY(again->usePinPad(true));
        again->start();
        QTRY_COMPARE(again->state(), WorkflowState::Failed);
        QCOMPARE(again->resultCode(), cardErrorName(CardError::PinPadCancelled));
        QVERIFY(m_card->pinIs("135790"));
        QCOMPARE(m_card->triesLeft(), 2);
    }

    void pinPadOnlyWhereItCanBeUsed()
    {
        // No pad configured.
        QVERIFY(!make<PinChangeWorkflow>()->pinPadAvailable());
        m_pad = new ReaderPinPad([] { return PinPadFeatures{true, false, {}}; });
        m_pad->refresh();
        m_profile.pinPadForChange = true;
        // A pad that can verify but not modify.
        QVERIFY(!make<PinChangeWorkflow>()->pinPadAvailable());
        QVERIFY(!make<PinChangeWorkflow>()->usePinPad(true));
        delete m_pad;
        m_pad = new ReaderPinPad([] { return PinPadFeatures{true, true, {}}; });
        // Not probed yet: nothing known.
        QVERIFY(!make<PinChangeWorkflow>()->pinPadAvailable());
        m_pad->refresh();
        QVERIFY(make<PinChangeWorkflow>()->pinPadAvailable());
        // Reset and unblock: the PSAM enciphers the new PIN, a pad cannot.
        QVERIFY(!make<PinResetWorkflow>()->pinPadAvailable());
        QVERIFY(!make<PinUnblockWorkflow>()->pinPadAvailable());
        // The region does not accept PINs the host cannot check.
        m_profile.pinPadForChange = false;
        QVERIFY(!make<PinChangeWorkflow>()->pinPadAvailable());
        // The pad never hands a PIN to the host.
        bool answered = false;
        QObject context;
        m_pad->requestPin({}, &context, [&](PinEntryResult& r) {
            answered = true;
            QCOMPARE(r.status, PinEntryResult::Status::Failed);
            QVERIFY(r.pin.isEmpty());
        });
        QTRY_VERIFY(answered);
    }

    // ---- remote approval

    void remoteApprovalApproved()
    {
        auto wf = unblockAwaitingApproval();
        QVERIFY(wf);
        QSignalSpy waiting(wf.get(), &ServiceWorkflow::remoteApprovalWaiting);
        QSignalSpy decided(wf.get(), &ServiceWorkflow::remoteApprovalDecided);
        QVERIFY(wf->requestRemoteApproval());
        QCOMPARE(waiting.size(), 1);
        QVERIFY(wf->isRemoteApprovalPending());
        QVERIFY(!wf->requestRemoteApproval()); // one at a time
        QCOMPARE(m_queue->entries.size(), 1);
        QCOMPARE(m_queue->entries[0].request.reason, QStringLiteral("pin-unblock"));
        QCOMPARE(m_queue->entries[0].request.holderIdNumber, m_holderId);
        QTRY_VERIFY(m_queue->polls >= 2);
        QCOMPARE(wf->state(), WorkflowState::AwaitingApproval);
        QCOMPARE(m_card->triesLeft(), 0);
        m_queue->decide(0, true, QStringLiteral("sup01"), QStringLiteral("documents seen"));
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided[0][0].toBool(), true);
        QCOMPARE(decided[0][1].toString(), QStringLiteral("sup01"));
        QCOMPARE(m_card->triesLeft(), 3);
        QCOMPARE(m_journal->records.last().approvalIds, QStringList({"REQ-1"}));
        QVERIFY(!wf->isRemoteApprovalPending());
    }

    void remoteApprovalRejectedWritesNothing()
    {
        auto wf = unblockAwaitingApproval();
        QVERIFY(wf);
        QSignalSpy messages(wf.get(), &ServiceWorkflow::message);
        QVERIFY(wf->requestRemoteApproval());
        m_queue->decide(0, false, QStringLiteral("sup01"), QStringLiteral("authorisation not signed"));
        QTRY_COMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), QStringLiteral("approval-rejected"));
        QCOMPARE(m_card->triesLeft(), 0);
        QCOMPARE(m_card->calls(), QStringList({"readCard", "pinStatus"}));
        QCOMPARE(m_journal->records.size(), 1);
        QVERIFY(!m_journal->records.first().success);
        QVERIFY(m_journal->records.first().approvalIds.isEmpty());
        bool reasonShown = false;
        for (const auto& m : messages)
            reasonShown |= m[0].toString().contains(QStringLiteral("authorisation not signed"));
        QVERIFY(reasonShown);
    }

    void remoteApprovalWithdrawnAndCancelled()
    {
        auto wf = unblockAwaitingApproval();
        QVERIFY(wf);
        QVERIFY(wf->requestRemoteApproval());
        QVERIFY(wf->withdrawRemoteApproval());
        QCOMPARE(m_queue->entries[0].decision.state, RemoteApprovalDecision::State::Withdrawn);
        QCOMPARE(wf->state(), WorkflowState::AwaitingApproval); // still waiting for an approval
        // Sent again, then the clerk cancels: the request is taken back with the workflow.
        QVERIFY(wf->requestRemoteApproval());
        QVERIFY(wf->cancel());
        QCOMPARE(m_queue->entries[1].decision.state, RemoteApprovalDecision::State::Withdrawn);
        QCOMPARE(wf->state(), WorkflowState::Cancelled);
        QCOMPARE(m_card->triesLeft(), 0);
    }

    void counterApprovalWithdrawsTheRemoteRequest()
    {
        auto wf = unblockAwaitingApproval();
        QVERIFY(wf);
        QVERIFY(wf->requestRemoteApproval());
        wf->submitApproval(QStringLiteral("sup01"), SecureBuffer::fromAscii("Sup3rvisor!"));
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QCOMPARE(m_queue->entries[0].decision.state, RemoteApprovalDecision::State::Withdrawn);
        QCOMPARE(m_journal->records.last().approvalIds, QStringList({"APR-1"}));
    }

    void remoteApprovalNeedsAQueue()
    {
        m_queue->failFiling = true;
        auto wf = unblockAwaitingApproval();
        QVERIFY(wf);
        QVERIFY(!wf->requestRemoteApproval());
        QCOMPARE(wf->state(), WorkflowState::AwaitingApproval);
    }

    void pinResetHappyPath()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto wf = make<PinResetWorkflow>();
        QSignalSpy states(wf.get(), &ServiceWorkflow::stateChanged);
        QSignalSpy finished(wf.get(), &ServiceWorkflow::finished);
        QSignalSpy messages(wf.get(), &ServiceWorkflow::message);
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        QCOMPARE(m_card->pinIs("135790"), true); // nothing written yet
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(stateNames(states),
                 QStringList({"reading-holder-document", "reading-card", "awaiting-photo", "entering-new-pin",
                              "confirming-new-pin", "executing", "recording", "done"}));

        // The card really has the new PIN, with a full try counter.
        QVERIFY(m_card->pinIs("482915"));
        QCOMPARE(m_card->triesLeft(), 3);
        QCOMPARE(m_card->calls(), QStringList({"readCard", "resetPin"}));

        QCOMPARE(m_journal->records.size(), 1);
        const OperationRecord& r = m_journal->records.first();
        QVERIFY(r.success);
        QCOMPARE(r.service, ServiceType::PinReset);
        QCOMPARE(r.resultCode, QStringLiteral("ok"));
        QCOMPARE(r.statusWord, quint16(0x9000));
        QCOMPARE(r.holderIdNumber, m_holderId);
        QCOMPARE(r.cardNumber, kCardNumber);
        QCOMPARE(r.cardIdentificationCode, QStringLiteral("32010400000000000000000000000001"));
        QCOMPARE(r.id, wf->operationId());
        QCOMPARE(r.images.size(), 1);
        QCOMPARE(r.images.first().kind, QStringLiteral("scene"));
        QVERIFY(r.approvalIds.isEmpty());

        const Receipt& receipt = wf->receipt();
        QVERIFY(receipt.success);
        QCOMPARE(receipt.maskedIdNumber,
                 m_holderId.left(6) + QStringLiteral("********") + m_holderId.right(4));
        QCOMPARE(receipt.operationNumber, QStringLiteral("T01-000001"));
        QCOMPARE(receipt.cardNumber, kCardNumber);
        QCOMPARE(receipt.branchId, QStringLiteral("B001"));
        QCOMPARE(receipt.operatorId, QStringLiteral("clerk07"));
        QVERIFY(receipt.secretChanged.contains(QStringLiteral("Chip PIN")));
        QVERIFY(receipt.notice.contains(QStringLiteral("bank")));

        // Canary: the new PIN is in no record and no audit event, in any encoding.
        QVERIFY(!containsPin(dumpJournal(*m_journal), "482915"));
        QVERIFY(containsPin(QByteArray("..482915.."), "482915")); // the canary itself can see
        QByteArray shown;
        for (const auto& m : messages)
            shown += m.at(0).toString().toUtf8();
        for (const auto& line : wf->receipt().extraLines)
            shown += (line.first + line.second).toUtf8();
        QVERIFY(!shown.isEmpty());
        QVERIFY(!containsPin(shown, "482915")); // nor in what the clerk sees
    }

    void pinPolicyRefusalsAreAskedAgain()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins->enqueueDigits("123456"); // initial PIN (and a run)
        m_pins->enqueueDigits("850615"); // birth date YYMMDD
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482916"); // entries differ: asked again from the first entry
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::Failed); // three refused rounds
        QCOMPARE(wf->resultCode(), QStringLiteral("pin-policy"));
        const auto requests = m_pins->requests();
        QCOMPARE(requests.size(), 4);
        QVERIFY(requests.at(1).hint.contains(QStringLiteral("initial PIN")));
        QVERIFY(requests.at(2).hint.contains(QStringLiteral("date of birth")));
        QCOMPARE(requests.at(3).prompt, PinPrompt::ConfirmNewPin);
        QVERIFY(m_card->pinIs("135790"));
        QCOMPARE(m_card->calls(), QStringList({"readCard"}));
        QCOMPARE(m_journal->records.size(), 1);
        QVERIFY(!m_journal->records.first().success);
        QVERIFY(!containsPin(dumpJournal(*m_journal), "482915"));
        QVERIFY(!containsPin(dumpJournal(*m_journal), "482916"));
    }

    void pinPolicyThenSuccess()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins->enqueueDigits("111111");
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QVERIFY(m_card->pinIs("482915"));
        QCOMPARE(m_pins->requests().size(), 3);
    }

    void idMismatchRefuses()
    {
        const QString other = makeIdNumber(QStringLiteral("320104"), QDate(1985, 6, 15), 125);
        insertCard(other, QStringLiteral("张三"));
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), QStringLiteral("id-mismatch"));
        QCOMPARE(m_card->calls(), QStringList({"readCard"}));
        QCOMPARE(m_journal->records.size(), 1);
        QCOMPARE(m_journal->records.first().resultCode, QStringLiteral("id-mismatch"));
        QVERIFY(!m_journal->records.first().success);
        QCOMPARE(m_pins->requests().size(), 0);
    }

    void nameMismatchConfirmedIsAuditedAndApproved()
    {
        insertCard(m_holderId, QStringLiteral("张山"));
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto wf = make<PinResetWorkflow>();
        QSignalSpy names(wf.get(), &ServiceWorkflow::nameConfirmationNeeded);
        QSignalSpy approval(wf.get(), &ServiceWorkflow::approvalNeeded);
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingNameConfirmation);
        QCOMPARE(names.count(), 1);
        QCOMPARE(names.at(0).at(1).toString(), QStringLiteral("张山"));
        QVERIFY(m_journal->events.isEmpty());
        wf->confirmNameMismatch(true);
        QCOMPARE(m_journal->eventTypes(), QStringList({"name-mismatch-override"}));
        QCOMPARE(m_journal->events.first().operationId, wf->operationId());
        QCOMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingApproval);
        QCOMPARE(approval.count(), 1);
        QCOMPARE(approval.at(0).at(0).toStringList(), QStringList({"name-mismatch"}));
        QVERIFY(m_card->pinIs("135790")); // nothing written before the approval

        QSignalSpy messages(wf.get(), &ServiceWorkflow::message);
        wf->submitApproval(QStringLiteral("sup01"), SecureBuffer::fromAscii("wrong"));
        QVERIFY(wf->isApprovalPending()); // checked on the thread pool
        QTRY_VERIFY(!wf->isApprovalPending());
        QCOMPARE(wf->state(), WorkflowState::AwaitingApproval);
        QCOMPARE(m_approvals->refused, 1);
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("wrong user name or password")));
        wf->submitApproval(QStringLiteral("clerk07"), SecureBuffer::fromAscii("Sup3rvisor!"));
        QCOMPARE(wf->state(), WorkflowState::AwaitingApproval); // no self-approval
        wf->submitApproval(QStringLiteral("sup01"), SecureBuffer::fromAscii("Sup3rvisor!"));
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QCOMPARE(m_approvals->approved.size(), 1);
        QCOMPARE(m_approvals->approved.first().reason, QStringLiteral("name-mismatch"));
        QCOMPARE(m_approvals->approved.first().operationId, wf->operationId());
        QCOMPARE(m_journal->records.first().approvalIds, QStringList({"APR-1"}));
        QVERIFY(m_journal->records.first().details.value(QStringLiteral("nameMismatchConfirmed")).toBool());
        QVERIFY(m_card->pinIs("482915"));
    }

    void nameMismatchRefused()
    {
        insertCard(m_holderId, QStringLiteral("张山"));
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingNameConfirmation);
        wf->confirmNameMismatch(false);
        QCOMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), QStringLiteral("name-mismatch-refused"));
        QCOMPARE(m_card->calls(), QStringList({"readCard"}));
    }

    void tolerantNamesNeedNoConfirmation()
    {
        insertCard(m_holderId, QStringLiteral("阿依古丽・买买提"));
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("阿依古丽·买买提")));
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->cancel();
    }

    void lostCardRefused()
    {
        m_cache->cardStatuses.insert(kCardNumber, QStringLiteral("lost"));
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), QStringLiteral("card-lost"));
        QCOMPARE(m_card->calls(), QStringList({"readCard"}));
    }

    void expiredDocumentRefused()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三"), QDate(2026, 11, 21)));
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), QStringLiteral("document-expired"));
        QVERIFY(m_card->calls().isEmpty());
    }

    void invalidDocumentNumberRefused()
    {
        IdDocument d = makeDocument(m_holderId, QStringLiteral("张三"));
        d.idNumber[5] = d.idNumber[5] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        m_reader->enqueue(d);
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), QStringLiteral("invalid-id-number"));
        QVERIFY(m_journal->records.isEmpty()); // no identity: only an audit event
        QCOMPARE(m_journal->eventTypes(), QStringList({"workflow-failed"}));
    }

    void idReaderFailureCanBeRetried()
    {
        m_reader->enqueueFailure(QStringLiteral("no card on the reader"));
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinResetWorkflow>();
        QSignalSpy messages(wf.get(), &ServiceWorkflow::message);
        wf->start();
        QTRY_VERIFY(m_reader->pending() == 1);
        QCOMPARE(wf->state(), WorkflowState::ReadingHolderDocument);
        wf->readDocumentAgain();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->cancel();
    }

    void cancelAtPhotoLeavesTheCardAlone()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        QVERIFY(wf->cancel());
        QCOMPARE(wf->state(), WorkflowState::Cancelled);
        QCOMPARE(wf->resultCode(), QStringLiteral("cancelled"));
        QCOMPARE(m_journal->eventTypes(), QStringList({"workflow-cancelled"}));
        QVERIFY(m_journal->records.isEmpty());
        QVERIFY(!wf->cancel()); // already over
        QVERIFY(m_card->pinIs("135790"));
    }

    void cancelWhileReadingTheCardDropsTheResult()
    {
        m_card->setDelayMs(200);
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::ReadingCard);
        QVERIFY(wf->cancel());
        QTest::qWait(400);
        QCOMPARE(wf->state(), WorkflowState::Cancelled);
    }

    void citizenCancelsOnThePinPad()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins->enqueueDigits("482915");
        m_pins->enqueueCancel();
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::Cancelled);
        QCOMPARE(m_card->calls(), QStringList({"readCard"}));
        QCOMPARE(m_journal->eventTypes(), QStringList({"workflow-cancelled"}));
    }

    void cancelRefusedWhileWritingTheCard()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        m_card->setDelayMs(300);
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::Executing);
        QVERIFY(!wf->cancel());
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QVERIFY(m_card->pinIs("482915"));
        QCOMPARE(m_journal->records.size(), 1);
    }

    void cardChangedButNotRecorded()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        m_journal->failNextRecords = 1;
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::NotRecorded);
        QVERIFY(m_card->pinIs("482915")); // the card was changed
        QVERIFY(m_journal->records.isEmpty());
        QCOMPARE(m_journal->eventTypes(), QStringList({"card-changed-not-recorded"}));
        QCOMPARE(m_journal->events.first().resultCode, QStringLiteral("card-changed-not-recorded"));
        QVERIFY(!wf->receipt().success);
        wf->retryRecording();
        QCOMPARE(wf->state(), WorkflowState::Done);
        QCOMPARE(m_journal->records.size(), 1);
        QVERIFY(m_journal->records.first().success);
        QVERIFY(!containsPin(dumpJournal(*m_journal), "482915"));
    }

    void cardChangedNotRecordedAbandoned()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        m_journal->failNextRecords = 5;
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::NotRecorded);
        wf->retryRecording();
        QCOMPARE(wf->state(), WorkflowState::NotRecorded);
        QVERIFY(wf->cancel());
        QCOMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), QStringLiteral("card-changed-not-recorded"));
        const auto events = m_journal->events;
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.last().resultCode, QStringLiteral("abandoned"));
    }

    void cardRemovedBeforeTheWrite()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        m_card->removeCard();
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), cardErrorName(CardError::NoCard));
        QCOMPARE(m_journal->records.size(), 1);
        QVERIFY(!m_journal->records.first().success);
        QVERIFY(!wf->receipt().success);
    }

    void anotherCardSwappedIn()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        insertCard(m_holderId, QStringLiteral("张三"), "135790", "32010400000000000000000000000002");
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), cardErrorName(CardError::WrongCard));
        QVERIFY(m_card->pinIs("135790"));
    }

    void pinChangeWrongCurrentPinCostsATry()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins->enqueueDigits("246801"); // wrong current PIN
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto wf = make<PinChangeWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), cardErrorName(CardError::WrongPin));
        QCOMPARE(m_card->triesLeft(), 2);
        QVERIFY(m_card->pinIs("135790"));
        QCOMPARE(m_journal->records.first().details.value(QStringLiteral("triesLeft")).toInt(), 2);
        QCOMPARE(m_journal->records.first().statusWord, quint16(0x63C2));
        QVERIFY(!containsPin(dumpJournal(*m_journal), "246801"));
    }

    void pinChangeHappyPath()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_pins->enqueueDigits("135790");
        m_pins->enqueueDigits("135790"); // same as the current one: asked again
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto wf = make<PinChangeWorkflow>();
        QSignalSpy states(wf.get(), &ServiceWorkflow::stateChanged);
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QVERIFY(!stateNames(states).contains(QStringLiteral("awaiting-photo")));
        QVERIFY(m_card->pinIs("482915"));
        QCOMPARE(m_card->calls(), QStringList({"readCard", "pinStatus", "changePin"}));
        QCOMPARE(m_pins->requests().at(0).prompt, PinPrompt::CurrentPin);
        QVERIFY(m_pins->requests().at(2).hint.contains(QStringLiteral("current PIN")));
        QCOMPARE(m_journal->records.first().service, ServiceType::PinChange);
        QVERIFY(!containsPin(dumpJournal(*m_journal), "135790"));
        QVERIFY(!containsPin(dumpJournal(*m_journal), "482915"));
    }

    void pinChangeOnABlockedCardStopsBeforeAnyEntry()
    {
        m_card->setTriesLeft(0);
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinChangeWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), QStringLiteral("pin-blocked"));
        QCOMPARE(m_pins->requests().size(), 0);
        QCOMPARE(m_card->calls(), QStringList({"readCard", "pinStatus"}));
        QCOMPARE(m_card->triesLeft(), 0);
    }

    void pinUnblockClearsTheCounterOnly()
    {
        m_card->setTriesLeft(0);
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinUnblockWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QCOMPARE(m_card->triesLeft(), 3);
        QVERIFY(m_card->pinIs("135790"));
        QCOMPARE(m_card->calls(), QStringList({"readCard", "pinStatus", "unblockPin"}));
        QCOMPARE(m_pins->requests().size(), 0);
        QVERIFY(wf->receipt().secretChanged.contains(QStringLiteral("try counter")));
    }

    void regionRequiresApprovalForAService()
    {
        m_profile.approvalRequiredFor << QStringLiteral("pin-unblock");
        m_card->setTriesLeft(0);
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinUnblockWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage());
        QCOMPARE(wf->state(), WorkflowState::AwaitingApproval);
        QCOMPARE(wf->approvalReasons(), QStringList({"pin-unblock"}));
        QCOMPARE(m_card->triesLeft(), 0);
        wf->submitApproval(QStringLiteral("sup01"), SecureBuffer::fromAscii("Sup3rvisor!"));
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QCOMPARE(m_card->triesLeft(), 3);
    }

    void proxyResetWithAuthorisation()
    {
        const QString agentId = makeIdNumber(QStringLiteral("320102"), QDate(1990, 2, 1), 222);
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_reader->enqueue(makeDocument(agentId, QStringLiteral("李四")));
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto wf = make<PinResetWorkflow>(Representation::Proxy);
        QSignalSpy states(wf.get(), &ServiceWorkflow::stateChanged);
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingAuthorisation);
        wf->providePhoto(makeImage()); // wrong step: ignored
        QCOMPARE(wf->state(), WorkflowState::AwaitingAuthorisation);
        wf->provideAuthorisation(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingApproval);
        QCOMPARE(wf->approvalReasons(), QStringList({"proxy"}));
        wf->submitApproval(QStringLiteral("sup01"), SecureBuffer::fromAscii("Sup3rvisor!"));
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QCOMPARE(stateNames(states).mid(0, 4),
                 QStringList({"reading-holder-document", "reading-agent-document", "awaiting-authorisation",
                              "reading-card"}));
        const OperationRecord& r = m_journal->records.first();
        QCOMPARE(r.representation, Representation::Proxy);
        QCOMPARE(r.agentIdNumber, agentId);
        QCOMPARE(r.agentName, QStringLiteral("李四"));
        QCOMPARE(r.images.size(), 2);
        QCOMPARE(r.images.first().kind, QStringLiteral("authorisation"));
        QCOMPARE(wf->receipt().maskedAgentIdNumber, IdNumber::mask(agentId));
        QVERIFY(m_card->pinIs("482915"));
    }

    void proxyCannotBeTheHolder()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<PinResetWorkflow>(Representation::Proxy);
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), QStringLiteral("agent-is-holder"));
    }

    void guardianForAMinor()
    {
        const QString childId = makeIdNumber(QStringLiteral("320104"), QDate(2016, 4, 3), 456);
        const QString parentId = makeIdNumber(QStringLiteral("320104"), QDate(1984, 9, 9), 311);
        insertCard(childId, QStringLiteral("张小明"));
        m_reader->enqueue(makeDocument(childId, QStringLiteral("张小明")));
        m_reader->enqueue(makeDocument(parentId, QStringLiteral("张大明")));
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto wf = make<PinResetWorkflow>(Representation::Guardian);
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingAuthorisation);
        wf->provideAuthorisation(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingApproval);
        QCOMPARE(wf->approvalReasons(), QStringList({"guardian"}));
        wf->submitApproval(QStringLiteral("sup01"), SecureBuffer::fromAscii("Sup3rvisor!"));
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QCOMPARE(m_journal->records.first().images.first().kind, QStringLiteral("guardianship-proof"));
        QCOMPARE(m_journal->records.first().representation, Representation::Guardian);
    }

    void minorNeedsAGuardian()
    {
        const QString childId = makeIdNumber(QStringLiteral("320104"), QDate(2016, 4, 3), 456);
        insertCard(childId, QStringLiteral("张小明"));
        m_reader->enqueue(makeDocument(childId, QStringLiteral("张小明")));
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), QStringLiteral("minor-needs-guardian"));
        // And a guardian cannot act for an adult.
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto adult = make<PinResetWorkflow>(Representation::Guardian);
        adult->start();
        QTRY_COMPARE(adult->state(), WorkflowState::Failed);
        QCOMPARE(adult->resultCode(), QStringLiteral("holder-not-minor"));
        // The region's minor age decides: 17 is a minor at 18, not at 16.
        const QString seventeen = makeIdNumber(QStringLiteral("320104"), QDate(2009, 1, 1), 777);
        m_profile.minorAge = 16;
        insertCard(seventeen, QStringLiteral("王五"));
        m_reader->enqueue(makeDocument(seventeen, QStringLiteral("王五")));
        auto teen = make<PinResetWorkflow>();
        teen->start();
        QTRY_COMPARE(teen->state(), WorkflowState::AwaitingPhoto);
        teen->cancel();
    }

    void lossReport()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<LossReportWorkflow>();
        QSignalSpy states(wf.get(), &ServiceWorkflow::stateChanged);
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingDetails);
        QVERIFY(!wf->provideDetails({fixedNow().addSecs(3600), {}}).isEmpty()); // in the future
        QCOMPARE(wf->provideDetails({fixedNow().addSecs(-10 * 3600), QStringLiteral("lost on the bus")}),
                 QString());
        QCOMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage());
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        QCOMPARE(stateNames(states).mid(0, 3),
                 QStringList({"reading-holder-document", "checking", "awaiting-details"}));
        QVERIFY(m_card->calls().isEmpty());
        const OperationRecord& r = m_journal->records.first();
        QCOMPARE(r.service, ServiceType::LossReport);
        QCOMPARE(r.cardNumber, kCardNumber);
        QCOMPARE(r.statusWord, quint16(0));
        QVERIFY(r.details.value(QStringLiteral("temporaryReportInTime")).toBool());
        QCOMPARE(r.details.value(QStringLiteral("deadlineHours")).toInt(), 72);
        QVERIFY(wf->receipt().secretChanged.isEmpty());
        QCOMPARE(wf->receipt().extraLines.first().second, kCardNumber);
    }

    void lossReportLapsedAndAlreadyLost()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<LossReportWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingDetails);
        QCOMPARE(wf->provideDetails({fixedNow().addDays(-5), {}}), QString());
        QVERIFY(!wf->temporaryReportInTime());
        wf->cancel();

        m_cache->cardStatuses.insert(kCardNumber, QStringLiteral("lost"));
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto again = make<LossReportWorkflow>();
        again->start();
        QTRY_COMPARE(again->state(), WorkflowState::Failed);
        QCOMPARE(again->resultCode(), QStringLiteral("already-reported-lost"));
    }

    void reissueByMail()
    {
        m_cache->cardStatuses.insert(kCardNumber, QStringLiteral("lost"));
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<ReissueWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingDetails);
        ReissueDetails d;
        d.delivery = ReissueDetails::Delivery::Mail;
        d.mailingAddress = QStringLiteral("短");
        QVERIFY(!wf->provideDetails(d).isEmpty());
        d.mailingAddress = QStringLiteral("江苏省南京市玄武区中山路1号 3单元 501室");
        d.phone = QStringLiteral("abc");
        QVERIFY(!wf->provideDetails(d).isEmpty());
        d.phone = QStringLiteral("138 0000 0000");
        QCOMPARE(wf->provideDetails(d), QString());
        QCOMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage(QStringLiteral("card-photo"), 5000)); // too small for the region
        QCOMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage(QStringLiteral("card-photo"), 50000)); // too large
        QCOMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage(QStringLiteral("card-photo"), 20000));
        QTRY_COMPARE(wf->state(), WorkflowState::Done);
        const OperationRecord& r = m_journal->records.first();
        QCOMPARE(r.service, ServiceType::Reissue);
        QCOMPARE(r.details.value(QStringLiteral("feeFen")).toInt(), 2000);
        QCOMPARE(r.details.value(QStringLiteral("delivery")).toString(), QStringLiteral("mail"));
        QCOMPARE(r.details.value(QStringLiteral("phone")).toString(), QStringLiteral("13800000000"));
        QCOMPARE(r.details.value(QStringLiteral("recipientName")).toString(), QStringLiteral("张三"));
        QCOMPARE(r.details.value(QStringLiteral("trackingStatus")).toString(),
                 QStringLiteral("application-received"));
        // 20 working days after Sunday 2026-11-22: Friday 2026-12-18.
        QCOMPARE(r.details.value(QStringLiteral("expectedReadyDate")).toString(),
                 QStringLiteral("2026-12-18"));
        QCOMPARE(r.images.first().kind, QStringLiteral("card-photo"));
        bool feeLine = false;
        for (const auto& line : wf->receipt().extraLines)
            feeLine = feeLine || line.second.contains(QStringLiteral("20.00"));
        QVERIFY(feeLine);
        QVERIFY(m_card->calls().isEmpty());
    }

    void reissueNeedsALossReportFirst()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<ReissueWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingDetails);
        ReissueDetails d; // reason lost, card still active
        QVERIFY(wf->provideDetails(d).contains(QStringLiteral("report the loss first")));
        d.reason = ReissueDetails::Reason::Damaged;
        QCOMPARE(wf->provideDetails(d), QString());
        wf->cancel();

        m_cache->cardStatuses.insert(kCardNumber, QStringLiteral("reissue-pending"));
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto pending = make<ReissueWorkflow>();
        pending->start();
        QTRY_COMPARE(pending->state(), WorkflowState::Failed);
        QCOMPARE(pending->resultCode(), QStringLiteral("reissue-pending"));
    }

    void servicePasswordResetIsARequest()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<ServicePasswordResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage());
        QCOMPARE(wf->state(), WorkflowState::Done);
        QVERIFY(m_card->calls().isEmpty());
        QCOMPARE(m_journal->records.first().service, ServiceType::ServicePasswordReset);
        QCOMPARE(m_journal->records.first().details.value(QStringLiteral("secret")).toString(),
                 QStringLiteral("service-password-reset"));
        QVERIFY(wf->receipt().secretChanged.contains(QStringLiteral("Service password")));
        QVERIFY(wf->receipt().notice.isEmpty()); // not about the chip PIN
    }

    void eCertificateResetIsARequestAndNeedsARecord()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        m_journal->failNextRecords = 1;
        auto wf = make<ECertificatePasswordResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        wf->providePhoto(makeImage());
        // Not recorded means not submitted: a plain failure, nothing half-done anywhere.
        QCOMPARE(wf->state(), WorkflowState::Failed);
        QCOMPARE(wf->resultCode(), QStringLiteral("not-recorded"));

        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto again = make<ECertificatePasswordResetWorkflow>();
        again->start();
        QTRY_COMPARE(again->state(), WorkflowState::AwaitingPhoto);
        again->providePhoto(makeImage());
        QCOMPARE(again->state(), WorkflowState::Done);
        QVERIFY(again->receipt().secretChanged.contains(QStringLiteral("electronic certificate")));
    }

    void manualPhotoIsAuditedAndMayNeedApproval()
    {
        m_profile.approvalRequiredFor << QStringLiteral("manual-photo");
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<ServicePasswordResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        EvidenceImage image = makeImage();
        image.manualCaptureReason = QStringLiteral("face detection failed: scarf");
        wf->providePhoto(image);
        QCOMPARE(m_journal->eventTypes(), QStringList({"photo-manual-capture"}));
        QCOMPARE(wf->state(), WorkflowState::AwaitingApproval);
        QCOMPARE(wf->approvalReasons(), QStringList({"manual-photo"}));
    }

    void photoCanBeSkippedOnlyForYoungChildren()
    {
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        auto wf = make<ServicePasswordResetWorkflow>();
        wf->start();
        QTRY_COMPARE(wf->state(), WorkflowState::AwaitingPhoto);
        QVERIFY(!wf->skipPhoto());
        wf->cancel();

        m_profile.noPhotoUnderAge = 7;
        const QString babyId = makeIdNumber(QStringLiteral("320104"), QDate(2022, 1, 1), 458);
        const QString parentId = makeIdNumber(QStringLiteral("320104"), QDate(1984, 9, 9), 311);
        m_reader->enqueue(makeDocument(babyId, QStringLiteral("张小小")));
        m_reader->enqueue(makeDocument(parentId, QStringLiteral("张大明")));
        auto baby = make<ServicePasswordResetWorkflow>(Representation::Guardian);
        baby->start();
        QTRY_COMPARE(baby->state(), WorkflowState::AwaitingAuthorisation);
        baby->provideAuthorisation(makeImage());
        QCOMPARE(baby->state(), WorkflowState::AwaitingPhoto);
        QVERIFY(baby->skipPhoto());
        QCOMPARE(baby->state(), WorkflowState::AwaitingApproval);
    }

    void manualEntryNeedsApprovalWhereTheRegionSaysSo()
    {
        m_profile.approvalRequiredFor = {QStringLiteral("manual-id-entry")};
        ManualIdEntry manual;
        WorkflowServices s = services();
        s.idReader = &manual;
        ServicePasswordResetWorkflow wf(Representation::Self, s, m_profile, m_op);
        wf.setClock(&fixedNow);
        wf.start();
        QCOMPARE(wf.state(), WorkflowState::ReadingHolderDocument);
        QVERIFY(manual.isWaiting());
        QCOMPARE(manual.submit(makeDocument(m_holderId, QStringLiteral("张三")), fixedNow().date()),
                 QString());
        QCOMPARE(wf.state(), WorkflowState::AwaitingPhoto);
        wf.providePhoto(makeImage());
        QCOMPARE(wf.state(), WorkflowState::AwaitingApproval);
        QCOMPARE(wf.approvalReasons(), QStringList({"manual-id-entry"}));
        wf.submitApproval(QStringLiteral("sup01"), SecureBuffer::fromAscii("Sup3rvisor!"));
        QTRY_COMPARE(wf.state(), WorkflowState::Done);
        QCOMPARE(m_journal->records.first().details.value(QStringLiteral("documentSource")).toString(),
                 QStringLiteral("manual"));
    }

    void stableNames()
    {
        for (auto s : {ServiceType::PinReset, ServiceType::PinChange, ServiceType::PinUnblock,
                       ServiceType::LossReport, ServiceType::Reissue, ServiceType::ServicePasswordReset,
                       ServiceType::ECertificatePasswordReset}) {
            QCOMPARE(serviceTypeFromName(serviceTypeName(s)), std::optional<ServiceType>(s));
            QVERIFY(!WorkflowText::serviceTitle(s).isEmpty());
        }
        QCOMPARE(serviceTypeName(ServiceType::ECertificatePasswordReset),
                 QStringLiteral("ecert-password-reset"));
        QVERIFY(!serviceTypeFromName(QStringLiteral("coffee")));
        QCOMPARE(representationName(Representation::Guardian), QStringLiteral("guardian"));
        QCOMPARE(allReissueStatuses().size(), 7);
        for (auto r : allReissueStatuses())
            QCOMPARE(reissueStatusFromName(reissueStatusName(r)), std::optional<ReissueStatus>(r));
        QVERIFY(!reissueStatusFromName(QStringLiteral("printing")));
    }

    void missingDeviceIsReported()
    {
        WorkflowServices s = services();
        s.pinEntry = nullptr;
        PinResetWorkflow wf(Representation::Self, s, m_profile, m_op);
        wf.start();
        QCOMPARE(wf.state(), WorkflowState::Failed);
        QCOMPARE(wf.resultCode(), QStringLiteral("not-configured"));
        // A request service does not need the PIN device.
        ServicePasswordResetWorkflow request(Representation::Self, s, m_profile, m_op);
        m_reader->enqueue(makeDocument(m_holderId, QStringLiteral("张三")));
        request.start();
        QTRY_COMPARE(request.state(), WorkflowState::AwaitingPhoto);
        request.cancel();
    }
};

QTEST_MAIN(WorkflowTest)
#include "WorkflowTest.moc"
