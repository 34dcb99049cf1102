#pragma once

#include "app/workflow/ServiceWorkflow.h"

namespace carddesk {

// The citizen knows the chip PIN and wants another: identity -> card and checks -> current PIN -> new PIN
// twice -> (approval) -> change on the card (80 5E) -> record. A wrong current PIN costs a try on the card.
class PinChangeWorkflow : public ServiceWorkflow
{
    Q_OBJECT
public:
    PinChangeWorkflow(Representation representation, const WorkflowServices& services,
                      const RegionProfile& profile, const OperatorContext& op, QObject* parent = nullptr)
        : ServiceWorkflow(ServiceType::PinChange, representation, services, profile, op, parent)
    {}

protected:
    Plan plan() const override;
    void execute() override;
};

} // namespace carddesk
