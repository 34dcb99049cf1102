#include "app/domain/ReissueStatus.h"

namespace carddesk {

QList<ReissueStatus> allReissueStatuses()
{
    return {ReissueStatus::ApplicationReceived,
            ReissueStatus::InProduction,
            ReissueStatus::ReadyForCollection,
            ReissueStatus::Mailed,
            ReissueStatus::Collected,
            ReissueStatus::Delivered,
            ReissueStatus::Cancelled};
}

QString reissueStatusName(ReissueStatus status)
{
    switch (status) {
    case ReissueStatus::ApplicationReceived:
        return QStringLiteral("application-received");
    case ReissueStatus::InProduction:
        return QStringLiteral("in-production");
    case ReissueStatus::ReadyForCollection:
        return QStringLiteral("ready-for-collection");
    case ReissueStatus::Mailed:
        return QStringLiteral("mailed");
    case ReissueStatus::Collected:
        return QStringLiteral("collected");
    case ReissueStatus::Delivered:
        return QStringLiteral("delivered");
    case ReissueStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ReissueStatus> reissueStatusFromName(const QString& name)
{
    for (ReissueStatus s : allReissueStatuses())
        if (reissueStatusName(s) == name)
            return s;
    return std::nullopt;
}

bool isFinalReissueStatus(ReissueStatus status)
{
    return status == ReissueStatus::Collected || status == ReissueStatus::Delivered ||
           status == ReissueStatus::Cancelled;
}

bool reissueTransitionAllowed(ReissueStatus from, ReissueStatus to)
{
    if (from == to || isFinalReissueStatus(from))
        return false;
    if (to == ReissueStatus::Cancelled)
        return true;
    // The two branches after production: collection at the branch, or mail.
    switch (from) {
    case ReissueStatus::ApplicationReceived:
    case ReissueStatus::InProduction:
        return to != ReissueStatus::ApplicationReceived;
    case ReissueStatus::ReadyForCollection:
        return to == ReissueStatus::Collected;
    case ReissueStatus::Mailed:
        return to == ReissueStatus::Delivered;
    default:
        return false;
    }
}

} // namespace carddesk
