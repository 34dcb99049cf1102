#include "app/workflow/ServiceWorkflow.h"

#include "app/devices/IdDocumentReader.h"
#include "app/devices/ReaderPinPad.h"
#include "app/identity/NameComparison.h"
#include "app/supervision/SupervisorAccess.h"

#include <QJsonArray>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace carddesk {

namespace {
constexpr int kMaxPinRounds = 3; // then the workflow fails: the citizen should think about a PIN first
} // namespace

ServiceWorkflow::ServiceWorkflow(ServiceType service, Representation representation,
                                 const WorkflowServices& services, const RegionProfile& profile,
                                 const OperatorContext& op, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_representation(representation)
    , m_services(services)
    , m_profile(profile)
    , m_policy(profile)
    , m_op(op)
{}

ServiceWorkflow::~ServiceWorkflow()
{
    ++m_generation;
    disconnectReader();
    // A request left in the supervisors' queue would wait there for nobody.
    stopRemoteApproval(true);
    // A card call in flight uses the card service: let it finish before the workflow goes away.
    if (m_readWatcher)
        m_readWatcher->waitForFinished();
    if (m_jobWatcher)
        m_jobWatcher->waitForFinished();
    if (m_approvalWatcher)
        m_approvalWatcher->waitForFinished();
    wipeSecrets();
}

void ServiceWorkflow::setState(WorkflowState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ServiceWorkflow::say(const QString& text, MessageLevel level)
{
    emit message(text, level);
}

void ServiceWorkflow::buildSteps()
{
    const Plan p = plan();
    m_steps = {WorkflowState::ReadingHolderDocument};
    if (hasAgent())
        m_steps << WorkflowState::ReadingAgentDocument << WorkflowState::AwaitingAuthorisation;
    m_steps << (p.card ? WorkflowState::ReadingCard : WorkflowState::Checking);
    if (p.details)
        m_steps << WorkflowState::AwaitingDetails;
    if (p.photo)
        m_steps << WorkflowState::AwaitingPhoto;
    // With the reader's PIN pad the citizen types during Executing: no PIN steps on the host.
    if (p.currentPin && !m_usePinPad)
        m_steps << WorkflowState::EnteringCurrentPin;
    if (p.newPin && !m_usePinPad)
        m_steps << WorkflowState::EnteringNewPin << WorkflowState::ConfirmingNewPin;
    m_steps << WorkflowState::AwaitingApproval << WorkflowState::Executing << WorkflowState::Recording;
}

void ServiceWorkflow::start()
{
    if (m_state != WorkflowState::Idle) {
        say(tr("This workflow has already been started."), MessageLevel::Warning);
        return;
    }
    const Plan p = plan();
    QString missing;
    if (!m_services.idReader)
        missing = QStringLiteral("ID reader");
    else if (!m_services.journal)
        missing = QStringLiteral("journal");
    else if (p.card && !m_services.card)
        missing = QStringLiteral("card service");
    else if ((p.newPin || p.currentPin) && !m_services.pinEntry && !m_usePinPad)
        missing = QStringLiteral("PIN entry device");
    // The one role rule (auditors review, they never serve citizens), enforced here and not only in the UI.
    if (!SupervisorAccess::canPerformServices(m_op.role)) {
        m_resultCode = QStringLiteral("not-permitted");
        say(tr("An auditor account cannot carry out services. Sign in with a clerk or teller account."),
            MessageLevel::Error);
        setState(WorkflowState::Failed);
        emit finished(false);
        return;
    }
    if (!missing.isEmpty()) {
        m_resultCode = QStringLiteral("not-configured");
        say(tr("The counter is not set up for this service (%1 missing).").arg(missing), MessageLevel::Error);
        setState(WorkflowState::Failed);
        emit finished(false);
        return;
    }
    m_operationId = QUuid::createUuid();
    buildSteps();
    m_step = -1;
    next();
}

void ServiceWorkflow::next()
{
    if (isTerminal(m_state))
        return;
    ++m_step;
    if (m_step >= m_steps.size())
        return;
    enter(m_steps[m_step]);
}

void ServiceWorkflow::enter(WorkflowState state)
{
    if (state == WorkflowState::AwaitingApproval) {
        enterApproval();
        return;
    }
    setState(state);
    switch (state) {
    case WorkflowState::ReadingHolderDocument:
        requestDocument(false);
        break;
    case WorkflowState::ReadingAgentDocument:
        requestDocument(true);
        break;
    case WorkflowState::AwaitingAuthorisation:
        say(m_representation == Representation::Guardian
                ? tr("Scan the proof of guardianship (household register or birth certificate).")
                : tr("Scan the authorisation signed by the card holder."));
        break;
    case WorkflowState::ReadingCard: {
        m_cardRequested = true;
        const int generation = m_generation;
        CitizenCardService* card = m_services.card;
        const bool withPinStatus = plan().pinStatus;
        m_readWatcher = new QFutureWatcher<std::pair<CardReadResult, CardResult>>(this);
        connect(m_readWatcher, &QFutureWatcherBase::finished, this, [this, generation] {
            const auto answer = m_readWatcher->result();
            m_readWatcher->deleteLater();
            m_readWatcher = nullptr;
            if (generation == m_generation)
                onCardRead(answer.first, answer.second);
        });
        QThreadPool* pool =
            m_services.cardThreadPool ? m_services.cardThreadPool : QThreadPool::globalInstance();
        m_readWatcher->setFuture(QtConcurrent::run(pool, [card, withPinStatus] {
            std::pair<CardReadResult, CardResult> answer{card->readCard(), CardResult{}};
            if (withPinStatus && answer.first.result.ok())
                answer.second = card->pinStatus(answer.first.card.identificationCode);
            return answer;
        }));
        break;
    }
    case WorkflowState::Checking: {
        QString code, text;
        if (!checkReference(&code, &text)) {
            fail(code, text);
            return;
        }
        afterChecks();
        break;
    }
    case WorkflowState::AwaitingDetails:
    case WorkflowState::AwaitingPhoto:
        break; // the clerk's input comes through the public methods
    case WorkflowState::EnteringCurrentPin:
        requestPin(PinPrompt::CurrentPin, {});
        break;
    case WorkflowState::EnteringNewPin:
        requestPin(PinPrompt::NewPin, {});
        break;
    case WorkflowState::ConfirmingNewPin:
        requestPin(PinPrompt::ConfirmNewPin, {});
        break;
    case WorkflowState::Executing:
        m_executed = false;
        execute();
        break;
    case WorkflowState::Recording:
        record();
        break;
    default:
        break;
    }
}

// ---- identity
// ----------------------------------------------------------------------------------------------

void ServiceWorkflow::requestDocument(bool agent)
{
    disconnectReader();
    IdDocumentReader* reader = m_services.idReader;
    m_readerConnections << connect(reader, &IdDocumentReader::documentRead, this,
                                   &ServiceWorkflow::onDocumentRead);
    m_readerConnections << connect(reader, &IdDocumentReader::readFailed, this,
                                   &ServiceWorkflow::onDocumentFailed);
    say(agent ? tr("Read the agent's ID card.") : tr("Read the card holder's ID card."));
    reader->requestRead();
}

void ServiceWorkflow::readDocumentAgain()
{
    if (m_state == WorkflowState::ReadingHolderDocument || m_state == WorkflowState::ReadingAgentDocument)
        requestDocument(m_state == WorkflowState::ReadingAgentDocument);
}

void ServiceWorkflow::disconnectReader()
{
    for (const auto& c : std::as_const(m_readerConnections))
        disconnect(c);
    m_readerConnections.clear();
}

void ServiceWorkflow::onDocumentFailed(const QString& text)
{
    disconnectReader();
    say(tr("The ID card could not be read: %1").arg(text), MessageLevel::Warning);
}

void ServiceWorkflow::onDocumentRead(const IdDocument& document)
{
    disconnectReader();
    if (m_state == WorkflowState::ReadingHolderDocument)
        acceptHolderDocument(document);
    else if (m_state == WorkflowState::ReadingAgentDocument)
        acceptAgentDocument(document);
}

void ServiceWorkflow::acceptHolderDocument(const IdDocument& document)
{
    const IdNumber id = IdNumber::parse(document.idNumber, today());
    if (!id.isValid()) {
        fail(QStringLiteral("invalid-id-number"),
             tr("The number on the holder's ID card is not valid: %1").arg(id.errorMessage()));
        return;
    }
    m_holderDoc = document;
    m_holderDoc.idNumber = id.toString();
    m_holderId = id;
    if (document.isExpired(today())) {
        fail(QStringLiteral("document-expired"),
             tr("The holder's ID card has expired: it cannot be accepted."));
        return;
    }
    if (document.isNotYetValid(today())) {
        fail(QStringLiteral("document-not-yet-valid"), tr("The holder's ID card is not valid yet."));
        return;
    }
    if (document.source == IdDocument::Source::ManualEntry)
        addApprovalReason(QStringLiteral("manual-id-entry"));
    const bool minor = id.ageOn(today()) < m_profile.minorAge;
    if (m_representation == Representation::Guardian && !minor) {
        fail(QStringLiteral("holder-not-minor"),
             tr("The holder is not a minor: a guardian cannot act for them (use the proxy service)."));
        return;
    }
    if (m_representation != Representation::Guardian && minor) {
        fail(QStringLiteral("minor-needs-guardian"),
             tr("The holder is younger than %1: a guardian must apply for them.").arg(m_profile.minorAge));
        return;
    }
    next();
}

void ServiceWorkflow::acceptAgentDocument(const IdDocument& document)
{
    const IdNumber id = IdNumber::parse(document.idNumber, today());
    if (!id.isValid()) {
        fail(QStringLiteral("agent-document-invalid"),
             tr("The number on the agent's ID card is not valid: %1").arg(id.errorMessage()));
        return;
    }
    if (document.isExpired(today()) || document.isNotYetValid(today())) {
        fail(QStringLiteral("agent-document-expired"), tr("The agent's ID card is not valid today."));
        return;
    }
    if (id == m_holderId) {
        fail(QStringLiteral("agent-is-holder"), tr("The agent's ID card is the holder's own: read the "
                                                   "agent's card (or use the normal service)."));
        return;
    }
    if (id.ageOn(today()) < m_profile.minorAge) {
        fail(QStringLiteral("agent-is-minor"), tr("The agent is a minor and cannot act for someone else."));
        return;
    }
    m_agentDoc = document;
    m_agentDoc.idNumber = id.toString();
    m_agentId = id;
    if (document.source == IdDocument::Source::ManualEntry)
        addApprovalReason(QStringLiteral("manual-id-entry"));
    addApprovalReason(representationName(m_representation));
    next();
}

void ServiceWorkflow::provideAuthorisation(const EvidenceImage& document)
{
    if (m_state != WorkflowState::AwaitingAuthorisation) {
        say(tr("No authorisation is being asked for at the moment."), MessageLevel::Warning);
        return;
    }
    if (document.jpeg.isEmpty()) {
        say(tr("The scan of the document is empty: scan it again."), MessageLevel::Warning);
        return;
    }
    EvidenceImage image = document;
    if (image.kind.isEmpty())
        image.kind = m_representation == Representation::Guardian ? QStringLiteral("guardianship-proof")
                                                                  : QStringLiteral("authorisation");
    m_images << image;
    next();
}

// ---- card and checks
// ---------------------------------------------------------------------------------------

void ServiceWorkflow::onCardRead(const CardReadResult& read, const CardResult& pinStatus)
{
    if (!read.result.ok()) {
        fail(cardErrorName(read.result.error),
             tr("The card could not be read: %1").arg(read.result.message()), read.result.sw);
        return;
    }
    m_cardRead = read;
    const IdNumber cardId = IdNumber::parse(read.holder.idNumber, today());
    if (!cardId.isValid() || cardId != m_holderId) {
        fail(QStringLiteral("id-mismatch"),
             tr("The ID number on the card is not the one on the ID card: the operation is refused."));
        return;
    }
    const Plan p = plan();
    if (p.pinStatus) {
        if (p.refuseBlockedPin && pinStatus.error == CardError::PinBlocked) {
            fail(QStringLiteral("pin-blocked"),
                 tr("The chip PIN is blocked: it cannot be changed. Use the PIN reset or unblock service."),
                 pinStatus.sw);
            return;
        }
        if (pinStatus.triesLeft >= 0)
            say(tr("The chip PIN has %n try(s) left.", nullptr, pinStatus.triesLeft));
    }
    if (read.card.expiryDate.isValid() && read.card.expiryDate < today())
        say(tr("The card expired on %1.").arg(read.card.expiryDate.toString(Qt::ISODate)),
            MessageLevel::Warning);
    m_referenceName = read.holder.name;
    QString code, text;
    if (!checkReference(&code, &text)) {
        fail(code, text);
        return;
    }
    afterChecks();
}

bool ServiceWorkflow::checkReference(QString* code, QString* text)
{
    ReferenceCache* cache = m_services.cache;
    if (!cache) {
        say(tr("No reference data on this counter: the card's status cannot be checked."),
            MessageLevel::Warning);
        return true;
    }
    if (plan().card) {
        const QString status = cache->cardStatus(m_cardRead.card.cardNumber);
        if (status == QLatin1String("lost")) {
            *code = QStringLiteral("card-lost");
            *text = tr("This card is reported lost: it cannot be used. Apply for a replacement card.");
            return false;
        }
        if (status == QLatin1String("cancelled")) {
            *code = QStringLiteral("card-cancelled");
            *text = tr("This card has been cancelled: it cannot be used.");
            return false;
        }
    } else if (const auto person = cache->findPerson(m_holderId.toString())) {
        m_referenceName = person->name;
        m_cachedCardNumber = person->cardNumber;
    }
    return true;
}

void ServiceWorkflow::afterChecks()
{
    if (!m_referenceName.isEmpty()) {
        int wildcards = 0;
        if (NameComparison::compare(m_holderDoc.name, m_referenceName, &wildcards) == NameMatch::Mismatch) {
            setState(WorkflowState::AwaitingNameConfirmation);
            say(tr("The name on the ID card differs from the name on record: compare them."),
                MessageLevel::Warning);
            emit nameConfirmationNeeded(m_holderDoc.name, m_referenceName);
            return;
        }
        if (wildcards > 0)
            say(tr("The names match except for %n rare character(s) the card cannot store.", nullptr,
                   wildcards));
    }
    next();
}

void ServiceWorkflow::confirmNameMismatch(bool namesBelongToTheSamePerson)
{
    if (m_state != WorkflowState::AwaitingNameConfirmation)
        return;
    if (!namesBelongToTheSamePerson) {
        fail(QStringLiteral("name-mismatch-refused"),
             tr("The clerk refused: the names do not belong to one person."));
        return;
    }
    AuditEventRecord event =
        auditEvent(QStringLiteral("name-mismatch-override"), true, QStringLiteral("confirmed"));
    event.details.insert(QStringLiteral("documentName"), m_holderDoc.name);
    event.details.insert(QStringLiteral("recordName"), m_referenceName);
    QString error;
    if (!m_services.journal->audit(event, &error)) {
        fail(QStringLiteral("audit-failed"),
             tr("The confirmation could not be recorded (%1): the operation cannot continue.").arg(error));
        return;
    }
    m_nameOverridden = true;
    addApprovalReason(QStringLiteral("name-mismatch"));
    // Back on the planned path: the step after the card read / checks.
    next();
}

void ServiceWorkflow::detailsAccepted()
{
    if (m_state == WorkflowState::AwaitingDetails)
        next();
}

// ---- photo
// -------------------------------------------------------------------------------------------------

void ServiceWorkflow::providePhoto(const EvidenceImage& photo)
{
    if (m_state != WorkflowState::AwaitingPhoto) {
        say(tr("No photo is being asked for at the moment."), MessageLevel::Warning);
        return;
    }
    if (photo.jpeg.isEmpty()) {
        say(tr("The photo is empty: take it again."), MessageLevel::Warning);
        return;
    }
    const Plan p = plan();
    EvidenceImage image = photo;
    if (image.kind.isEmpty())
        image.kind = p.photoKind;
    if (image.kind == QLatin1String("card-photo")) {
        const int bytes = static_cast<int>(image.jpeg.size());
        if (bytes < m_profile.photoMinBytes || bytes > m_profile.photoMaxBytes) {
            say(tr("The card photo is %1 KB; this region needs %2 to %3 KB. Take or compress it again.")
                    .arg((bytes + 1023) / 1024)
                    .arg(m_profile.photoMinBytes / 1024)
                    .arg(m_profile.photoMaxBytes / 1024),
                MessageLevel::Warning);
            return;
        }
    }
    if (!image.manualCaptureReason.isEmpty()) {
        AuditEventRecord event =
            auditEvent(QStringLiteral("photo-manual-capture"), true, QStringLiteral("manual"));
        event.details.insert(QStringLiteral("reason"), image.manualCaptureReason);
        event.details.insert(QStringLiteral("kind"), image.kind);
        QString error;
        if (!m_services.journal->audit(event, &error)) {
            fail(QStringLiteral("audit-failed"),
                 tr("The manual capture could not be recorded (%1): the operation cannot continue.")
                     .arg(error));
            return;
        }
        addApprovalReason(QStringLiteral("manual-photo"));
    }
    m_images << image;
    next();
}

bool ServiceWorkflow::skipPhoto()
{
    if (m_state != WorkflowState::AwaitingPhoto)
        return false;
    if (m_holderId.ageOn(today()) >= m_profile.noPhotoUnderAge) {
        say(tr("A photo is required for this holder."), MessageLevel::Warning);
        return false;
    }
    say(tr("No photo: the holder is younger than %1.").arg(m_profile.noPhotoUnderAge));
    next();
    return true;
}

// ---- PINs
// --------------------------------------------------------------------------------------------------

void ServiceWorkflow::requestPin(PinPrompt prompt, const QString& hint)
{
    PinRequest request;
    request.prompt = prompt;
    request.length = m_profile.pinLength;
    request.hint = hint;
    const int generation = m_generation;
    m_services.pinEntry->requestPin(request, this, [this, prompt, generation](PinEntryResult& result) {
        if (generation == m_generation)
            onPinEntered(prompt, result);
    });
}

void ServiceWorkflow::onPinEntered(PinPrompt prompt, PinEntryResult& result)
{
    switch (result.status) {
    case PinEntryResult::Status::Entered:
        break;
    case PinEntryResult::Status::Cancelled:
        say(tr("The citizen cancelled the PIN entry."), MessageLevel::Warning);
        cancel();
        return;
    case PinEntryResult::Status::TimedOut:
        fail(QStringLiteral("pin-entry-timeout"), tr("Nobody entered a PIN in time."));
        return;
    case PinEntryResult::Status::Failed:
        fail(QStringLiteral("pin-device-failed"), tr("The PIN entry device failed: %1").arg(result.error));
        return;
    }
    const PinContext context{m_holderId.toString(), m_holderId.birthDate(), m_cardRead.card.cardNumber};
    SecureBuffer entered = std::move(result.pin);
    if (prompt == PinPrompt::CurrentPin) {
        if (entered.isEmpty() || !entered.isAllDigits()) {
            requestPin(PinPrompt::CurrentPin, PinPolicy::message(PinViolation::NotDigits));
            return;
        }
        m_currentPin = std::make_shared<SecureBuffer>(std::move(entered));
        next();
        return;
    }
    if (prompt == PinPrompt::NewPin) {
        const QList<PinViolation> violations = m_policy.check(entered, nullptr, context, m_currentPin.get());
        if (!violations.isEmpty()) {
            QStringList texts;
            for (PinViolation v : violations)
                texts << PinPolicy::message(v);
            const QString hint = texts.join(QStringLiteral("; "));
            if (++m_pinRounds >= kMaxPinRounds) {
                fail(QStringLiteral("pin-policy"), tr("No acceptable new PIN was entered: %1").arg(hint));
                return;
            }
            say(hint, MessageLevel::Warning);
            requestPin(PinPrompt::NewPin, hint);
            return;
        }
        m_newPin = std::make_shared<SecureBuffer>(std::move(entered));
        next();
        return;
    }
    // Confirmation: only "the two entries are not the same" can be new here.
    if (!m_newPin || !m_newPin->equals(entered)) {
        const QString hint = PinPolicy::message(PinViolation::EntriesDiffer);
        m_newPin.reset();
        if (++m_pinRounds >= kMaxPinRounds) {
            fail(QStringLiteral("pin-policy"), tr("No acceptable new PIN was entered: %1").arg(hint));
            return;
        }
        say(hint, MessageLevel::Warning);
        m_step = static_cast<int>(m_steps.indexOf(WorkflowState::EnteringNewPin));
        setState(WorkflowState::EnteringNewPin);
        requestPin(PinPrompt::NewPin, hint);
        return;
    }
    next();
}

// ---- approval
// ----------------------------------------------------------------------------------------------

void ServiceWorkflow::addApprovalReason(const QString& reason)
{
    if (!m_approvalReasons.contains(reason))
        m_approvalReasons << reason;
}

void ServiceWorkflow::enterApproval()
{
    QStringList needed;
    for (const QString& r : std::as_const(m_approvalReasons))
        if (m_profile.requiresApproval(r))
            needed << r;
    if (m_profile.requiresApproval(serviceTypeName(m_service)))
        needed << serviceTypeName(m_service);
    m_approvalReasons = needed;
    if (needed.isEmpty()) {
        next();
        return;
    }
    if (!m_services.approvals) {
        fail(QStringLiteral("no-approval-authority"),
             tr("A supervisor's approval is needed but cannot be given here."));
        return;
    }
    setState(WorkflowState::AwaitingApproval);
    say(tr("A supervisor must approve this operation."));
    emit approvalNeeded(needed);
}

void ServiceWorkflow::submitApproval(const QString& supervisorId, const SecureBuffer& password)
{
    if (m_state != WorkflowState::AwaitingApproval)
        return;
    if (m_approvalWatcher) {
        say(tr("The supervisor's sign-in is still being checked."), MessageLevel::Warning);
        return;
    }
    if (supervisorId.compare(m_op.operatorId, Qt::CaseInsensitive) == 0) {
        say(tr("Another person must approve: operators cannot approve their own operations."),
            MessageLevel::Warning);
        return;
    }
    const ApprovalRequest request = approvalRequest();
    ApprovalAuthority* authority = m_services.approvals;
    auto secret = std::make_shared<SecureBuffer>(password.clone());
    const int generation = m_generation;
    m_approvalWatcher = new QFutureWatcher<QStringList>(this);
    connect(m_approvalWatcher, &QFutureWatcherBase::finished, this, [this, generation] {
        const QStringList answer = m_approvalWatcher->result();
        m_approvalWatcher->deleteLater();
        m_approvalWatcher = nullptr;
        if (generation == m_generation)
            onApprovalAnswered(answer.value(0), answer.value(1));
    });
    QThreadPool* pool = m_services.cardThreadPool ? m_services.cardThreadPool : QThreadPool::globalInstance();
    m_approvalWatcher->setFuture(QtConcurrent::run(pool, [authority, request, supervisorId, secret] {
        QString error;
        const QString id = authority->approve(request, supervisorId, *secret, &error);
        secret->clear();
        return QStringList{id, error};
    }));
}

void ServiceWorkflow::onApprovalAnswered(const QString& approvalId, const QString& error)
{
    if (m_state != WorkflowState::AwaitingApproval)
        return;
    if (approvalId.isEmpty()) {
        say(tr("Not approved: %1")
                .arg(error.isEmpty() ? tr("the supervisor could not be authenticated") : error),
            MessageLevel::Warning);
        return;
    }
    // Approved at the counter: a request still in the supervisors' queue is taken back.
    stopRemoteApproval(true);
    m_approvalIds << approvalId;
    next();
}

ApprovalRequest ServiceWorkflow::approvalRequest() const
{
    ApprovalRequest request;
    request.operationId = m_operationId;
    request.service = m_service;
    request.reason = m_approvalReasons.join(QLatin1Char(','));
    request.requestedBy = m_op;
    request.holderIdNumber = m_holderId.toString();
    return request;
}

// ---- remote approval (the supervisors' queue)
// ------------------------------------------------------------------------------------------------

bool ServiceWorkflow::requestRemoteApproval()
{
    if (m_state != WorkflowState::AwaitingApproval)
        return false;
    if (!m_services.remoteApprovals) {
        say(tr("This counter cannot send approval requests to the supervisors."), MessageLevel::Warning);
        return false;
    }
    if (!m_remoteRequestId.isEmpty()) {
        say(tr("The request is already waiting in the supervisors' queue."), MessageLevel::Warning);
        return false;
    }
    if (m_approvalWatcher) {
        say(tr("The supervisor's sign-in is still being checked."), MessageLevel::Warning);
        return false;
    }
    QString error;
    const QString id = m_services.remoteApprovals->fileRequest(approvalRequest(), &error);
    if (id.isEmpty()) {
        say(tr("The request could not be sent to the supervisors: %1").arg(error), MessageLevel::Warning);
        return false;
    }
    m_remoteRequestId = id;
    if (!m_remotePoll) {
        m_remotePoll = new QTimer(this);
        connect(m_remotePoll, &QTimer::timeout, this, &ServiceWorkflow::pollRemoteApproval);
    }
    m_remotePoll->start(m_remotePollMs);
    say(tr("Sent to the supervisors: waiting for their decision."));
    emit remoteApprovalWaiting(id);
    return true;
}

void ServiceWorkflow::pollRemoteApproval()
{
    if (m_remoteRequestId.isEmpty() || m_state != WorkflowState::AwaitingApproval) {
        stopRemoteApproval(false);
        return;
    }
    QString error;
    const RemoteApprovalDecision d = m_services.remoteApprovals->decision(m_remoteRequestId, &error);
    switch (d.state) {
    case RemoteApprovalDecision::State::Pending:
        return;
    case RemoteApprovalDecision::State::Unknown:
        if (!error.isEmpty())
            return; // e.g. the database is busy for a moment: ask again at the next tick
        stopRemoteApproval(false);
        say(tr("The approval request is no longer in the supervisors' queue: send it again or ask a "
               "supervisor to sign here."),
            MessageLevel::Warning);
        emit remoteApprovalDecided(false, {}, {});
        return;
    case RemoteApprovalDecision::State::Withdrawn:
        stopRemoteApproval(false);
        say(tr("The approval request was withdrawn."), MessageLevel::Warning);
        emit remoteApprovalDecided(false, {}, {});
        return;
    case RemoteApprovalDecision::State::Approved: {
        const QString approvalId = d.approvalId.isEmpty() ? m_remoteRequestId : d.approvalId;
        stopRemoteApproval(false);
        say(tr("Approved by %1.").arg(d.decidedBy));
        emit remoteApprovalDecided(true, d.decidedBy, d.reason);
        onApprovalAnswered(approvalId, {});
        return;
    }
    case RemoteApprovalDecision::State::Rejected:
        stopRemoteApproval(false);
        emit remoteApprovalDecided(false, d.decidedBy, d.reason);
        fail(QStringLiteral("approval-rejected"),
             tr("The supervisor %1 rejected the request: %2. Nothing was changed.")
                 .arg(d.decidedBy, d.reason));
        return;
    }
}

bool ServiceWorkflow::withdrawRemoteApproval()
{
    if (m_remoteRequestId.isEmpty())
        return false;
    QString error;
    if (!m_services.remoteApprovals->withdraw(m_remoteRequestId, m_op, &error)) {
        say(tr("The request could not be withdrawn: %1").arg(error), MessageLevel::Warning);
        pollRemoteApproval(); // decided meanwhile: take the decision
        return false;
    }
    stopRemoteApproval(false);
    say(tr("The approval request was withdrawn."));
    emit remoteApprovalDecided(false, {}, {});
    return true;
}

void ServiceWorkflow::stopRemoteApproval(bool withdraw)
{
    if (m_remotePoll)
        m_remotePoll->stop();
    if (m_remoteRequestId.isEmpty())
        return;
    const QString id = m_remoteRequestId;
    m_remoteRequestId.clear();
    if (withdraw && m_services.remoteApprovals) {
        QString error;
        m_services.remoteApprovals->withdraw(id, m_op,
                                             &error); // best effort: a decided request stays decided
    }
}

// ---- reader PIN pad
// ------------------------------------------------------------------------------------------------

bool ServiceWorkflow::pinPadAvailable() const
{
    // Reset and unblock cannot use a pad: the PSAM enciphers the new PIN for 84 24, a pad sends plain APDUs.
    if (!plan().currentPin || !m_services.pinPad || !m_profile.pinPadForChange)
        return false;
    return m_services.pinPad->features().modify;
}

bool ServiceWorkflow::usePinPad(bool use)
{
    if (use == m_usePinPad)
        return true;
    if (use && !pinPadAvailable())
        return false;
    switch (m_state) {
    case WorkflowState::EnteringCurrentPin:
    case WorkflowState::EnteringNewPin:
    case WorkflowState::ConfirmingNewPin:
    case WorkflowState::AwaitingApproval:
    case WorkflowState::Executing:
    case WorkflowState::Recording:
    case WorkflowState::NotRecorded:
        return false; // the PIN steps are behind us
    default:
        if (isTerminal(m_state))
            return false;
    }
    m_usePinPad = use;
    // The steps before the PIN steps are the same either way, so the current position stays valid.
    if (m_state != WorkflowState::Idle)
        buildSteps();
    return true;
}

// ---- execution and recording
// -------------------------------------------------------------------------------

void ServiceWorkflow::execute()
{
    // Requests for the agency change nothing on the card: recording them is the service.
    executionFinished(CardResult{CardError::None, 0, -1, {}});
}

void ServiceWorkflow::runOnCard(CardJob job)
{
    m_cardRequested = true;
    const int generation = m_generation;
    CitizenCardService* card = m_services.card;
    const QByteArray cardId = m_cardRead.card.identificationCode;
    m_jobWatcher = new QFutureWatcher<CardResult>(this);
    connect(m_jobWatcher, &QFutureWatcherBase::finished, this, [this, generation] {
        const CardResult result = m_jobWatcher->result();
        m_jobWatcher->deleteLater();
        m_jobWatcher = nullptr;
        if (generation == m_generation)
            executionFinished(result);
    });
    QThreadPool* pool = m_services.cardThreadPool ? m_services.cardThreadPool : QThreadPool::globalInstance();
    m_jobWatcher->setFuture(QtConcurrent::run(pool, [card, cardId, job] { return job(*card, cardId); }));
}

void ServiceWorkflow::executionFinished(const CardResult& result)
{
    if (m_state != WorkflowState::Executing)
        return;
    m_execution = result;
    // The PINs are not needed any more, whatever happened.
    wipeSecrets();
    if (!result.ok()) {
        // CardResult::message() already names the tries left of a wrong PIN.
        fail(cardErrorName(result.error), tr("The card refused: %1").arg(result.message()), result.sw);
        return;
    }
    m_executed = true;
    next();
}

OperationRecord ServiceWorkflow::buildRecord(bool success, const QString& code, quint16 statusWord) const
{
    OperationRecord r;
    r.id = m_operationId;
    r.service = m_service;
    r.representation = m_representation;
    r.success = success;
    r.resultCode = code;
    r.statusWord = statusWord;
    r.op = m_op;
    r.timeUtc = nowUtc();
    r.holderIdNumber = m_holderId.toString();
    r.holderName = m_holderDoc.name;
    r.agentIdNumber = m_agentId.toString();
    r.agentName = m_agentDoc.name;
    r.cardIdentificationCode = m_cardRead.card.identificationCodeHex();
    if (m_cardRead.card.identificationCode.isEmpty())
        r.cardIdentificationCode.clear();
    r.cardNumber = m_cardRead.card.cardNumber.isEmpty() ? m_cachedCardNumber : m_cardRead.card.cardNumber;
    r.approvalIds = m_approvalIds;
    QJsonObject details;
    details.insert(QStringLiteral("region"), m_profile.id);
    details.insert(QStringLiteral("secret"), serviceTypeName(m_service));
    details.insert(QStringLiteral("documentSource"), m_holderDoc.source == IdDocument::Source::ManualEntry
                                                         ? QStringLiteral("manual")
                                                         : QStringLiteral("reader"));
    if (m_nameOverridden)
        details.insert(QStringLiteral("nameMismatchConfirmed"), true);
    if (!m_approvalReasons.isEmpty())
        details.insert(QStringLiteral("approvalReasons"), QJsonArray::fromStringList(m_approvalReasons));
    if (plan().currentPin || plan().newPin)
        details.insert(QStringLiteral("pinEntry"),
                       m_usePinPad ? QStringLiteral("reader-pin-pad") : QStringLiteral("customer-window"));
    if (!success)
        details.insert(QStringLiteral("failedIn"), workflowStateName(m_state));
    if (m_execution.triesLeft >= 0)
        details.insert(QStringLiteral("triesLeft"), m_execution.triesLeft);
    addDetails(details);
    r.details = details;
    r.images = m_images;
    return r;
}

void ServiceWorkflow::fillReceipt(bool success, const JournalResult& journal, const QString& resultText)
{
    Receipt& r = m_receipt;
    r = Receipt();
    r.branchId = m_op.branchId;
    r.terminalId = m_op.terminalId;
    r.operatorId = m_op.operatorId;
    r.timeUtc = nowUtc();
    r.service = m_service;
    r.serviceTitle = WorkflowText::serviceTitle(m_service);
    r.representation = m_representation;
    r.holderName = m_holderDoc.name;
    r.maskedIdNumber = m_holderId.masked();
    r.maskedAgentIdNumber = m_agentId.masked();
    r.cardNumber = m_cardRead.card.cardNumber.isEmpty() ? m_cachedCardNumber : m_cardRead.card.cardNumber;
    r.success = success;
    r.resultText = resultText;
    r.operationNumber = journal.operationNumber;
    r.sequence = journal.sequence;
    r.operationId = m_operationId;
    if (success)
        r.secretChanged = WorkflowText::secretChanged(m_service);
    if (m_service == ServiceType::PinReset || m_service == ServiceType::PinChange ||
        m_service == ServiceType::PinUnblock)
        r.notice = tr("The bank (financial) PIN of this card is a different secret and was not changed: "
                      "the bank resets it.");
    if (success)
        addReceiptLines(r);
}

void ServiceWorkflow::record()
{
    const OperationRecord rec = buildRecord(true, QStringLiteral("ok"), m_execution.sw);
    const JournalResult result = m_services.journal->record(rec);
    if (result.ok) {
        m_resultCode = QStringLiteral("ok");
        fillReceipt(true, result, tr("Completed"));
        setState(WorkflowState::Done);
        say(tr("Done. Operation number %1.").arg(result.operationNumber));
        emit finished(true);
        return;
    }
    if (!plan().card) {
        // Nothing changed anywhere: the request simply was not submitted.
        fail(
            QStringLiteral("not-recorded"),
            tr("The request could not be recorded (%1): it was NOT submitted. Try again.").arg(result.error));
        return;
    }
    m_resultCode = QStringLiteral("card-changed-not-recorded");
    setState(WorkflowState::NotRecorded);
    AuditEventRecord event = auditEvent(QStringLiteral("card-changed-not-recorded"), false, m_resultCode);
    event.statusWord = m_execution.sw;
    event.details.insert(QStringLiteral("journalError"), result.error);
    m_services.journal->audit(event, nullptr); // best effort: the journal is failing already
    say(tr("The card WAS changed, but the operation could not be recorded (%1). Do not repeat the operation "
           "on the "
           "card: retry recording, or call a supervisor.")
            .arg(result.error),
        MessageLevel::Error);
}

void ServiceWorkflow::retryRecording()
{
    if (m_state != WorkflowState::NotRecorded)
        return;
    setState(WorkflowState::Recording);
    record();
}

// ---- ending
// ------------------------------------------------------------------------------------------------

AuditEventRecord ServiceWorkflow::auditEvent(const QString& type, bool success, const QString& code) const
{
    AuditEventRecord e;
    e.eventType = type;
    e.success = success;
    e.resultCode = code;
    e.op = m_op;
    e.operationId = m_operationId;
    e.idNumber = m_holderId.toString();
    if (!m_cardRead.card.identificationCode.isEmpty())
        e.cardIdentificationCode = m_cardRead.card.identificationCodeHex();
    e.cardNumber = m_cardRead.card.cardNumber;
    e.details.insert(QStringLiteral("service"), serviceTypeName(m_service));
    e.details.insert(QStringLiteral("representation"), representationName(m_representation));
    e.details.insert(QStringLiteral("state"), workflowStateName(m_state));
    return e;
}

void ServiceWorkflow::wipeSecrets()
{
    // The shared buffers may still be held by a finished card job's closure; clearing wipes the bytes for
    // all.
    if (m_newPin)
        m_newPin->clear();
    if (m_currentPin)
        m_currentPin->clear();
    m_newPin.reset();
    m_currentPin.reset();
}

void ServiceWorkflow::stopDevices()
{
    disconnectReader();
    if (m_state == WorkflowState::ReadingHolderDocument || m_state == WorkflowState::ReadingAgentDocument)
        m_services.idReader->cancel();
    if ((m_state == WorkflowState::EnteringCurrentPin || m_state == WorkflowState::EnteringNewPin ||
         m_state == WorkflowState::ConfirmingNewPin) &&
        m_services.pinEntry)
        m_services.pinEntry->cancel();
}

bool ServiceWorkflow::cancel()
{
    if (isTerminal(m_state) || m_state == WorkflowState::Idle)
        return false;
    if (m_state == WorkflowState::Executing || m_state == WorkflowState::Recording) {
        say(tr("The card is being written: the operation finishes and is recorded first."),
            MessageLevel::Warning);
        return false;
    }
    ++m_generation;
    stopDevices();
    wipeSecrets();
    stopRemoteApproval(true);
    if (m_state == WorkflowState::NotRecorded) {
        AuditEventRecord event =
            auditEvent(QStringLiteral("card-changed-not-recorded"), false, QStringLiteral("abandoned"));
        event.statusWord = m_execution.sw;
        m_services.journal->audit(event, nullptr);
        setState(WorkflowState::Failed);
        say(tr("Abandoned without a record: the card WAS changed. A supervisor must follow this up."),
            MessageLevel::Error);
        emit finished(false);
        return true;
    }
    QString error;
    if (!m_services.journal->audit(
            auditEvent(QStringLiteral("workflow-cancelled"), false, QStringLiteral("cancelled")), &error))
        say(tr("The cancellation could not be recorded: %1").arg(error), MessageLevel::Warning);
    m_resultCode = QStringLiteral("cancelled");
    setState(WorkflowState::Cancelled);
    say(tr("Cancelled. Nothing was changed on the card."));
    emit finished(false);
    return true;
}

void ServiceWorkflow::fail(const QString& code, const QString& text, quint16 statusWord)
{
    if (isTerminal(m_state))
        return;
    ++m_generation;
    stopDevices();
    wipeSecrets();
    stopRemoteApproval(true);
    m_resultCode = code;
    say(text, MessageLevel::Error);
    if (m_holderId.isValid()) {
        // A refused or failed operation is an operation too: the supervisor sees it.
        const JournalResult result = m_services.journal->record(buildRecord(false, code, statusWord));
        if (result.ok)
            fillReceipt(false, result, text);
        else
            m_services.journal->audit(auditEvent(QStringLiteral("workflow-failed"), false, code), nullptr);
    } else {
        m_services.journal->audit(auditEvent(QStringLiteral("workflow-failed"), false, code), nullptr);
    }
    setState(WorkflowState::Failed);
    emit finished(false);
}

} // namespace carddesk
