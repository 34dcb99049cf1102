#pragma once
// Display names for the codes the audit log and the approvals table keep (event types, services, roles,
// approval reasons and states, result codes, anomaly rules). The codes stay in the data and in documented
// export columns; people read these. An unknown code is shown as it is.

#include <QString>

namespace carddesk::supervisiontext {

QString service(const QString& code);        // "pin-reset" -> 重置密码 / "PIN reset"
QString event(const QString& code);          // "operation:pin-reset", "login-failed", ...
QString role(const QString& code);           // "clerk", "auditor", ...
QString approvalReason(const QString& code); // "proxy", "name-mismatch", or a service code
QString approvalState(const QString& code);  // "pending", "approved", "rejected", "withdrawn"
QString result(const QString& code);         // "wrong-pin", "ok", ...
QString anomalyRule(const QString& code);    // "resets-per-hour", ...
// "label (code)" for exports whose columns document the codes; the code alone when it has no label.
QString withCode(const QString& label, const QString& code);

} // namespace carddesk::supervisiontext
