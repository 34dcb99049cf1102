// carddesk-admin audit verify|export
#include "app/admin/AdminCommands.h"
#include "app/admin/StoreCommandSupport.h"
#include "app/audit/AuditChain.h"
#include "app/audit/AuditVerifier.h"
#include "app/store/StoreCrypto.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <unistd.h>

namespace carddesk::admin {

namespace {

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

struct ExportRow
{
    qint64 sequence;
    AuditEntryFields f;
    QByteArray hash;
};

QJsonObject toJson(const ExportRow& r)
{
    return QJsonObject{
        {"sequence", r.sequence},
        {"timeUtc", r.f.timeUtc.toString(Qt::ISODateWithMs)},
        {"eventType", r.f.eventType},
        {"success", r.f.success},
        {"resultCode", r.f.resultCode},
        {"statusWord", QStringLiteral("%1").arg(r.f.statusWord, 4, 16, QLatin1Char('0')).toUpper()},
        {"operatorId", r.f.operatorId},
        {"role", r.f.role},
        {"terminalId", r.f.terminalId},
        {"branchId", r.f.branchId},
        {"training", r.f.trainingMode},
        {"operationId", r.f.operationId},
        {"idNumber", maskIdNumber(r.f.maskedIdNumber)},
        {"cardIdentificationCode", r.f.cardIdentificationCode},
        {"cardNumber", r.f.cardNumber},
        {"approvalIds", QJsonArray::fromStringList(r.f.approvalIds)},
        {"imageIds", QJsonArray::fromStringList(r.f.imageIds)},
        {"details", r.f.details},
        {"hash", QString::fromLatin1(r.hash.toHex())}};
}

int verify(LocalStore& store, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    AuditVerifyOptions options;
    options.expectedPublicKey = QByteArray::fromHex(parser.value(QStringLiteral("public-key")).toLatin1());
    options.everySignature = parser.isSet(QStringLiteral("all-signatures"));
    // Progress on a terminal only (stderr, one line rewritten): scripts and logs get the verdict alone.
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    if (tty) {
        options.progressEvery = 65536;
        options.progress = [&err](qint64 done, qint64 total) {
            if (total > 0)
                err << "\rverifying: " << (100 * done / total) << "% (" << done << " of " << total
                    << " entries)" << Qt::flush;
            return true;
        };
    }
    const AuditVerifyReport r = AuditVerifier::verify(store.database(), options);
    if (tty)
        err << "\r\033[K" << Qt::flush;
    if (!r.ok) {
        err << "audit chain BROKEN: first bad sequence " << r.firstBadSequence << ": " << r.problem << '\n';
        out << "checked " << r.entriesChecked << " entries before the problem\n";
        return 1;
    }
    out << "audit chain ok: " << r.entriesChecked << " entries, " << r.checkpointsChecked
        << " signed checkpoints (last at " << r.lastCheckpoint << ", " << r.signaturesVerified
        << " signatures checked)";
    if (r.lastSequence > r.lastCheckpoint)
        out << "; entries " << r.lastCheckpoint + 1 << " to " << r.lastSequence
            << " are chained but not yet covered by a signed checkpoint";
    out << "\ncounter public key: " << QString::fromLatin1(store.auditChain().publicKey().toHex()) << '\n';
    return 0;
}

int exportEntries(LocalStore& store, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QString csvPath = parser.value(QStringLiteral("csv"));
    const QString jsonPath = parser.value(QStringLiteral("json"));
    if (csvPath.isEmpty() && jsonPath.isEmpty()) {
        err << "carddesk-admin audit export: give --csv FILE and/or --json FILE\n";
        return 2;
    }
    QList<ExportRow> rows;
    {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT sequence, canonical, hash FROM audit_entries WHERE sequence >= ? ORDER BY sequence"));
        q.addBindValue(parser.value(QStringLiteral("from")).toLongLong());
        if (!q.exec()) {
            err << "carddesk-admin audit export: cannot read the audit log\n";
            return 1;
        }
        while (q.next()) {
            const auto f = AuditChain::decode(q.value(1).toByteArray());
            if (!f) {
                err << "carddesk-admin audit export: entry " << q.value(0).toLongLong()
                    << " cannot be decoded (run audit verify)\n";
                return 1;
            }
            rows << ExportRow{q.value(0).toLongLong(), *f, q.value(2).toByteArray()};
        }
    }
    if (!csvPath.isEmpty()) {
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            err << "carddesk-admin audit export: cannot write " << csvPath << '\n';
            return 1;
        }
        QTextStream csv(&f);
        const QStringList columns{"sequence",   "timeUtc",
                                  "eventType",  "success",
                                  "resultCode", "statusWord",
                                  "operatorId", "role",
                                  "terminalId", "branchId",
                                  "training",   "operationId",
                                  "idNumber",   "cardIdentificationCode",
                                  "cardNumber", "approvalIds",
                                  "imageIds",   "details",
                                  "hash"};
        csv << columns.join(QLatin1Char(',')) << '\n';
        for (const ExportRow& r : rows) {
            const QJsonObject o = toJson(r);
            QStringList cells;
            for (const QString& c : columns) {
                const QJsonValue v = o.value(c);
                QString text;
                if (v.isArray())
                    text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
                else if (v.isObject())
                    text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
                else if (v.isBool())
                    text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
                else if (v.isDouble())
                    text = QString::number(v.toInteger());
                else
                    text = v.toString();
                cells << csvField(text);
            }
            csv << cells.join(QLatin1Char(',')) << '\n';
        }
    }
    if (!jsonPath.isEmpty()) {
        QJsonArray all;
        for (const ExportRow& r : rows)
            all.append(toJson(r));
        QFile f(jsonPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << "carddesk-admin audit export: cannot write " << jsonPath << '\n';
            return 1;
        }
        f.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
    }
    // An export is itself an audited event.
    AuditEventRecord e;
    e.eventType = QStringLiteral("audit-export");
    e.op = cliOperator();
    e.resultCode = QStringLiteral("ok");
    e.details =
        QJsonObject{{"entries", static_cast<qint64>(rows.size())}, {"csv", csvPath}, {"json", jsonPath}};
    QString error;
    if (!store.audit(e, &error)) {
        err << "carddesk-admin audit export: the export could not be audited: " << error << '\n';
        return 1;
    }
    out << "exported " << rows.size() << " audit entries (ID numbers masked)\n";
    return 0;
}

} // namespace

