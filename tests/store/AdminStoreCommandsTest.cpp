// carddesk-admin operator / audit / db against a real store: exit codes, what is printed, what is written.
#include "StoreTestSupport.h"

#include "app/audit/AuditVerifier.h"
#include "app/operators/OperatorAccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace carddesk;
using namespace carddesk::test;

class AdminStoreCommandsTest : public QObject
{
    Q_OBJECT

    QString m_dir;
    LocalStoreOptions m_options;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run admin(QStringList args, const QByteArray& input = {})
    {
        args << QStringLiteral("--db") << m_options.databasePath << QStringLiteral("--key-file")
             << m_options.keyFilePath;
        QProcess p;
        p.start(QString::fromLocal8Bit(qgetenv("CARDDESK_BINARY_DIR")) +
                    QStringLiteral("/app/carddesk-admin"),
                args);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        m_dir = scratchDir(QStringLiteral("admin-store"));
        m_options = storeOptions(m_dir);
    }

    void managesOperators()
    {
        Run r = admin({"operator", "add", "root", "--name", "Root", "--role", "administrator"},
                      "admin-password\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = admin({"operator", "add", "li", "--name", "Li", "--role", "clerk", "--branch", "B001"},
                  "clerk-password\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = admin({"operator", "add", "x", "--role", "boss"}, "whatever-pw\n");
        QCOMPARE(r.exitCode, 2);
        r = admin({"operator", "add", "short", "--role", "clerk"}, "abc\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("at least 8"));
        r = admin({"operator", "disable", "li"});
        QCOMPARE(r.exitCode, 0);
        r = admin({"operator", "list"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QRegularExpression("li +Li +clerk +B001 +disabled")));
        QVERIFY(r.out.contains(QRegularExpression("root +Root +administrator +active")));
        r = admin({"operator", "reset-password", "ghost"}, "new-password\n");
        QCOMPARE(r.exitCode, 1);
        // The accounts work from the library: the CLI stored real hashes (600,000 iterations by default).
        auto store = LocalStore::open(m_options, nullptr);
        QVERIFY(store);
        OperatorAccounts slow(*store, 600000, 5);
        QVERIFY(
            slow.authenticate(QStringLiteral("root"), SecureBuffer::fromAscii("admin-password"), clerk()).ok);
        QVERIFY(
            !slow.authenticate(QStringLiteral("li"), SecureBuffer::fromAscii("clerk-password"), clerk()).ok);
    }

    void tracksReissueApplications()
    {
        // A store of its own: the other commands' tests count the operations of theirs.
        const LocalStoreOptions shared = m_options;
        m_options = storeOptions(scratchDir(QStringLiteral("admin-reissue")));
        struct Restore
        {
            LocalStoreOptions& options;
            LocalStoreOptions saved;
            ~Restore() { options = saved; }
        } restore{m_options, shared};
        QString number;
        const QString holder = QStringLiteral("110105199001011237");
        {
            auto store = LocalStore::open(m_options, nullptr);
            QVERIFY(store);
            OperationRecord r = sampleOperation(holder);
            r.service = ServiceType::Reissue;
            r.details = QJsonObject{{"delivery", "mail"}, {"expectedReadyDate", "2026-12-20"}};
            const JournalResult j = store->record(r);
            QVERIFY2(j.ok, qPrintable(j.error));
            number = j.operationNumber;
        }
        Run r = admin({"reissue", "list"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(number + QStringLiteral("  application-received")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("110105********1237")));
        QVERIFY(!r.out.contains(holder)); // never the whole number
        QVERIFY(r.out.contains(QStringLiteral("mail")));
        r = admin({"reissue", "set", number, "in-production", "--note", "batch 47"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = admin({"reissue", "set", number, "application-received"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("forward")), qPrintable(r.err));
        r = admin({"reissue", "set", number, "printed"});
        QCOMPARE(r.exitCode, 2);
        r = admin({"reissue", "set", number, "mailed"});
        QCOMPARE(r.exitCode, 0);
        r = admin({"reissue", "set", number, "collected"}); // mailed cards are delivered, not collected
        QCOMPARE(r.exitCode, 1);
        r = admin({"reissue", "status", number});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("batch 47")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("admin-cli:")));
        QCOMPARE(r.out.count(QStringLiteral("  mailed")), 2); // current status and its history line
        r = admin({"reissue", "status", "T01-20000101-999999"});
        QCOMPARE(r.exitCode, 1);
        r = admin({"reissue", "set", number, "delivered"});
        QCOMPARE(r.exitCode, 0);
        r = admin({"reissue", "list"});
        QVERIFY(!r.out.contains(number)); // finished: only with --all
        r = admin({"reissue", "list", "--all"});
        QVERIFY(r.out.contains(number + QStringLiteral("  delivered")));
    }

    void verifiesAndExportsTheAuditLog()
    {
        {
            auto store = LocalStore::open(m_options, nullptr);
            QVERIFY(store);
            for (int i = 0; i < 12; ++i)
                QVERIFY(store->record(sampleOperation(QStringLiteral("44030519800101%1").arg(1000 + i))).ok);
        }
        Run r = admin({"audit", "verify"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("audit chain ok"));
        const QString csv = m_dir + "/audit.csv";
        const QString json = m_dir + "/audit.json";
        r = admin({"audit", "export", "--csv", csv, "--json", json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray csvBytes = fileBytes(csv);
        const QJsonArray entries = QJsonDocument::fromJson(fileBytes(json)).array();
        QVERIFY(entries.size() >= 15);
        QCOMPARE(csvBytes.count('\n'), entries.size() + 1);
        QVERIFY(!csvBytes.contains("440305198001011000"));
        QVERIFY(csvBytes.contains("440305********1000"));
        bool found = false;
        for (const auto& v : entries) {
            if (v.toObject().value("eventType").toString() == QLatin1String("operation:pin-reset")) {
                QVERIFY(v.toObject().value("idNumber").toString().contains("********"));
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY(!fileBytes(json).contains("440305198001011000"));

        // Tampering: exit 1, naming the sequence.
        {
            auto store = LocalStore::open(m_options, nullptr);
            QVERIFY(store);
            QSqlQuery q(store->database());
            QVERIFY(q.exec(
                "UPDATE audit_entries SET canonical = CAST(replace(CAST(canonical AS TEXT), 'clerk1', "
                "'clerkX') AS BLOB) "
                "WHERE sequence = (SELECT MIN(sequence) FROM audit_entries WHERE operator_id = 'clerk1')"));
            QVERIFY(q.exec("SELECT MIN(sequence) FROM audit_entries WHERE operator_id = 'clerk1'") &&
                    q.next());
            const qint64 bad = q.value(0).toLongLong();
            q.finish();
            r = admin({"audit", "verify"});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("first bad sequence %1").arg(bad)), qPrintable(r.err));
            r = admin({"db", "check"});
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.out.contains("integrity: ok"));
            QVERIFY(r.out.contains(QStringLiteral("BROKEN at sequence %1").arg(bad)));
        }
    }

    void backsUpTheDatabase()
    {
        const QString target = m_dir + "/backup.sqlite";
        Run r = admin({"db", "backup", target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = admin({"db", "backup", target});
        QCOMPARE(r.exitCode, 1);
        LocalStoreOptions copy = m_options;
        copy.databasePath = target;
        auto store = LocalStore::open(copy, nullptr);
        QVERIFY(store);
        QVERIFY(store->integrityCheck(nullptr));
        QCOMPARE(store->pendingCount(), 12);
    }
};

QTEST_GUILESS_MAIN(AdminStoreCommandsTest)
#include "AdminStoreCommandsTest.moc"
