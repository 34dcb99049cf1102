#pragma once

#include "app/domain/ReissueStatus.h"
#include "app/workflow/StorePorts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUuid>

namespace carddesk {

// The states every service workflow moves through (a workflow skips the ones its service does not need).
enum class WorkflowState
{
    Idle,
    ReadingHolderDocument,    // the holder's ID document from the IdDocumentReader
    ReadingAgentDocument,     // proxy / guardian: the agent's ID document
    AwaitingAuthorisation,    // proxy: the signed authorisation; guardian: proof of guardianship (an image)
    ReadingCard,              // CitizenCardService::readCard() off the UI thread, then the checks
    Checking,                 // services without a card: checks against the reference cache
    AwaitingNameConfirmation, // the names differ: the clerk confirms (audited) or refuses
    AwaitingDetails,          // service specifics: reissue delivery, loss-report details
    AwaitingPhoto,
    EnteringCurrentPin, // PIN change
    EnteringNewPin,
    ConfirmingNewPin,
    AwaitingApproval, // a supervisor authenticates at the counter
    Executing,        // the card command (or, for requests, nothing on the card)
    Recording,        // OperationJournal::record: operation + audit entry in one transaction
    NotRecorded,      // the card WAS changed but recording failed: retry, or abandon (audited)
    Done,
    Failed,
    Cancelled,
};
QString workflowStateName(WorkflowState state); // "reading-card", ...
bool isTerminal(WorkflowState state);

enum class MessageLevel
{
    Info,
    Warning,
    Error,
};

// What the UI prints and the citizen signs. Plain data; no PIN, ever.
struct Receipt
{
    QString branchId;
    QString terminalId;
    QString operatorId;
    QDateTime timeUtc;
    ServiceType service = ServiceType::PinReset;
    QString serviceTitle; // translated
    Representation representation = Representation::Self;
    QString holderName;
    QString maskedIdNumber;      // 110105********002X
    QString maskedAgentIdNumber; // proxy / guardian
    QString cardNumber;
    bool success = false;
    QString resultText; // translated
    QString operationNumber;
    qint64 sequence = 0;
    QUuid operationId;
    QString secretChanged; // which secret was changed or requested (translated); empty when none
    QString notice;        // e.g. the bank PIN is a different secret
    QList<QPair<QString, QString>> extraLines; // fee, delivery, tracking status, ... (label, value)
};

// Tracking of a reissued card: ReissueStatus in app/domain/ReissueStatus.h.

class WorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::WorkflowText)
public:
    static QString serviceTitle(ServiceType service);
    // Which secret a service changes, for the receipt and the screen (domain.md §1).
    static QString secretChanged(ServiceType service);
    static QString reissueStatusText(ReissueStatus status);
    static QString stateText(WorkflowState state);
};

} // namespace carddesk

Q_DECLARE_METATYPE(carddesk::WorkflowState)
Q_DECLARE_METATYPE(carddesk::MessageLevel)
