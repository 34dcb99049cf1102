#include "app/operators/OperatorAccounts.h"

#include "app/audit/AuditChain.h"
#include "app/store/LocalStore.h"
#include "app/store/StoreError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace carddesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OperatorAccounts", text);
}
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
constexpr int kSaltSize = 16;
constexpr int kHashSize = 32;

AuditEntryFields accountEvent(const QString& eventType, bool success, const QString& result,
                              const OperatorContext& by, const QJsonObject& details)
{
    AuditEntryFields f;
    f.eventType = eventType;
    f.success = success;
    f.resultCode = result;
    f.operatorId = by.operatorId;
    f.role = by.role;
    f.terminalId = by.terminalId;
    f.branchId = by.branchId;
    f.trainingMode = by.trainingMode;
    f.details = details;
    return f;
}

OperatorAccount accountFrom(const QSqlQuery& q)
{
    // Column order of kAccountColumns.
    OperatorAccount a;
    a.operatorId = q.value(0).toString();
    a.displayName = q.value(1).toString();
    a.role = q.value(2).toString();
    a.branchId = q.value(3).toString();
    a.disabled = q.value(4).toInt() != 0;
    a.locked = q.value(5).toInt() != 0;
    a.failedLogins = q.value(6).toInt();
    a.hasPassword = !q.value(7).isNull();
    a.lastLoginUtc = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    return a;
}
const char* const kAccountColumns =
    "operator_id, display_name, role, branch_id, disabled, locked, failed_logins, "
    "password_hash, last_login_utc";

} // namespace

OperatorAccounts::OperatorAccounts(LocalStore& store, int iterations, int maxFailures)
    : m_store(store)
    , m_iterations(iterations > 0 ? iterations : 600000)
    , m_maxFailures(maxFailures > 0 ? maxFailures : 5)
{}

const QStringList& OperatorAccounts::roles()
{
    // auditor: read-only in the supervisor's console (app/supervision/SupervisorAccess), no counter services.
    static const QStringList kRoles{QStringLiteral("clerk"), QStringLiteral("teller"),
                                    QStringLiteral("supervisor"), QStringLiteral("administrator"),
                                    QStringLiteral("auditor")};
    return kRoles;
}

bool OperatorAccounts::isValidRole(const QString& role)
{
    return roles().contains(role);
}

QByteArray OperatorAccounts::hashPassword(const SecureBuffer& password, const QByteArray& salt,
                                          int iterations)
{
    QByteArray out(kHashSize, '\0');
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "PBKDF2", nullptr);
    EVP_KDF_CTX* ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    unsigned int iter = static_cast<unsigned int>(iterations);
    // SecureBuffer::data() is the buffer itself: no copy of the password is made here.
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                                          const_cast<unsigned char*>(password.data()), password.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.constData()),
                                          salt.size()),
        OSSL_PARAM_construct_uint(OSSL_KDF_PARAM_ITER, &iter),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char*>("SHA256"), 0),
        OSSL_PARAM_construct_end(),
    };
    const bool ok =
        ctx && EVP_KDF_derive(ctx, reinterpret_cast<unsigned char*>(out.data()), out.size(), params) == 1;
    EVP_KDF_CTX_free(ctx);
    return ok ? out : QByteArray();
}

bool OperatorAccounts::needsFirstAdministrator()
{
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM operators WHERE role = 'administrator' AND disabled = 0 "
                              "AND password_hash IS NOT NULL")) &&
        q.next())
        return q.value(0).toInt() == 0;
    return false;
}

bool OperatorAccounts::createFirstAdministrator(const QString& operatorId, const QString& displayName,
                                                const SecureBuffer& password, const OperatorContext& where,
                                                QString* error)
{
    OperatorAccount a;
    a.operatorId = operatorId;
    a.displayName = displayName;
    a.role = QStringLiteral("administrator");
    a.branchId = where.branchId;
    OperatorContext by = where;
    by.operatorId = operatorId;
    by.role = a.role;
    return insertAccount(a, password, by, QStringLiteral("first-administrator-created"), true, error);
}

bool OperatorAccounts::addOperator(const OperatorAccount& account, const SecureBuffer& password,
                                   const OperatorContext& by, QString* error)
{
    return insertAccount(account, password, by, QStringLiteral("operator-added"), false, error);
}

