#include "app/workflow/WorkflowTypes.h"

namespace carddesk {

QString workflowStateName(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Idle:
        return QStringLiteral("idle");
    case WorkflowState::ReadingHolderDocument:
        return QStringLiteral("reading-holder-document");
    case WorkflowState::ReadingAgentDocument:
        return QStringLiteral("reading-agent-document");
    case WorkflowState::AwaitingAuthorisation:
        return QStringLiteral("awaiting-authorisation");
    case WorkflowState::ReadingCard:
        return QStringLiteral("reading-card");
    case WorkflowState::Checking:
        return QStringLiteral("checking");
    case WorkflowState::AwaitingNameConfirmation:
        return QStringLiteral("awaiting-name-confirmation");
    case WorkflowState::AwaitingDetails:
        return QStringLiteral("awaiting-details");
    case WorkflowState::AwaitingPhoto:
        return QStringLiteral("awaiting-photo");
    case WorkflowState::EnteringCurrentPin:
        return QStringLiteral("entering-current-pin");
    case WorkflowState::EnteringNewPin:
        return QStringLiteral("entering-new-pin");
    case WorkflowState::ConfirmingNewPin:
        return QStringLiteral("confirming-new-pin");
    case WorkflowState::AwaitingApproval:
        return QStringLiteral("awaiting-approval");
    case WorkflowState::Executing:
        return QStringLiteral("executing");
    case WorkflowState::Recording:
        return QStringLiteral("recording");
    case WorkflowState::NotRecorded:
        return QStringLiteral("not-recorded");
    case WorkflowState::Done:
        return QStringLiteral("done");
    case WorkflowState::Failed:
        return QStringLiteral("failed");
    case WorkflowState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool isTerminal(WorkflowState state)
{
    return state == WorkflowState::Done || state == WorkflowState::Failed ||
           state == WorkflowState::Cancelled;
}

QString WorkflowText::serviceTitle(ServiceType service)
{
    switch (service) {
    case ServiceType::PinReset:
        return tr("Reset the chip PIN (forgotten PIN)");
    case ServiceType::PinChange:
        return tr("Change the chip PIN");
    case ServiceType::PinUnblock:
        return tr("Unblock the chip PIN");
    case ServiceType::LossReport:
        return tr("Report the card lost");
    case ServiceType::Reissue:
        return tr("Apply for a replacement card");
    case ServiceType::ServicePasswordReset:
        return tr("Reset the service password (12333, online services)");
    case ServiceType::ECertificatePasswordReset:
        return tr("Reset the medical insurance electronic certificate password");
    }
    return {};
}

QString WorkflowText::secretChanged(ServiceType service)
{
    switch (service) {
    case ServiceType::PinReset:
    case ServiceType::PinChange:
        return tr("Chip PIN of the social security application (on the card)");
    case ServiceType::PinUnblock:
        return tr("Chip PIN try counter cleared (the PIN itself is unchanged)");
    case ServiceType::ServicePasswordReset:
        return tr("Service password (12333, online services): reset requested from the agency");
    case ServiceType::ECertificatePasswordReset:
        return tr("Medical insurance electronic certificate password: reset requested from the agency");
    case ServiceType::LossReport:
    case ServiceType::Reissue:
        return {};
    }
    return {};
}

QString WorkflowText::reissueStatusText(ReissueStatus status)
{
    switch (status) {
    case ReissueStatus::ApplicationReceived:
        return tr("Application received");
    case ReissueStatus::InProduction:
        return tr("Card being printed");
    case ReissueStatus::ReadyForCollection:
        return tr("Ready for collection");
    case ReissueStatus::Mailed:
        return tr("Mailed");
    case ReissueStatus::Collected:
        return tr("Collected");
    case ReissueStatus::Delivered:
        //: A mailed replacement card reached the citizen.
        return tr("Delivered");
    case ReissueStatus::Cancelled:
        //: A card reissue application was cancelled.
        return tr("Cancelled");
    }
    return {};
}

QString WorkflowText::stateText(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Idle:
        return tr("Not started");
    case WorkflowState::ReadingHolderDocument:
        return tr("Place the holder's ID card on the ID reader");
    case WorkflowState::ReadingAgentDocument:
        return tr("Place the agent's ID card on the ID reader");
    case WorkflowState::AwaitingAuthorisation:
        return tr("Scan the authorisation or proof of guardianship");
    case WorkflowState::ReadingCard:
        return tr("Reading the social security card");
    case WorkflowState::Checking:
        return tr("Checking the reference data");
    case WorkflowState::AwaitingNameConfirmation:
        return tr("The names differ: compare them and confirm");
    case WorkflowState::AwaitingDetails:
        return tr("Enter the details of the application");
    case WorkflowState::AwaitingPhoto:
        return tr("Take the photo");
    case WorkflowState::EnteringCurrentPin:
        return tr("The citizen enters the current PIN");
    case WorkflowState::EnteringNewPin:
        return tr("The citizen enters the new PIN");
    case WorkflowState::ConfirmingNewPin:
        return tr("The citizen enters the new PIN again");
    case WorkflowState::AwaitingApproval:
        return tr("A supervisor must approve");
    case WorkflowState::Executing:
        return tr("Writing to the card");
    case WorkflowState::Recording:
        return tr("Recording the operation");
    case WorkflowState::NotRecorded:
        return tr("The card was changed but the operation is not recorded");
    case WorkflowState::Done:
        return tr("Done");
    case WorkflowState::Failed:
        return tr("Failed");
    case WorkflowState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace carddesk
