// carddesk-admin db check|backup
#include "app/admin/AdminCommands.h"
#include "app/admin/StoreCommandSupport.h"
#include "app/audit/AuditVerifier.h"

namespace carddesk::admin {

int runDbCommands(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The counter's local database.\n"
        "  check         PRAGMA integrity_check, schema version, audit chain, outbox state; exits 1 on a "
        "problem\n"
        "  backup FILE   a consistent copy (VACUUM INTO) while the counter keeps working; FILE must not "
        "exist.\n"
        "                The copy is encrypted like the original: keep the key file to read it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("check or backup"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("backup target"));
    addStoreOptions(parser);
    parser.process(args);
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action != QLatin1String("check") && !(action == QLatin1String("backup") && pos.size() == 2)) {
        err << "carddesk-admin db: say check, or backup FILE\n";
        return 2;
    }
    auto store = openStoreFromOptions(parser, err);
    if (!store)
        return 1;
    if (action == QLatin1String("backup")) {
        QString error;
        if (!store->backup(pos[1], &error)) {
            err << "carddesk-admin db backup: " << error << '\n';
            return 1;
        }
        out << "backup written to " << pos[1] << '\n';
        return 0;
    }
    int status = 0;
    QStringList problems;
    if (store->integrityCheck(&problems)) {
        out << "integrity: ok\n";
    } else {
        out << "integrity: FAILED\n";
        for (const QString& p : problems)
            out << "  " << p << '\n';
        status = 1;
    }
    out << "schema version: " << store->schemaVersion()
        << " (this CardDesk: " << LocalStore::LatestSchemaVersion << ")\n";
    const AuditVerifyReport audit = AuditVerifier::verify(store->database());
    if (audit.ok) {
        out << "audit chain: ok, " << audit.entriesChecked << " entries, last checkpoint at "
            << audit.lastCheckpoint << '\n';
    } else {
        out << "audit chain: BROKEN at sequence " << audit.firstBadSequence << ": " << audit.problem << '\n';
        status = 1;
    }
    out << "operations waiting to be synced: " << store->pendingCount()
        << ", refused by the agency: " << store->deadLetters().size() << '\n';
    out << "reference data at change " << store->referenceChangeSequence() << '\n';
    return status;
}

} // namespace carddesk::admin
