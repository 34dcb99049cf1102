// The agency database itself: schema and migrations, least privilege, row-level security, the synthetic
// seed, and the server functions' guarantees (idempotent push with effects, rejections as conflicts, sequence
// and audit chain checks, schema version refusal). Real PostgreSQL, real counter logins.
#include "AgencyTestDb.h"
#include "Fixtures.h"
#include "TestOutbox.h"
#include "app/sync/AgencyClient.h"
#include "app/sync/AgencySchema.h"
#include "app/sync/SyncCycle.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

using namespace carddesk;
using namespace carddesk::test;

namespace {

bool validIdNumber(const QString& id)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    if (id.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!id.at(i).isDigit())
            return false;
        sum += id.at(i).digitValue() * weights[i];
    }
    return id.at(17) == QLatin1Char("10X98765432"[sum % 11]);
}

OutboxOperation operation(qint64 sequence, const QString& service, const QString& card, bool success = true)
{
    OutboxOperation op;
    op.id = QUuid::createUuid();
    op.sequence = sequence;
    op.payload = QJsonObject{{"service", service}, {"success", success}, {"cardNumber", card}};
    op.createdUtc = QDateTime::currentDateTimeUtc();
    return op;
}

QString firstCardWithStatus(AgencyTestDb& db, const QString& status, int skip = 0)
{
    QSqlQuery q(db.admin());
    q.exec(
        QStringLiteral(
            "SELECT card_number FROM agency.cards WHERE status = '%1' ORDER BY card_number OFFSET %2 LIMIT 1")
            .arg(status)
            .arg(skip));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class AgencyDbTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<AgencyTestDb> m_db;
    QString m_counterA; // branch B001
    QString m_counterB; // branch B002

private slots:
    void initTestCase()
    {
        CARDDESK_REQUIRE_FIXTURE("pg");
        m_db = std::make_unique<AgencyTestDb>(QStringLiteral("sync_agencydb"));
        QString error;
        QVERIFY2(m_db->create(&error), qPrintable(error));
        QVERIFY2(
            m_db->exec(QStringLiteral("SELECT agency.seed_synthetic(3000, ARRAY['B001','B002'])"), &error),
            qPrintable(error));
        m_counterA = m_db->addCounter(QStringLiteral("T-A1"), QStringLiteral("B001"), &error);
        QVERIFY2(!m_counterA.isEmpty(), qPrintable(error));
        m_counterB = m_db->addCounter(QStringLiteral("T-B1"), QStringLiteral("B002"), &error);
        QVERIFY2(!m_counterB.isEmpty(), qPrintable(error));
    }

    void schemaIsVersionedAndReapplyIsANoOp()
    {
        QSqlDatabase admin = m_db->admin();
        QVERIFY(AgencySchema::clientVersion() >= 1);
        QCOMPARE(AgencySchema::installedVersion(admin), AgencySchema::clientVersion());
        int applied = -1;
        QString error;
        QVERIFY2(AgencySchema::apply(admin, &error, &applied), qPrintable(error));
        QCOMPARE(applied, 0);
        QCOMPARE(m_db->scalarInt(QStringLiteral("SELECT count(*) FROM agency.schema_migrations")),
                 AgencySchema::migrationFiles().size());
    }

    void seedIsValidSyntheticData()
    {
        QSqlQuery q(m_db->admin());
        QVERIFY(q.exec(QStringLiteral("SELECT id_number, name, sex, birth_date FROM agency.persons")));
        int rows = 0;
        QStringEncoder gbk("GBK");
        while (q.next()) {
            ++rows;
            const QString id = q.value(0).toString();
            QVERIFY2(validIdNumber(id), qPrintable(id));
            // The sequence digit's parity is the sex; the birth date is inside the number.
            QCOMPARE(q.value(2).toInt(), id.at(16).digitValue() % 2 == 1 ? 1 : 2);
            QCOMPARE(id.mid(6, 8), q.value(3).toDate().toString(QStringLiteral("yyyyMMdd")));
            const QString name = q.value(1).toString();
            QVERIFY(name.size() >= 2 && name.size() <= 3);
            const QByteArray encoded = gbk.encode(name);
            QVERIFY2(!gbk.hasError() && encoded.size() == 2 * name.size(), qPrintable(name));
        }
        QCOMPARE(rows, 3000);
        QCOMPARE(m_db->scalarInt(QStringLiteral("SELECT count(DISTINCT id_number) FROM agency.cards")), 3000);
        QVERIFY(m_db->scalarInt(QStringLiteral("SELECT count(*) FROM agency.cards WHERE status = 'lost'")) >
                30);
        QVERIFY(m_db->scalarInt(
                    QStringLiteral("SELECT count(*) FROM agency.cards WHERE status = 'cancelled'")) > 10);
        QCOMPARE(m_db->scalarInt(QStringLiteral(
                     "SELECT count(*) FROM agency.cards WHERE card_number !~ '^[A-Z][0-9]{8}$' "
                     "OR identification_code !~ '^[0-9A-F]{32}$'")),
                 0);
    }

    void counterLoginHasNoTablePrivileges()
    {
        AgencyClient client(m_counterA, QStringLiteral("T-A1"), QStringLiteral("privileges"));
        AgencyError error;
        QVERIFY2(client.ensureConnected(&error), qPrintable(error.message));
        QSqlQuery q(client.database());
        const QStringList forbidden = {
            QStringLiteral("SELECT count(*) FROM agency.persons"),
            QStringLiteral("SELECT count(*) FROM agency.operations"),
            QStringLiteral("UPDATE agency.cards SET status = 'active'"),
            QStringLiteral("SELECT agency.seed_synthetic(1)"),
            QStringLiteral("SELECT agency.next_change()"),
            QStringLiteral("SELECT * FROM agency.conflicts"),
        };
        for (const QString& sql : forbidden) {
            QVERIFY2(!q.exec(sql), qPrintable(sql));
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }
        // It may not speak for another counter either.
        QVERIFY(!q.exec(
            QStringLiteral("SELECT * FROM agency.hello('T-B1', %1)").arg(AgencySchema::clientVersion())));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        // What it may do: hello as itself.
        const auto hello = client.hello(&error);
        QVERIFY2(hello, qPrintable(error.message));
        QCOMPARE(hello->branchId, QStringLiteral("B001"));
        QCOMPARE(hello->serverSchema, AgencySchema::clientVersion());
        QVERIFY(hello->changeHorizon >= 6000);
    }

    void pushAppliesOnceWithItsEffectsAndRetriesGetTheOriginalResult()
    {
        const QString card = firstCardWithStatus(*m_db, QStringLiteral("active"));
        const int seqBefore = m_db->scalarInt(QStringLiteral("SELECT value FROM agency.change_clock"));
        AgencyClient client(m_counterA, QStringLiteral("T-A1"), QStringLiteral("push"));
        AgencyError error;
        const QList<OutboxOperation> batch = {operation(1, QStringLiteral("pin-reset"), card),
                                              operation(2, QStringLiteral("loss-report"), card)};
        auto results = client.pushOperations(batch, &error);
        QVERIFY2(results, qPrintable(error.message));
        QCOMPARE(results->size(), 2);
        for (const auto& r : *results) {
            QCOMPARE(r.outcome, QStringLiteral("applied"));
            QVERIFY(!r.duplicate);
        }
        QSqlQuery q(m_db->admin());
        QVERIFY(q.exec(
            QStringLiteral(
                "SELECT status, status_terminal, change_seq FROM agency.cards WHERE card_number = '%1'")
                .arg(card)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("lost"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("T-A1"));
        QVERIFY(q.value(2).toInt() > seqBefore); // the change travels to every counter by the change sequence
        // The same batch again: nothing new, the original results.
        results = client.pushOperations(batch, &error);
        QVERIFY2(results, qPrintable(error.message));
        QCOMPARE(results->size(), 2);
        for (const auto& r : *results) {
            QCOMPARE(r.outcome, QStringLiteral("applied"));
            QVERIFY(r.duplicate);
        }
        QCOMPARE(m_db->scalarInt(
                     QStringLiteral("SELECT count(*) FROM agency.operations WHERE terminal_id = 'T-A1'")),
                 2);
        QCOMPARE(m_db->scalarInt(
                     QStringLiteral("SELECT last_sequence FROM agency.counters WHERE terminal_id = 'T-A1'")),
                 2);
    }

    void rejectionIsAConflictVisibleToTheBranchSupervisorOnly()
    {
        // B reports a card lost that A already reported lost (previous test): rejected with the reason.
        QSqlQuery q(m_db->admin());
        QVERIFY(
            q.exec(QStringLiteral("SELECT card_number FROM agency.cards WHERE status_terminal = 'T-A1'")) &&
            q.next());
        const QString lostByA = q.value(0).toString();
        AgencyClient client(m_counterB, QStringLiteral("T-B1"), QStringLiteral("conflict"));
        AgencyError error;
        auto results =
            client.pushOperations({operation(1, QStringLiteral("loss-report"), lostByA),
                                   operation(2, QStringLiteral("pin-reset"), lostByA),
                                   operation(3, QStringLiteral("ecert-password-reset"), QString())},
                                  &error);
        QVERIFY2(results, qPrintable(error.message));
        QCOMPARE(results->at(0).outcome, QStringLiteral("rejected"));
        QCOMPARE(results->at(0).reason, QStringLiteral("card-already-reported-lost"));
        QCOMPARE(results->at(1).outcome, QStringLiteral("rejected"));
        QCOMPARE(results->at(1).reason, QStringLiteral("card-reported-lost"));
        QCOMPARE(results->at(2).outcome, QStringLiteral("applied")); // a rejection does not block the rest

        QString err;
        const QString supB = m_db->addSupervisor(QStringLiteral("sup_b"), QStringLiteral("B002"), &err);
        const QString supA = m_db->addSupervisor(QStringLiteral("sup_a"), QStringLiteral("B001"), &err);
        QVERIFY2(!supA.isEmpty(), qPrintable(err));
        {
            AgencyClient sup(supB, QString(), QStringLiteral("supB"));
            QVERIFY(sup.ensureConnected(&error));
            QSqlQuery s(sup.database());
            QVERIFY2(s.exec(QStringLiteral(
                         "SELECT card_number, reason, conflict_terminal, terminal_id FROM agency.conflicts "
                         "ORDER BY sequence")),
                     qPrintable(s.lastError().text()));
            int rows = 0;
            while (s.next()) {
                ++rows;
                QCOMPARE(s.value(0).toString(), lostByA);
                QCOMPARE(s.value(2).toString(), QStringLiteral("T-A1")); // who made it impossible
                QCOMPARE(s.value(3).toString(), QStringLiteral("T-B1"));
            }
            QCOMPARE(rows, 2);
            // The supervisor reads; it cannot touch the tables behind the view.
            QVERIFY(!s.exec(QStringLiteral("SELECT count(*) FROM agency.operations")));
        }
        {
            AgencyClient sup(supA, QString(), QStringLiteral("supA"));
            QVERIFY(sup.ensureConnected(&error));
            QSqlQuery s(sup.database());
            QVERIFY(s.exec(QStringLiteral("SELECT count(*) FROM agency.conflicts")) && s.next());
            QCOMPARE(s.value(0).toInt(), 0); // row-level security: branch B001 does not see B002's rows
            QVERIFY(s.exec(QStringLiteral("SELECT terminal_id FROM agency.counter_status")));
            QStringList terminals;
            while (s.next())
                terminals << s.value(0).toString();
            QCOMPARE(terminals, QStringList{QStringLiteral("T-A1")});
        }
    }

    void sequenceGapIsNotAppliedAndReusedSequenceIsRejected()
    {
        AgencyClient client(m_counterB, QStringLiteral("T-B1"), QStringLiteral("gap"));
        AgencyError error;
        auto results = client.pushOperations({operation(5, QStringLiteral("pin-unblock"), QString()),
                                              operation(6, QStringLiteral("pin-unblock"), QString())},
                                             &error);
        QVERIFY2(results, qPrintable(error.message));
        QCOMPARE(results->at(0).outcome, QStringLiteral("retry"));
        QVERIFY(results->at(0).reason.startsWith(QStringLiteral("sequence-gap")));
        QCOMPARE(results->at(1).outcome, QStringLiteral("retry"));
        results = client.pushOperations({operation(3, QStringLiteral("pin-unblock"), QString())}, &error);
        QVERIFY2(results, qPrintable(error.message));
        QCOMPARE(results->at(0).outcome, QStringLiteral("rejected"));
        QVERIFY(results->at(0).reason.startsWith(QStringLiteral("sequence-reused")));
        QCOMPARE(m_db->scalarInt(
                     QStringLiteral("SELECT count(*) FROM agency.operations WHERE terminal_id = 'T-B1'")),
                 3);
        QCOMPARE(m_db->scalarInt(
                     QStringLiteral("SELECT count(*) FROM agency.sync_issues WHERE terminal_id = 'T-B1'")),
                 2);
    }

    void auditChainIsCheckedAndCheckpointsStored()
    {
        QString err;
        const QString conninfo = m_db->addCounter(QStringLiteral("T-A2"), QStringLiteral("B001"), &err);
        TestOutbox outbox(scratchDir(QStringLiteral("audit")) + QStringLiteral("/outbox.db"));
        for (int i = 0; i < 30; ++i)
            QVERIFY(outbox.appendAudit(QStringLiteral("event %1 登录").arg(i).toUtf8()));
        AgencyClient client(conninfo, QStringLiteral("T-A2"), QStringLiteral("audit"));
        SyncCycleOptions options;
        options.auditBatch = 7;
        options.pull = false;
        SyncCycle cycle(client, outbox, nullptr, options);
        SyncCycleReport report = cycle.run();
        QVERIFY2(report.ok, qPrintable(report.error.message));
        QVERIFY2(report.warning.isEmpty(), qPrintable(report.warning));
        QCOMPARE(report.auditEntries, 30);
        QCOMPARE(m_db->scalarInt(
                     QStringLiteral("SELECT count(*) FROM agency.audit_entries WHERE terminal_id = 'T-A2'")),
                 30);
        QCOMPARE(m_db->scalarInt(QStringLiteral(
                     "SELECT max(sequence) FROM agency.checkpoints WHERE terminal_id = 'T-A2'")),
                 30);
        QCOMPARE(outbox.syncState(QLatin1String(SyncCycle::AuditCursorKey)), QStringLiteral("30"));

        // A forged continuation (hash does not match the bytes) and a rewritten history are refused.
        AgencyError error;
        OutboxAuditEntry forged{31, "forged", outbox.auditEntriesAfter(29, 1).at(0).hash,
                                QByteArray(32, 'x')};
        auto r = client.pushAudit({forged}, std::nullopt, &error);
        QVERIFY2(r, qPrintable(error.message));
        QCOMPARE(r->status, QStringLiteral("hash-mismatch"));
        QCOMPARE(r->lastSequence, 30);
        OutboxAuditEntry rewritten = outbox.auditEntriesAfter(9, 1).at(0);
        rewritten.canonical = "rewritten";
        rewritten.hash = QCryptographicHash::hash(QByteArray(rewritten.previousHash + rewritten.canonical),
                                                  QCryptographicHash::Sha256);
        r = client.pushAudit({rewritten}, std::nullopt, &error);
        QVERIFY2(r, qPrintable(error.message));
        QCOMPARE(r->status, QStringLiteral("conflicting-entry"));
        OutboxAuditEntry broken{31, "next", QByteArray(32, '\x01'), {}};
        broken.hash = QCryptographicHash::hash(QByteArray(broken.previousHash + broken.canonical),
                                               QCryptographicHash::Sha256);
        r = client.pushAudit({broken}, std::nullopt, &error);
        QVERIFY2(r, qPrintable(error.message));
        QCOMPARE(r->status, QStringLiteral("chain-broken"));
        QCOMPARE(m_db->scalarInt(
                     QStringLiteral("SELECT count(*) FROM agency.audit_entries WHERE terminal_id = 'T-A2'")),
                 30);
        QCOMPARE(m_db->scalarInt(
                     QStringLiteral("SELECT count(*) FROM agency.sync_issues WHERE terminal_id = 'T-A2'")),
                 3);
    }

    void olderCounterIsToldClearlyAndKeepsItsQueue()
    {
        QString err;
        const QString conninfo = m_db->addCounter(QStringLiteral("T-A3"), QStringLiteral("B001"), &err);
        TestOutbox outbox(scratchDir(QStringLiteral("schema")) + QStringLiteral("/outbox.db"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(!outbox.enqueue(QStringLiteral("service-password-reset"), QString()).isNull());
        QVERIFY(m_db->exec(
            QStringLiteral("UPDATE agency.settings SET value = '%1' WHERE key = 'min_client_schema'")
                .arg(AgencySchema::clientVersion() + 1)));
        AgencyClient client(conninfo, QStringLiteral("T-A3"), QStringLiteral("schema"));
        SyncCycle cycle(client, outbox, &outbox);
        const SyncCycleReport report = cycle.run();
        QVERIFY(!report.ok);
        QCOMPARE(report.error.kind, AgencyError::Kind::SchemaTooOld);
        QVERIFY2(report.error.message.contains(QStringLiteral("Update CardDesk")),
                 qPrintable(report.error.message));
        QVERIFY2(report.error.message.contains(QStringLiteral("5 operation")),
                 qPrintable(report.error.message));
        QCOMPARE(outbox.pendingCount(), 5);
        // The server refuses by itself too, whatever the counter checks.
        AgencyError error;
        QVERIFY(!client.pushOperations(outbox.pendingOperations(5), &error));
        QCOMPARE(error.kind, AgencyError::Kind::SchemaTooOld);
        QCOMPARE(m_db->scalarInt(
                     QStringLiteral("SELECT count(*) FROM agency.operations WHERE terminal_id = 'T-A3'")),
                 0);
        QVERIFY(m_db->exec(
            QStringLiteral("UPDATE agency.settings SET value = '1' WHERE key = 'min_client_schema'")));
        const SyncCycleReport after = SyncCycle(client, outbox, &outbox).run();
        QVERIFY2(after.ok, qPrintable(after.error.message));
        QCOMPARE(after.pushed, 5);
        QCOMPARE(outbox.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(AgencyDbTest)
#include "AgencyDbTest.moc"
