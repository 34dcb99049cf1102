// carddesk-admin sync: run one sync pass of this counter now (--once), or show its sync state (--status).
#include "app/admin/AdminCommands.h"
#include "app/admin/StoreCommandSupport.h"
#include "app/sync/AgencySchema.h"
#include "app/sync/SyncCycle.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace carddesk::admin {

int runSyncCommands(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync this counter with the agency database."));
    parser.addHelpOption();
    addStoreOptions(parser);
    parser.addOption({QStringLiteral("once"),
                      QStringLiteral("Push the outbox and audit log, pull reference data, once.")});
    parser.addOption(
        {QStringLiteral("status"), QStringLiteral("Show pending operations, dead letters and cursors.")});
    parser.addOption({QStringLiteral("terminal"),
                      QStringLiteral("This counter's id as registered at the agency."),
                      QStringLiteral("id")});
    parser.addOption(
        {QStringLiteral("conninfo"),
         QStringLiteral("libpq keywords of the agency database (default: the agency/* settings); "
                        "never a password"),
         QStringLiteral("conninfo")});
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) ||
        parser.isSet(QStringLiteral("once")) == parser.isSet(QStringLiteral("status"))) {
        out << "Usage: carddesk-admin sync --once|--status [options]\n"
            << parser.helpText().section(QLatin1Char('\n'), 1);
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    }
    auto store = openStoreFromOptions(parser, err);
    if (!store)
        return 1;
    if (parser.isSet(QStringLiteral("status"))) {
        out << "pending operations: " << store->pendingCount() << '\n';
        out << "reference change sequence: " << store->referenceChangeSequence() << '\n';
        out << "audit entries held by the agency up to: "
            << store->syncState(QLatin1String(SyncCycle::AuditCursorKey)) << '\n';
        const QList<DeadLetter> dead = store->deadLetters();
        out << "dead letters: " << dead.size() << '\n';
        for (const DeadLetter& d : dead)
            out << "  #" << d.sequence << ' ' << d.operationId.toString(QUuid::WithoutBraces) << ' '
                << d.rejectedUtc.toString(Qt::ISODate) << ' ' << d.reason << '\n';
        return 0;
    }
    const QString terminal = parser.value(QStringLiteral("terminal"));
    if (terminal.isEmpty()) {
        err << "carddesk-admin: --terminal is required (the counter id registered at the agency)\n";
        return 2;
    }
    const QString conninfo = parser.isSet(QStringLiteral("conninfo"))
                                 ? parser.value(QStringLiteral("conninfo"))
                                 : CardDeskSettings().agencyConnection().libpqConnInfo();
    if (conninfo.contains(QLatin1String("password="))) {
        err << "carddesk-admin: no password in --conninfo: use a libpq password file (passfile=...)\n";
        return 2;
    }
    int rc = 0;
    {
        AgencyClient client(conninfo, terminal, QStringLiteral("carddesk-admin-sync"));
        SyncCycleOptions options;
        options.pullProgress = [&](qint64 done, qint64 total) {
            if (total > 0)
                err << "\rpull: " << done << " / " << total << Qt::flush;
        };
        const SyncCycleReport r = SyncCycle(client, *store, store.get(), options).run();
        err << '\n';
        out << "pushed " << r.pushed << " (of which " << r.duplicates << " already applied), dead-lettered "
            << r.rejected << ", audit entries " << r.auditEntries << ", reference rows " << r.pulledRows
            << ", pending " << r.pendingAfter << '\n';
        if (!r.warning.isEmpty())
            out << "warning: " << r.warning << '\n';
        if (!r.ok) {
            err << "carddesk-admin: sync failed: " << r.error.message << '\n';
            rc = r.error.kind == AgencyError::Kind::Unreachable ? 3 : 1;
        }
    }
    return rc;
}

} // namespace carddesk::admin
