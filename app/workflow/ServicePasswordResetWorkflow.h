#pragma once

#include "app/workflow/ServiceWorkflow.h"

namespace carddesk {

// The 12333 / online service password lives at the agency, not on the card: identity -> checks -> photo ->
// (approval) -> recorded as a reset request that syncs to the agency. Nothing is written to the card.
class ServicePasswordResetWorkflow : public ServiceWorkflow
{
    Q_OBJECT
public:
    ServicePasswordResetWorkflow(Representation representation, const WorkflowServices& services,
                                 const RegionProfile& profile, const OperatorContext& op,
                                 QObject* parent = nullptr)
        : ServiceWorkflow(ServiceType::ServicePasswordReset, representation, services, profile, op, parent)
    {}

protected:
    Plan plan() const override;
    void addReceiptLines(Receipt& receipt) const override;
};

} // namespace carddesk
