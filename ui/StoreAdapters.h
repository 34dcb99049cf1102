#pragma once
// The UI's small ports (UiServices.h) on the real service layer: sign-in through OperatorAccounts, the
// history through LocalStore's masked lists. No SQL here: only the store's public API.

#include "ui/UiServices.h"

namespace carddesk {
class LocalStore;
class OperatorAccounts;
} // namespace carddesk

namespace carddesk::ui {

class AccountsSignIn : public OperatorSignIn
{
public:
    AccountsSignIn(OperatorAccounts& accounts, QString branchId, QString terminalId, bool trainingMode);
    SignInResult signIn(const QString& operatorId, const SecureBuffer& password) override;
    SignInResult unlock(const QString& operatorId, const SecureBuffer& password) override;

private:
    SignInResult check(const QString& operatorId, const SecureBuffer& password, const QString& purpose);

    OperatorAccounts& m_accounts;
    QString m_branchId;
    QString m_terminalId;
    bool m_training;
};

// Remote approval through the supervisors' queue: files with SupervisorActions::requestApproval, reads the
// decision and withdraws through LocalStore.
class StoreApprovalQueue : public RemoteApprovalQueue
{
public:
    explicit StoreApprovalQueue(LocalStore& store);
    QString fileRequest(const ApprovalRequest& request, QString* error) override;
    RemoteApprovalDecision decision(const QString& requestId, QString* error) override;
    bool withdraw(const QString& requestId, const OperatorContext& by, QString* error) override;

private:
    LocalStore& m_store;
};

class StoreReissueTracker : public ReissueTracker
{
public:
    explicit StoreReissueTracker(LocalStore& store);
    QList<ReissueTracking> reissues(bool openOnly) override;
    std::optional<ReissueTracking> tracking(const QUuid& operationId) override;
    bool advance(const QUuid& operationId, ReissueStatus to, const OperatorContext& by, const QString& note,
                 QString* error) override;

private:
    LocalStore& m_store;
};

class StoreHistory : public OperationHistory
{
public:
    explicit StoreHistory(LocalStore& store);
    QList<HistoryEntry> recent(const QString& filter, int limit) override;
    int countToday() override;

private:
    LocalStore& m_store;
};

} // namespace carddesk::ui
