#pragma once
// Plain-words texts about services and failures, shared by the screens and the receipt.

#include "app/workflow/StorePorts.h"
#include "smartcard/CardResult.h"

#include <QCoreApplication>
#include <QString>

namespace carddesk::ui {

class ServiceText
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::ui::ServiceText)
public:
    static QList<ServiceType> allServices();
    static QString title(ServiceType service);
    // Which secret the service changes, for the result and the receipt (domain.md §1).
    static QString secretChanged(ServiceType service);
    // Does the service talk to the chip (card step, PIN step)?
    static bool needsCard(ServiceType service);
    static bool needsNewPin(ServiceType service);
    static bool needsOldPin(ServiceType service);
    static bool needsPhoto(ServiceType service);
    // What happened and what to do next, for a failure from the card layer.
    static QString cardFailure(const CardResult& result);
    static QString nextStepFor(CardError error);
    static QString representationText(Representation r);

    // Display names of the code words the layers below use, one per code family; an unknown code is shown
    // as it is (better than nothing, and the supervisor can look it up).
    // Operator roles: "clerk", "teller", "supervisor", "administrator".
    static QString roleText(const QString& role);
    // Card status in the reference data: "active", "lost", "cancelled", "reissue-pending" (empty: unknown).
    static QString cardStatusText(const QString& status);
    // Why a supervisor must approve: "proxy", "guardian", "name-mismatch", "manual-photo", "manual-id-entry",
    // or a service name when the region wants every such service approved.
    static QString approvalReasonText(const QString& reason);
    static QString approvalReasonsText(const QStringList& reasons);
    // An operation's result code: "ok", a card error name ("wrong-pin", ...), or a workflow reason
    // ("id-mismatch", "card-lost", "approval-rejected", ...).
    static QString resultCodeText(const QString& code);
    // A label and its value joined the way the language writes it ("Fee: 20 yuan" / "工本费：20 元").
    static QString labelled(const QString& label, const QString& value);
};

} // namespace carddesk::ui
