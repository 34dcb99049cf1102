#pragma once

#include "app/workflow/ServiceWorkflow.h"

namespace carddesk {

// The chip PIN is blocked (or nearly): identity -> card and checks -> photo -> (approval) -> clear the try
// counter on the card (84 24 .. 00); the PIN itself stays.
class PinUnblockWorkflow : public ServiceWorkflow
{
    Q_OBJECT
public:
    PinUnblockWorkflow(Representation representation, const WorkflowServices& services,
                       const RegionProfile& profile, const OperatorContext& op, QObject* parent = nullptr)
        : ServiceWorkflow(ServiceType::PinUnblock, representation, services, profile, op, parent)
    {}

protected:
    Plan plan() const override;
    void execute() override;
};

} // namespace carddesk
