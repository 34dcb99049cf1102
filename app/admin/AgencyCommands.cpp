// carddesk-admin agency: the agency's central PostgreSQL (for the agency's IT): init (apply the schema),
// seed (synthetic data), status (per-counter sequences, pull lag, dead letters), add-counter.
#include "app/admin/AdminCommands.h"
#include "app/config/CardDeskSettings.h"
#include "app/sync/AgencySchema.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

namespace carddesk::admin {

namespace {

const char kUsage[] =
    "Usage: carddesk-admin agency init|seed|status|add-counter [options]\n"
    "  init                       apply the agency schema (needs a superuser login)\n"
    "  seed --persons N           add N synthetic persons with cards (valid ID numbers)\n"
    "  status                     per-counter sequences, pull lag, dead letters, issues\n"
    "  add-counter --terminal T --branch B --role R   register a counter (password on stdin)\n"
    "Options: --conninfo \"host=... dbname=... user=... sslmode=verify-full\" (default: the\n"
    "agency/* settings). Passwords come from the libpq password file or PGPASSWORD, never\n"
    "from the command line.\n";

bool openAgency(const QString& conninfo, QSqlDatabase& db, QTextStream& err)
{
    if (conninfo.contains(QLatin1String("password="))) {
        err << "carddesk-admin: no password in --conninfo: use a libpq password file (passfile=...) or "
               "PGPASSWORD\n";
        return false;
    }
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("carddesk-admin-agency"));
    db.setConnectOptions(conninfo);
    if (!db.open()) {
        err << "carddesk-admin: cannot connect to the agency database: " << db.lastError().text() << '\n';
        return false;
    }
    return true;
}

} // namespace