int runAuditCommands(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The tamper-evident audit log of this counter.\n"
        "  verify [--public-key HEX]        check the chain and its signed checkpoints; exits 1 and names "
        "the\n"
        "                                   first bad sequence when anything was changed, removed or "
        "inserted\n"
        "  export --csv FILE --json FILE    write the entries (ID numbers masked) as CSV and/or JSON"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("verify or export"));
    parser.addOption({QStringLiteral("public-key"),
                      QStringLiteral("The counter's Ed25519 public key (hex) as registered with the agency."),
                      QStringLiteral("hex")});
    parser.addOption({QStringLiteral("all-signatures"),
                      QStringLiteral("Also check the signature of every intermediate checkpoint.")});
    parser.addOption(
        {QStringLiteral("csv"), QStringLiteral("Write CSV to this file."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Write JSON to this file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("First sequence number to export."),
                      QStringLiteral("seq"), QStringLiteral("1")});
    addStoreOptions(parser);
    parser.process(args);
    const QString action = parser.positionalArguments().value(0);
    if (action != QLatin1String("verify") && action != QLatin1String("export")) {
        err << "carddesk-admin audit: say verify or export\n";
        return 2;
    }
    auto store = openStoreFromOptions(parser, err);
    if (!store)
        return 1;
    return action == QLatin1String("verify") ? verify(*store, parser, out, err)
                                             : exportEntries(*store, parser, out, err);
}

} // namespace carddesk::admin
