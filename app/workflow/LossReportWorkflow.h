#pragma once

#include "app/workflow/ServiceWorkflow.h"

namespace carddesk {

struct LossReportDetails
{
    QDateTime temporaryReportUtc; // when the citizen reported the loss by phone/online; invalid when not
    QString circumstances;        // free text, optional
};

// Formal loss report at the counter (the card is not here): identity -> reference checks (the cached card
// must not already be lost or cancelled) -> details (was there a temporary report, and is it within the
// region's deadline?) -> photo -> (approval) -> recorded for the agency, which blocks the card.
class LossReportWorkflow : public ServiceWorkflow
{
    Q_OBJECT
public:
    LossReportWorkflow(Representation representation, const WorkflowServices& services,
                       const RegionProfile& profile, const OperatorContext& op, QObject* parent = nullptr)
        : ServiceWorkflow(ServiceType::LossReport, representation, services, profile, op, parent)
    {}

    // AwaitingDetails: returns an empty string when accepted, else why not (the state stays).
    QString provideDetails(const LossReportDetails& details);
    // Whether a temporary report is confirmed within the deadline (false without one).
    bool temporaryReportInTime() const;

protected:
    Plan plan() const override;
    bool checkReference(QString* code, QString* text) override;
    void addDetails(QJsonObject& details) const override;
    void addReceiptLines(Receipt& receipt) const override;

private:
    LossReportDetails m_details;
};

} // namespace carddesk
