// carddesk-admin config: what the settings are on this PC, where each value comes from, which keys the
// administrator locked, and what is wrong in the files (a password in plain text, a bad value).
#include "app/admin/AdminCommands.h"
#include "app/config/CardDeskSettings.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace carddesk::admin {

namespace {

QString sourceName(CardDeskSettings::Source source)
{
    switch (source) {
    case CardDeskSettings::Source::Default:
        return QStringLiteral("default");
    case CardDeskSettings::Source::System:
        return QStringLiteral("system");
    case CardDeskSettings::Source::User:
        return QStringLiteral("user");
    case CardDeskSettings::Source::Locked:
        return QStringLiteral("LOCKED");
    }
    return {};
}

// The value the application uses: the typed accessor's result, with its built-in default.
QString effectiveValue(const CardDeskSettings& s, const QString& key)
{
    const AgencyConnectionSettings agency = s.agencyConnection();
    const auto is = [&key](const char* k) { return key == QLatin1String(k); };
    if (is(CardDeskSettings::Language))
        return s.language();
    if (is(CardDeskSettings::ReaderNamePatterns))
        return s.readerNamePatterns().join(QStringLiteral(", "));
    if (is(CardDeskSettings::SamReaderNamePatterns))
        return s.samReaderNamePatterns().join(QStringLiteral(", "));
    if (is(CardDeskSettings::CameraSource))
        return s.cameraSource();
    if (is(CardDeskSettings::RegionProfile))
        return s.regionProfile();
    if (is(CardDeskSettings::IdleLockMinutes))
        return QString::number(s.idleLockMinutes());
    if (is(CardDeskSettings::ShuffledKeypad))
        return s.shuffledKeypad() ? QStringLiteral("true") : QStringLiteral("false");
    if (is(CardDeskSettings::BranchId))
        return s.branchId();
    if (is(CardDeskSettings::BranchName))
        return s.branchName();
    if (is(CardDeskSettings::TerminalId))
        return s.terminalId();
    if (is(CardDeskSettings::DataDir))
        return s.dataDir();
    if (is(CardDeskSettings::KeyFile))
        return s.keyFile();
    if (is(CardDeskSettings::AgencyHost))
        return agency.host;
    if (is(CardDeskSettings::AgencyPort))
        return QString::number(agency.port);
    if (is(CardDeskSettings::AgencyDatabase))
        return agency.databaseName;
    if (is(CardDeskSettings::AgencyUser))
        return agency.userName;
    if (is(CardDeskSettings::AgencySslMode))
        return agency.sslMode;
    if (is(CardDeskSettings::AgencySslRootCert))
        return agency.sslRootCert;
    if (is(CardDeskSettings::AgencySslCert))
        return agency.sslCert;
    if (is(CardDeskSettings::AgencySslKey))
        return agency.sslKey;
    if (is(CardDeskSettings::AgencyPassFile))
        return agency.passFile;
    if (is(CardDeskSettings::AgencyConnectTimeout))
        return QString::number(agency.connectTimeoutSeconds);
    if (is(CardDeskSettings::AgencyApplicationName))
        return agency.applicationName;
    return s.value(key).toString();
}

} // namespace

int runConfigCommands(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("The settings of this PC for the user running the tool.\n"
                       "  show    every key: the value CardDesk uses, its source (default, system, user, "
                       "LOCKED), the files,\n"
                       "          the agency connection string (never a password) and any warnings\n"
                       "  check   only the warnings; exits 1 when there is one\n"
                       "The system file is /etc/carddesk/carddesk.conf (or $CARDDESK_SYSTEM_CONFIG); an "
                       "administrator locks a\n"
                       "key there with <key>_LOCK=true."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("show or check"));
    p.process(args);
    QTextStream out(stdout), err(stderr);
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() != 1 || (action != QLatin1String("show") && action != QLatin1String("check"))) {
        err << "carddesk-admin config: give one action, show or check (carddesk-admin config --help)\n";
        return 2;
    }

    const CardDeskSettings settings;
    const QStringList warnings = settings.warnings();
    if (action == QLatin1String("show")) {
        out << "system file: " << settings.systemFile() << '\n'
            << "user file:   " << settings.userFile() << "\n\n";
        out << QStringLiteral("key").leftJustified(26) << QStringLiteral("source").leftJustified(9)
            << "value\n";
        for (const QString& key : CardDeskSettings::knownKeys())
            out << key.leftJustified(26) << sourceName(settings.source(key)).leftJustified(9)
                << effectiveValue(settings, key) << '\n';
        out << "\nagency conninfo: " << settings.agencyConnection().libpqConnInfo() << '\n';
        out << "resources:       " << CardDeskSettings::resourcesDir() << '\n';
    }
    for (const QString& w : warnings)
        err << "warning: " << w << '\n';
    if (action == QLatin1String("check") && warnings.isEmpty())
        out << "settings: ok\n";
    return action == QLatin1String("check") && !warnings.isEmpty() ? 1 : 0;
}

} // namespace carddesk::admin
