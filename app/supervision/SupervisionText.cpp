#include "app/supervision/SupervisionText.h"

#include <QCoreApplication>

#include <utility>

namespace carddesk::supervisiontext {

namespace {
struct Entry
{
    const char* code;
    const char* text;
};

// One context for all of them ("SupervisionText"), so the tables below are what lupdate extracts.
template <std::size_t N> QString lookup(const Entry (&table)[N], const QString& code)
{
    for (const Entry& e : table)
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("SupervisionText", e.text);
    return code;
}

const Entry kServices[] = {
    {"pin-reset", QT_TRANSLATE_NOOP("SupervisionText", "PIN reset")},
    {"pin-change", QT_TRANSLATE_NOOP("SupervisionText", "PIN change")},
    {"pin-unblock", QT_TRANSLATE_NOOP("SupervisionText", "PIN unblock")},
    {"loss-report", QT_TRANSLATE_NOOP("SupervisionText", "Loss report")},
    {"reissue", QT_TRANSLATE_NOOP("SupervisionText", "Card reissue")},
    {"service-password-reset", QT_TRANSLATE_NOOP("SupervisionText", "Service password reset")},
    {"ecert-password-reset", QT_TRANSLATE_NOOP("SupervisionText", "E-certificate password reset")},
};

const Entry kEvents[] = {
    {"login", QT_TRANSLATE_NOOP("SupervisionText", "Sign-in")},
    {"login-failed", QT_TRANSLATE_NOOP("SupervisionText", "Failed sign-in")},
    {"approval-sign-in", QT_TRANSLATE_NOOP("SupervisionText", "Supervisor sign-in for approval")},
    {"approval-sign-in-failed",
     QT_TRANSLATE_NOOP("SupervisionText", "Failed supervisor sign-in for approval")},
    {"approval", QT_TRANSLATE_NOOP("SupervisionText", "Approved at the counter")},
    {"approval-refused", QT_TRANSLATE_NOOP("SupervisionText", "Approval refused (role)")},
    {"approval-requested", QT_TRANSLATE_NOOP("SupervisionText", "Approval requested")},
    {"approval-granted", QT_TRANSLATE_NOOP("SupervisionText", "Approval granted")},
    {"approval-rejected", QT_TRANSLATE_NOOP("SupervisionText", "Approval rejected")},
    {"approval-withdrawn", QT_TRANSLATE_NOOP("SupervisionText", "Approval request withdrawn")},
    {"name-mismatch-override", QT_TRANSLATE_NOOP("SupervisionText", "Name mismatch overridden")},
    {"photo-manual-capture", QT_TRANSLATE_NOOP("SupervisionText", "Photo captured manually")},
    {"photo-viewed", QT_TRANSLATE_NOOP("SupervisionText", "Evidence photo viewed")},
    {"photo-view-refused", QT_TRANSLATE_NOOP("SupervisionText", "Evidence photo refused")},
    {"anomaly-review", QT_TRANSLATE_NOOP("SupervisionText", "Anomaly reviewed")},
    {"audit-export", QT_TRANSLATE_NOOP("SupervisionText", "Audit log exported")},
    {"audit-verify", QT_TRANSLATE_NOOP("SupervisionText", "Audit chain verified")},
    {"console-refused", QT_TRANSLATE_NOOP("SupervisionText", "Console access refused")},
    {"dead-letter-acknowledged", QT_TRANSLATE_NOOP("SupervisionText", "Dead letter acknowledged")},
    {"first-administrator-created", QT_TRANSLATE_NOOP("SupervisionText", "First administrator created")},
    {"operator-added", QT_TRANSLATE_NOOP("SupervisionText", "Operator added")},
    {"operator-disabled", QT_TRANSLATE_NOOP("SupervisionText", "Operator disabled")},
    {"operator-enabled", QT_TRANSLATE_NOOP("SupervisionText", "Operator enabled")},
    {"operator-password-reset", QT_TRANSLATE_NOOP("SupervisionText", "Operator password reset")},
    {"operator-role-changed", QT_TRANSLATE_NOOP("SupervisionText", "Operator role changed")},
    {"operator-change-refused", QT_TRANSLATE_NOOP("SupervisionText", "Operator change refused")},
    {"settings-change", QT_TRANSLATE_NOOP("SupervisionText", "Settings changed")},
    {"sync-rejected", QT_TRANSLATE_NOOP("SupervisionText", "Refused by the agency")},
};

const Entry kRoles[] = {
    //: operator role: front-desk clerk
    {"clerk", QT_TRANSLATE_NOOP("SupervisionText", "Clerk")},
    //: operator role: counter teller
    {"teller", QT_TRANSLATE_NOOP("SupervisionText", "Teller")},
    {"supervisor", QT_TRANSLATE_NOOP("SupervisionText", "Supervisor")},
    {"administrator", QT_TRANSLATE_NOOP("SupervisionText", "Administrator")},
    //: operator role: read-only reviewer of the audit log
    {"auditor", QT_TRANSLATE_NOOP("SupervisionText", "Auditor")},
    //: who made a change: the agency (经办机构), e.g. a reissue status that came through sync
    {"agency", QT_TRANSLATE_NOOP("SupervisionText", "Agency")},
};

const Entry kApprovalReasons[] = {
    //: why approval is needed: someone acts for the card holder
    {"proxy", QT_TRANSLATE_NOOP("SupervisionText", "Agent acting for the holder")},
    //: why approval is needed: a guardian acts for a minor or ward
    {"guardian", QT_TRANSLATE_NOOP("SupervisionText", "Guardian acting for the holder")},
    {"name-mismatch", QT_TRANSLATE_NOOP("SupervisionText", "Name on the card differs from the ID")},
    {"manual-photo", QT_TRANSLATE_NOOP("SupervisionText", "Photo captured manually")},
    {"manual-id-entry", QT_TRANSLATE_NOOP("SupervisionText", "ID number typed in by hand")},
};

const Entry kApprovalStates[] = {
    //: state of an approval request
    {"pending", QT_TRANSLATE_NOOP("SupervisionText", "Waiting")},
    //: state of an approval request
    {"approved", QT_TRANSLATE_NOOP("SupervisionText", "Approved")},
    //: state of an approval request
    {"rejected", QT_TRANSLATE_NOOP("SupervisionText", "Rejected")},
    //: state of an approval request: the counter took it back
    {"withdrawn", QT_TRANSLATE_NOOP("SupervisionText", "Withdrawn")},
};

const Entry kResults[] = {
    //: result of an operation
    {"ok", QT_TRANSLATE_NOOP("SupervisionText", "OK")},
    {"wrong-pin", QT_TRANSLATE_NOOP("SupervisionText", "Wrong PIN")},
    {"pin-blocked", QT_TRANSLATE_NOOP("SupervisionText", "PIN blocked")},
    {"conditions-not-satisfied", QT_TRANSLATE_NOOP("SupervisionText", "Card refused: conditions not met")},
    {"security-status-not-satisfied", QT_TRANSLATE_NOOP("SupervisionText", "Card refused: not authorised")},
    {"reference-data-invalid", QT_TRANSLATE_NOOP("SupervisionText", "Card data invalid")},
    {"mac-invalid", QT_TRANSLATE_NOOP("SupervisionText", "Secure messaging check failed")},
    {"application-locked", QT_TRANSLATE_NOOP("SupervisionText", "Card application locked")},
    {"wrong-card", QT_TRANSLATE_NOOP("SupervisionText", "Wrong card")},
    {"no-card", QT_TRANSLATE_NOOP("SupervisionText", "No card")},
    {"card-removed", QT_TRANSLATE_NOOP("SupervisionText", "Card removed")},
    {"no-reader", QT_TRANSLATE_NOOP("SupervisionText", "No reader")},
    {"reader-busy", QT_TRANSLATE_NOOP("SupervisionText", "Reader busy")},
    {"transport", QT_TRANSLATE_NOOP("SupervisionText", "Reader communication error")},
    {"sam-unavailable", QT_TRANSLATE_NOOP("SupervisionText", "Security module unavailable")},
    {"sam-error", QT_TRANSLATE_NOOP("SupervisionText", "Security module error")},
    {"pinpad-cancelled", QT_TRANSLATE_NOOP("SupervisionText", "Cancelled on the PIN pad")},
    {"pinpad-timeout", QT_TRANSLATE_NOOP("SupervisionText", "PIN pad timed out")},
    //: result of an operation
    {"cancelled", QT_TRANSLATE_NOOP("SupervisionText", "Cancelled")},
    {"card-changed-not-recorded", QT_TRANSLATE_NOOP("SupervisionText", "Card changed but not recorded")},
    {"wrong-password", QT_TRANSLATE_NOOP("SupervisionText", "Wrong password")},
    //: result of a sign-in: the account is locked
    {"locked", QT_TRANSLATE_NOOP("SupervisionText", "Locked")},
    //: result of a sign-in: the account is disabled
    {"disabled", QT_TRANSLATE_NOOP("SupervisionText", "Disabled")},
    {"unknown-or-no-password", QT_TRANSLATE_NOOP("SupervisionText", "Unknown account or no password")},
    //: result: refused because of the operator's role
    {"role", QT_TRANSLATE_NOOP("SupervisionText", "Role not allowed")},
    //: result: refused (by the agency or a supervisor)
    {"rejected", QT_TRANSLATE_NOOP("SupervisionText", "Refused")},
    //: result code missing or not known
    {"unknown", QT_TRANSLATE_NOOP("SupervisionText", "Unknown")},
};

const Entry kRules[] = {
    {"resets-per-hour", QT_TRANSLATE_NOOP("SupervisionText", "Many resets by one operator in an hour")},
    {"card-resets-per-day", QT_TRANSLATE_NOOP("SupervisionText", "Same card reset more than once a day")},
    {"outside-hours", QT_TRANSLATE_NOOP("SupervisionText", "Outside opening hours")},
    {"override-rate", QT_TRANSLATE_NOOP("SupervisionText", "Many name-mismatch overrides")},
    {"manual-photo-rate", QT_TRANSLATE_NOOP("SupervisionText", "Many manual photo captures")},
    {"failed-logins", QT_TRANSLATE_NOOP("SupervisionText", "Failed sign-ins in a row")},
};
} // namespace

QString service(const QString& code)
{
    return lookup(kServices, code);
}

QString event(const QString& code)
{
    static const QLatin1String kOperation("operation:");
    if (code.startsWith(kOperation))
        return service(code.mid(kOperation.size()));
    return lookup(kEvents, code);
}

QString role(const QString& code)
{
    return lookup(kRoles, code);
}

QString approvalReason(const QString& code)
{
    const QString reason = lookup(kApprovalReasons, code);
    return reason != code ? reason : service(code);
}

QString approvalState(const QString& code)
{
    return lookup(kApprovalStates, code);
}

QString result(const QString& code)
{
    return lookup(kResults, code);
}

QString anomalyRule(const QString& code)
{
    return lookup(kRules, code);
}

QString withCode(const QString& label, const QString& code)
{
    if (label == code || code.isEmpty())
        return code;
    return QStringLiteral("%1 (%2)").arg(label, code);
}

} // namespace carddesk::supervisiontext
