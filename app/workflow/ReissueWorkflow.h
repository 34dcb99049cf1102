#pragma once

#include "app/workflow/ServiceWorkflow.h"

namespace carddesk {

struct ReissueDetails
{
    enum class Reason
    {
        Lost, // the card must have been reported lost first
        Damaged,
        Other,
    };
    enum class Delivery
    {
        CollectAtBranch,
        Mail,
    };
    Reason reason = Reason::Lost;
    Delivery delivery = Delivery::CollectAtBranch;
    QString mailingAddress; // Mail only
    QString recipientName;  // Mail only; defaults to the holder
    QString phone;          // Mail only: for the courier
};

// Application for a replacement card: identity -> reference checks -> details (reason, delivery, mailing
// address) -> card photo (within the region's size limits) -> (approval) -> recorded for the agency with the
// region's fee and the tracking status "application received".
class ReissueWorkflow : public ServiceWorkflow
{
    Q_OBJECT
public:
    ReissueWorkflow(Representation representation, const WorkflowServices& services,
                    const RegionProfile& profile, const OperatorContext& op, QObject* parent = nullptr)
        : ServiceWorkflow(ServiceType::Reissue, representation, services, profile, op, parent)
    {}

    QString provideDetails(const ReissueDetails& details);
    const ReissueDetails& details() const { return m_details; }
    // Today plus the region's print cycle in working days (weekends skipped; holidays are not known here).
    QDate expectedReadyDate() const;

protected:
    Plan plan() const override;
    bool checkReference(QString* code, QString* text) override;
    void addDetails(QJsonObject& details) const override;
    void addReceiptLines(Receipt& receipt) const override;

private:
    ReissueDetails m_details;
    QString m_cardStatus;
};

} // namespace carddesk
