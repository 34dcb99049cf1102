#pragma once
// Who may do what in the supervisor's console. Checked here in app/ (not only by hiding widgets), so every
// entry point refuses a role that may not use it.

#include <QString>

namespace carddesk {

class SupervisorAccess
{
public:
    // supervisor, administrator, auditor (read-only: the audit log and its details, verify, export, anomaly
    // flags with their review marks, the approvals queue and dead letters as lists, the dashboard).
    static bool canOpenConsole(const QString& role);
    // Approve/reject, mark anomalies reviewed, acknowledge dead letters, change the anomaly rules: not
    // auditors (they review the people who do these things).
    static bool canAct(const QString& role);
    // Evidence photos: supervisors and administrators (viewing is audited). Not auditors: the log says
    // that a photo exists and who viewed it; the face itself is personal data their review does not need.
    static bool canViewPhotos(const QString& role);
    // Card services at the counter: every role except the read-only auditor.
    static bool canPerformServices(const QString& role);
    // Operator administration: administrators only.
    static bool canAdministerOperators(const QString& role);
};

} // namespace carddesk
