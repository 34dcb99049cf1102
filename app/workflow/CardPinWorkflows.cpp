// The three services that write to the card's chip PIN.
#include "app/workflow/PinChangeWorkflow.h"
#include "app/workflow/PinResetWorkflow.h"
#include "app/workflow/PinUnblockWorkflow.h"

namespace carddesk {

ServiceWorkflow::Plan PinResetWorkflow::plan() const
{
    Plan p;
    p.card = true;
    p.photo = true;
    p.newPin = true;
    return p;
}

void PinResetWorkflow::execute()
{
    const auto pin = newPin();
    runOnCard(
        [pin](CitizenCardService& card, const QByteArray& cardId) { return card.resetPin(*pin, cardId); });
}

ServiceWorkflow::Plan PinChangeWorkflow::plan() const
{
    Plan p;
    p.card = true;
    p.photo = false; // the citizen proves the PIN; a scene photo adds nothing
    p.currentPin = true;
    p.newPin = true;
    p.pinStatus = true;
    p.refuseBlockedPin = true; // before the citizen types anything
    return p;
}

void PinChangeWorkflow::execute()
{
    if (usingPinPad()) {
        // Empty PINs: the reader's PIN pad asks for the current PIN and the new one twice
        // (FEATURE_MODIFY_PIN_DIRECT) and builds the command; the PINs never reach the host.
        say(tr("The citizen now types the current PIN, then the new PIN twice, on the reader's PIN pad."));
        runOnCard([](CitizenCardService& card, const QByteArray& cardId) {
            return card.changePin(SecureBuffer(), SecureBuffer(), cardId);
        });
        return;
    }
    const auto oldPin = currentPin();
    const auto pin = newPin();
    runOnCard([oldPin, pin](CitizenCardService& card, const QByteArray& cardId) {
        return card.changePin(*oldPin, *pin, cardId);
    });
}

ServiceWorkflow::Plan PinUnblockWorkflow::plan() const
{
    Plan p;
    p.card = true;
    p.photo = true;
    p.pinStatus = true; // the clerk sees the tries left before clearing them
    return p;
}

void PinUnblockWorkflow::execute()
{
    runOnCard([](CitizenCardService& card, const QByteArray& cardId) { return card.unblockPin(cardId); });
}

} // namespace carddesk
