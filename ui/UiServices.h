#pragma once
// What the clerk's window needs from the layers below, as a bundle of interfaces. app/main (or the training
// environment) fills it with the real services; GUI tests fill it with the same real services on a scratch
// store and the simulator. ui/ itself never speaks PC/SC or SQL.

#include "app/config/AuditedSettings.h"
#include "app/config/CardDeskSettings.h"
#include "app/devices/IdDocumentReader.h"
#include "app/devices/PinEntryDevice.h"
#include "app/devices/ReaderPinPad.h"
#include "app/domain/RegionProfile.h"
#include "app/domain/ReissueStatus.h"
#include "app/photo/FrameSource.h"
#include "app/workflow/StorePorts.h"
#include "smartcard/CitizenCardService.h"
#include "smartcard/SecureBuffer.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace carddesk::ui {

// Sign-in at the counter. The real one is app/operators (password hashes, lock-out); the UI only shows
// what it answers.
struct SignInResult
{
    bool ok = false;
    QString error; // for the clerk: "wrong password, 2 tries left", "locked until 10:35", ...
    OperatorContext op;
    QString displayName;
};

class OperatorSignIn
{
public:
    virtual ~OperatorSignIn() = default;
    virtual SignInResult signIn(const QString& operatorId, const SecureBuffer& password) = 0;
    // Unlocking an idle-locked session: the same operator signs in again.
    virtual SignInResult unlock(const QString& operatorId, const SecureBuffer& password)
    {
        return signIn(operatorId, password);
    }
    virtual void signOut(const QString& operatorId) { Q_UNUSED(operatorId); }
};

// One line of the counter's history: already masked by the store.
struct HistoryEntry
{
    QString operationNumber;
    QDateTime timeUtc;
    ServiceType service = ServiceType::PinReset;
    QString maskedIdNumber;
    QString holderName;
    QString cardNumber;
    bool success = false;
    QString resultCode;
    QString operatorId;
    QString resultText; // plain-words result as it was shown, for reprints
    QUuid operationId;
    // Reissue applications only (successful ones): the tracking status now (WorkflowText::reissueStatusText).
    std::optional<ReissueStatus> reissueStatus;
};

class OperationHistory
{
public:
    virtual ~OperationHistory() = default;
    // Newest first; filter matches operation number, masked ID, name or card number (empty = all).
    virtual QList<HistoryEntry> recent(const QString& filter, int limit) = 0;
    virtual int countToday() = 0;
};

// Reissue tracking for the history page: the status of each application and "collected" at the counter.
class ReissueTracker
{
public:
    virtual ~ReissueTracker() = default;
    virtual QList<ReissueTracking> reissues(bool openOnly) = 0;
    virtual std::optional<ReissueTracking> tracking(const QUuid& operationId) = 0;
    // Forward only (reissueTransitionAllowed); audited. False with a sentence for the clerk.
    virtual bool advance(const QUuid& operationId, ReissueStatus to, const OperatorContext& by,
                         const QString& note, QString* error) = 0;
};

// How the counter behaves beyond the region profile: local settings of this counter.
struct CounterSettings
{
    bool shuffledKeypad = false; // the customer PIN window shuffles its digit keys
    bool customerWindowOnSecondScreen = true;
    // Inactivity before the window locks itself (0 = never). Derived from the one setting,
    // CardDeskSettings::idleLockMinutes (security/idleLockMinutes); set it again after a settings save.
    int idleLockSeconds = 300;
};

struct UiServices
{
    CitizenCardService* card = nullptr;
    OperationJournal* journal = nullptr;
    ReferenceCache* cache = nullptr;
    ApprovalAuthority* approvals = nullptr;
    OperatorSignIn* signIn = nullptr;
    OperationHistory* history = nullptr;
    RegionProfile region;
    CounterSettings settings;
    // Where the citizen types PINs: the customer PIN window (ui).
    PinEntryDevice* pinEntry = nullptr;
    // The citizen-card reader's PIN pad (null: none configured); goes to WorkflowServices::pinPad. The
    // workflow says whether it can be used (ServiceWorkflow::pinPadAvailable) and the clerk chooses
    // (usePinPad).
    ReaderPinPad* pinPad = nullptr;
    // The supervisors' queue for remote approval (WorkflowServices::remoteApprovals); may be null.
    RemoteApprovalQueue* remoteApprovals = nullptr;
    // Reissue tracking (history page); may be null.
    ReissueTracker* reissues = nullptr;
    // The ID document reader; null: manual entry only.
    IdDocumentReader* idReader = nullptr;
    // Opens the counter's camera for the photo step; null or returning null: no camera (manual fallback).
    std::function<std::unique_ptr<FrameSource>(QString* error)> openCamera;
    // Counter settings (administrator); may be null. Read from settingsStore; SAVE through settingsEditor,
    // which audits every change (key, old -> new) and refuses a change it cannot audit.
    CardDeskSettings* settingsStore = nullptr;
    AuditedSettings* settingsEditor = nullptr;
    // Where receipts are written (PDF), and whether the print preview opens (off in tests).
    QString receiptDir;
    bool receiptPreview = true;
    QString branchName;
    QString branchId;
    QString terminalId;
    bool trainingMode = false;
    // Lines for the diagnostics page (readers, ATRs, PIN pad features, database, sync ...), gathered by
    // app/main.
    std::function<QStringList()> diagnostics;
};

} // namespace carddesk::ui
