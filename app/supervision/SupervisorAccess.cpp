#include "app/supervision/SupervisorAccess.h"

namespace carddesk {

bool SupervisorAccess::canOpenConsole(const QString& role)
{
    return role == QLatin1String("supervisor") || role == QLatin1String("administrator") ||
           role == QLatin1String("auditor");
}

bool SupervisorAccess::canAct(const QString& role)
{
    return role == QLatin1String("supervisor") || role == QLatin1String("administrator");
}

bool SupervisorAccess::canViewPhotos(const QString& role)
{
    return canAct(role);
}

bool SupervisorAccess::canPerformServices(const QString& role)
{
    return role != QLatin1String("auditor");
}

bool SupervisorAccess::canAdministerOperators(const QString& role)
{
    return role == QLatin1String("administrator");
}

} // namespace carddesk
