#pragma once
// Operator administration from the console: create, disable/enable, reset password, assign a role. Only an
// administrator may do any of it (checked here, whatever the UI shows); every change is an audit entry
// (OperatorAccounts audits its own changes; the role change is audited here in the same transaction).

#include "app/operators/OperatorAccounts.h"

namespace carddesk {

class OperatorAdministration
{
public:
    OperatorAdministration(LocalStore& store, OperatorContext administrator);

    QString lastError() const { return m_error; }
    QList<OperatorAccount> list();
    bool create(const OperatorAccount& account, const SecureBuffer& password);
    bool setDisabled(const QString& operatorId, bool disabled);
    bool resetPassword(const QString& operatorId, const SecureBuffer& password);
    bool assignRole(const QString& operatorId, const QString& role);

private:
    bool allowed();

    LocalStore& m_store;
    OperatorContext m_by;
    QString m_error;
};

} // namespace carddesk
