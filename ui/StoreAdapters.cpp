#include "ui/StoreAdapters.h"

#include "app/identity/IdNumber.h"
#include "app/operators/OperatorAccounts.h"
#include "app/store/LocalStore.h"
#include "app/supervision/SupervisorActions.h"

namespace carddesk::ui {

AccountsSignIn::AccountsSignIn(OperatorAccounts& accounts, QString branchId, QString terminalId,
                               bool trainingMode)
    : m_accounts(accounts)
    , m_branchId(std::move(branchId))
    , m_terminalId(std::move(terminalId))
    , m_training(trainingMode)
{}

SignInResult AccountsSignIn::check(const QString& operatorId, const SecureBuffer& password,
                                   const QString& purpose)
{
    OperatorContext where;
    where.branchId = m_branchId;
    where.terminalId = m_terminalId;
    where.trainingMode = m_training;
    const LoginResult login = m_accounts.authenticate(operatorId, password, where, purpose);
    SignInResult r;
    r.ok = login.ok;
    r.error = login.error;
    if (login.ok) {
        r.op.operatorId = login.account.operatorId;
        r.op.role = login.account.role;
        r.op.branchId = login.account.branchId.isEmpty() ? m_branchId : login.account.branchId;
        r.op.terminalId = m_terminalId;
        r.op.trainingMode = m_training;
        r.displayName = login.account.displayName;
    }
    return r;
}

SignInResult AccountsSignIn::signIn(const QString& operatorId, const SecureBuffer& password)
{
    return check(operatorId, password, QStringLiteral("login"));
}

SignInResult AccountsSignIn::unlock(const QString& operatorId, const SecureBuffer& password)
{
    return check(operatorId, password, QStringLiteral("unlock"));
}

StoreApprovalQueue::StoreApprovalQueue(LocalStore& store)
    : m_store(store)
{}

QString StoreApprovalQueue::fileRequest(const ApprovalRequest& request, QString* error)
{
    RemoteApprovalRequest r;
    r.service = serviceTypeName(request.service);
    r.reason = request.reason;
    r.operationId = request.operationId;
    r.holderIdNumber = request.holderIdNumber; // masked by the store before it is written
    return SupervisorActions::requestApproval(m_store, request.requestedBy, r, error).value_or(QString());
}

RemoteApprovalDecision StoreApprovalQueue::decision(const QString& requestId, QString* error)
{
    return m_store.approvalDecision(requestId, error);
}

bool StoreApprovalQueue::withdraw(const QString& requestId, const OperatorContext& by, QString* error)
{
    return SupervisorActions::withdrawApproval(m_store, by, requestId, error);
}

StoreReissueTracker::StoreReissueTracker(LocalStore& store)
    : m_store(store)
{}

QList<ReissueTracking> StoreReissueTracker::reissues(bool openOnly)
{
    return m_store.reissues(openOnly);
}

std::optional<ReissueTracking> StoreReissueTracker::tracking(const QUuid& operationId)
{
    return m_store.reissueTracking(operationId);
}

bool StoreReissueTracker::advance(const QUuid& operationId, ReissueStatus to, const OperatorContext& by,
                                  const QString& note, QString* error)
{
    return m_store.advanceReissue(operationId, to, by, note, error);
}

StoreHistory::StoreHistory(LocalStore& store)
    : m_store(store)
{}

QList<HistoryEntry> StoreHistory::recent(const QString& filter, int limit)
{
    QList<HistoryEntry> out;
    const QList<OperationSummary> summaries = m_store.recentOperations(limit);
    for (const OperationSummary& s : summaries) {
        HistoryEntry e;
        e.timeUtc = s.createdUtc;
        e.service = serviceTypeFromName(s.service).value_or(ServiceType::PinReset);
        e.maskedIdNumber = s.maskedHolderIdNumber;
        e.success = s.success;
        e.operationId = s.id;
        if (e.service == ServiceType::Reissue && s.success)
            if (const std::optional<ReissueTracking> t = m_store.reissueTracking(s.id))
                e.reissueStatus = t->status;
        if (const std::optional<OperationRecord> rec = m_store.operation(s.id)) {
            // Only what a list may show: the record's full ID number is masked here and goes no further.
            e.maskedIdNumber = IdNumber::mask(rec->holderIdNumber);
            e.holderName = rec->holderName;
            e.cardNumber = rec->cardNumber;
            e.resultCode = rec->resultCode;
            e.operatorId = rec->op.operatorId;
            if (rec->timeUtc.isValid())
                e.timeUtc = rec->timeUtc;
        }
        // The store numbers operations <counter>-<yyyyMMdd UTC>-<sequence>.
        e.operationNumber =
            QStringLiteral("%1-%2-%3")
                .arg(m_store.options().counterId, e.timeUtc.toUTC().toString(QStringLiteral("yyyyMMdd")))
                .arg(s.sequence, 6, 10, QLatin1Char('0'));
        if (!filter.isEmpty()) {
            const QString hay = e.operationNumber + QLatin1Char(' ') + e.maskedIdNumber + QLatin1Char(' ') +
                                e.holderName + QLatin1Char(' ') + e.cardNumber;
            if (!hay.contains(filter, Qt::CaseInsensitive))
                continue;
        }
        out << e;
    }
    return out;
}

int StoreHistory::countToday()
{
    const QDate today = QDate::currentDate();
    int n = 0;
    const QList<OperationSummary> summaries = m_store.recentOperations(1000);
    for (const OperationSummary& s : summaries)
        if (s.createdUtc.toLocalTime().date() == today)
            ++n;
    return n;
}

} // namespace carddesk::ui
