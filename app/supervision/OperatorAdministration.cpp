#include "app/supervision/OperatorAdministration.h"

#include "app/audit/AuditChain.h"
#include "app/store/LocalStore.h"
#include "app/supervision/SupervisorAccess.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace carddesk {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("OperatorAdministration", text);
}
} // namespace

OperatorAdministration::OperatorAdministration(LocalStore& store, OperatorContext administrator)
    : m_store(store)
    , m_by(std::move(administrator))
{}

bool OperatorAdministration::allowed()
{
    if (SupervisorAccess::canAdministerOperators(m_by.role))
        return true;
    m_error = tr("only an administrator may change operator accounts");
    AuditEventRecord e; // a refused attempt is worth a line in the chain too
    e.eventType = QStringLiteral("operator-change-refused");
    e.success = false;
    e.op = m_by;
    m_store.audit(e);
    return false;
}

QList<OperatorAccount> OperatorAdministration::list()
{
    if (!SupervisorAccess::canOpenConsole(m_by.role)) {
        m_error = tr("this role may not see operator accounts");
        return {};
    }
    return m_store.operators().list();
}

bool OperatorAdministration::create(const OperatorAccount& account, const SecureBuffer& password)
{
    return allowed() && m_store.operators().addOperator(account, password, m_by, &m_error);
}

bool OperatorAdministration::setDisabled(const QString& operatorId, bool disabled)
{
    if (!allowed())
        return false;
    if (operatorId == m_by.operatorId && disabled) {
        m_error = tr("an administrator cannot disable their own account");
        return false;
    }
    return m_store.operators().setDisabled(operatorId, disabled, m_by, &m_error);
}

bool OperatorAdministration::resetPassword(const QString& operatorId, const SecureBuffer& password)
{
    return allowed() && m_store.operators().resetPassword(operatorId, password, m_by, &m_error);
}

bool OperatorAdministration::assignRole(const QString& operatorId, const QString& role)
{
    if (!allowed())
        return false;
    if (!OperatorAccounts::isValidRole(role)) {
        m_error = tr("unknown role '%1'").arg(role);
        return false;
    }
    const auto account = m_store.operators().find(operatorId);
    if (!account) {
        m_error = tr("no operator '%1'").arg(operatorId);
        return false;
    }
    if (operatorId == m_by.operatorId && role != QLatin1String("administrator")) {
        m_error = tr("an administrator cannot take away their own administrator role");
        return false;
    }
    LocalStore::WriteTransaction t(m_store);
    if (!t.ok()) {
        m_error = t.error();
        return false;
    }
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("UPDATE operators SET role = ?, updated_utc = ? WHERE operator_id = ?"));
    q.addBindValue(role);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(operatorId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    AuditEntryFields f;
    f.timeUtc = QDateTime::currentDateTimeUtc();
    f.eventType = QStringLiteral("operator-role-changed");
    f.operatorId = m_by.operatorId;
    f.role = m_by.role;
    f.terminalId = m_by.terminalId;
    f.branchId = m_by.branchId;
    f.details = QJsonObject{{"account", operatorId}, {"oldRole", account->role}, {"newRole", role}};
    if (!m_store.appendAudit(t.db(), f, &m_error))
        return false;
    if (!t.commit()) {
        m_error = t.error();
        return false;
    }
    return true;
}

} // namespace carddesk
