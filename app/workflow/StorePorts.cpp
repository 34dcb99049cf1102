#include "app/workflow/StorePorts.h"

namespace carddesk {

namespace {
constexpr ServiceType kServices[] = {ServiceType::PinReset,
                                     ServiceType::PinChange,
                                     ServiceType::PinUnblock,
                                     ServiceType::LossReport,
                                     ServiceType::Reissue,
                                     ServiceType::ServicePasswordReset,
                                     ServiceType::ECertificatePasswordReset};
} // namespace

QString serviceTypeName(ServiceType service)
{
    switch (service) {
    case ServiceType::PinReset:
        return QStringLiteral("pin-reset");
    case ServiceType::PinChange:
        return QStringLiteral("pin-change");
    case ServiceType::PinUnblock:
        return QStringLiteral("pin-unblock");
    case ServiceType::LossReport:
        return QStringLiteral("loss-report");
    case ServiceType::Reissue:
        return QStringLiteral("reissue");
    case ServiceType::ServicePasswordReset:
        return QStringLiteral("service-password-reset");
    case ServiceType::ECertificatePasswordReset:
        return QStringLiteral("ecert-password-reset");
    }
    return {};
}

std::optional<ServiceType> serviceTypeFromName(const QString& name)
{
    for (ServiceType s : kServices)
        if (serviceTypeName(s) == name)
            return s;
    return std::nullopt;
}

QString representationName(Representation r)
{
    switch (r) {
    case Representation::Self:
        return QStringLiteral("self");
    case Representation::Proxy:
        return QStringLiteral("proxy");
    case Representation::Guardian:
        return QStringLiteral("guardian");
    }
    return {};
}

} // namespace carddesk
