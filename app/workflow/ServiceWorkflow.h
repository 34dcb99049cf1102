#pragma once

#include "app/devices/PinEntryDevice.h"
#include "app/domain/PinPolicy.h"
#include "app/domain/RegionProfile.h"
#include "app/identity/IdDocument.h"
#include "app/identity/IdNumber.h"
#include "app/workflow/StorePorts.h"
#include "app/workflow/WorkflowTypes.h"
#include "smartcard/CitizenCardService.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

class QThreadPool;
class QTimer;

namespace carddesk {

class IdDocumentReader;
class ReaderPinPad;

// The devices and stores a workflow talks to, all through interfaces. Not owned; they outlive the workflow.
struct WorkflowServices
{
    CitizenCardService* card = nullptr; // needed by the card services
    IdDocumentReader* idReader = nullptr;
    PinEntryDevice* pinEntry = nullptr; // needed by reset and change (the customer PIN window)
    OperationJournal* journal = nullptr;
    ReferenceCache* cache = nullptr;
    ApprovalAuthority* approvals = nullptr;
    QThreadPool* cardThreadPool = nullptr; // where card calls run; null: QThreadPool::globalInstance()
    ReaderPinPad* pinPad = nullptr;        // the reader's PIN pad, when the counter has one (optional)
    RemoteApprovalQueue* remoteApprovals = nullptr; // the supervisors' queue (optional)
};

// The steps every counter service shares: identity -> (agent + authorisation) -> card and checks -> details
// -> photo -> PINs -> approval -> execute -> record -> receipt. A subclass names the steps its service needs
// and what "execute" does. Non-GUI: the UI (or a test) feeds inputs through the public methods and follows
// stateChanged/message. Card calls run on a thread pool; their results come back to this object's thread.
//
// Never half-done: nothing is written to the card before every check, PIN entry and approval passed; once the
// card was written the operation is recorded, and when recording fails the workflow stops in NotRecorded
// (audited as "card-changed-not-recorded") until recording succeeds or the clerk abandons it (audited again).
class ServiceWorkflow : public QObject
{
    Q_OBJECT
public:
    ~ServiceWorkflow() override;

    ServiceType service() const { return m_service; }
    Representation representation() const { return m_representation; }
    WorkflowState state() const { return m_state; }
    QUuid operationId() const { return m_operationId; }
    const RegionProfile& profile() const { return m_profile; }
    // The result code of a failed workflow ("id-mismatch", "wrong-pin", ...); "ok" when done.
    QString resultCode() const { return m_resultCode; }
    // Valid once Done (and for a failure that was recorded: success=false).
    const Receipt& receipt() const { return m_receipt; }
    const IdDocument& holderDocument() const { return m_holderDoc; }
    const CardReadResult& cardRead() const { return m_cardRead; }
    QStringList approvalReasons() const { return m_approvalReasons; }

    // Tests set the clock; the counter uses the system's (synchronised) clock.
    void setClock(std::function<QDateTime()> nowUtc) { m_now = std::move(nowUtc); }

    void start();
    // Cancels at any step except while the card is being written (returns false then: the result is awaited
    // and recorded). A cancelled workflow is audited ("workflow-cancelled").
    bool cancel();

    // Inputs from the clerk.
    // The ID reader failed (no document on it, ...): ask it again.
    void readDocumentAgain();
    void provideAuthorisation(const EvidenceImage& document);
    void confirmNameMismatch(bool namesBelongToTheSamePerson);
    void providePhoto(const EvidenceImage& photo);
    // Holders younger than the region's noPhotoUnderAge may go without a photo; false otherwise.
    bool skipPhoto();
    // The supervisor authenticates at the counter; the password buffer is the caller's to wipe (a copy goes
    // to the thread pool, because checking it costs a slow KDF, and is wiped there). The answer comes later:
    // the workflow moves on, or a message says why not and it keeps waiting.
    void submitApproval(const QString& supervisorId, const SecureBuffer& password);
    bool isApprovalPending() const { return m_approvalWatcher != nullptr; }
    // NotRecorded: try recording again (e.g. after the disk was freed).
    void retryRecording();

