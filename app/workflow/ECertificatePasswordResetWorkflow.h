#pragma once

#include "app/workflow/ServiceWorkflow.h"

namespace carddesk {

// The medical insurance electronic certificate password lives on the national platform: recorded as a reset
// request for the agency, like the service password. Nothing is written to the card.
class ECertificatePasswordResetWorkflow : public ServiceWorkflow
{
    Q_OBJECT
public:
    ECertificatePasswordResetWorkflow(Representation representation, const WorkflowServices& services,
                                      const RegionProfile& profile, const OperatorContext& op,
                                      QObject* parent = nullptr)
        : ServiceWorkflow(ServiceType::ECertificatePasswordReset, representation, services, profile, op,
                          parent)
    {}

protected:
    Plan plan() const override;
    void addReceiptLines(Receipt& receipt) const override;
};

} // namespace carddesk
