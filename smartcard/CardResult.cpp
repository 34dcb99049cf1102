#include "smartcard/CardResult.h"

#include <QCoreApplication>

namespace carddesk {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CardResult", text);
}
} // namespace

CardResult CardResult::fromStatusWord(std::uint16_t sw)
{
    CardResult r;
    r.sw = sw;
    if (sw == 0x9000) {
        r.error = CardError::None;
    } else if ((sw & 0xFFF0) == 0x63C0) {
        r.triesLeft = sw & 0x000F;
        r.error = r.triesLeft == 0 ? CardError::PinBlocked : CardError::WrongPin;
    } else {
        switch (sw) {
        case 0x6983: r.error = CardError::PinBlocked; r.triesLeft = 0; break;
        case 0x6985: r.error = CardError::ConditionsNotSatisfied; break;
        case 0x6982: r.error = CardError::SecurityStatusNotSatisfied; break;
        case 0x6984: r.error = CardError::ReferenceDataInvalid; break;
        case 0x6988:
        case 0x9302: r.error = CardError::MacInvalid; break;
        case 0x6A82: r.error = CardError::FileNotFound; break;
        case 0x6A83: r.error = CardError::RecordNotFound; break;
        case 0x6A88: r.error = CardError::KeyNotFound; break;
        case 0x6700: r.error = CardError::WrongLength; break;
        case 0x9303: r.error = CardError::ApplicationLocked; break;
        default: r.error = CardError::UnexpectedStatus; break;
        }
    }
    return r;
}

QString CardResult::statusWordText() const
{
    if (sw == 0)
        return {};
    return QStringLiteral("%1").arg(sw, 4, 16, QLatin1Char('0')).toUpper();
}

QString CardResult::message() const
{
    switch (error) {
    case CardError::None:
        return tr("Done.");
    case CardError::WrongPin:
        //: %n is the number of PIN tries left on the card
        return QCoreApplication::translate("CardResult", "Wrong PIN, %n tries left.", nullptr, triesLeft);
    case CardError::PinBlocked:
        return tr("The PIN is blocked: the card needs an unblock at the counter.");
    case CardError::ConditionsNotSatisfied:
        return tr("The card refused: conditions of use not satisfied (the application may be locked).");
    case CardError::SecurityStatusNotSatisfied:
        return tr("The card refused: security status not satisfied (authentication missing).");
    case CardError::ReferenceDataInvalid:
        return tr("The card refused: its PIN reference data is invalid.");
    case CardError::MacInvalid:
        return tr("The card rejected the security code (MAC): check the secure access module (PSAM).");
    case CardError::FileNotFound:
        return tr("The card has no social security application: is it the right card?");
    case CardError::RecordNotFound:
        return tr("A record is missing on the card: the card may be damaged or not personalised.");
    case CardError::KeyNotFound:
        return tr("The card does not have the required key.");
    case CardError::WrongLength:
        return tr("The card refused the command length.");
    case CardError::ApplicationLocked:
        return tr("The card's application is permanently locked: the card must be replaced.");
    case CardError::UnexpectedStatus:
        return tr("The card answered with an unexpected status %1.").arg(statusWordText());
    case CardError::MalformedResponse:
        return tr("The card's answer could not be read. Take the card out and insert it again.");
    case CardError::WrongCard:
        return tr("This is not the expected card. Insert the citizen's social security card.");
    case CardError::NoCard:
        return tr("No card in the reader. Insert the card with the chip facing up.");
    case CardError::WrongReader:
        switch (misplacedCard) {
        case MisplacedCard::CitizenCardInSamReader:
            //: PSAM: the security module card in the second reader. The customer's card reader is the one
            //: the citizen's social security card belongs in.
            return tr("The social security card is in the PSAM reader. Insert it in the customer's card "
                      "reader instead.");
        case MisplacedCard::SamInCitizenReader:
            //: PSAM: the security module card, which belongs in its own (second) reader.
            return tr("The PSAM card is in the customer's card reader. Put it back in the PSAM reader, then "
                      "insert the social security card.");
        case MisplacedCard::CitizenCardInOtherReader:
            return tr("The social security card is in another card reader. Insert it in the customer's card "
                      "reader instead.");
        case MisplacedCard::Unknown:
            break;
        }
        return tr("The card is in the wrong reader. Insert the social security card in the customer's card "
                  "reader.");
    case CardError::CardRemoved:
        return tr("The card was removed during the operation. Insert it again and repeat.");
    case CardError::NoReader:
        return tr("The card reader is not connected. Check its cable, then try again.");
    case CardError::ReaderBusy:
        return tr("The card reader is in use by another program.");
    case CardError::ServiceUnavailable:
        return tr("The smart card service (pcscd) is not running. Call support.");
    case CardError::Transport:
        return tr("Communication with the card reader failed. Try again.");
    case CardError::SamUnavailable:
        return tr("The secure access module (PSAM) is not available. Check the second card slot.");
    case CardError::SamError:
        return tr("The secure access module (PSAM) refused the operation.");
    case CardError::PinPadCancelled:
        return tr("PIN entry was cancelled on the PIN pad.");
    case CardError::PinPadTimeout:
        return tr("No PIN was entered on the PIN pad in time.");
    case CardError::Cancelled:
        return tr("The operation was cancelled.");
    }
    return tr("Unknown card error.");
}

QString cardErrorName(CardError error)
{
    switch (error) {
    case CardError::None: return QStringLiteral("ok");
    case CardError::WrongPin: return QStringLiteral("wrong-pin");
    case CardError::PinBlocked: return QStringLiteral("pin-blocked");
    case CardError::ConditionsNotSatisfied: return QStringLiteral("conditions-not-satisfied");
    case CardError::SecurityStatusNotSatisfied: return QStringLiteral("security-status-not-satisfied");
    case CardError::ReferenceDataInvalid: return QStringLiteral("reference-data-invalid");
    case CardError::MacInvalid: return QStringLiteral("mac-invalid");
    case CardError::FileNotFound: return QStringLiteral("file-not-found");
    case CardError::RecordNotFound: return QStringLiteral("record-not-found");
    case CardError::KeyNotFound: return QStringLiteral("key-not-found");
    case CardError::WrongLength: return QStringLiteral("wrong-length");
    case CardError::ApplicationLocked: return QStringLiteral("application-locked");
    case CardError::UnexpectedStatus: return QStringLiteral("unexpected-status");
    case CardError::MalformedResponse: return QStringLiteral("malformed-response");
    case CardError::WrongCard: return QStringLiteral("wrong-card");
    case CardError::NoCard: return QStringLiteral("no-card");
    case CardError::WrongReader: return QStringLiteral("wrong-reader");
    case CardError::CardRemoved: return QStringLiteral("card-removed");
    case CardError::NoReader: return QStringLiteral("no-reader");
    case CardError::ReaderBusy: return QStringLiteral("reader-busy");
    case CardError::ServiceUnavailable: return QStringLiteral("service-unavailable");
    case CardError::Transport: return QStringLiteral("transport");
    case CardError::SamUnavailable: return QStringLiteral("sam-unavailable");
    case CardError::SamError: return QStringLiteral("sam-error");
    case CardError::PinPadCancelled: return QStringLiteral("pinpad-cancelled");
    case CardError::PinPadTimeout: return QStringLiteral("pinpad-timeout");
    case CardError::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace carddesk
