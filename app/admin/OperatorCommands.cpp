// carddesk-admin operator add|list|disable|enable|reset-password
#include "app/admin/AdminCommands.h"
#include "app/admin/StoreCommandSupport.h"
#include "app/operators/OperatorAccounts.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace carddesk::admin {

namespace {

// Reads one line into a SecureBuffer, without echo on a terminal. Never goes through a QString.
bool readPasswordLine(const char* prompt, bool echoOff, SecureBuffer& out)
{
    termios old = {};
    const bool tty = echoOff && ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        std::fprintf(stderr, "%s", prompt);
        std::fflush(stderr);
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    out.clear();
    bool ok = false;
    unsigned char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        if (c == '\n') {
            ok = true;
            break;
        }
        if (c != '\r' && !out.append(c))
            break; // longer than the buffer: refuse rather than truncate
    }
    if (!ok && c != '\n' && !out.isEmpty() && out.size() < SecureBuffer::Capacity)
        ok = true; // last line without a newline
    c = 0;
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        std::fprintf(stderr, "\n");
    }
    return ok;
}

// Asks twice on a terminal; reads one line from stdin otherwise (scripts: --password-stdin).
bool askNewPassword(SecureBuffer& out, QTextStream& err)
{
    if (!::isatty(STDIN_FILENO))
        return readPasswordLine("", false, out);
    SecureBuffer again;
    if (!readPasswordLine("New password: ", true, out) || !readPasswordLine("Repeat it: ", true, again)) {
        err << "carddesk-admin: no password given\n";
        return false;
    }
    if (!out.equals(again)) {
        err << "carddesk-admin: the two passwords differ\n";
        return false;
    }
    return true;
}

QString state(const OperatorAccount& a)
{
    if (a.disabled)
        return QStringLiteral("disabled");
    if (a.locked)
        return QStringLiteral("locked");
    if (!a.hasPassword)
        return QStringLiteral("no-password");
    return QStringLiteral("active");
}

} // namespace

int runOperatorCommands(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Operator accounts of this counter.\n"
        "  add ID --name NAME --role ROLE [--branch B]   new account (the first administrator on a new "
        "counter)\n"
        "  list                                          all accounts and their state\n"
        "  disable ID | enable ID                        stop or allow logins\n"
        "  reset-password ID                             new password; also clears a lock-out\n"
        "Passwords are asked twice on a terminal, or read as one line from standard input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("add, list, disable, enable or reset-password"));
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("the operator's login name"));
    parser.addOption({QStringLiteral("name"), QStringLiteral("Display name."), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("role"),
         QStringLiteral("clerk, teller, supervisor, administrator or auditor (read-only console)."),
         QStringLiteral("role")});
    parser.addOption({QStringLiteral("branch"), QStringLiteral("Branch id."), QStringLiteral("branch")});
    addStoreOptions(parser);
    parser.process(args);
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QString id = pos.value(1);
    if (action.isEmpty() || (action != QLatin1String("list") && id.isEmpty())) {
        err << "carddesk-admin operator: say what to do: add ID, list, disable ID, enable ID, reset-password "
               "ID\n";
        return 2;
    }
    if (action == QLatin1String("add") &&
        !OperatorAccounts::isValidRole(parser.value(QStringLiteral("role")))) {
        err << "carddesk-admin operator add: --role must be one of "
            << OperatorAccounts::roles().join(QStringLiteral(", ")) << '\n';
        return 2;
    }
    if (action != QLatin1String("add") && action != QLatin1String("list") &&
        action != QLatin1String("disable") && action != QLatin1String("enable") &&
        action != QLatin1String("reset-password")) {
        err << "carddesk-admin operator: unknown action '" << action << "'\n";
        return 2;
    }
    auto store = openStoreFromOptions(parser, err);
    if (!store)
        return 1;
    OperatorAccounts& ops = store->operators();
    const OperatorContext by = cliOperator();
    QString error;

    if (action == QLatin1String("list")) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("id").leftJustified(16), QStringLiteral("name").leftJustified(16),
                        QStringLiteral("role").leftJustified(14), QStringLiteral("branch").leftJustified(8),
                        QStringLiteral("state").leftJustified(12), QStringLiteral("last login (UTC)"));
        for (const OperatorAccount& a : ops.list())
            out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(a.operatorId.leftJustified(16), a.displayName.leftJustified(16),
                            a.role.leftJustified(14), a.branchId.leftJustified(8), state(a).leftJustified(12),
                            a.lastLoginUtc.isValid() ? a.lastLoginUtc.toString(Qt::ISODate)
                                                     : QStringLiteral("-"));
        return 0;
    }
    if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        if (!ops.setDisabled(id, action == QLatin1String("disable"), by, &error)) {
            err << "carddesk-admin operator " << action << ": " << error << '\n';
            return 1;
        }
        out << "operator " << id << ' ' << action << "d\n";
        return 0;
    }
    SecureBuffer password;
    if (!askNewPassword(password, err))
        return 1;
    bool ok = false;
    if (action == QLatin1String("reset-password")) {
        ok = ops.resetPassword(id, password, by, &error);
    } else if (parser.value(QStringLiteral("role")) == QLatin1String("administrator") &&
               ops.needsFirstAdministrator()) {
        ok = ops.createFirstAdministrator(id, parser.value(QStringLiteral("name")), password, by, &error);
    } else {
        OperatorAccount a;
        a.operatorId = id;
        a.displayName = parser.value(QStringLiteral("name"));
        a.role = parser.value(QStringLiteral("role"));
        a.branchId = parser.value(QStringLiteral("branch"));
        ok = ops.addOperator(a, password, by, &error);
    }
    password.clear();
    if (!ok) {
        err << "carddesk-admin operator " << action << ": " << error << '\n';
        return 1;
    }
    if (action == QLatin1String("add"))
        out << "operator " << id << " added\n";
    else
        out << "password of " << id << " reset\n";
    return 0;
}

} // namespace carddesk::admin
