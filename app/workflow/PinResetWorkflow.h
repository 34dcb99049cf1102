#pragma once

#include "app/workflow/ServiceWorkflow.h"

namespace carddesk {

// The citizen forgot the chip PIN: identity -> card and checks -> photo -> new PIN twice -> (approval) ->
// reset on the card (84 24 .. 01, MAC by the PSAM) -> record -> receipt.
class PinResetWorkflow : public ServiceWorkflow
{
    Q_OBJECT
public:
    PinResetWorkflow(Representation representation, const WorkflowServices& services,
                     const RegionProfile& profile, const OperatorContext& op, QObject* parent = nullptr)
        : ServiceWorkflow(ServiceType::PinReset, representation, services, profile, op, parent)
    {}

protected:
    Plan plan() const override;
    void execute() override;
};

} // namespace carddesk
