#pragma once
// The tracking status of a card reissue application, from the counter's "application received" to the card in
// the citizen's hands. Statuses only move forward:
//   application-received -> in-production -> ready-for-collection -> collected
//                             \-> mailed              -> delivered
//   any status before collected/delivered -> cancelled
// (a step may be skipped forward, e.g. application-received -> ready-for-collection, when the agency reports
// late). Stored as audit entries "reissue-status" on the reissue operation (docs/local-store.md), so the
// history is part of the tamper-evident chain.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace carddesk {

enum class ReissueStatus
{
    ApplicationReceived, // "application-received": the counter accepted the application (the reissue
                         // operation)
    InProduction,        // "in-production": the agency prints the card
    ReadyForCollection,  // "ready-for-collection": at the branch, the citizen collects it
    Mailed,              // "mailed"
    Collected,           // "collected": final
    Delivered,           // "delivered": final (the mailed card arrived)
    Cancelled,           // "cancelled": final (withdrawn by the citizen or refused by the agency)
};

QString reissueStatusName(ReissueStatus status);
std::optional<ReissueStatus> reissueStatusFromName(const QString& name);
// For the clerk, in the current language: WorkflowText::reissueStatusText() (app/workflow/WorkflowTypes.h).
bool isFinalReissueStatus(ReissueStatus status);
// Forward only, along the branches above; never to the same status.
bool reissueTransitionAllowed(ReissueStatus from, ReissueStatus to);
// All statuses in order, for lists and the admin command's help.
QList<ReissueStatus> allReissueStatuses();

struct ReissueStatusChange
{
    ReissueStatus status = ReissueStatus::ApplicationReceived;
    QDateTime timeUtc;
    QString operatorId; // who recorded it ("admin-cli:<user>" from carddesk-admin)
    QString note;
};

// One reissue application as the counter tracks it. Lists carry the masked ID number only.
struct ReissueTracking
{
    QUuid operationId;
    QString operationNumber; // <counter>-<yyyyMMdd>-<sequence>
    QString maskedIdNumber;
    QString holderName;
    QString delivery; // "collect" or "mail"
    QDate expectedDate;
    ReissueStatus status = ReissueStatus::ApplicationReceived;
    QDateTime updatedUtc;               // of the current status
    QList<ReissueStatusChange> history; // oldest first, starting with "application-received"
};

} // namespace carddesk
