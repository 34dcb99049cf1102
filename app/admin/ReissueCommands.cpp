// carddesk-admin reissue list|status OPNUM|set OPNUM STATUS
#include "app/admin/AdminCommands.h"
#include "app/admin/StoreCommandSupport.h"
#include "app/domain/ReissueStatus.h"

namespace carddesk::admin {

namespace {

QString statusNames()
{
    QStringList names;
    for (ReissueStatus s : allReissueStatuses())
        names << reissueStatusName(s);
    return names.join(QStringLiteral(", "));
}

void printLine(QTextStream& out, const ReissueTracking& t)
{
    out << t.operationNumber << "  " << reissueStatusName(t.status).leftJustified(21) << "  "
        << t.updatedUtc.toString(Qt::ISODate) << "  " << t.maskedIdNumber << "  " << t.holderName << "  "
        << (t.delivery.isEmpty() ? QStringLiteral("-") : t.delivery) << "  expected "
        << (t.expectedDate.isValid() ? t.expectedDate.toString(Qt::ISODate) : QStringLiteral("-")) << '\n';
}

} // namespace

int runReissueCommands(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Tracking of card reissue applications taken at this counter.\n"
            "  list                   open applications (--all: also collected, delivered, cancelled)\n"
            "  status OPNUM           the status and its history (OPNUM: the receipt's operation "
            "number)\n"
            "  set OPNUM STATUS       move the application forward (audited); STATUS is one of\n"
            "                         %1")
            .arg(statusNames()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, status or set"));
    parser.addOption({QStringLiteral("all"), QStringLiteral("list: also finished applications.")});
    parser.addOption({QStringLiteral("note"), QStringLiteral("set: a note kept with the change."),
                      QStringLiteral("text")});
    addStoreOptions(parser);
    parser.process(args);
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const bool usage = !((action == QLatin1String("list") && pos.size() == 1) ||
                         (action == QLatin1String("status") && pos.size() == 2) ||
                         (action == QLatin1String("set") && pos.size() == 3));
    if (usage) {
        err << "carddesk-admin reissue: say list, status OPNUM, or set OPNUM STATUS\n";
        return 2;
    }
    std::optional<ReissueStatus> target;
    if (action == QLatin1String("set")) {
        target = reissueStatusFromName(pos[2]);
        if (!target) {
            err << "carddesk-admin reissue set: unknown status \"" << pos[2] << "\" (one of " << statusNames()
                << ")\n";
            return 2;
        }
    }
    auto store = openStoreFromOptions(parser, err);
    if (!store)
        return 1;
    if (action == QLatin1String("list")) {
        const QList<ReissueTracking> list = store->reissues(!parser.isSet(QStringLiteral("all")));
        for (const ReissueTracking& t : list)
            printLine(out, t);
        out << list.size() << " application(s)\n";
        return 0;
    }
    const std::optional<QUuid> id = store->operationIdByNumber(pos[1]);
    std::optional<ReissueTracking> tracking = id ? store->reissueTracking(*id) : std::nullopt;
    if (!tracking) {
        err << "carddesk-admin reissue: " << pos[1] << " is not a reissue application of this counter\n";
        return 1;
    }
    if (action == QLatin1String("set")) {
        QString error;
        if (!store->advanceReissue(*id, *target, cliOperator(), parser.value(QStringLiteral("note")),
                                   &error)) {
            err << "carddesk-admin reissue set: " << error << '\n';
            return 1;
        }
        tracking = store->reissueTracking(*id);
    }
    printLine(out, *tracking);
    for (const ReissueStatusChange& c : tracking->history)
        out << "  " << c.timeUtc.toString(Qt::ISODate) << "  "
            << reissueStatusName(c.status).leftJustified(21) << "  " << c.operatorId
            << (c.note.isEmpty() ? QString() : QStringLiteral("  ") + c.note) << '\n';
    return 0;
}

} // namespace carddesk::admin
