// bench_sync [--persons N] [--ops N] [--json FILE]
// Every figure beside a baseline measured in the same run (bench/harness/BenchHarness.h):
//  - push throughput (operations/s) of SyncCycle from 1 and 8 counters (each its own LocalStore, login and
//    connection) beside a raw libpq loop calling agency.push_operations with the same batches (target >=
//    50%);
//  - first full pull of N persons (and their cards) into a discarding sink beside COPY of the same rows
//    (target within 3x), and into the real LocalStore (informative);
//  - catch-up of a LocalStore with 10,000 pending operations (push + audit + pull) beside the raw push.
// The PostgreSQL is a throw-away cluster started with tests/fixtures/pg-fixture.sh in a temporary directory.
#include "BenchHarness.h"
#include "app/store/LocalStore.h"
#include "app/sync/AgencyClient.h"
#include "app/sync/AgencySchema.h"
#include "app/sync/SyncCycle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <libpq-fe.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace carddesk;

namespace {

QString g_dir;
QString g_superConnInfo; // postgres superuser, dbname=bench_sync
QString g_passFile;
int g_port = 0;

QString counterConnInfo(const QString& role)
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=bench_sync user=%2 passfile=%3 sslmode=disable")
        .arg(g_port)
        .arg(role, g_passFile);
}

bool adminExec(const QString& sql)
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("admin"));
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qCritical("%s: %s", qPrintable(sql.left(80)), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QString addCounter(const QString& terminal)
{
    const QString role = QStringLiteral("bench_") + terminal.toLower();
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    adminExec(
        QStringLiteral("SELECT agency.add_counter('%1', 'B001', '%2', '%3')").arg(terminal, role, password));
    QFile f(g_passFile);
    f.open(QIODevice::Append);
    f.write(QStringLiteral("*:*:bench_sync:%1:%2\n").arg(role, password).toUtf8());
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return counterConnInfo(role);
}

std::unique_ptr<LocalStore> makeStore(const QString& name, const QString& terminal, int operations,
                                      const QStringList& cards)
{
    LocalStoreOptions o;
    o.databasePath = g_dir + QLatin1Char('/') + name + QStringLiteral(".sqlite");
    o.keyFilePath = g_dir + QLatin1Char('/') + name + QStringLiteral(".key");
    o.counterId = terminal;
    o.passwordIterations = 1000;
    QString error;
    auto store = LocalStore::open(o, &error);
    if (!store) {
        qCritical("cannot open the local store: %s", qPrintable(error));
        return nullptr;
    }
    auto* random = QRandomGenerator::global();
    for (int i = 0; i < operations; ++i) {
        OperationRecord r;
        r.id = QUuid::createUuid();
        r.service = random->bounded(20) == 0 ? ServiceType::LossReport : ServiceType::PinReset;
        r.success = true;
        r.resultCode = QStringLiteral("ok");
        r.statusWord = 0x9000;
        r.op = OperatorContext{QStringLiteral("b001-clerk"), QStringLiteral("clerk"), QStringLiteral("B001"),
                               terminal, false};
        r.timeUtc = QDateTime::currentDateTimeUtc();
        r.holderIdNumber = QStringLiteral("11010519491231002X");
        r.holderName = QStringLiteral("张三");
        r.cardNumber = cards.at(random->bounded(cards.size()));
        r.cardIdentificationCode = QStringLiteral("110105D1560000050000000000000000");
        const JournalResult jr = store->record(r);
        if (!jr.ok) {
            qCritical("record failed: %s", qPrintable(jr.error));
            return nullptr;
        }
    }
    return store;
}

// The raw baseline: the same server function, the same batches, straight through libpq.
double rawPush(const QString& conninfo, const QString& terminal, QList<OutboxOperation> ops, int batch)
{
    for (OutboxOperation& op : ops)
        op.id = QUuid::createUuid();
    std::vector<QByteArray> batches;
    for (int i = 0; i < ops.size(); i += batch)
        batches.push_back(AgencyClient::operationsJson(ops.mid(i, batch)));
    PGconn* conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        qCritical("raw connect: %s", PQerrorMessage(conn));
        PQfinish(conn);
        return 0;
    }
    const QByteArray term = terminal.toUtf8();
    const QByteArray schema = QByteArray::number(AgencySchema::clientVersion());
    const double us = bench::timeOnce([&] {
        for (const QByteArray& json : batches) {
            const char* values[3] = {term.constData(), schema.constData(), json.constData()};
            PGresult* r = PQexecParams(conn,
                                       "SELECT operation_id, outcome, reason, duplicate FROM "
                                       "agency.push_operations($1, $2::int, $3::jsonb)",
                                       3, nullptr, values, nullptr, nullptr, 0);
            if (PQresultStatus(r) != PGRES_TUPLES_OK)
                qCritical("raw push: %s", PQresultErrorMessage(r));
            PQclear(r);
        }
    });
    PQfinish(conn);
    return us;
}

