// Secrets that live at the agency, not on the card: the counter records a reset request that syncs.
#include "app/workflow/ECertificatePasswordResetWorkflow.h"
#include "app/workflow/ServicePasswordResetWorkflow.h"

namespace carddesk {

ServiceWorkflow::Plan ServicePasswordResetWorkflow::plan() const
{
    Plan p;
    p.photo = true;
    return p;
}

void ServicePasswordResetWorkflow::addReceiptLines(Receipt& receipt) const
{
    receipt.extraLines << qMakePair(tr("Next step"),
                                    tr("The agency resets the password and informs the holder through the "
                                       "registered mobile number."));
}

ServiceWorkflow::Plan ECertificatePasswordResetWorkflow::plan() const
{
    Plan p;
    p.photo = true;
    return p;
}

void ECertificatePasswordResetWorkflow::addReceiptLines(Receipt& receipt) const
{
    receipt.extraLines << qMakePair(
        tr("Next step"), tr("The holder sets a new electronic certificate password in the national "
                            "medical insurance app once the agency has processed the request."));
}

} // namespace carddesk
