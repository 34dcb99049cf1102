#pragma once
// The UI's small ports (UiServices.h) on the real service layer: sign-in through OperatorAccounts, the
// history through LocalStore's masked lists. No SQL here: only the store's public API.

#include "ui/UiServices.h"

namespace carddesk {
class LocalStore;
class OperatorAccounts;
}

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