class DiscardingSink : public ReferenceSink
{
public:
    bool applyReferenceBatch(const ReferenceBatch& batch, QString*) override
    {
        m_rows += batch.persons.size() + batch.cards.size() + batch.operators.size();
        m_cursor = batch.toChangeSequence;
        return true;
    }
    qint64 referenceChangeSequence() override { return m_cursor; }
    qint64 m_rows = 0;
    qint64 m_cursor = 0;
};

qint64 copyRows(const char* sql, qint64* bytes)
{
    PGconn* conn = PQconnectdb(g_superConnInfo.toUtf8().constData());
    PGresult* r = PQexec(conn, sql);
    qint64 rows = 0;
    if (PQresultStatus(r) == PGRES_COPY_OUT) {
        char* buf = nullptr;
        int n;
        while ((n = PQgetCopyData(conn, &buf, 0)) > 0) {
            ++rows;
            *bytes += n;
            PQfreemem(buf);
        }
    } else {
        qCritical("COPY: %s", PQerrorMessage(conn));
    }
    PQclear(r);
    while ((r = PQgetResult(conn)))
        PQclear(r);
    PQfinish(conn);
    return rows;
}

QString argValue(int argc, char** argv, const char* name, const QString& fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    return fallback;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int persons = argValue(argc, argv, "--persons", QStringLiteral("1000000")).toInt();
    const int catchUpOps = argValue(argc, argv, "--ops", QStringLiteral("10000")).toInt();
    // --only push|pull|catchup: one part (for quick looks); default all.
    const QString only = argValue(argc, argv, "--only", QString());
    auto part = [&](const char* name) { return only.isEmpty() || only == QLatin1String(name); };
    QTemporaryDir tmp;
    g_dir = tmp.path();
    // The cluster runs as the postgres user (initdb refuses root): it must be able to enter the directory.
    QFile::setPermissions(g_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                     QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    g_passFile = g_dir + QStringLiteral("/pgpass");
    QFile(g_passFile).open(QIODevice::WriteOnly);
    QFile(g_passFile).setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    // A private cluster, exactly as the tests get it.
    const QString fixture = QStringLiteral(CARDDESK_SOURCE_DIR "/tests/fixtures/pg-fixture.sh");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CARDDESK_FIXTURE_DIR"), g_dir + QStringLiteral("/fixture"));
    QProcess start;
    start.setProcessEnvironment(env);
    start.start(fixture, {QStringLiteral("start")});
    start.waitForFinished(120000);
    if (start.exitCode() != 0) {
        qCritical("cannot start PostgreSQL: %s", start.readAllStandardError().constData());
        return 77;
    }
    QFile ci(g_dir + QStringLiteral("/fixture/pg/conninfo"));
    ci.open(QIODevice::ReadOnly);
    const QString superBase = QString::fromUtf8(ci.readAll()).trimmed();
    g_port = superBase.section(QStringLiteral("port="), 1).section(QLatin1Char(' '), 0, 0).toInt();
    g_superConnInfo =
        QString(superBase).replace(QStringLiteral("dbname=postgres"), QStringLiteral("dbname=bench_sync"));
    auto stopCluster = [&] {
        QProcess stop;
        stop.setProcessEnvironment(env);
        stop.start(fixture, {QStringLiteral("stop")});
        stop.waitForFinished(60000);
    };

    bench::Report report(QStringLiteral("sync"));
    {
        QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg"));
        pg.setConnectOptions(superBase);
        pg.open();
        QSqlQuery(pg).exec(QStringLiteral("CREATE DATABASE bench_sync"));
        pg.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg"));
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
    admin.setConnectOptions(g_superConnInfo);
    if (!admin.open()) {
        qCritical("%s", qPrintable(admin.lastError().text()));
        stopCluster();
        return 1;
    }
    QString error;
    if (!AgencySchema::apply(admin, &error)) {
        qCritical("%s", qPrintable(error));
        stopCluster();
        return 1;
    }
    const double seedUs =
        bench::timeOnce([&] { adminExec(QStringLiteral("SELECT agency.seed_synthetic(%1)").arg(persons)); });
    report.addNote(QStringLiteral("seeded %1 persons + cards server-side in %2 s")
                       .arg(persons)
                       .arg(seedUs / 1e6, 0, 'f', 1));
    QStringList cards;
    {
        QSqlQuery q(admin);
        q.exec(QStringLiteral(
            "SELECT card_number FROM agency.cards WHERE status = 'active' ORDER BY random() LIMIT 20000"));
        while (q.next())
            cards << q.value(0).toString();
    }

    // --- push throughput, 1 counter ---
    const int singleOps = 4000;
    const int batch = 200;
    if (part("push")) {
        const QString ours = addCounter(QStringLiteral("P1"));
        const QString raw = addCounter(QStringLiteral("R1"));
        auto store = makeStore(QStringLiteral("p1"), QStringLiteral("P1"), singleOps, cards);
        if (!store)
            return 1;
        const QList<OutboxOperation> ops = store->pendingOperations(singleOps);
        const double rawUs = rawPush(raw, QStringLiteral("R1"), ops, batch);
        report.addBaseline(QStringLiteral("raw-push-1"),
                           QStringLiteral("libpq loop, push_operations, 200/call, 1 conn"),
                           singleOps / (rawUs / 1e6), QStringLiteral("ops/s"));
        AgencyClient client(ours, QStringLiteral("P1"), QStringLiteral("p1"));
        SyncCycleOptions o;
        o.pushBatch = batch;
        o.pull = false;
        o.pushAudit = false;
        SyncCycleReport r;
        const double oursUs = bench::timeOnce([&] {
            SyncCycle cycle(client, *store, nullptr, o);
            r.ok = cycle.checkServer(r) && cycle.pushOperations(r);
        });
        if (!r.ok || r.pushed + r.rejected != singleOps)
            qCritical("push from 1 counter: %s (%d pushed)", qPrintable(r.error.message), r.pushed);
        report.addFigure(QStringLiteral("push 1 counter (SyncCycle+LocalStore)"), singleOps / (oursUs / 1e6),
                         QStringLiteral("ops/s"), QStringLiteral("raw-push-1"), 1.0, 0.5,
                         bench::Better::Higher);
    }

    // --- push throughput, 8 counters at once ---
    if (part("push")) {
        constexpr int kCounters = 8;
        const int perCounter = 1000;
        std::vector<std::unique_ptr<LocalStore>> stores;
        std::vector<QString> ours, raws;
        std::vector<QList<OutboxOperation>> opsOf;
        for (int i = 0; i < kCounters; ++i) {
            ours.push_back(addCounter(QStringLiteral("M%1").arg(i)));
            raws.push_back(addCounter(QStringLiteral("RM%1").arg(i)));
            stores.push_back(
                makeStore(QStringLiteral("m%1").arg(i), QStringLiteral("M%1").arg(i), perCounter, cards));
            opsOf.push_back(stores.back()->pendingOperations(perCounter));
        }
        const double rawUs = bench::timeOnce([&] {
            std::vector<std::thread> threads;
            for (int i = 0; i < kCounters; ++i)
                threads.emplace_back([&, i] {
                    rawPush(raws[size_t(i)], QStringLiteral("RM%1").arg(i), opsOf[size_t(i)], batch);
                });
            for (auto& t : threads)
                t.join();
        });
        report.addBaseline(QStringLiteral("raw-push-8"), QStringLiteral("8 libpq loops at once, 200/call"),
                           kCounters * perCounter / (rawUs / 1e6), QStringLiteral("ops/s"));
        std::atomic<int> done{0};
        const double oursUs = bench::timeOnce([&] {
            std::vector<std::thread> threads;
            for (int i = 0; i < kCounters; ++i)
                threads.emplace_back([&, i] {
                    {
                        AgencyClient client(ours[size_t(i)], QStringLiteral("M%1").arg(i),
                                            QStringLiteral("m%1").arg(i));
                        SyncCycleOptions o;
                        o.pushBatch = batch;
                        SyncCycleReport r;
                        SyncCycle cycle(client, *stores[size_t(i)], nullptr, o);
                        if (cycle.checkServer(r) && cycle.pushOperations(r))
                            done += r.pushed + r.rejected;
                        else
                            qCritical("push from counter %d: %s", i, qPrintable(r.error.message));
                    }
                });
            for (auto& t : threads)
                t.join();
        });
        if (done != kCounters * perCounter)
            qCritical("8 counters pushed only %d", done.load());
        report.addFigure(QStringLiteral("push 8 counters (SyncCycle+LocalStore)"),
                         kCounters * perCounter / (oursUs / 1e6), QStringLiteral("ops/s"),
                         QStringLiteral("raw-push-8"), 1.0, 0.5, bench::Better::Higher);
    }

    // --- first full pull ---
    if (part("pull")) {
        const QString conninfo = addCounter(QStringLiteral("PULL"));
        qint64 bytes = 0;
        qint64 copied = 0;
        const double copyUs = bench::timeOnce([&] {
            copied = copyRows("COPY (SELECT change_seq, id_number, name, sex, birth_date FROM "
                              "agency.persons) TO STDOUT",
                              &bytes) +
                     copyRows("COPY (SELECT change_seq, card_number, id_number, identification_code, status "
                              "FROM agency.cards) "
                              "TO STDOUT",
                              &bytes);
        });
        report.addBaseline(QStringLiteral("copy-persons-cards"),
                           QStringLiteral("COPY TO STDOUT of the same %1 rows (libpq)").arg(copied),
                           copyUs / 1e3, QStringLiteral("ms"));
        DiscardingSink sink;
        auto store = makeStore(QStringLiteral("pullstore"), QStringLiteral("PULL"), 0, cards);
        AgencyClient client(conninfo, QStringLiteral("PULL"), QStringLiteral("pull"));
        SyncCycleOptions o;
        o.push = false;
        o.pushAudit = false;
        SyncCycleReport r;
        const double pullUs = bench::timeOnce([&] {
            SyncCycle cycle(client, *store, &sink, o); // push is off: the store's outbox is not touched
            r.ok = cycle.checkServer(r) && cycle.pull(r);
        });
        if (!r.ok)
            qCritical("pull: %s", qPrintable(r.error.message));
        report.addFigure(QStringLiteral("first full pull (%1 rows, decoded)").arg(r.pulledRows), pullUs / 1e3,
                         QStringLiteral("ms"), QStringLiteral("copy-persons-cards"), 1.0, 3.0,
                         bench::Better::Lower);
        report.addCount(QStringLiteral("rows pulled"), double(sink.m_rows), double(copied),
                        QStringLiteral("(reference: rows copied)"));
        if (argValue(argc, argv, "--store-pull", QStringLiteral("1")) == QLatin1String("1")) {
            SyncCycleReport rs;
            const double storeUs = bench::timeOnce([&] {
                SyncCycle cycle(client, *store, store.get(), o);
                rs.ok = cycle.checkServer(rs) && cycle.pull(rs);
            });
            if (!rs.ok)
                qCritical("pull into LocalStore: %s", qPrintable(rs.error.message));
            report.addFigure(QStringLiteral("first full pull into LocalStore"), storeUs / 1e3,
                             QStringLiteral("ms"), QStringLiteral("copy-persons-cards"), 1.0, 0.0,
                             bench::Better::Lower,
                             QStringLiteral("includes SQLite writes (encrypted ID numbers): informative"));
        }
    }

    // --- catch-up after N pending operations ---
    if (part("catchup")) {
        const QString conninfo = addCounter(QStringLiteral("CATCH"));
        const QString raw = addCounter(QStringLiteral("RCATCH"));
        auto store = makeStore(QStringLiteral("catch"), QStringLiteral("CATCH"), catchUpOps, cards);
        const QList<OutboxOperation> ops = store->pendingOperations(catchUpOps);
        const double rawUs = rawPush(raw, QStringLiteral("RCATCH"), ops, batch);
        report.addBaseline(QStringLiteral("raw-push-catchup"),
                           QStringLiteral("libpq push of the same %1 operations").arg(catchUpOps),
                           rawUs / 1e3, QStringLiteral("ms"));
        // The counter had pulled everything before it went offline.
        DiscardingSink sink;
        {
            QSqlQuery q(admin);
            q.exec(QStringLiteral("SELECT value FROM agency.change_clock"));
            q.next();
            sink.m_cursor = q.value(0).toLongLong();
        }
        AgencyClient client(conninfo, QStringLiteral("CATCH"), QStringLiteral("catch"));
        SyncCycleReport r;
        const double us = bench::timeOnce([&] { r = SyncCycle(client, *store, &sink).run(); });
        if (!r.ok || r.pendingAfter != 0)
            qCritical("catch-up: %s (%d pending)", qPrintable(r.error.message), r.pendingAfter);
        report.addFigure(
            QStringLiteral("catch-up %1 pending ops (push+audit+pull)").arg(catchUpOps), us / 1e3,
            QStringLiteral("ms"), QStringLiteral("raw-push-catchup"), 1.0, 0.0, bench::Better::Lower,
            QStringLiteral("%1 audit entries, %2 reference rows").arg(r.auditEntries).arg(r.pulledRows));
    }
    admin.close();
    stopCluster();
    return report.finish(argc, argv);
}
