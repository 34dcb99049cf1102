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
};

} // namespace carddesk::ui
