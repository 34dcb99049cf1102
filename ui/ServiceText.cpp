#include "ui/ServiceText.h"

namespace carddesk::ui {

QList<ServiceType> ServiceText::allServices()
{
    return {ServiceType::PinReset,     ServiceType::PinChange, ServiceType::PinUnblock,
            ServiceType::LossReport,   ServiceType::Reissue,   ServiceType::ServicePasswordReset,
            ServiceType::ECertificatePasswordReset};
}

QString ServiceText::title(ServiceType service)
{
    switch (service) {
    case ServiceType::PinReset:
        //: The citizen forgot the chip PIN of the social security card.
        return tr("Reset card PIN (forgotten)");
    case ServiceType::PinChange:
        return tr("Change card PIN");
    case ServiceType::PinUnblock:
        //: Clear the try counter of a blocked chip PIN.
        return tr("Unblock card PIN");
    case ServiceType::LossReport:
        return tr("Report card loss");
    case ServiceType::Reissue:
        return tr("Reissue card");
    case ServiceType::ServicePasswordReset:
        //: The 12333 / web service (query) password, not the chip PIN.
        return tr("Reset service password");
    case ServiceType::ECertificatePasswordReset:
        //: The medical insurance electronic certificate (医保电子凭证) password.
        return tr("Reset e-certificate password");
    }
    return {};
}

QString ServiceText::secretChanged(ServiceType service)
{
    switch (service) {
    case ServiceType::PinReset:
    case ServiceType::PinChange:
        return tr("The chip PIN of the social security application on the card was changed. "
                  "The bank PIN of the card is NOT changed: that is done by the bank.");
    case ServiceType::PinUnblock:
        return tr("The try counter of the chip PIN was cleared; the chip PIN itself is unchanged. "
                  "The bank PIN of the card is NOT affected.");
    case ServiceType::LossReport:
        return tr("The card is reported lost. No PIN was changed.");
    case ServiceType::Reissue:
        return tr("A new card was requested. No PIN was changed.");
    case ServiceType::ServicePasswordReset:
        return tr("A reset of the service (12333 / online) password was requested from the agency. "
                  "The chip PIN and the bank PIN are unchanged.");
    case ServiceType::ECertificatePasswordReset:
        return tr("A reset of the medical insurance e-certificate password was requested from the agency. "
                  "The chip PIN and the bank PIN are unchanged.");
    }
    return {};
}

bool ServiceText::needsCard(ServiceType service)
{
    return service == ServiceType::PinReset || service == ServiceType::PinChange
           || service == ServiceType::PinUnblock;
}

bool ServiceText::needsNewPin(ServiceType service)
{
    return service == ServiceType::PinReset || service == ServiceType::PinChange;
}

bool ServiceText::needsOldPin(ServiceType service)
{
    return service == ServiceType::PinChange;
}

bool ServiceText::needsPhoto(ServiceType service)
{
    return service != ServiceType::ServicePasswordReset && service != ServiceType::ECertificatePasswordReset;
}

QString ServiceText::nextStepFor(CardError error)
{
    switch (error) {
    case CardError::None:
        return {};
    case CardError::WrongPin:
        return tr("Ask the citizen to enter the PIN again carefully, or use \"Reset card PIN\" if it is forgotten.");
    case CardError::PinBlocked:
        return tr("Cancel this service and use \"Unblock card PIN\" or \"Reset card PIN\".");
    case CardError::WrongCard:
        return tr("Give the card back and ask for the citizen's own social security card.");
    case CardError::NoCard:
        return tr("Insert the citizen's card into the reader, chip first, then continue.");
    case CardError::WrongReader:
        return tr("Move the card to the reader the message names, then continue. Nothing was written to it.");
    case CardError::CardRemoved:
        return tr("Put the same card back into the reader and start the step again. Nothing was written to it.");
    case CardError::NoReader:
    case CardError::ServiceUnavailable:
        return tr("Check that the card reader is plugged in; if it still fails, restart the computer or call support.");
    case CardError::ReaderBusy:
        return tr("Close other programs that use the card reader, then try again.");
    case CardError::SamUnavailable:
    case CardError::SamError:
        return tr("The security module (PSAM) is not working: call the administrator. Do not retry repeatedly.");
    case CardError::ApplicationLocked:
        return tr("The card is permanently locked: offer a card reissue.");
    case CardError::PinPadCancelled:
    case CardError::PinPadTimeout:
        return tr("Ask the citizen to enter the PIN again on the PIN pad.");
    case CardError::Cancelled:
        return tr("The operation was cancelled; nothing was changed on the card.");
    default:
        return tr("Try once more; if it fails again, note the status code and call support.");
    }
}

QString ServiceText::cardFailure(const CardResult& result)
{
    QString what = result.message();
    if (what.isEmpty())
        what = tr("The card operation failed.");
    QString text = what;
    if (result.error == CardError::WrongPin && result.triesLeft >= 0)
        text += QLatin1Char(' ') + tr("%n try(s) left before the PIN blocks.", nullptr, result.triesLeft);
    const QString sw = result.statusWordText();
    if (!sw.isEmpty())
        text += QStringLiteral(" (SW %1)").arg(sw);
    return text + QLatin1Char('\n') + nextStepFor(result.error);
}

QString ServiceText::representationText(Representation r)
{
    switch (r) {
    case Representation::Self:
        return tr("In person");
    case Representation::Proxy:
        //: An agent acting for the card holder with a signed authorisation.
        return tr("Agent (proxy)");
    case Representation::Guardian:
        return tr("Guardian of a minor");
    }
    return {};
}

} // namespace carddesk::ui