int runAgencyCommands(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("init, seed, status or add-counter"));
    parser.addOption({QStringLiteral("conninfo"), QStringLiteral("libpq connection keywords"),
                      QStringLiteral("conninfo")});
    parser.addOption(
        {QStringLiteral("persons"), QStringLiteral("how many persons to seed"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("branches"),
                      QStringLiteral("comma-separated branch ids for seeded operators"),
                      QStringLiteral("list"), QStringLiteral("B001")});
    parser.addOption(
        {QStringLiteral("terminal"), QStringLiteral("counter (terminal) id"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("branch"), QStringLiteral("branch id"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("role"), QStringLiteral("database login role of the counter"),
                      QStringLiteral("role")});
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n' << kUsage;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.positionalArguments().size() != 1) {
        out << kUsage;
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    }
    const QString action = parser.positionalArguments().first();
    const QString conninfo = parser.isSet(QStringLiteral("conninfo"))
                                 ? parser.value(QStringLiteral("conninfo"))
                                 : CardDeskSettings().agencyConnection().libpqConnInfo();
    int rc = 0;
    {
        QSqlDatabase db;
        if (!openAgency(conninfo, db, err))
            return 1;
        QSqlQuery q(db);
        if (action == QLatin1String("init")) {
            QString error;
            int applied = 0;
            if (!AgencySchema::apply(db, &error, &applied)) {
                err << "carddesk-admin: " << error << '\n';
                rc = 1;
            } else {
                out << "agency schema version " << AgencySchema::installedVersion(db) << " (" << applied
                    << " migration(s) applied)\n";
            }
        } else if (action == QLatin1String("seed")) {
            bool ok = false;
            const int persons = parser.value(QStringLiteral("persons")).toInt(&ok);
            if (!ok || persons < 1) {
                err << "carddesk-admin: --persons N (N >= 1) is required\n";
                rc = 2;
            } else {
                QElapsedTimer t;
                t.start();
                const QStringList branches =
                    parser.value(QStringLiteral("branches")).split(QLatin1Char(','), Qt::SkipEmptyParts);
                q.prepare(QStringLiteral("SELECT agency.seed_synthetic(?, string_to_array(?, ','))"));
                q.addBindValue(persons);
                q.addBindValue(branches.join(QLatin1Char(',')));
                if (!q.exec()) {
                    err << "carddesk-admin: seeding failed: " << q.lastError().text() << '\n';
                    rc = 1;
                } else {
                    out << "seeded " << persons << " persons with cards in " << t.elapsed() << " ms\n";
                }
            }
        } else if (action == QLatin1String("status")) {
            if (!q.exec(QStringLiteral(
                    "SELECT agency.schema_version(), (SELECT value FROM agency.change_clock), "
                    "(SELECT count(*) FROM agency.persons), (SELECT count(*) FROM agency.cards), "
                    "(SELECT count(*) FROM agency.operations), (SELECT count(*) FROM agency.conflicts), "
                    "(SELECT count(*) FROM agency.sync_issues)")) ||
                !q.next()) {
                err << "carddesk-admin: " << q.lastError().text() << '\n';
                rc = 1;
            } else {
                out << "schema " << q.value(0).toInt() << ", change sequence " << q.value(1).toLongLong()
                    << ", persons " << q.value(2).toLongLong() << ", cards " << q.value(3).toLongLong()
                    << ", operations " << q.value(4).toLongLong() << ", conflicts (dead letters) "
                    << q.value(5).toLongLong() << ", sync issues " << q.value(6).toLongLong() << '\n';
                q.exec(QStringLiteral(
                    "SELECT terminal_id, branch_id, last_sequence, last_audit_sequence, pull_lag, rejected, "
                    "coalesce(to_char(last_push_at, 'YYYY-MM-DD HH24:MI:SS'), '-') "
                    "FROM agency.counter_status ORDER BY terminal_id"));
                out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                           .arg(QStringLiteral("terminal").leftJustified(16),
                                QStringLiteral("branch").leftJustified(8),
                                QStringLiteral("op seq").rightJustified(8),
                                QStringLiteral("audit seq").rightJustified(10),
                                QStringLiteral("pull lag").rightJustified(9),
                                QStringLiteral("dead").rightJustified(6),
                                QStringLiteral("last push (server time)"));
                while (q.next())
                    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                               .arg(q.value(0).toString().leftJustified(16),
                                    q.value(1).toString().leftJustified(8),
                                    q.value(2).toString().rightJustified(8),
                                    q.value(3).toString().rightJustified(10),
                                    q.value(4).toString().rightJustified(9),
                                    q.value(5).toString().rightJustified(6), q.value(6).toString());
                q.exec(QStringLiteral(
                    "SELECT terminal_id, sequence, service, card_number, reason, conflict_terminal "
                    "FROM agency.conflicts ORDER BY received_at DESC LIMIT 20"));
                bool header = false;
                while (q.next()) {
                    if (!header)
                        out << "latest conflicts:\n";
                    header = true;
                    out << "  " << q.value(0).toString() << " #" << q.value(1).toString() << ' '
                        << q.value(2).toString() << ' ' << q.value(3).toString() << ": "
                        << q.value(4).toString()
                        << (q.value(5).toString().isEmpty()
                                ? QString()
                                : QStringLiteral(" (by %1)").arg(q.value(5).toString()))
                        << '\n';
                }
            }
        } else if (action == QLatin1String("add-counter")) {
            const QString terminal = parser.value(QStringLiteral("terminal"));
            const QString branch = parser.value(QStringLiteral("branch"));
            const QString role = parser.value(QStringLiteral("role"));
            if (terminal.isEmpty() || branch.isEmpty() || role.isEmpty()) {
                err << "carddesk-admin: add-counter needs --terminal, --branch and --role\n";
                rc = 2;
            } else {
                // The password is read from stdin so that it appears in no process list or shell history.
                const QString password = QTextStream(stdin).readLine().trimmed();
                q.prepare(QStringLiteral("SELECT agency.add_counter(?, ?, ?, ?)"));
                q.addBindValue(terminal);
                q.addBindValue(branch);
                q.addBindValue(role);
                q.addBindValue(password.isEmpty() ? QVariant() : QVariant(password));
                if (!q.exec()) {
                    err << "carddesk-admin: " << q.lastError().text() << '\n';
                    rc = 1;
                } else {
                    out << "counter " << terminal << " of branch " << branch << " registered as login "
                        << role << '\n';
                }
            }
        } else {
            err << "carddesk-admin: unknown agency action '" << action << "'\n" << kUsage;
            rc = 2;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("carddesk-admin-agency"));
    return rc;
}

} // namespace carddesk::admin
