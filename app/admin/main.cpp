// carddesk-admin: the command-line tool for administrators and support staff.
#include "app/admin/AdminCommands.h"
#include "app/core/BuildInfo.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iterator>

using carddesk::admin::AdminCommand;

namespace {

// Command groups; each lives in its own file and parses its own options.
const AdminCommand kCommands[] = {
    {"version", "print the versions of CardDesk and its libraries",
     [](const QStringList&) {
         QTextStream(stdout) << carddesk::BuildInfo::versionText(QStringLiteral("carddesk-admin")) << '\n';
         return 0;
     }},
    {"photo", "check pictures against the card-photo standard, make the standard crop",
     carddesk::admin::runPhotoCommands},
    {"operator", "operator accounts: add, list, disable, enable, reset-password", carddesk::admin::runOperatorCommands},
    {"audit", "verify the tamper-evident audit log, export it (ID numbers masked)", carddesk::admin::runAuditCommands},
    {"db", "check the local database, back it up", carddesk::admin::runDbCommands},
    {"check-id", "check a resident ID number: validity, reason, birth date, sex, masked form",
     carddesk::admin::runCheckIdCommand},
    {"sync", "sync this counter with the agency now (--once), or show its sync state (--status)",
     carddesk::admin::runSyncCommands},
    {"agency", "the agency database: init, seed --persons N, status, add-counter", carddesk::admin::runAgencyCommands},
    {"config", "show the settings, where each value comes from and which are locked; check them",
     carddesk::admin::runConfigCommands},
    {"card", "the citizen's card: readers, info, status, verify, change-pin, reset-pin, unblock, diagnose",
     carddesk::admin::runCardCommands},
    {"reissue", "card reissue applications: list, status OPNUM, set OPNUM STATUS", carddesk::admin::runReissueCommands},
};

void printUsage(QTextStream& out)
{
    out << "Usage: carddesk-admin <command> [options]\n"
           "       carddesk-admin <command> --help\n\n"
           "CardDesk administration and support tool.\n\nCommands:\n";
    for (const auto& c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(12) << QString::fromLatin1(c.summary) << '\n';
    out << "\nOptions:\n  -h, --help     Displays help.\n  -v, --version  Displays version information.\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carddesk-admin"));
    QCoreApplication::setApplicationVersion(carddesk::BuildInfo::version());

    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (args.size() < 2 || args[1] == QLatin1String("-h") || args[1] == QLatin1String("--help")
        || args[1] == QLatin1String("help")) {
        printUsage(out);
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == QLatin1String("-v") || args[1] == QLatin1String("--version")) {
        out << carddesk::BuildInfo::versionText(QStringLiteral("carddesk-admin")) << '\n';
        return 0;
    }
    for (const auto& c : kCommands) {
        if (args[1] == QLatin1String(c.name))
            return c.run(args.mid(1));
    }
    QTextStream err(stderr);
    err << "carddesk-admin: unknown command '" << args[1] << "'. Run carddesk-admin --help for the list.\n";
    return 2;
}
