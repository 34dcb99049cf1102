#pragma once
// Operator accounts of the counter: roles, PBKDF2-HMAC-SHA256 password hashes (OpenSSL EVP_KDF, per-user
// salt, constant-time compare), lock-out after repeated failures, the idle-lock timeout, the first
// administrator. Every login, failed login and account change is an audit entry. See docs/local-store.md.

#include "app/workflow/StorePorts.h"
#include "smartcard/SecureBuffer.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace carddesk {

class LocalStore;

struct OperatorAccount
{
    QString operatorId;
    QString displayName;
    QString role; // "clerk", "teller", "supervisor", "administrator", "auditor" (read-only console)
    QString branchId;
    bool disabled = false;
    bool locked = false; // too many failed logins; an administrator's password reset unlocks
    int failedLogins = 0;
    bool hasPassword = false; // accounts pulled from the agency have none until an administrator sets one
    QDateTime lastLoginUtc;
};

struct LoginResult
{
    bool ok = false;
    QString error; // for the login screen; never says whether the name or the password was wrong
    bool lockedOut = false;
    OperatorAccount account;
};

class OperatorAccounts
{
public:
    static constexpr int MinimumPasswordLength = 8;

    OperatorAccounts(LocalStore& store, int iterations, int maxFailures);

    static const QStringList& roles();
    static bool isValidRole(const QString& role);
    // PBKDF2-HMAC-SHA256 through EVP_KDF; 32-byte result, empty on failure.
    static QByteArray hashPassword(const SecureBuffer& password, const QByteArray& salt, int iterations);

    int iterations() const { return m_iterations; }
    int maxFailures() const { return m_maxFailures; }

    // First run: true while no administrator account with a password exists.
    bool needsFirstAdministrator();
    bool createFirstAdministrator(const QString& operatorId, const QString& displayName,
                                  const SecureBuffer& password, const OperatorContext& where, QString* error);

    bool addOperator(const OperatorAccount& account, const SecureBuffer& password, const OperatorContext& by,
                     QString* error);
    QList<OperatorAccount> list();
    std::optional<OperatorAccount> find(const QString& operatorId);
    bool setDisabled(const QString& operatorId, bool disabled, const OperatorContext& by, QString* error);
    // Sets a new password and clears the lock-out.
    bool resetPassword(const QString& operatorId, const SecureBuffer& newPassword, const OperatorContext& by,
                       QString* error);

    // Checks the password (constant time), counts failures, locks after maxFailures, audits the attempt as
    // `purpose` ("login") or `purpose`-failed. `where` names the terminal and branch of the attempt.
    LoginResult authenticate(const QString& operatorId, const SecureBuffer& password,
                             const OperatorContext& where, const QString& purpose = QStringLiteral("login"));

    // The idle lock is not kept here: its one setting is CardDeskSettings::idleLockMinutes (app/config).

private:
    bool insertAccount(const OperatorAccount& account, const SecureBuffer& password,
                       const OperatorContext& by, const QString& eventType, bool onlyIfNoAdministrator,
                       QString* error);

    LocalStore& m_store;
    int m_iterations;
    int m_maxFailures;
};

} // namespace carddesk
