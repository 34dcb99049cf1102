#include "ui/ServiceText.h"

#include "app/supervision/SupervisionText.h"

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

QString ServiceText::roleText(const QString& role)
{
    // One set of role names for the counter and the supervisor console.
    return supervisiontext::role(role);
}

QString ServiceText::cardStatusText(const QString& status)
{
    if (status.isEmpty())
        //: Card status: the reference data does not know this card.
        return tr("unknown");
    if (status == QLatin1String("active"))
        //: Card status: the card is valid and in use (正常).
        return tr("in use");
    if (status == QLatin1String("lost"))
        //: Card status (挂失).
        return tr("reported lost");
    if (status == QLatin1String("cancelled"))
        //: Card status (注销).
        return tr("cancelled");
    if (status == QLatin1String("reissue-pending"))
        //: Card status: a replacement card has been applied for (补换卡中).
        return tr("replacement applied for");
    return status;
}

QString ServiceText::approvalReasonText(const QString& reason)
{
    if (reason == QLatin1String("proxy"))
        return tr("an agent acts for the holder");
    if (reason == QLatin1String("guardian"))
        return tr("a guardian acts for a minor");
    if (reason == QLatin1String("self"))
        return tr("the holder in person");
    if (reason == QLatin1String("name-mismatch"))
        return tr("the names on the ID card and on record differ");
    if (reason == QLatin1String("manual-photo"))
        return tr("the photo was taken without the automatic checks");
    if (reason == QLatin1String("manual-id-entry"))
        return tr("the ID data was typed, not read from the ID card");
    if (const std::optional<ServiceType> service = serviceTypeFromName(reason))
        //: Approval reason: the region wants every operation of this service approved.
        return tr("every \"%1\" needs approval").arg(title(*service));
    return reason;
}

QString ServiceText::approvalReasonsText(const QStringList& reasons)
{
    QStringList texts;
    for (const QString& r : reasons)
        texts << approvalReasonText(r);
    //: Separator between approval reasons (Chinese: 、).
    return texts.join(tr(", "));
}

QString ServiceText::resultCodeText(const QString& code)
{
    if (code.isEmpty() || code == QLatin1String("ok"))
        //: Result of an operation: it was carried out.
        return tr("Done");
    for (int e = static_cast<int>(CardError::None) + 1; e <= static_cast<int>(CardError::Cancelled); ++e) {
        if (cardErrorName(static_cast<CardError>(e)) == code) {
            const QString text = CardResult::failure(static_cast<CardError>(e)).message();
            if (!text.isEmpty())
                return text;
        }
    }
    static const QList<QPair<const char*, const char*>> texts = {
        {"id-mismatch", QT_TR_NOOP("the card belongs to another person")},
        {"card-lost", QT_TR_NOOP("the card is reported lost")},
        {"card-cancelled", QT_TR_NOOP("the card is cancelled")},
        {"already-reported-lost", QT_TR_NOOP("the card was already reported lost")},
        {"reissue-pending", QT_TR_NOOP("a replacement card was already applied for")},
        {"name-mismatch-refused", QT_TR_NOOP("the names differ; the clerk refused")},
        {"pin-policy", QT_TR_NOOP("the new PIN was not allowed")},
        {"pin-entry-timeout", QT_TR_NOOP("the citizen did not enter the PIN in time")},
        {"pin-device-failed", QT_TR_NOOP("the PIN entry device failed")},
        {"no-approval-authority", QT_TR_NOOP("no supervisor approval possible here")},
        {"approval-rejected", QT_TR_NOOP("the supervisor rejected it")},
        {"not-recorded", QT_TR_NOOP("not recorded")},
        {"card-changed-not-recorded", QT_TR_NOOP("the card was changed but not recorded")},
        {"audit-failed", QT_TR_NOOP("the audit entry could not be written")},
        {"workflow-cancelled", QT_TR_NOOP("cancelled")},
        {"workflow-failed", QT_TR_NOOP("failed")},
        {"invalid-id-number", QT_TR_NOOP("invalid ID number")},
        {"document-expired", QT_TR_NOOP("the ID card has expired")},
        {"document-not-yet-valid", QT_TR_NOOP("the ID card is not yet valid")},
        {"holder-not-minor", QT_TR_NOOP("a guardian acts only for a minor")},
        {"minor-needs-guardian", QT_TR_NOOP("a minor needs a guardian")},
        {"agent-document-invalid", QT_TR_NOOP("the agent's ID is invalid")},
        {"agent-document-expired", QT_TR_NOOP("the agent's ID card has expired")},
        {"agent-is-holder", QT_TR_NOOP("the agent is the holder")},
        {"agent-is-minor", QT_TR_NOOP("the agent is a minor")},
    };
    for (const auto& [c, text] : texts)
        if (code == QLatin1String(c))
            return tr(text);
    return code;
}

QString ServiceText::labelled(const QString& label, const QString& value)
{
    //: A label and its value, e.g. "Fee: 20 yuan". Chinese uses the full-width colon without a space: %1：%2
    return tr("%1: %2").arg(label, value);
}

} // namespace carddesk::ui