    // Reader PIN pad. Available when a pad is configured, its reader has the feature this service needs
    // (PIN change: FEATURE_MODIFY_PIN_DIRECT), the service can use a pad at all (not reset/unblock: the PSAM
    // must encipher the new PIN) and the region allows it (`pin.padForChange`: the host cannot check the PIN
    // policy on a PIN typed on the pad). Uses the pad's last probed features (ReaderPinPad::refresh(), done
    // by the counter session when readers change, never on the workflow's thread).
    bool pinPadAvailable() const;
    // Choose the pad (true) or the customer PIN window (false, the default) before the PIN steps; false when
    // not available or too late (a PIN step was entered). With the pad the workflow skips EnteringCurrentPin
    // / EnteringNewPin / ConfirmingNewPin and the citizen types both PINs on the reader during Executing.
    bool usePinPad(bool use);
    bool usingPinPad() const { return m_usePinPad; }

    // Remote approval, in AwaitingApproval: files the request in the supervisors' queue (false with a message
    // when there is no queue, one is already waiting, or filing failed), emits remoteApprovalWaiting and
    // polls the decision every remoteApprovalPollMs. Approved: continues exactly like a counter approval (the
    // approval id is recorded with the operation). Rejected: Failed "approval-rejected" with the supervisor's
    // reason; nothing is written to the card. A counter approval (submitApproval) still works meanwhile and
    // withdraws the remote request.
    bool requestRemoteApproval();
    // Takes the request back (audited "approval-withdrawn"); the workflow keeps waiting for an approval.
    // cancel() withdraws it too.
    bool withdrawRemoteApproval();
    bool isRemoteApprovalPending() const { return !m_remoteRequestId.isEmpty(); }
    QString remoteApprovalRequestId() const { return m_remoteRequestId; }
    void setRemoteApprovalPollInterval(int ms) { m_remotePollMs = ms; }

signals:
    void stateChanged(carddesk::WorkflowState state);
    void message(const QString& text, carddesk::MessageLevel level);
    void nameConfirmationNeeded(const QString& documentName, const QString& cardName);
    void approvalNeeded(const QStringList& reasons);
    // The request is in the supervisors' queue; the UI shows "waiting for a supervisor" and a withdraw
    // button.
    void remoteApprovalWaiting(const QString& requestId);
    // The request left the queue: approved (the workflow moves on), rejected (then finished(false) follows)
    // or withdrawn. `supervisor` and `reason` are empty for a withdrawal.
    void remoteApprovalDecided(bool approved, const QString& supervisor, const QString& reason);
    void finished(bool success);

protected:
    struct Plan
    {
        bool card = false;    // read the card and check it against the document
        bool details = false; // service-specific details (AwaitingDetails)
        bool photo = true;
        QString photoKind = QStringLiteral("scene");
        bool currentPin = false;
        bool newPin = false;
        bool pinStatus = false; // ask the card for its tries left right after reading it (no try is used)
        bool refuseBlockedPin = false; // ... and stop early when the PIN is blocked (PIN change)
    };

    ServiceWorkflow(ServiceType service, Representation representation, const WorkflowServices& services,
                    const RegionProfile& profile, const OperatorContext& op, QObject* parent);

    virtual Plan plan() const = 0;
    // Checks of the reference cache once the identity (and card) are known. Return false with a result code
    // and message to refuse. Default: a card read must not be reported lost/cancelled.
    virtual bool checkReference(QString* code, QString* text);
    // Executes the service. Card services call runOnCard(); requests call executionFinished() directly.
    virtual void execute();
    // Service specifics for the operation record (never secrets) and the receipt.
    virtual void addDetails(QJsonObject& details) const { Q_UNUSED(details); }
    virtual void addReceiptLines(Receipt& receipt) const { Q_UNUSED(receipt); }

