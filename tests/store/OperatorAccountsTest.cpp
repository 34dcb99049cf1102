// Operator accounts and approvals: PBKDF2 against the RFC 7914 vector and the raw OpenSSL call, first-run
// administrator, roles, lock-out, disabled accounts, supervisor approvals (the idle lock is
// CardDeskSettings::idleLockMinutes: store_audited_settings); all audited.
#include "StoreTestSupport.h"

#include "app/audit/AuditChain.h"
#include "app/operators/OperatorAccounts.h"

#include <QtTest>

#include <openssl/evp.h>

using namespace carddesk;
using namespace carddesk::test;

class OperatorAccountsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalStore> m_store;
    QString m_dir;

    OperatorContext admin() const
    {
        return OperatorContext{QStringLiteral("root"), QStringLiteral("administrator"),
                               QStringLiteral("B001"), QStringLiteral("T01"), false};
    }

    qint64 events(const QString& type) const
    {
        return countRows(
            m_store->database(),
            QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE event_type = '%1'").arg(type));
    }

    void add(const QString& id, const QString& role, const char* password)
    {
        OperatorAccount a;
        a.operatorId = id;
        a.displayName = id.toUpper();
        a.role = role;
        a.branchId = QStringLiteral("B001");
        QString error;
        QVERIFY2(m_store->operators().addOperator(a, SecureBuffer::fromAscii(password), admin(), &error),
                 qPrintable(error));
    }

private slots:
    void init()
    {
        m_dir =
            scratchDir(QStringLiteral("operators-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QString error;
        m_store = LocalStore::open(storeOptions(m_dir), &error); // 1,000 iterations, lock after 3 failures
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void hashesWithPbkdf2HmacSha256()
    {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256("passwd", "salt", c=1, dkLen=64), first 32 bytes.
        const QByteArray rfc = OperatorAccounts::hashPassword(SecureBuffer::fromAscii("passwd"), "salt", 1);
        QCOMPARE(rfc.toHex(), QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
        const QByteArray ours = OperatorAccounts::hashPassword(SecureBuffer::fromAscii("correct horse"),
                                                               "0123456789abcdef", 5000);
        unsigned char raw[32];
        PKCS5_PBKDF2_HMAC("correct horse", 13, reinterpret_cast<const unsigned char*>("0123456789abcdef"), 16,
                          5000, EVP_sha256(), 32, raw);
        QCOMPARE(ours, QByteArray(reinterpret_cast<char*>(raw), 32));
    }

    void createsTheFirstAdministratorOnce()
    {
        auto& ops = m_store->operators();
        QVERIFY(ops.needsFirstAdministrator());
        QString error;
        QVERIFY(!ops.createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Root"),
                                              SecureBuffer::fromAscii("short"), admin(), &error));
        QVERIFY(error.contains("at least 8"));
        QVERIFY2(ops.createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Root"),
                                              SecureBuffer::fromAscii("first-admin-pw"), admin(), &error),
                 qPrintable(error));
        QVERIFY(!ops.needsFirstAdministrator());
        QVERIFY(!ops.createFirstAdministrator(QStringLiteral("root2"), QStringLiteral("Root"),
                                              SecureBuffer::fromAscii("first-admin-pw"), admin(), &error));
        QVERIFY(error.contains("already exists"));
        QCOMPARE(events(QStringLiteral("first-administrator-created")), 1);
        QVERIFY(
            ops.authenticate(QStringLiteral("root"), SecureBuffer::fromAscii("first-admin-pw"), admin()).ok);
        QCOMPARE(ops.find(QStringLiteral("root"))->role, QStringLiteral("administrator"));
    }

    void checksRolesAndNames()
    {
        OperatorAccount a;
        a.operatorId = QStringLiteral("x");
        a.role = QStringLiteral("boss");
        QString error;
        QVERIFY(!m_store->operators().addOperator(a, SecureBuffer::fromAscii("password1"), admin(), &error));
        QVERIFY(error.contains("unknown role"));
        a.role = QStringLiteral("clerk");
        a.operatorId = QStringLiteral("two words");
        QVERIFY(!m_store->operators().addOperator(a, SecureBuffer::fromAscii("password1"), admin(), &error));
        for (const QString& role : OperatorAccounts::roles())
            add(QStringLiteral("u-") + role, role, "password1");
        add(QStringLiteral("dup"), QStringLiteral("clerk"), "password1");
        a.operatorId = QStringLiteral("dup");
        QVERIFY(!m_store->operators().addOperator(a, SecureBuffer::fromAscii("password1"), admin(), &error));
        QVERIFY(error.contains("already exists"));
        const QList<OperatorAccount> all = m_store->operators().list();
        // One account per role plus "dup" (the role list grows: the console's auditor).
        const int expected = static_cast<int>(OperatorAccounts::roles().size()) + 1;
        QCOMPARE(static_cast<int>(all.size()), expected);
        QCOMPARE(events(QStringLiteral("operator-added")), qint64(expected));
    }

    void logsInAndLocksOutAfterRepeatedFailures()
    {
        add(QStringLiteral("li"), QStringLiteral("clerk"), "good-password");
        auto& ops = m_store->operators();
        LoginResult r =
            ops.authenticate(QStringLiteral("li"), SecureBuffer::fromAscii("good-password"), clerk());
        QVERIFY(r.ok);
        QCOMPARE(r.account.role, QStringLiteral("clerk"));
        QVERIFY(ops.find(QStringLiteral("li"))->lastLoginUtc.isValid());
        for (int i = 0; i < 3; ++i) {
            r = ops.authenticate(QStringLiteral("li"), SecureBuffer::fromAscii("bad-password"), clerk());
            QVERIFY(!r.ok);
            QCOMPARE(r.lockedOut, i == 2);
        }
        QVERIFY(ops.find(QStringLiteral("li"))->locked);
        // Locked: even the right password is refused until an administrator resets it.
        r = ops.authenticate(QStringLiteral("li"), SecureBuffer::fromAscii("good-password"), clerk());
        QVERIFY(!r.ok);
        QVERIFY(r.lockedOut);
        QVERIFY(r.error.contains("locked"));
        QString error;
        QVERIFY(ops.resetPassword(QStringLiteral("li"), SecureBuffer::fromAscii("new-password"), admin(),
                                  &error));
        QVERIFY(!ops.find(QStringLiteral("li"))->locked);
        QVERIFY(
            !ops.authenticate(QStringLiteral("li"), SecureBuffer::fromAscii("good-password"), clerk()).ok);
        QVERIFY(ops.authenticate(QStringLiteral("li"), SecureBuffer::fromAscii("new-password"), clerk()).ok);
        // A success resets the failure count.
        QCOMPARE(ops.find(QStringLiteral("li"))->failedLogins, 0);
        // Unknown names fail the same way and are audited too.
        r = ops.authenticate(QStringLiteral("nobody"), SecureBuffer::fromAscii("whatever1"), clerk());
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("wrong operator name or password"));
        QCOMPARE(events(QStringLiteral("login")), 2);
        QCOMPARE(events(QStringLiteral("login-failed")), 6);
        QCOMPARE(events(QStringLiteral("operator-password-reset")), 1);
        // No password is anywhere in the database or its WAL.
        const QByteArray bytes = fileBytes(storeOptions(m_dir).databasePath) +
                                 fileBytes(storeOptions(m_dir).databasePath + "-wal");
        for (const char* pw : {"good-password", "bad-password", "new-password"})
            QVERIFY(!bytes.contains(pw));
    }

    void disabledAccountsCannotLogIn()
    {
        add(QStringLiteral("zhao"), QStringLiteral("teller"), "password-z");
        QString error;
        QVERIFY(m_store->operators().setDisabled(QStringLiteral("zhao"), true, admin(), &error));
        const LoginResult r = m_store->operators().authenticate(
            QStringLiteral("zhao"), SecureBuffer::fromAscii("password-z"), clerk());
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("disabled"));
        QVERIFY(!m_store->operators().setDisabled(QStringLiteral("ghost"), true, admin(), &error));
        QCOMPARE(events(QStringLiteral("operator-disabled")), 1);
    }

    void supervisorsApproveWithTheirPassword()
    {
        add(QStringLiteral("clerk1"), QStringLiteral("clerk"), "clerk-password");
        add(QStringLiteral("sup"), QStringLiteral("supervisor"), "super-password");
        ApprovalRequest req;
        req.operationId = QUuid::createUuid();
        req.service = ServiceType::PinReset;
        req.reason = QStringLiteral("proxy");
        req.requestedBy = clerk();
        QString error;
        // Wrong password, a clerk, or the requesting clerk themself: no approval.
        QVERIFY(
            m_store->approve(req, QStringLiteral("sup"), SecureBuffer::fromAscii("wrong-password"), &error)
                .isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(
            m_store->approve(req, QStringLiteral("clerk1"), SecureBuffer::fromAscii("clerk-password"), &error)
                .isEmpty());
        add(QStringLiteral("clerk2"), QStringLiteral("clerk"), "clerk2-password");
        QVERIFY(
            m_store
                ->approve(req, QStringLiteral("clerk2"), SecureBuffer::fromAscii("clerk2-password"), &error)
                .isEmpty());
        QVERIFY2(error.contains("not a supervisor"), qPrintable(error));
        QCOMPARE(countRows(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM approvals")), 0);

        const QString id =
            m_store->approve(req, QStringLiteral("sup"), SecureBuffer::fromAscii("super-password"), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT operation_id, reason, requested_by, supervisor_id, service "
                                      "FROM approvals WHERE id = '%1'")
                           .arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), req.operationId.toString(QUuid::WithoutBraces));
        QCOMPARE(q.value(1).toString(), QStringLiteral("proxy"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("clerk1"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("sup"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("pin-reset"));
        QVERIFY(q.exec(QStringLiteral("SELECT canonical FROM audit_entries WHERE event_type = 'approval'")));
        QVERIFY(q.next());
        const auto entry = AuditChain::decode(q.value(0).toByteArray());
        QVERIFY(entry);
        QCOMPARE(entry->approvalIds, QStringList{id});
        QCOMPARE(entry->operatorId, QStringLiteral("sup"));
        QCOMPARE(entry->role, QStringLiteral("supervisor"));
        QCOMPARE(events(QStringLiteral("approval-sign-in-failed")), 1);
        QCOMPARE(events(QStringLiteral("approval-refused")), 1);
    }
};

QTEST_GUILESS_MAIN(OperatorAccountsTest)
#include "OperatorAccountsTest.moc"
