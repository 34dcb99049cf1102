#pragma once
// Who may do what in the supervisor's console. Checked here in app/ (not only by hiding widgets), so every
// entry point refuses a role that may not use it.

#include <QString>

namespace carddesk {

class SupervisorAccess
{
public:
    // supervisor, administrator; "auditor" (read-only) when an account carries that role.
    static bool canOpenConsole(const QString& role);
    // Approve/reject, mark anomalies reviewed, resolve dead letters: not read-only auditors.
    static bool canAct(const QString& role);
    // Evidence photos: supervisors and administrators (viewing is audited).
    static bool canViewPhotos(const QString& role);
    // Operator administration: administrators only.
    static bool canAdministerOperators(const QString& role);
};

} // namespace carddesk