    // For subclasses.
    using CardJob = std::function<CardResult(CitizenCardService& card, const QByteArray& expectedCardId)>;
    void runOnCard(CardJob job);
    void executionFinished(const CardResult& result);
    void detailsAccepted();
    void fail(const QString& code, const QString& text, quint16 statusWord = 0);
    void say(const QString& text, MessageLevel level = MessageLevel::Info);
    QDateTime nowUtc() const { return m_now ? m_now() : QDateTime::currentDateTimeUtc(); }
    QDate today() const { return nowUtc().toLocalTime().date(); }
    const IdNumber& holderId() const { return m_holderId; }
    const WorkflowServices& services() const { return m_services; }
    // Shared so a card job on another thread can hold them safely; wiped when released.
    std::shared_ptr<SecureBuffer> newPin() const { return m_newPin; }
    std::shared_ptr<SecureBuffer> currentPin() const { return m_currentPin; }
    bool hasAgent() const { return m_representation != Representation::Self; }
    void addApprovalReason(const QString& reason);
    QString referenceName() const { return m_referenceName; }
    void setReferenceName(const QString& name) { m_referenceName = name; }
    QString cachedCardNumber() const { return m_cachedCardNumber; }
    void setCachedCardNumber(const QString& number) { m_cachedCardNumber = number; }

private:
    void setState(WorkflowState state);
    void buildSteps();
    void next();
    void enter(WorkflowState state);
    void requestDocument(bool agent);
    void onDocumentRead(const IdDocument& document);
    void onDocumentFailed(const QString& text);
    void disconnectReader();
    void acceptHolderDocument(const IdDocument& document);
    void acceptAgentDocument(const IdDocument& document);
    void onCardRead(const CardReadResult& read, const CardResult& pinStatus);
    void afterChecks();
    void requestPin(PinPrompt prompt, const QString& hint);
    void onPinEntered(PinPrompt prompt, PinEntryResult& result);
    void enterApproval();
    void onApprovalAnswered(const QString& approvalId, const QString& error);
    ApprovalRequest approvalRequest() const;
    void pollRemoteApproval();
    void stopRemoteApproval(bool withdraw);
    void record();
    OperationRecord buildRecord(bool success, const QString& code, quint16 statusWord) const;
    void fillReceipt(bool success, const JournalResult& journal, const QString& resultText);
    void wipeSecrets();
    void stopDevices();
    AuditEventRecord auditEvent(const QString& type, bool success, const QString& code) const;

    const ServiceType m_service;
    const Representation m_representation;
    WorkflowServices m_services;
    RegionProfile m_profile;
    PinPolicy m_policy;
    OperatorContext m_op;
    std::function<QDateTime()> m_now;

    WorkflowState m_state = WorkflowState::Idle;
    QList<WorkflowState> m_steps;
    int m_step = -1;
    QUuid m_operationId;
    QString m_resultCode;
    Receipt m_receipt;

    IdDocument m_holderDoc;
    IdNumber m_holderId;
    IdDocument m_agentDoc;
    IdNumber m_agentId;
    QList<EvidenceImage> m_images;
    CardReadResult m_cardRead;
    bool m_cardRequested = false; // a card command was sent (for the record of a failure)
    QString m_referenceName;    // the name to compare with: the card's, or the cache's for card-less services
    QString m_cachedCardNumber; // card-less services: the card number from the reference cache
    bool m_nameOverridden = false;
    QStringList m_approvalReasons;
    QStringList m_approvalIds;
    std::shared_ptr<SecureBuffer> m_newPin;
    std::shared_ptr<SecureBuffer> m_currentPin;
    int m_pinRounds = 0;
    CardResult m_execution;
    bool m_executed = false; // the service's effect happened (card written, or the request accepted)
    int m_generation = 0;    // drops results that arrive after a cancel
    QFutureWatcher<std::pair<CardReadResult, CardResult>>* m_readWatcher = nullptr; // read, PIN status
    QFutureWatcher<CardResult>* m_jobWatcher = nullptr;
    QFutureWatcher<QStringList>* m_approvalWatcher = nullptr; // {approval id, error}
    QList<QMetaObject::Connection> m_readerConnections;
    bool m_usePinPad = false;
    QString m_remoteRequestId;
    int m_remotePollMs = 1000;
    QTimer* m_remotePoll = nullptr;
};

} // namespace carddesk