bool OperatorAccounts::insertAccount(const OperatorAccount& account, const SecureBuffer& password,
                                     const OperatorContext& by, const QString& eventType,
                                     bool onlyIfNoAdministrator, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QString id = account.operatorId.trimmed();
    if (id.isEmpty() || id.contains(QLatin1Char(' ')))
        return fail(tr("an operator id must be one word"));
    if (!isValidRole(account.role))
        return fail(
            tr("unknown role '%1': use clerk, teller, supervisor or administrator").arg(account.role));
    if (password.size() < static_cast<std::size_t>(MinimumPasswordLength))
        return fail(tr("the password must have at least %1 characters").arg(MinimumPasswordLength));
    QByteArray salt(kSaltSize, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), salt.size());
    // The slow KDF runs before the write lock is taken, so other writers are not held up.
    const QByteArray hash = hashPassword(password, salt, m_iterations);
    if (hash.isEmpty())
        return fail(tr("the password could not be hashed"));
    LocalStore::WriteTransaction t(m_store);
    if (!t.ok())
        return fail(t.error());
    QSqlQuery q(t.db());
    if (onlyIfNoAdministrator) {
        if (!q.exec(
                QStringLiteral("SELECT COUNT(*) FROM operators WHERE role = 'administrator' AND disabled = 0 "
                               "AND password_hash IS NOT NULL")) ||
            !q.next())
            return fail(describeSqlError(q.lastError()));
        if (q.value(0).toInt() != 0)
            return fail(tr("an administrator already exists"));
    }
    q.prepare(QStringLiteral("SELECT 1 FROM operators WHERE operator_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(describeSqlError(q.lastError()));
    if (q.next())
        return fail(tr("operator %1 already exists").arg(id));
    q.prepare(QStringLiteral("INSERT INTO operators(operator_id, display_name, role, branch_id, disabled, "
                             "password_salt, password_hash, password_iterations, created_utc, updated_utc) "
                             "VALUES(?,?,?,?,0,?,?,?,?,?)"));
    q.addBindValue(id);
    q.addBindValue(account.displayName);
    q.addBindValue(account.role);
    q.addBindValue(account.branchId);
    q.addBindValue(salt);
    q.addBindValue(hash);
    q.addBindValue(m_iterations);
    q.addBindValue(nowText());
    q.addBindValue(nowText());
    if (!q.exec())
        return fail(describeSqlError(q.lastError()));
    QString why;
    if (!m_store.appendAudit(t.db(),
                             accountEvent(eventType, true, QStringLiteral("ok"), by,
                                          QJsonObject{{"account", id}, {"role", account.role}}),
                             &why))
        return fail(why);
    if (!t.commit())
        return fail(t.error());
    return true;
}

QList<OperatorAccount> OperatorAccounts::list()
{
    QList<OperatorAccount> out;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM operators ORDER BY operator_id")
                    .arg(QLatin1String(kAccountColumns))))
        return out;
    while (q.next())
        out << accountFrom(q);
    return out;
}

