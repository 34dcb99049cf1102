// carddesk-admin check-id NUMBER: is this a valid resident ID number, and what does it say? Prints only the
// masked form of the number, so the output can go into a support ticket.
#include "app/admin/AdminCommands.h"
#include "app/identity/IdNumber.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace carddesk::admin {

int runCheckIdCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Checks a resident ID number (GB 11643-1999): length, characters, province code, date of "
        "birth, check character. 15-digit numbers are upgraded.\nExit code: 0 valid, 1 invalid, "
        "2 usage error."));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON.")});
    p.addPositionalArgument(QStringLiteral("number"), QStringLiteral("The ID number (18 or 15 characters)."),
                            QStringLiteral("NUMBER"));
    p.process(args);
    QTextStream out(stdout), err(stderr);
    if (p.positionalArguments().size() != 1) {
        err << "carddesk-admin check-id: give exactly one ID number (quote it if it contains spaces)\n";
        return 2;
    }
    const QString text = p.positionalArguments().first();
    const IdNumber id = IdNumber::parse(text);
    const QString sex = id.sex() == 1   ? QStringLiteral("male")
                        : id.sex() == 2 ? QStringLiteral("female")
                                        : QString();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{
            {QStringLiteral("valid"), id.isValid()},
            {QStringLiteral("reason"), idNumberErrorName(id.error())},
            {QStringLiteral("message"), id.errorMessage()},
            {QStringLiteral("masked"), id.isValid() ? id.masked() : IdNumber::mask(text.trimmed())}};
        if (id.isValid()) {
            o.insert(QStringLiteral("birthDate"), id.birthDate().toString(Qt::ISODate));
            o.insert(QStringLiteral("sex"), sex);
            o.insert(QStringLiteral("province"), id.provinceName());
            o.insert(QStringLiteral("upgradedFrom15"), id.wasUpgradedFrom15());
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return id.isValid() ? 0 : 1;
    }
    if (!id.isValid()) {
        out << "valid:      no\n"
            << "reason:     " << idNumberErrorName(id.error()) << '\n'
            << "message:    " << id.errorMessage() << '\n'
            << "masked:     " << IdNumber::mask(text.trimmed()) << '\n';
        return 1;
    }
    out << "valid:      yes\n"
        << "masked:     " << id.masked() << '\n'
        << "birth date: " << id.birthDate().toString(Qt::ISODate) << '\n'
        << "sex:        " << sex << '\n'
        << "province:   " << id.provinceName() << " (" << id.provinceCode() << ")\n";
    if (id.wasUpgradedFrom15())
        out << "note:       upgraded from a 15-digit number (the 18-character form ends in "
            << id.toString().right(1) << ")\n";
    return 0;
}

} // namespace carddesk::admin