std::optional<OperatorAccount> OperatorAccounts::find(const QString& operatorId)
{
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT %1 FROM operators WHERE operator_id = ?").arg(QLatin1String(kAccountColumns)));
    q.addBindValue(operatorId.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return accountFrom(q);
}

bool OperatorAccounts::setDisabled(const QString& operatorId, bool disabled, const OperatorContext& by,
                                   QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    LocalStore::WriteTransaction t(m_store);
    if (!t.ok())
        return fail(t.error());
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("UPDATE operators SET disabled = ?, updated_utc = ? WHERE operator_id = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(nowText());
    q.addBindValue(operatorId.trimmed());
    if (!q.exec())
        return fail(describeSqlError(q.lastError()));
    if (q.numRowsAffected() != 1)
        return fail(tr("no operator %1").arg(operatorId));
    QString why;
    if (!m_store.appendAudit(
            t.db(),
            accountEvent(disabled ? QStringLiteral("operator-disabled") : QStringLiteral("operator-enabled"),
                         true, QStringLiteral("ok"), by, QJsonObject{{"account", operatorId.trimmed()}}),
            &why))
        return fail(why);
    if (!t.commit())
        return fail(t.error());
    return true;
}

bool OperatorAccounts::resetPassword(const QString& operatorId, const SecureBuffer& newPassword,
                                     const OperatorContext& by, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (newPassword.size() < static_cast<std::size_t>(MinimumPasswordLength))
        return fail(tr("the password must have at least %1 characters").arg(MinimumPasswordLength));
    QByteArray salt(kSaltSize, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), salt.size());
    const QByteArray hash = hashPassword(newPassword, salt, m_iterations);
    if (hash.isEmpty())
        return fail(tr("the password could not be hashed"));
    LocalStore::WriteTransaction t(m_store);
    if (!t.ok())
        return fail(t.error());
    QSqlQuery q(t.db());
    q.prepare(
        QStringLiteral("UPDATE operators SET password_salt = ?, password_hash = ?, password_iterations = ?, "
                       "failed_logins = 0, locked = 0, updated_utc = ? WHERE operator_id = ?"));
    q.addBindValue(salt);
    q.addBindValue(hash);
    q.addBindValue(m_iterations);
    q.addBindValue(nowText());
    q.addBindValue(operatorId.trimmed());
    if (!q.exec())
        return fail(describeSqlError(q.lastError()));
    if (q.numRowsAffected() != 1)
        return fail(tr("no operator %1").arg(operatorId));
    QString why;
    if (!m_store.appendAudit(t.db(),
                             accountEvent(QStringLiteral("operator-password-reset"), true,
                                          QStringLiteral("ok"), by,
                                          QJsonObject{{"account", operatorId.trimmed()}}),
                             &why))
        return fail(why);
    if (!t.commit())
        return fail(t.error());
    return true;
}

LoginResult OperatorAccounts::authenticate(const QString& operatorId, const SecureBuffer& password,
                                           const OperatorContext& where, const QString& purpose)
{
    LoginResult result;
    const QString id = operatorId.trimmed();
    QByteArray salt;
    QByteArray expected;
    int iterations = m_iterations;
    std::optional<OperatorAccount> account;
    {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral(
                      "SELECT %1, password_salt, password_iterations FROM operators WHERE operator_id = ?")
                      .arg(QLatin1String(kAccountColumns)));
        q.addBindValue(id);
        if (q.exec() && q.next()) {
            account = accountFrom(q);
            expected = q.value(7).toByteArray();
            salt = q.value(9).toByteArray();
            iterations = q.value(10).toInt();
        }
    }
    // Unknown names cost the same KDF as known ones, so timing does not tell which names exist.
    if (salt.isEmpty())
        salt = QByteArray(kSaltSize, '\0');
    const QByteArray computed = hashPassword(password, salt, iterations > 0 ? iterations : m_iterations);
    const bool passwordOk = account && expected.size() == kHashSize && computed.size() == kHashSize &&
                            CRYPTO_memcmp(expected.constData(), computed.constData(), kHashSize) == 0;

    QString resultCode = QStringLiteral("ok");
    if (!account || !account->hasPassword)
        resultCode = QStringLiteral("unknown-or-no-password");
    else if (account->disabled)
        resultCode = QStringLiteral("disabled");
    else if (account->locked)
        resultCode = QStringLiteral("locked");
    else if (!passwordOk)
        resultCode = QStringLiteral("wrong-password");
    const bool ok = resultCode == QLatin1String("ok");

    LocalStore::WriteTransaction t(m_store);
    if (!t.ok()) {
        result.error = t.error();
        return result;
    }
    bool lockedNow = false;
    if (account && account->hasPassword && !account->disabled && !account->locked) {
        QSqlQuery u(t.db());
        if (ok) {
            u.prepare(QStringLiteral(
                "UPDATE operators SET failed_logins = 0, last_login_utc = ? WHERE operator_id = ?"));
            u.addBindValue(nowText());
            u.addBindValue(id);
        } else {
            lockedNow = account->failedLogins + 1 >= m_maxFailures;
            u.prepare(QStringLiteral("UPDATE operators SET failed_logins = failed_logins + 1, locked = ? "
                                     "WHERE operator_id = ?"));
            u.addBindValue(lockedNow ? 1 : 0);
            u.addBindValue(id);
        }
        if (!u.exec()) {
            result.error = describeSqlError(u.lastError());
            return result;
        }
    }
    OperatorContext who = where;
    who.operatorId = id;
    who.role = account ? account->role : QString();
    QJsonObject details;
    if (lockedNow)
        details.insert(QStringLiteral("lockedOut"), true);
    QString why;
    if (!m_store.appendAudit(
            t.db(),
            accountEvent(ok ? purpose : purpose + QStringLiteral("-failed"), ok, resultCode, who, details),
            &why)) {
        result.error = why;
        return result;
    }
    if (!t.commit()) {
        result.error = t.error();
        return result;
    }
    result.ok = ok;
    result.lockedOut = lockedNow || (account && account->locked);
    if (account) {
        result.account = *account;
        result.account.locked = result.lockedOut;
    }
    if (!ok) {
        if (result.lockedOut)
            result.error =
                tr("this account is locked after too many failed attempts: an administrator must reset "
                   "its password");
        else if (account && account->disabled)
            result.error = tr("this account is disabled");
        else
            result.error = tr("wrong operator name or password");
    }
    return result;
}

} // namespace carddesk
